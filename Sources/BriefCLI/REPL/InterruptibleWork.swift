import CReadlineInterrupt
import Dispatch

/// Work that Ctrl-C can abandon: the REPL's answers and summaries run on one worker thread
/// while the main thread waits for them or for Ctrl-C, whichever comes first.
///
/// Abandoned work cannot be stopped (the library's calls run to the end); it finishes on the
/// worker and its result is dropped. Everything that uses the worker's state (the retriever,
/// which is not thread-safe) goes through the worker, so later work waits for it.
final class InterruptibleWork: Sendable {
  private let queue = DispatchQueue(label: "brief.repl.work")

  /// How often the wait looks for Ctrl-C: the most it takes to give the prompt back.
  private static let interruptPoll = DispatchTimeInterval.milliseconds(20)

  /// Runs `work` on the worker and returns its result, or nil as soon as Ctrl-C has come
  /// (since the last prompt: a Ctrl-C typed just after Return cancels that line's work).
  func run<Result>(_ work: @escaping () -> Result) -> Result? {
    guard brief_interrupt_pending() == 0 else { return nil }
    nonisolated(unsafe) let work = work
    nonisolated(unsafe) var result: Result?
    let done = DispatchSemaphore(value: 0)
    queue.async {
      result = work()
      done.signal()
    }
    while done.wait(timeout: .now() + Self.interruptPoll) == .timedOut {
      if brief_interrupt_pending() != 0 { return nil }
    }
    return brief_interrupt_pending() == 0 ? result : nil
  }

  /// Runs `work` on the worker and waits for it, Ctrl-C or not: quick work that shares the
  /// worker's state, such as tab completion (after any abandoned work has finished).
  func wait<Result>(_ work: () -> Result) -> Result {
    queue.sync(execute: work)
  }
}
