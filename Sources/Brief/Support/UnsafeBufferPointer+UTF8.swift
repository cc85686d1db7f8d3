import Foundation

extension UnsafeBufferPointer<UInt8> {
  /// The scalar value and width of the multi-byte UTF-8 character that starts at `index`,
  /// or nil when the byte there does not start one (ASCII, a continuation byte, F8–FF) or
  /// the character does not fit before `end`.
  ///
  /// Continuation bytes are not checked, nor is the value: `Unicode.Scalar(_:)` turns down
  /// surrogates and values past U+10FFFF. Text that came in as a `String` is valid UTF-8.
  @inline(__always)
  internal func utf8ScalarValue(at index: Int, end: Int) -> (value: UInt32, width: Int)? {
    let lead = self[index]
    let width: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF:
      width = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      width = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF7:
      width = 4
      value = UInt32(lead & 0x07)
    default:
      return nil
    }
    guard index + width <= end else { return nil }
    for offset in 1..<width {
      value = (value << 6) | UInt32(self[index + offset] & 0x3F)
    }
    return (value, width)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether the buffer holds `byte` (memchr).
  internal func contains(byte: UInt8) -> Bool {
    index(of: byte, in: 0..<count) != nil
  }

  /// The first index of `byte` in `range` (memchr, many bytes a step), or nil.
  internal func index(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard let base = baseAddress, !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
