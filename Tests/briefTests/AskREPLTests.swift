import Foundation
import Testing

/// The REPL of `brief ask`, driven through a pseudo-terminal as a person would use it.
@Suite struct AskREPLTests {
  /// Runs `brief` under `script`, which gives it a pseudo-terminal, typing each input after
  /// a pause so that readline is waiting for it.
  private func runInTerminal(_ arguments: [String], typing inputs: [String], state: URL) throws
    -> (status: Int32, screen: String)
  {
    let command = ([BriefRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = state.path
    environment["NO_COLOR"] = "1"
    environment["TERM"] = "xterm"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // A REPL that never ends must fail the test, not hang it.
    nonisolated(unsafe) let watched = process
    DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
      if watched.isRunning { watched.terminate() }
    }
    for text in inputs {
      Thread.sleep(forTimeInterval: 0.4)
      input.fileHandleForWriting.write(Data(text.utf8))
    }
    let screen = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try input.fileHandleForWriting.close()
    return (process.terminationStatus, String(decoding: screen, as: UTF8.self))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func questionsCommandsHistoryAndControlD() throws {
    let state = try BriefRunner.folder([:])
    defer { try? FileManager.default.removeItem(at: state) }
    let up = "\u{1B}[A"
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news")],
      typing: [
        ":docs\r", "what did Sheinbaum reject?\r", ":k 1\r", up + up + "\r", ":why\r", "\u{04}",
      ], state: state)
    #expect(status == 0)
    #expect(screen.contains("brief> "))
    #expect(screen.contains("1. Claudia Sheinbaum rejects Trump's military assistance proposal"))
    // Asked twice: typed, then recalled from history with the up arrow after :k 1.
    let asked = screen.components(separatedBy: "? what did Sheinbaum reject?").count - 1
    #expect(asked == 2)
    #expect(screen.contains("rejection of an offer from U.S. President Donald Trump"))
    #expect(screen.contains("answers per question: 1"))
    #expect(screen.contains("why, for \"what did Sheinbaum reject?\""))
    let history = try String(
      contentsOf: state.appendingPathComponent("brief/history"), encoding: .utf8)
    #expect(history.contains("what did Sheinbaum reject?"))
    #expect(history.contains(":k 1"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func summaryCommandAndUnknownCommand() throws {
    let state = try BriefRunner.folder([:])
    defer { try? FileManager.default.removeItem(at: state) }
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news")],
      typing: [":summary 2\r", ":nonsense\r", ":quit\r"], state: state)
    #expect(status == 0)
    #expect(screen.contains("Kestrel Harbour swing bridge to reopen in March after $48.6m repair"))
    #expect(screen.contains("unknown command :nonsense"))
  }
}
