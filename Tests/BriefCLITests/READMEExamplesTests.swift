import Foundation
import Testing

/// The README's examples are real: each indented block of `$ ` commands is run as a shell
/// transcript (each command's stdout, then its stderr, in a scratch folder that sees the
/// repository's `Corpora` and `Tests`), and its output must be the block's.
///
/// In a block, a line `...` stands for any number of lines, a duration (a number then ` s`)
/// for any duration, and a score in brackets for one within 0.001. Blocks that need what the repository does not hold are left out:
/// the shared evaluation data (`../shared`), and `ask` without the sentence model.
@Suite struct READMEExamplesTests {
  /// One example: its commands and the transcript the README shows.
  struct Example: CustomTestStringConvertible, Sendable {
    var commands: [String]
    var transcript: [String]
    var testDescription: String { commands.first ?? "" }
  }

  static let readme = BriefRunner.packageRoot.appendingPathComponent("README.md")

  /// The README's indented blocks that begin with a `$ ` line.
  static let examples: [Example] = {
    guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
    var examples: [Example] = []
    var current: Example?
    var blankLines = 0  // blank lines inside a block belong to it when it goes on
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty && current != nil {
        blankLines += 1
        continue
      }
      guard line.hasPrefix("    ") else {
        if let example = current { examples.append(example) }
        current = nil
        blankLines = 0
        continue
      }
      current?.transcript += Array(repeating: "", count: blankLines)
      blankLines = 0
      let content = String(line.dropFirst(4))
      if content.hasPrefix("$ ") {
        current = current ?? Example(commands: [], transcript: [])
        current?.commands.append(String(content.dropFirst(2)))
      }
      current?.transcript.append(content)
    }
    if let example = current { examples.append(example) }
    return examples
  }()

  @Test func theREADMEHasExamplesOfEveryCommand() {
    let commands = Set(
      Self.examples.flatMap(\.commands).compactMap { command in
        command.components(separatedBy: ".build/release/brief ").dropFirst().first?
          .split(separator: " ").first.map(String.init)
      })
    #expect(commands.isSuperset(of: ["summarize", "ask", "index", "eval", "split", "digest"]))
  }

  @Test(arguments: examples)
  func anExampleIsWhatTheBinaryPrints(_ example: Example) throws {
    let script = example.commands.joined(separator: "\n")
    if script.contains("../shared") { return }  // the evaluation data is not in the repository
    if script.contains(" ask ") && !Self.modelInstalled { return }
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try Self.transcript(of: example.commands, in: folder)
    #expect(
      Self.matches(output, example.transcript),
      "README shows:\n\(example.transcript.joined(separator: "\n"))\nbrief printed:\n\(output.joined(separator: "\n"))"
    )
  }

  /// Whether the sentence model is installed (the README's answers are the model's).
  static var modelInstalled: Bool {
    let environment = ProcessInfo.processInfo.environment
    if environment["BRIEF_REQUIRE_MODEL"] == "1" { return true }
    let data =
      environment["XDG_DATA_HOME"]
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
      .path
    let folder = environment["BRIEF_MODEL"] ?? data + "/brief/models/all-MiniLM-L6-v2"
    return FileManager.default.fileExists(atPath: folder + "/model.safetensors")
  }

  /// A fresh folder holding links to the repository's `Corpora` and `Tests`, and the files
  /// the Errors example names (a good one, one holding a NUL byte; `missing.txt` is missing).
  static func scratchFolder() throws -> URL {
    let folder = try BriefRunner.folder([
      "good.txt": Array("ok\n".utf8), "bad.txt": [0x6F, 0, 0x6B],
    ])
    for name in ["Corpora", "Tests"] {
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent(name),
        withDestinationURL: BriefRunner.packageRoot.appendingPathComponent(name))
    }
    return folder
  }

  /// The transcript of the commands, run by `sh` one after another: each `$ ` line, then
  /// what it printed on stdout, then on stderr (as a terminal shows them when stdout is
  /// written at the end), trailing blank lines dropped; `$?` is the last command's status.
  static func transcript(of commands: [String], in folder: URL) throws -> [String] {
    let marker = "--- brief README example \(UUID().uuidString) ---"
    var script = "status=0\n"
    for command in commands {
      let run = command.replacingOccurrences(
        of: ".build/release/brief", with: BriefRunner.binary.path)
      script += "echo '\(marker)'\n(exit $status)\n\(run) 2>.stderr\nstatus=$?\ncat .stderr\n"
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["XDG_CACHE_HOME": BriefRunner.vectorCache.path]
    ) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let printed = String(decoding: data, as: UTF8.self).components(separatedBy: marker + "\n")
    var lines: [String] = []
    for (command, text) in zip(commands, printed.dropFirst()) {
      var own = text.components(separatedBy: "\n")
      while own.last == "" { own.removeLast() }
      lines += ["$ " + command] + own
    }
    return lines
  }

  /// Whether printed lines are the README's: `...` stands for any lines, a duration for
  /// any duration.
  static func matches(_ printed: [String], _ shown: [String]) -> Bool {
    guard let first = shown.first else { return printed.isEmpty }
    if first == "..." {
      return (0...printed.count).contains {
        matches(Array(printed[$0...]), Array(shown.dropFirst()))
      }
    }
    guard let line = printed.first, sameLine(line, first) else { return false }
    return matches(Array(printed.dropFirst()), Array(shown.dropFirst()))
  }

  /// Two lines are the same once each duration is written `N s`, and their scores in
  /// brackets (`[2.0421]`) are within 0.001 of each other: the sentence model's last digit
  /// depends on the BLAS kernel the machine's OpenBLAS picks.
  private static func sameLine(_ printed: String, _ shown: String) -> Bool {
    let duration = /[0-9]+(\.[0-9]+)? s\b/
    let score = /\[([0-9]+\.[0-9]+)\]/
    func scores(_ line: String) -> [Double] {
      line.matches(of: score).compactMap { Double($0.output.1) }
    }
    func shape(_ line: String) -> String {
      line.replacing(duration, with: "N s").replacing(score, with: "[score]")
    }
    let (a, b) = (scores(printed), scores(shown))
    return shape(printed) == shape(shown) && a.count == b.count
      && zip(a, b).allSatisfy { abs($0 - $1) <= 0.001 }
  }
}
