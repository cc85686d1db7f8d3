import Foundation
import Synchronization

/// A one-line progress bar on standard error, drawn only when standard error is a
/// terminal, at most ten times a second.
final class ProgressBar: Sendable {
  private let label: String
  private let enabled: Bool
  private let lastDraw = Mutex<(Double, Bool)>((0, false))

  init(label: String, enabled: Bool = Terminal.standardErrorIsTerminal) {
    self.label = label
    self.enabled = enabled
  }

  /// Redraws the bar for `done` of `total` steps.
  func update(done: Int, total: Int) {
    guard enabled, total > 0 else { return }
    let now = Date().timeIntervalSinceReferenceDate
    let draw = lastDraw.withLock { state -> Bool in
      guard now - state.0 >= 0.1 || done == total else { return false }
      state = (now, true)
      return true
    }
    guard draw else { return }
    let width = 30
    let filled = width * done / total
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    Terminal.writeError("\r\(label) [\(bar)] \(100 * done / total)%")
  }

  /// Erases the bar if it was drawn.
  func finish() {
    guard enabled, lastDraw.withLock({ $0.1 }) else { return }
    Terminal.writeError(erasure(escapes: Terminal.understandsEscapes()))
  }

  /// What erases the bar: the erase-line escape, or on a terminal without escapes
  /// (`TERM=dumb`) spaces over the longest bar.
  func erasure(escapes: Bool) -> String {
    escapes ? "\r\u{1B}[2K" : "\r" + String(repeating: " ", count: label.count + 38) + "\r"
  }
}
