import Synchronization
import Testing

@testable import Brief

@Suite struct WorkerPoolTests {
  @Test func everyIndexRunsOnceEachWorkerWithItsOwnResource() {
    // Each worker's resource records the indices it was given; no lock is needed.
    let pool = WorkerPool(workers: [[Int]](repeating: [], count: 3))
    let workerOf = SlotArray<Int>(count: 500)
    pool.run(count: 500) { index, worker, seen in
      seen.append(index)
      workerOf[index] = worker
    }
    let seen = pool.workers
    #expect(seen.flatMap { $0 }.sorted() == Array(0..<500))
    for (worker, indices) in seen.enumerated() {
      #expect(indices == indices.sorted())
      #expect(indices.allSatisfy { workerOf[$0] == worker })
    }
  }

  @Test func aPoolWithoutResourcesRunsEveryIndex() {
    let sum = Atomic<Int>(0)
    WorkerPool(threads: 4).run(count: 100) { index, _, _ in
      sum.add(index, ordering: .relaxed)
    }
    #expect(sum.load(ordering: .relaxed) == 4950)
  }
}
