import CReadlineInterrupt
import Dispatch
import Foundation
import Testing

@testable import BriefCLI

/// Ctrl-C abandons the REPL's work (answers, summaries) and gives the prompt back.
@Suite(.serialized) struct InterruptibleWorkTests {
  /// Runs `body` with brief's SIGINT handler installed, restoring the test runner's after.
  private func withInterruptHandler(_ body: () throws -> Void) rethrows {
    var previous = sigaction()
    sigaction(SIGINT, nil, &previous)
    brief_interrupt_install()
    _ = brief_interrupt_take()
    defer {
      _ = brief_interrupt_take()
      sigaction(SIGINT, &previous, nil)
    }
    try body()
  }

  /// SIGINT to the calling thread, with the signal unblocked there (the runner's threads
  /// may block it): the handler runs before this returns.
  private static func controlC() {
    var signals = sigset_t()
    var previous = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
    raise(SIGINT)
    pthread_sigmask(SIG_SETMASK, &previous, nil)
  }

  @Test func workEndsWithItsResult() {
    withInterruptHandler {
      #expect(InterruptibleWork().run { 6 * 7 } == 42)
    }
  }

  @Test func controlCAbandonsWorkThatIsRunning() {
    withInterruptHandler {
      let work = InterruptibleWork()
      let release = DispatchSemaphore(value: 0)
      nonisolated(unsafe) var finished = false
      // The work is still running (it waits for `release`) when Ctrl-C comes.
      let result = work.run {
        Self.controlC()
        release.wait()
        finished = true
        return 1
      }
      #expect(result == nil)
      #expect(brief_interrupt_pending() != 0)
      release.signal()
      // Later work waits for the abandoned one, which runs to its end.
      #expect(work.wait { finished })
    }
  }

  @Test func controlCBeforeTheWorkCancelsIt() {
    // Ctrl-C typed just after Return: that line's answer is not wanted.
    withInterruptHandler {
      Self.controlC()
      #expect(InterruptibleWork().run { 1 } == nil)
    }
  }
}
