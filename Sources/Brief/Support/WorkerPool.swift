import Dispatch
import Synchronization

/// Runs indexed work on several threads, each with its own resource (an analyzer, a
/// counter, scratch buffers): a `Worker`.
///
/// A worker need not be thread-safe: the pool hands each one to exactly one thread at a
/// time, which is what makes the `@unchecked Sendable` sound. After ``run(count:_:)`` the
/// workers are read back with ``workers``.
internal final class WorkerPool<Worker>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Worker>

  /// A pool of these workers, one thread each.
  internal init(workers: [Worker]) {
    precondition(!workers.isEmpty)
    storage = .allocate(capacity: workers.count)
    _ = storage.initialize(from: workers)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  /// The number of workers, the most threads ``run(count:_:)`` uses.
  internal var count: Int { storage.count }

  /// The workers as they are now (not during ``run(count:_:)``).
  internal var workers: [Worker] { Array(storage) }

  /// Calls `body(index, worker, &resource)` once for every index in `0..<count`, on up to
  /// ``count`` threads that take the next index as they finish one; `worker` numbers the
  /// thread's worker and `resource` is that worker's, lent to this one thread.
  ///
  /// Each worker takes its indices in increasing order.
  internal func run(count: Int, _ body: @Sendable (Int, Int, inout Worker) -> Void) {
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: storage.count) { worker in
      // (Through `self`, which is Sendable: the closure runs on several threads.)
      guard let resource = self.storage.baseAddress.map({ $0 + worker }) else { return }
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        if index >= count { break }
        body(index, worker, &resource.pointee)
      }
    }
  }
}

extension WorkerPool where Worker == Void {
  /// A pool of `threads` workers that need no resource of their own.
  internal convenience init(threads: Int) {
    self.init(workers: [Void](repeating: (), count: threads))
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

  /// Moves the element out of slot `index`, leaving it empty (so that the element is
  /// uniquely held and can be changed in place).
  internal func take(_ index: Int) -> Element? {
    var element: Element? = nil
    swap(&element, &storage[index])
    return element
  }
}
