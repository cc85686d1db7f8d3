import Foundation
import Testing

/// `TERM=dumb` gets no escape sequence from any command, with standard output and standard
/// error on a terminal (where colour and the progress bar would otherwise go).
@Suite struct DumbTerminalTests {
  private static let canRun = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

  /// What `brief arguments` puts on a pseudo-terminal (stdout and stderr both), run by
  /// `script` from the package root with `TERM` set and stdin at end of input.
  private func screen(_ arguments: [String], term: String) throws -> (Int32, String) {
    let command =
      "exec " + ([BriefRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = BriefRunner.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = term
    environment["NO_COLOR"] = nil
    environment["XDG_CACHE_HOME"] = BriefRunner.vectorCache.path
    process.environment = environment
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(.enabled(if: canRun)) func theProgressBarIsErasedWithEscapesOnlyWhereTheyWork() throws {
    let arguments = ["summarize", "Corpora/news", "-n", "1"]
    let (status, xterm) = try screen(arguments, term: "xterm")
    #expect(status == 0)
    #expect(xterm.contains("summarizing 10 documents"))
    #expect(xterm.contains("\u{1B}[2K"))  // the test sees escapes where there are some
    let (dumbStatus, dumb) = try screen(arguments, term: "dumb")
    #expect(dumbStatus == 0)
    #expect(dumb.contains("summarizing 10 documents"))
    #expect(!dumb.contains("\u{1B}"))
    #expect(dumb.contains("- Millbrook Rovers ended a 41-year wait"))
  }

  @Test(
    .enabled(if: canRun),
    arguments: [
      ["ask", "Corpora/news", "--no-model", "--question", "who won the county cup?"],
      ["digest", "Corpora/stories"], ["eval", "Corpora/news"], ["split", "Corpora/news"],
      ["summarize", "Corpora/news", "--explain", "--format", "markdown"],
      ["summarize", "--help"],
    ])
  func noCommandWritesEscapesToADumbTerminal(_ arguments: [String]) throws {
    let (status, text) = try screen(arguments, term: "dumb")
    #expect(status == 0)
    #expect(text.count > 100)
    #expect(!text.contains("\u{1B}"), "\(text.prefix(400).debugDescription)")
  }
}
