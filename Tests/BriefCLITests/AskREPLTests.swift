import Foundation
import Synchronization
import Testing

/// The REPL of `brief ask`, driven through a pseudo-terminal as a person would use it.
@Suite struct AskREPLTests {
  /// How a session in the terminal ends, besides what is typed.
  enum Ending {
    /// The inputs end it (`:quit` or Ctrl-D).
    case typed
    /// `brief` gets SIGHUP, as when its terminal goes away.
    case hangUp
  }

  /// Runs `brief` under `script`, which gives it a pseudo-terminal.
  ///
  /// Each input is typed after a pause so that readline is waiting for it; the screen is read as it
  /// comes, so that a long echo cannot fill the pipe and stall the typing. Nothing is typed before
  /// the first prompt is on the screen (a loaded machine can take seconds to start `brief`), and
  /// input `i` waits for `awaiting[i]` to be on the screen as well.
  private func runInTerminal(
    _ arguments: [String], typing inputs: [String], awaiting: [Int: String] = [:], state: URL,
    ending: Ending = .typed, terminal: [String: String] = plainTerminal
  ) throws -> (status: Int32, screen: String) {
    try runInTerminal(
      arguments, typingBytes: inputs.map { Array($0.utf8) }, awaiting: awaiting, state: state,
      ending: ending, terminal: terminal)
  }

  /// The terminal variables of most tests: an xterm, without colour.
  private static let plainTerminal = ["TERM": "xterm", "NO_COLOR": "1"]

  /// ``runInTerminal(_:typing:awaiting:state:ending:terminal:)`` with inputs as bytes, UTF-8
  /// or not; `terminal` holds `TERM` and `NO_COLOR` (either unset when absent).
  private func runInTerminal(
    _ arguments: [String], typingBytes inputs: [[UInt8]], awaiting: [Int: String] = [:],
    state: URL, ending: Ending = .typed, terminal: [String: String] = plainTerminal
  ) throws -> (status: Int32, screen: String) {
    // By words alone: these tests are about the terminal, and loading the sentence model
    // (seconds in a debug or sanitizer build) would race the typing.
    // script runs the command through $SHELL: `exec` makes brief the terminal's own
    // process whatever the shell (dash, a fresh machine's /bin/sh, forks and waits, and
    // would itself die of the Ctrl-C typed to brief).
    let command =
      "exec "
      + ([BriefRunner.binary.path] + arguments + ["--no-model"]).map { "'\($0)'" }
      .joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    _ = BriefRunner.warm
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = state.path
    environment["XDG_CACHE_HOME"] = BriefRunner.vectorCache.path
    environment["NO_COLOR"] = terminal["NO_COLOR"]
    environment["TERM"] = terminal["TERM"]
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
    let group = DispatchGroup()
    let screen = Mutex(Data())
    group.enter()
    DispatchQueue.global().async {
      while true {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        screen.withLock { $0.append(chunk) }
      }
      group.leave()
    }
    /// Waits (up to 30 s, then types anyway) until the screen holds `text`.
    func wait(for text: String) {
      let deadline = Date() + 30
      while !screen.withLock({ String(decoding: $0, as: UTF8.self).contains(text) }),
        Date() < deadline, watched.isRunning
      {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    wait(for: "brief> ")
    for (number, text) in inputs.enumerated() {
      if let awaited = awaiting[number] { wait(for: awaited) }
      Thread.sleep(forTimeInterval: 0.4)
      input.fileHandleForWriting.write(Data(text))
    }
    if ending == .hangUp {
      Thread.sleep(forTimeInterval: 1)
      // script's child, brief, leads the terminal's session and its process group: the
      // group gets the signal, as from a closing terminal.
      let pid = process.processIdentifier
      let children = try String(
        contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
      let leaders = children.split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
      #expect(!leaders.isEmpty)
      for leader in leaders { kill(-leader, SIGHUP) }
    }
    group.wait()
    process.waitUntilExit()
    try input.fileHandleForWriting.close()
    return (process.terminationStatus, screen.withLock { String(decoding: $0, as: UTF8.self) })
  }

  /// A fresh state folder whose history file holds `history`, if given.
  private func stateFolder(history: [UInt8]? = nil) throws -> URL {
    try BriefRunner.folder(history.map { ["brief/history": $0] } ?? [:])
  }

  private func history(_ state: URL) throws -> Data {
    try Data(contentsOf: state.appendingPathComponent("brief/history"))
  }

  private static let canRun = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

  /// Whether this test process runs under ThreadSanitizer (`swift test --sanitize=thread`),
  /// whose runtime defers a signal that arrives while readline blocks in read(): the
  /// hang-up test then never sees SIGHUP act (the sanitizer's behaviour, not Brief's).
  private static let underThreadSanitizer =
    dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil

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
    let answered = screen.components(separatedBy: "rejection of an offer from U.S.").count - 1
    #expect(answered == 2)
    // The terminal shows the question as typed: the answers do not repeat it.
    #expect(screen.contains("brief> what did Sheinbaum reject?\r\n"))
    #expect(!screen.contains("? what did Sheinbaum reject?"))
    #expect(screen.contains("answers per question: 1"))
    #expect(screen.contains("why, for \"what did Sheinbaum reject?\""))
    // Places count from 1, in answers and in :why.
    #expect(screen.contains("/000_6afff10da7a3cbd5.txt, sentence 1\r\n"))  // :why
    #expect(!screen.contains("sentence 0"))
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

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func summaryAboutAQuestionPicksTheSentencesThatBearOnIt() throws {
    let state = try BriefRunner.folder([:])
    defer { try? FileManager.default.removeItem(at: state) }
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "--no-model"],
      typing: [":summary 2 about the shop owners' sales\r", ":quit\r"], state: state)
    #expect(status == 0)
    #expect(screen.contains("Shop owners reported sales falls of as much as 30% since October"))
    // (The plain summary's three key points say nothing about sales.)
  }

  @Test(.enabled(if: canRun)) func colourOnlyWhereTheTerminalTakesIt() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let dim = "\u{1B}[2m"
    let highlight = "\u{1B}[1;33m"
    for (terminal, coloured) in [
      (["TERM": "xterm"], true), (["TERM": "dumb"], false),
      (["TERM": "xterm", "NO_COLOR": "1"], false),
    ] {
      let (status, screen) = try runInTerminal(
        ["ask", BriefRunner.corpus("news")], typing: ["swing bridge\r", ":quit\r"],
        awaiting: [1: "sentence"], state: state, terminal: terminal)
      #expect(status == 0)
      #expect(screen.contains("Kestrel Harbour"), "\(terminal)")
      #expect(screen.contains(dim) == coloured, "\(terminal)")
      #expect(screen.contains(highlight) == coloured, "\(terminal)")
      if terminal["TERM"] == "dumb" {
        // No escape sequence at all: none of brief's, none of readline's.
        #expect(!screen.contains("\u{1B}"), "\(screen.debugDescription)")
      }
    }
  }

