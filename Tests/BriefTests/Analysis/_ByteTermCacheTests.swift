import Testing

@testable import Brief

@Suite struct ByteTermCacheTests {
  private func value(_ cache: _ByteTermCache, _ key: [UInt8]) -> Int32? {
    key.withUnsafeBufferPointer { cache.value(for: $0) }
  }

  private func insert(_ cache: inout _ByteTermCache, _ key: [UInt8], _ value: Int32) {
    key.withUnsafeBufferPointer { cache.insert($0, value: value) }
  }

  @Test func keysOfEveryLengthAreFoundAgain() {
    var cache = _ByteTermCache(capacity: 4)
    // Short keys, keys of exactly eight bytes, long keys that share their first eight bytes,
    // and keys that differ from others only by trailing zero bytes; enough to grow the
    // table several times.
    var keys: [[UInt8]] = []
    for length in 1...20 {
      for variant in 0..<12 {
        keys.append(Array(repeating: UInt8(ascii: "a") + UInt8(variant), count: length))
      }
    }
    keys.append([UInt8(ascii: "a"), 0])
    keys.append([UInt8(ascii: "a"), 0, 0])
    keys.append(Array("internationalization".utf8))
    keys.append(Array("internationalisation".utf8))
    for (index, key) in keys.enumerated() { insert(&cache, key, Int32(index)) }
    for (index, key) in keys.enumerated() {
      #expect(value(cache, key) == Int32(index), "\(key)")
    }
  }

  @Test func absentKeysAreNotFound() {
    var cache = _ByteTermCache(capacity: 16)
    insert(&cache, Array("reject".utf8), 1)
    insert(&cache, Array("internationalization".utf8), 2)
    #expect(value(cache, Array("rejects".utf8)) == nil)
    #expect(value(cache, Array("rejec".utf8)) == nil)
    #expect(value(cache, Array("internationalisation".utf8)) == nil)
    #expect(value(cache, []) == nil)
  }
}
