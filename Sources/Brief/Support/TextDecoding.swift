import Foundation

/// Checks and decodes the bytes of a text file.
internal enum TextDecoding {
  /// Decodes UTF-8 text, rejecting binary data and invalid UTF-8.
  ///
  /// A byte-order mark is dropped and CRLF and CR line ends fold to LF. UTF-16 with a
  /// byte-order mark (what Windows calls "Unicode") is decoded too.
  ///
  /// - Throws: ``BriefError/notText(path:format:advice:)`` for a format recognized by its
  ///   first bytes (compressed, an archive, UTF-16 without a byte-order mark…),
  ///   ``BriefError/binaryFile(path:)`` when a NUL byte is present,
  ///   ``BriefError/invalidUTF8(path:offset:)`` at the first invalid sequence.
  internal static func decode(_ bytes: some Collection<UInt8>, name: String) throws(BriefError)
    -> String
  {
    // Mapped file data is read in place; other collections are copied once.
    let decoded =
      bytes.withContiguousStorageIfAvailable { buffer in
        Result { () throws(BriefError) in try decode(buffer, name: name) }
      }
      ?? Array(bytes).withUnsafeBufferPointer { buffer in
        Result { () throws(BriefError) in try decode(buffer, name: name) }
      }
    return try decoded.get()
  }

  private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, name: String)
    throws(BriefError) -> String
  {
    var start = 0
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
    let content = UnsafeBufferPointer(rebasing: buffer[start...])
    // The common case in one pass of the standard library's validator (and memchr for NUL);
    // the byte-by-byte scan below only runs to name the first problem.
    guard !content.contains(byte: 0), let text = String(validating: content, as: UTF8.self) else {
      // Not UTF-8 text: UTF-16 with a byte-order mark is decoded, a known format named.
      if start == 0, let bigEndian = utf16ByteOrder(buffer) {
        return try decodeUTF16(buffer, bigEndian: bigEndian, name: name)
      }
      if let format = ForeignFormat(recognizing: buffer, name: name) {
        throw format.error(path: name)
      }
      if let offset = firstInvalidUTF8(buffer, from: start) {
        if offset < 0 { throw .binaryFile(path: name) }
        throw .invalidUTF8(path: name, offset: offset)
      }
      return String(decoding: content, as: UTF8.self)
    }
    return content.contains(byte: 0x0D) ? text.replacingCRLF() : text
  }

  /// The byte order a UTF-16 byte-order mark declares (true: big-endian), nil without one.
  ///
  /// A UTF-32 mark (`FF FE 00 00`) is not taken for UTF-16.
  private static func utf16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard bytes.count >= 2 else { return nil }
    if bytes[0] == 0xFE && bytes[1] == 0xFF { return true }
    if bytes[0] == 0xFF && bytes[1] == 0xFE {
      let utf32 = bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0
      return utf32 ? nil : false
    }
    return nil
  }

  /// Decodes UTF-16 after its byte-order mark, checked like UTF-8 text.
  ///
  /// - Throws: ``BriefError/binaryFile(path:)`` for a NUL character,
  ///   ``BriefError/notText(path:format:advice:)`` for an unpaired surrogate or an odd
  ///   number of bytes.
  private static func decodeUTF16(
    _ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, name: String
  ) throws(BriefError) -> String {
    func invalid(_ offset: Int, _ why: String) -> BriefError {
      .notText(path: name, format: "UTF-16 text", advice: "invalid at byte \(offset) (\(why))")
    }
    func unit(_ offset: Int) -> UInt32 {
      bigEndian
        ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var offset = 2
    while offset + 1 < bytes.count {
      var scalar = unit(offset)
      var length = 2
      if (0xD800..<0xDC00).contains(scalar) {
        guard offset + 3 < bytes.count, (0xDC00..<0xE000).contains(unit(offset + 2)) else {
          throw invalid(offset, "an unpaired surrogate")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (unit(offset + 2) - 0xDC00)
        length = 4
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw invalid(offset, "an unpaired surrogate")
      }
      if scalar == 0 { throw .binaryFile(path: name) }
      switch scalar {
      case ..<0x80: out.append(UInt8(scalar))
      case ..<0x800: out += [0xC0 | UInt8(scalar >> 6), 0x80 | UInt8(scalar & 0x3F)]
      case ..<0x10000:
        out += [
          0xE0 | UInt8(scalar >> 12), 0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F),
        ]
      default:
        out += [
          0xF0 | UInt8(scalar >> 18), 0x80 | UInt8(scalar >> 12 & 0x3F),
          0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F),
        ]
      }
      offset += length
    }
    if offset < bytes.count { throw invalid(offset, "an odd number of bytes") }
    let text = String(decoding: out, as: UTF8.self)
    return out.contains(0x0D) ? text.replacingCRLF() : text
  }

  /// The offset of the first byte that is not valid UTF-8, -1 for a NUL byte, nil if valid.
  private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    var index = start
    let end = bytes.count
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0 { return -1 }
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch byte {
      case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
      case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
      case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
      default: return index
      }
      guard index + length <= end else { return index }
      for next in 1..<length {
        let continuation = bytes[index + next]
        guard continuation & 0xC0 == 0x80 else { return index }
        scalar = (scalar << 6) | UInt32(continuation & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return index
      }
      minimum = 0
      index += length
    }
    return nil
  }
}

extension StringProtocol {
  /// True when the text holds only whitespace (or nothing); ASCII fast path.
  internal var isBlankText: Bool {
    for byte in utf8 {
      if byte.isASCIIWhitespace { continue }
      if byte.isASCII { return false }
      return unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
    return true
  }
}

extension String {
  /// The string with CRLF and lone CR line ends turned into LF.
  internal func replacingCRLF() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    var previousCR = false
    for byte in utf8 {
      if byte == 0x0D {
        out.append(0x0A)
        previousCR = true
        continue
      }
      if byte == 0x0A && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The lines of the string, split at LF bytes (a final LF gives a final empty line).
  ///
  /// Scans UTF-8 bytes (memchr) rather than `Character`s, which is many times faster.
  internal var lines: [Substring] {
    var offsets: [Int] = []
    var copy = self
    copy.withUTF8 { bytes in
      var start = 0
      while let feed = bytes.index(of: 0x0A, in: start..<bytes.count) {
        offsets.append(feed)
        start = feed + 1
      }
    }
    var result: [Substring] = []
    result.reserveCapacity(offsets.count + 1)
    let view = utf8
    var start = view.startIndex
    for offset in offsets {
      let end = view.index(view.startIndex, offsetBy: offset)
      result.append(self[start..<end])
      start = view.index(after: end)
    }
    result.append(self[start..<view.endIndex])
    return result
  }

}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  ///
  /// Only the ends are scanned (by scalar); the rest is copied as UTF-8 bytes, so a body
  /// of 100 MB costs a copy, not 100 M scalar appends.
  internal var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
  }
}
