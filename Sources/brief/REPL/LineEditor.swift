@preconcurrency import CReadline
import Foundation

/// Reads lines from the user: through GNU readline (editing, history) when standard input
/// is a terminal, plainly from standard input otherwise, so that piped input gets no
/// prompts echoed.
final class LineEditor {
  /// Whether readline is in use (standard input is a terminal).
  let isInteractive: Bool
  private let historyFile: String?

  /// Creates an editor; on a terminal it loads the history file, if given.
  init(historyFile: String? = nil, interactive: Bool = Terminal.standardInputIsTerminal) {
    self.isInteractive = interactive
    self.historyFile = historyFile
    guard interactive else { return }
    brief_rl_set_name("brief")
    if let historyFile { _ = read_history(historyFile) }
  }

  deinit {
    if isInteractive, let historyFile { _ = write_history(historyFile) }
  }

  /// The next line without its line end, or nil at end of input. Non-blank lines typed at
  /// the terminal are added to the history.
  func readLine(prompt: String) -> String? {
    guard isInteractive else { return Swift.readLine(strippingNewline: true) }
    guard let pointer = readline(prompt) else { return nil }
    defer { free(pointer) }
    let line = String(cString: pointer)
    if !line.allSatisfy(\.isWhitespace) { add_history(line) }
    return line
  }
}
