import Foundation

/// Checks and decodes the bytes of a text file.
internal enum TextDecoding {
  /// Decodes UTF-8 text, rejecting binary data and invalid UTF-8, dropping a byte-order
  /// mark and folding CRLF and CR line ends to LF.
  ///
  /// - Throws: ``BriefError/binaryFile(path:)`` when a NUL byte is present,
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
      if let offset = firstInvalidUTF8(buffer, from: start) {
        if offset < 0 { throw .binaryFile(path: name) }
        throw .invalidUTF8(path: name, offset: offset)
      }
      return String(decoding: content, as: UTF8.self)
    }
    return content.contains(byte: 0x0D) ? text.replacingCRLF() : text
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
  /// Scans UTF-8 bytes rather than `Character`s, which is many times faster.
  internal var lines: [Substring] {
    var offsets: [Int] = []
    var copy = self
    copy.withUTF8 { bytes in
      for index in 0..<bytes.count where bytes[index] == 0x0A { offsets.append(index) }
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
