@preconcurrency import CReadline
import CReadlineInterrupt
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from the user: through GNU readline (editing, history, tab completion,
/// Ctrl-C to cancel a line) when standard input is a terminal, plainly from standard input
/// otherwise, so that piped input gets no prompts echoed.
///
/// Ctrl-C only sets a flag (see `Sources/CReadlineInterrupt`): readline, at a point where it
/// is safe, ends the line, and work started with ``InterruptibleWork`` is abandoned.
final class LineEditor {
  /// Whether readline is in use (standard input is a terminal).
  let isInteractive: Bool
  /// The history file, while it can be written.
  private var historyFile: String?

  /// Creates an editor; on a terminal it loads the history file, if given, and installs
  /// `completer` for the Tab key: it gets the whole line and the word being completed and
  /// returns candidates for that word.
  init(
    historyFile: String? = nil, interactive: Bool = Terminal.standardInputIsTerminal,
    completer: (@Sendable (_ line: String, _ word: String) -> [String])? = nil
  ) {
    self.isInteractive = interactive
    self.historyFile = historyFile
    guard interactive else { return }
    brief_rl_set_name("brief")
    brief_rl_bind_eof_key()
    if let historyFile {
      // Created up front, so that each line can be appended as it is typed (readline
      // appends only to a file that exists) and survives the terminal closing.
      let folder = (historyFile as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let descriptor = open(historyFile, O_WRONLY | O_APPEND | O_CREAT, 0o600)
      if descriptor >= 0 {
        close(descriptor)
      } else {
        historyNotSaved(errno)
      }
      // Whatever can be read is recalled, even junk or a file that cannot be written.
      _ = read_history(historyFile)
    }
    if let completer {
      Completion.completer = completer
      brief_rl_set_completion(Completion.attempt)
    }
    brief_interrupt_install()
    // The terminal's signals must arrive, whatever mask brief inherited (a test runner's
    // threads, for one, block nearly all): Ctrl-C, resizing, suspending, and the hang-up
    // of a closing terminal, which ends the session (each line is already in the history).
    var signals = sigset_t()
    sigemptyset(&signals)
    for terminalSignal in [SIGINT, SIGHUP, SIGTERM, SIGWINCH, SIGTSTP, SIGCONT] {
      sigaddset(&signals, terminalSignal)
    }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }

  deinit {
    if isInteractive, let historyFile { _ = write_history(historyFile) }
  }

  /// Says once, on standard error, that the history cannot be written, and stops trying;
  /// the session goes on with its history in memory.
  private func historyNotSaved(_ code: Int32) {
    guard let historyFile else { return }
    let reason = String(cString: strerror(code)).lowercased()
    Terminal.report("\(historyFile): history not saved (\(reason))")
    self.historyFile = nil
  }

  /// The next line without its line end; "" when Ctrl-C cancelled it, nil at end of input.
  ///
  /// End of input is Ctrl-D on an empty line. Non-blank lines typed at the terminal are
  /// added to the history.
  func readLine(prompt: String) -> String? {
    guard isInteractive else { return Swift.readLine(strippingNewline: true) }
    // A Ctrl-C typed before the prompt was for what ran then.
    _ = brief_interrupt_take()
    guard let pointer = readline(prompt) else {
      guard brief_interrupt_take() != 0 else { return nil }
      // readline has echoed ^C; the next prompt goes on a line of its own.
      if brief_interrupt_readline_ended_line() == 0 { Terminal.write("\n") }
      return ""
    }
    defer { free(pointer) }
    let line = String(cString: pointer)
    if !line.allSatisfy(\.isWhitespace) {
      add_history(line)
      if let historyFile {
        let code = append_history(1, historyFile)
        if code != 0 { historyNotSaved(code) }
      }
    }
    return line
  }
}

/// The bridge from readline's C completion callbacks to a Swift completer.
private enum Completion {
  /// Set once by the (single) interactive line editor, read on readline's thread.
  nonisolated(unsafe) static var completer: (@Sendable (String, String) -> [String])?
  nonisolated(unsafe) static var candidates: [String] = []
  nonisolated(unsafe) static var next = 0

  /// readline's attempted-completion hook: candidates for `text`, the word at the cursor.
  static let attempt:
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
      UnsafeMutablePointer<CChar>?
    >? = { text, _, _ in
      brief_rl_disable_filename_completion()
      let word = text.map { String(cString: $0) } ?? ""
      let line = brief_rl_line_buffer().map { String(cString: $0) } ?? ""
      Completion.candidates = Completion.completer?(line, word) ?? []
      Completion.next = 0
      guard let text else { return nil }
      return rl_completion_matches(text, Completion.generate)
    }

  /// readline's generator: the next candidate as a malloc'ed C string, nil when done.
  static let generate:
    @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
      _, state in
      if state == 0 { Completion.next = 0 }
      guard Completion.next < Completion.candidates.count else { return nil }
      defer { Completion.next += 1 }
      return strdup(Completion.candidates[Completion.next])
    }
}
