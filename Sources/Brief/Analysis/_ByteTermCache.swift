/// A hash map from short byte strings (normalized words) to term ids, without allocating a
/// `String` per lookup: keys live in one byte arena, hashed with FNV-1a, probed linearly.
internal struct _ByteTermCache {
  private struct Slot {
    var offset: Int32 = 0
    var length: Int32 = -1  // -1: empty
    var hash: UInt32 = 0
    var value: Int32 = 0
  }

  private var slots: [Slot]
  private var arena: [UInt8] = []
  private var count = 0
  private var mask: Int

  internal init(capacity: Int = 1 << 12) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in key {
      hash = (hash ^ UInt32(byte)) &* 16_777_619
    }
    return hash
  }

  /// The value stored for `key`, if any.
  internal func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(key)
    var index = Int(hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        while true {
          let slot = slots[index]
          if slot.length < 0 { return nil }
          if slot.hash == hash && Int(slot.length) == key.count
            && memoryEqual(arena, Int(slot.offset), key)
          {
            return slot.value
          }
          index = (index + 1) & mask
        }
      }
    }
  }

  /// Stores `value` for `key` (which must not be present yet).
  internal mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let hash = Self.hash(key)
    var index = Int(hash) & mask
    while slots[index].length >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      offset: Int32(arena.count), length: Int32(key.count), hash: hash, value: value)
    arena.append(contentsOf: key)
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

  @inline(__always)
  private func memoryEqual(
    _ arena: UnsafeBufferPointer<UInt8>, _ offset: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    for index in 0..<key.count where arena[offset + index] != key[index] { return false }
    return true
  }
}
