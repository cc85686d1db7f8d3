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
}