  @Test(.enabled(if: canRun)) func aMegabyteLineIsAnswered() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let line = String(repeating: "swing bridge ", count: 80_000) + "reopen"
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"], typing: [line + "\r", "\u{04}"],
      state: state)
    #expect(status == 0)
    #expect(screen.contains("Kestrel Harbour"))
    #expect(!screen.contains("crashed"))
    #expect(try history(state).count > 1_000_000)  // kept whole
  }

  @Test(.enabled(if: canRun)) func pastedBinaryAndControlBytes() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    // Every control byte but the terminal's own signal and flow-control keys (Ctrl-C, -Z,
    // -\, -S, -Q), Tab, Return and Ctrl-D, then bytes that are not UTF-8.
    let controls = (0..<32).filter { ![3, 9, 10, 13, 4, 17, 19, 26, 28].contains($0) }
    let junk: [UInt8] =
      Array("bridge ".utf8) + controls.map { UInt8($0) } + [0x7F, 0x80, 0xC3, 0x28, 0xFF, 0xFE]
      + Array(" end".utf8)
    // Ctrl-G then leaves whatever mode the junk put readline in (a search, a prefix key).
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typingBytes: [
        junk + [0x0D], [0x07], Array("who won the county cup?\r".utf8), [0x04],
      ], state: state)
    #expect(status == 0)
    #expect(!screen.contains("crashed"))
    // After the junk, a question is still answered.
    #expect(screen.contains("Millbrook Rovers"))
  }

  @Test(.enabled(if: canRun)) func unwritableHistoryIsOneWarning() throws {
    // The state "folder" is a file: no history folder can be made under it.
    let folder = try BriefRunner.folder(["state": Array("not a folder".utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = folder.appendingPathComponent("state")
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typing: ["who won the county cup?\r", "what did Sheinbaum reject?\r", "\u{04}"],
      state: state)
    #expect(status == 0)
    let warning = "brief: \(state.path)/brief/history: history not saved (not a directory)"
    #expect(screen.components(separatedBy: warning).count == 2)  // once, not per line
    #expect(screen.contains("Millbrook Rovers"))
    #expect(screen.contains("rejection of an offer"))
    #expect(try String(contentsOf: state, encoding: .utf8) == "not a folder")
  }

  @Test(.enabled(if: canRun)) func corruptHistoryStillRecalls() throws {
    // Junk with NUL bytes and bytes that are not UTF-8, then one real line.
    var junk: [UInt8] = []
    var seed: UInt32 = 12345
    for _ in 0..<4000 {
      seed = seed &* 1_103_515_245 &+ 12345
      junk.append(UInt8(truncatingIfNeeded: seed >> 16))
    }
    let state = try stateFolder(history: junk + Array("\nwho won the county cup?\n".utf8))
    defer { try? FileManager.default.removeItem(at: state) }
    // Ctrl-P recalls the last line of the history file.
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"], typing: ["\u{10}\r", "\u{04}"],
      state: state)
    #expect(status == 0)
    #expect(!screen.contains("crashed"))
    #expect(screen.contains("Millbrook Rovers"))
    let kept = try history(state)
    #expect(kept.count > 1000)  // the junk's lines are kept too
    #expect(String(decoding: kept, as: UTF8.self).contains("who won the county cup?"))
  }

  @Test(.enabled(if: canRun)) func endOfInputInTheMiddleOfALine() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let left = "\u{1B}[D"
    // Ctrl-D inside a line deletes the character under the cursor ("Xcup" → "cup"); at
    // the end of a partial line it answers it; on the empty line after, it leaves.
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typing: [
        "who won the county Xcup?", String(repeating: left, count: 5) + "\u{04}\r",
        "what did Sheinbaum rej", "\u{04}", "\u{04}",
      ], state: state)
    #expect(status == 0)
    #expect(screen.contains("Millbrook Rovers"))
    #expect(plainText(screen).contains("brief> what did Sheinbaum rej\n1. ["))
    let history = String(decoding: try history(state), as: UTF8.self)
    #expect(history == "who won the county cup?\nwhat did Sheinbaum rej\n")
  }

  /// The screen as text: without terminal control sequences (CSI: ESC [, parameters, a
  /// final byte) and carriage returns.
  private func plainText(_ screen: String) -> String {
    let text = screen.replacing(/\u{1B}\[[0-9;?]*[@-~]/, with: "")
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" }))
  }

  @Test(.enabled(if: canRun)) func controlCAtTheCompletionQuestion() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    // "s" has 150 completions here, past readline's 100: Tab Tab asks "Display all 150
    // possibilities? (y or n)". Ctrl-C there cancels the line: the "y" after it is typed at
    // a fresh prompt (a question with no match), then a question is answered. readline
    // 8.2 frees the matches when it handles Ctrl-C at the question; a handler that let
    // readline go on waiting there listed the freed memory on "y".
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typing: ["s", "\t", "\t", "\u{03}", "y\r", "who won the county cup?\r", "\u{04}"],
      awaiting: [3: "(y or n)", 6: "Millbrook Rovers"], state: state)
    #expect(status == 0)
    #expect(!screen.contains("AddressSanitizer"))
    let text = plainText(screen)
    #expect(text.contains("Display all 150 possibilities? (y or n)^C"))
    // Nothing between the cancelled question and the next prompt: no list, no garbage.
    let afterQuestion = try #require(text.components(separatedBy: "(y or n)^C").last)
    let beforePrompt = try #require(afterQuestion.components(separatedBy: "brief> ").first)
    #expect(beforePrompt.allSatisfy { $0.isWhitespace }, "\(beforePrompt.debugDescription)")
    #expect(afterQuestion.hasPrefix("\nbrief> y\n   no match\n"))
    #expect(text.contains("brief> who won the county cup?\n1. ["))
    #expect(screen.contains("Millbrook Rovers"))
    // Only text, line ends, readline's bell and cursor moves: no bytes of memory.
    let allowed = Set<Character>(["\n", "\t", "\u{07}", "\u{08}"])
    let odd = text.filter { $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
      .filter { !allowed.contains($0) }
    #expect(odd.isEmpty, "\(odd.unicodeScalars.map { $0.value })")
    #expect(!text.contains("\u{FFFD}"))
  }

  @Test(.enabled(if: canRun)) func controlCCancelsTheLineBeingTyped() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typing: ["what did Sheinbaum", "\u{03}", "who won the county cup?\r", "\u{04}"],
      state: state)
    #expect(status == 0)
    let text = plainText(screen)
    #expect(text.contains("brief> what did Sheinbaum^C\nbrief> who won the county cup?\n"))
    #expect(!text.contains("In recent statements made by Claudia Sheinbaum"))
    #expect(screen.contains("Millbrook Rovers"))
    // The cancelled line is not in the history; the answered one is.
    #expect(try String(decoding: history(state), as: UTF8.self) == "who won the county cup?\n")
  }

  @Test(
    .enabled(if: canRun),
    .disabled(if: underThreadSanitizer, "ThreadSanitizer defers SIGHUP while readline blocks"))
  func terminalClosingKeepsHistory() throws {
    let state = try stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let (status, screen) = try runInTerminal(
      ["ask", BriefRunner.corpus("news"), "-k", "1"],
      typing: ["who won the county cup?\r", "half a line"], state: state, ending: .hangUp)
    // Ended by the hang-up signal, as terminal programs are (script reports 128 + 1),
    // not by a crash; each line was saved as it was typed.
    #expect(status == 128 + SIGHUP)
    #expect(!screen.contains("crashed"))
    #expect(screen.contains("Millbrook Rovers"))
    #expect(try String(decoding: history(state), as: UTF8.self) == "who won the county cup?\n")
  }
}
