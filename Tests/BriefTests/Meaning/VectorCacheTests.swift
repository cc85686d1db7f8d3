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

  /// `count` entries of `width` values, each with `count % 4` pieces.
  private static func entries(_ count: Int, width: Int, seed: UInt64) -> [VectorCache.Entry] {
    let values = SentenceVectorsTests.unitVectors(4 * count, width: width, seed: seed)
    return (0..<count).map { row in
      let pieces = row % 4
      let start = (4 * row + 1) * width
      return VectorCache.Entry(
        embedding: values[(4 * row * width)..<((4 * row + 1) * width)],
        pieces: TokenVectors(
          ids: (0..<pieces).map { Int32(row * 10 + $0) },
          vectors: Array(values[start..<(start + pieces * width)]), width: width))
    }
  }

  @Test func storedEntriesComeBackByTheirTextsKeys() throws {
    let cache = VectorCache(root: root, model: "test/model 1", width: 8)
    let texts = (0..<40).map { "Sentence number \($0)." }
    let keys = texts.map(VectorCache.key(of:))
    #expect(Set(keys).count == 40)
    let stored = Self.entries(40, width: 8, seed: 5)
    #expect(cache.entries(for: keys).isEmpty)
    cache.store(keys: keys, entries: stored)
    let found = cache.entries(for: keys + [VectorCache.key(of: "never stored")])
    #expect(found.count == 40)
    for position in 0..<40 { #expect(found[position] == stored[position]) }
    // What comes back is the values within 8 bits' rounding.
    let piece = try #require(found[3]).pieceValues()
    #expect(piece.count == 3 * 8)
    // The model's name is a folder name.
    #expect(cache.directory.lastPathComponent == "test_model_1")
  }

  @Test func aDamagedShardLosesOnlyWhatFollowsTheDamage() throws {
    let cache = VectorCache(root: root, model: "m", width: 8)
    let texts = (0..<200).map { "Text \($0)" }
    let keys = texts.map(VectorCache.key(of:))
    cache.store(keys: keys, entries: Self.entries(200, width: 8, seed: 6))
    // A second frame in every shard, then garbage at the end of one of them.
    let more = (0..<50).map { VectorCache.key(of: "More \($0)") }
    cache.store(keys: more, entries: Self.entries(50, width: 8, seed: 7))
    let shards = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
      .filter { $0.hasSuffix(".bin") }.sorted()
    #expect(!shards.isEmpty)
    let damaged = cache.directory.appendingPathComponent(shards[0])
    var bytes = try [UInt8](Data(contentsOf: damaged))
    bytes[bytes.count - 3] ^= 0xFF  // inside the last frame
    try Data(bytes + [1, 2, 3]).write(to: damaged)
    let found = cache.entries(for: keys + more)
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
      cache.store(keys: keys, entries: Self.entries(100, width: width, seed: UInt64(round)))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
    let total = try files.reduce(0) {
      $0
        + (try FileManager.default.attributesOfItem(
          atPath: cache.directory.appendingPathComponent($1).path)[.size] as? Int ?? 0)
    }
    #expect(total <= 64 * 1024 + 16 * 4096)
    // The newest round is all there.
    let newest = (0..<100).map { VectorCache.key(of: "round 19 text \($0)") }
    #expect(cache.entries(for: newest).count == 100)
  }

  @Test func writersAtTheSameTimeLoseNothing() {
    let cache = VectorCache(root: root, model: "m", width: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { writer in
      for batch in 0..<10 {
        let keys = (0..<20).map { VectorCache.key(of: "w\(writer) b\(batch) t\($0)") }
        cache.store(keys: keys, entries: Self.entries(20, width: 8, seed: UInt64(writer)))
      }
    }
    let all = (0..<8).flatMap { writer in
      (0..<10).flatMap { batch in
        (0..<20).map { VectorCache.key(of: "w\(writer) b\(batch) t\($0)") }
      }
    }
    #expect(cache.entries(for: all).count == all.count)
  }
}
