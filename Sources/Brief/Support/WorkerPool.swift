import Dispatch
import Synchronization

/// Runs indexed work on several threads, each with its own analyzer.
///
/// Analyzers are not thread-safe; the pool hands each one to exactly one worker thread
/// at a time, which is what makes the `@unchecked Sendable` sound.
internal final class WorkerPool: @unchecked Sendable {
  private let analyzers: [Analyzer]

  internal init(analyzers: [Analyzer]) {
    precondition(!analyzers.isEmpty)
    self.analyzers = analyzers
  }

  /// Calls `body(index, worker, analyzer)` once for every index in `0..<count`, on up to
  /// `analyzers.count` threads that take the next index as they finish one.
  internal func run(count: Int, _ body: @Sendable (Int, Int, Analyzer) -> Void) {
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: analyzers.count) { worker in
      let analyzer = analyzers[worker]
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        if index >= count { break }
        body(index, worker, analyzer)
      }
    }
  }
}

/// A fixed-size array whose slots are written from several threads, each slot by one
/// thread only, and read after the writers are done.
internal final class SlotArray<Element>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Element?>

  internal init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  internal subscript(index: Int) -> Element? {
    get { storage[index] }
    set { storage[index] = newValue }
  }
}
