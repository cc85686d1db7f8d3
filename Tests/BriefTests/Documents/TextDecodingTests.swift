import Testing

@testable import Brief

@Suite struct TextDecodingTests {
  @Test func decodingRejectsBinaryAndInvalidUTF8() {
    #expect(throws: BriefError.binaryFile(path: "b")) {
      try TextDecoding.decode([0x41, 0x00, 0x42], name: "b")
    }
    #expect(throws: BriefError.invalidUTF8(path: "u", offset: 2)) {
      try TextDecoding.decode([0x41, 0x42, 0xC3, 0x28], name: "u")
    }
    #expect(throws: BriefError.invalidUTF8(path: "u", offset: 0)) {
      try TextDecoding.decode([0xED, 0xA0, 0x80], name: "u")  // a UTF-16 surrogate
    }
  }

  @Test func decodingDropsBOMAndFoldsLineEnds() throws {
    let text = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8), name: "x")
    #expect(text == "a\nb\nc")
  }

  @Test func trimmingTakesUnicodeWhitespaceOffTheEndsOnly() {
    #expect("\u{00A0} \tHello,  world\u{2003}\n".trimmed == "Hello,  world")
    #expect(" \n\t ".trimmed == "")
    #expect("x".trimmed == "x")
    // By scalar: a combining mark after a space stays, the space goes.
    #expect(" \u{301}é ".trimmed.unicodeScalars.map(\.value) == [0x301, 0xE9])
    let long = String(repeating: "word ", count: 200_000)
    #expect(("\n" + long).trimmed.utf8.count == long.utf8.count - 1)
    #expect(Substring("  ab  ").trimmed == "ab")
  }

  @Test func everyEncodedLengthDecodesUpToTheLastScalar() throws {
    // U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF.
    let scalars: [UInt32] = [0x80, 0x7FF, 0x800, 0xFFFF, 0x1_0000, 0x10_FFFF]
    let text = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    #expect(try TextDecoding.decode(Array(text.utf8), name: "x") == text)
    #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF], name: "x") == "")
    #expect(try TextDecoding.decode([], name: "x") == "")
  }

  @Test(
    arguments: [
      ([0x61, 0x80], 1),  // a continuation byte alone
      ([0x61, 0xC0, 0x80], 1),  // an overlong NUL
      ([0xE0, 0x80, 0x80], 0),  // an overlong three-byte form
      ([0xF0, 0x80, 0x80, 0x80], 0),  // an overlong four-byte form
      ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
      ([0x61, 0x62, 0xE2, 0x82], 2),  // cut off at the end
      ([0xE2, 0x82, 0x61], 0),  // cut off by an ASCII byte
      ([0x61, 0xFF], 1),
      ([0xEF, 0xBB, 0xBF, 0x41, 0xFE], 4),  // offsets count the byte-order mark
      ([0xFF, 0x00], 0),  // the first problem is named
    ] as [([UInt8], Int)])
  func invalidUTF8IsReportedAtItsFirstByte(bytes: [UInt8], offset: Int) {
    #expect(throws: BriefError.invalidUTF8(path: "u", offset: offset)) {
      try TextDecoding.decode(bytes, name: "u")
    }
  }

  @Test func aNulBeforeAnyInvalidByteMeansBinary() {
    #expect(throws: BriefError.binaryFile(path: "b")) {
      try TextDecoding.decode([0x61, 0x00, 0xFF], name: "b")
    }
  }

  @Test func collectionsWithoutContiguousStorageDecodeAlike() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("caf\u{E9}\r\nd".utf8)
    let lazy = bytes.lazy.map { $0 }
    #expect(try TextDecoding.decode(lazy, name: "x") == "caf\u{E9}\nd")
    #expect(throws: BriefError.invalidUTF8(path: "x", offset: 1)) {
      try TextDecoding.decode([0x61, 0xC3].lazy.map { $0 }, name: "x")
    }
  }

  @Test func lineEndsFoldToLineFeeds() {
    #expect("a\r\n\r\nb".replacingCRLF() == "a\n\nb")
    #expect("\r\r\n".replacingCRLF() == "\n\n")
    #expect("a\rb\n".replacingCRLF() == "a\nb\n")
    #expect("\u{E9}\r\n\u{FC}".replacingCRLF() == "\u{E9}\n\u{FC}")
    #expect("no breaks".replacingCRLF() == "no breaks")
  }

  @Test func linesSplitAtEachLineFeed() {
    #expect("a\nb\n".lines == ["a", "b", ""])
    #expect("".lines == [""])
    #expect("\n\n".lines == ["", "", ""])
    #expect("\u{E9}t\u{E9}\n\u{FC}".lines == ["\u{E9}t\u{E9}", "\u{FC}"])
  }

  @Test func blankTextHoldsOnlyWhitespace() {
    for text in ["", " \n\t\r", "\u{00A0}\u{2003}", " \u{3000} "] {
      #expect(text.isBlankText, "\(text.debugDescription)")
    }
    for text in ["a", " \n.", "\u{00A0}\u{E9}", "\u{2003}x"] {
      #expect(!text.isBlankText, "\(text.debugDescription)")
    }
    #expect(Substring("  ").isBlankText)
  }
}
