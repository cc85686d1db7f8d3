/// A hash map from short byte strings (normalized words) to term ids, without allocating a
/// `String` per lookup, probed linearly.
///
/// A key's first eight bytes live in its slot (most words fit entirely), so that a lookup
/// usually reads one slot and nothing else; longer keys keep the rest in one byte arena.
internal struct _ByteTermCache {
  private struct Slot {
    /// The key's first eight bytes, little-endian, zero-padded.
    var prefix: UInt64 = 0
    /// Where the key's bytes after the eighth start in the arena.
    var offset: Int32 = 0
    var length: Int32 = -1  // -1: empty
    var hash: UInt32 = 0
    var value: Int32 = 0
  }

  private var slots: [Slot]
  private var arena: [UInt8] = []
  private var count = 0
  private var mask: Int

  /// An empty cache that stands in while the real one is moved out (never looked up in).
  internal static let placeholder = _ByteTermCache(capacity: 0)

  internal init(capacity: Int = 1 << 12) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  /// The first eight bytes of `key` (fewer when it is shorter), little-endian.
  @inline(__always)
  private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<min(key.count, 8) { prefix |= UInt64(key[index]) << (8 * index) }
    return prefix
  }

  /// Mixes the prefix, the length and the remaining bytes (multiplicative hashing).
  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt32 {
    var hash = (prefix ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
    var index = 8
    while index < key.count {
      hash = (hash ^ UInt64(key[index])) &* 0x0000_0100_0000_01B3
      index += 1
    }
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return UInt32(truncatingIfNeeded: hash >> 32)
  }

  /// The value stored for `key`, if any.
  internal func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let prefix = Self.prefix(key)
    let hash = Self.hash(key, prefix: prefix)
    var index = Int(hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[index]
        if slot.length < 0 { return nil }
        if slot.prefix == prefix && Int(slot.length) == key.count
          && (key.count <= 8 || (slot.hash == hash && tailEqual(Int(slot.offset), key)))
        {
          return slot.value
        }
        index = (index + 1) & mask
      }
    }
  }

  /// Stores `value` for `key` (which must not be present yet).
  internal mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let prefix = Self.prefix(key)
    let hash = Self.hash(key, prefix: prefix)
    var index = Int(hash) & mask
    while slots[index].length >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      prefix: prefix, offset: Int32(arena.count), length: Int32(key.count), hash: hash,
      value: value)
    if key.count > 8 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: key[8...])) }
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.length >= 0 {
      var index = Int(slot.hash) & mask
      while slots[index].length >= 0 { index = (index + 1) & mask }
      slots[index] = slot
    }
  }

  /// Whether the key's bytes after the eighth equal the arena's from `offset`.
  @inline(__always)
  private func tailEqual(_ offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { arena in
      for index in 8..<key.count where arena[offset + index - 8] != key[index] { return false }
      return true
    }
  }
}
