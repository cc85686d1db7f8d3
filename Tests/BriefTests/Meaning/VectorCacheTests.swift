import Foundation
import Testing

@testable import Brief

/// Sentence vectors kept on disk between runs.
@Suite final class VectorCacheTests {
  private let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-cache-\(UUID().uuidString)")
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  private func rows(_ count: Int, width: Int, seed: UInt64) -> SentenceVectors {
    SentenceVectors(
      embeddings: SentenceVectorsTests.unitVectors(count, width: width, seed: seed), width: width)
  }

  @Test func storedRowsComeBackByTheirTextsKeys() {
    let cache = VectorCache(root: root, model: "test/model 1", width: 8)
    let texts = (0..<40).map { "Sentence number \($0)." }
    let keys = texts.map(VectorCache.key(of:))
    #expect(Set(keys).count == 40)
    let vectors = rows(40, width: 8, seed: 5)
    #expect(cache.rows(for: keys).isEmpty)
    cache.store(keys: keys, codes: vectors.codes, scales: vectors.scales)
    let found = cache.rows(for: keys + [VectorCache.key(of: "never stored")])
    #expect(found.count == 40)
    for position in 0..<40 {
      #expect(found[position]?.codes == Array(vectors.codes[(position * 8)..<((position + 1) * 8)]))
      #expect(found[position]?.scale == vectors.scales[position])
    }
    // The model's name is a folder name.
    #expect(cache.directory.lastPathComponent == "test_model_1")
  }

  @Test func aDamagedShardLosesOnlyWhatFollowsTheDamage() throws {
    let cache = VectorCache(root: root, model: "m", width: 8)
    let texts = (0..<200).map { "Text \($0)" }
    let keys = texts.map(VectorCache.key(of:))
    let vectors = rows(200, width: 8, seed: 6)
    cache.store(keys: keys, codes: vectors.codes, scales: vectors.scales)
    // A second frame in every shard, then garbage at the end of one of them.
    let more = (0..<50).map { VectorCache.key(of: "More \($0)") }
    let extra = rows(50, width: 8, seed: 7)
    cache.store(keys: more, codes: extra.codes, scales: extra.scales)
    let shards = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
      .filter { $0.hasSuffix(".bin") }.sorted()
    #expect(!shards.isEmpty)
    let damaged = cache.directory.appendingPathComponent(shards[0])
    var bytes = try [UInt8](Data(contentsOf: damaged))
    bytes[bytes.count - 3] ^= 0xFF  // inside the last frame
    try Data(bytes + [1, 2, 3]).write(to: damaged)
    let found = cache.rows(for: keys + more)
    // Every first frame survives; only the damaged shard's second frame is lost.
    #expect((0..<200).allSatisfy { found[$0] != nil })
    #expect(found.count < 250)
    #expect(found.count > 200)
  }

  @Test func theCacheStaysWithinItsSize() throws {
    let width = 16
    let cache = VectorCache(root: root, model: "m", width: width, maximumBytes: 64 * 1024)
    for round in 0..<20 {
      let keys = (0..<100).map { VectorCache.key(of: "round \(round) text \($0)") }
      let vectors = rows(100, width: width, seed: UInt64(round))
      cache.store(keys: keys, codes: vectors.codes, scales: vectors.scales)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
    let total = try files.reduce(0) {
      $0 + (try FileManager.default.attributesOfItem(
        atPath: cache.directory.appendingPathComponent($1).path)[.size] as? Int ?? 0)
    }
    #expect(total <= 64 * 1024 + 16 * 4096)
    // The newest round is all there.
    let newest = (0..<100).map { VectorCache.key(of: "round 19 text \($0)") }
    #expect(cache.rows(for: newest).count == 100)
  }

  @Test func writersAtTheSameTimeLoseNothing() {
    let cache = VectorCache(root: root, model: "m", width: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { writer in
      for batch in 0..<10 {
        let keys = (0..<20).map { VectorCache.key(of: "w\(writer) b\(batch) t\($0)") }
        let vectors = SentenceVectors(
          embeddings: SentenceVectorsTests.unitVectors(20, width: 8, seed: UInt64(writer)),
          width: 8)
        cache.store(keys: keys, codes: vectors.codes, scales: vectors.scales)
      }
    }
    let all = (0..<8).flatMap { writer in
      (0..<10).flatMap { batch in (0..<20).map { VectorCache.key(of: "w\(writer) b\(batch) t\($0)") } }
    }
    #expect(cache.rows(for: all).count == all.count)
  }
}
