import Testing

@testable import Brief

@Suite struct UnsafeBufferPointerUTF8Tests {
  private func scalar(_ bytes: [UInt8], at index: Int = 0, end: Int? = nil) -> [UInt32]? {
    bytes.withUnsafeBufferPointer { buffer in
      buffer.utf8ScalarValue(at: index, end: end ?? buffer.count).map {
        [$0.value, UInt32($0.width)]
      }
    }
  }

  @Test func multiByteCharactersGiveTheirValueAndWidth() {
    for text in ["é", "ß", "߿", "ࠀ", "€", "\u{FFFF}", "𐀀", "😀", "\u{10FFFF}"] {
      let expected = text.unicodeScalars.first.map { [$0.value, UInt32(text.utf8.count)] }
      #expect(scalar(Array(text.utf8)) == expected, "\(text)")
    }
    // In the middle of a text, at its own index.
    #expect(scalar(Array("a€b".utf8), at: 1) == [0x20AC, 3])
  }

  @Test func otherBytesAndCutCharactersGiveNothing() {
    #expect(scalar([0x41]) == nil)
    #expect(scalar([0x80, 0x80]) == nil)
    #expect(scalar([0xF8, 0x80, 0x80, 0x80, 0x80]) == nil)
    #expect(scalar([0xFF]) == nil)
    // A character that does not fit before `end`.
    #expect(scalar(Array("€".utf8), end: 2) == nil)
    #expect(scalar(Array("a😀".utf8), at: 1, end: 4) == nil)
  }
}
