import Testing

@testable import Brief

@Suite struct UTF8MarkTests {
  /// The character of UTF-8 bytes.
  private func character(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func marksAreTheirCharacters() {
    let latin1: [(UInt8, String)] = [
      (UTF8Mark.invertedExclamationMark, "¡"), (UTF8Mark.leftGuillemet, "«"),
      (UTF8Mark.middleDot, "·"), (UTF8Mark.rightGuillemet, "»"),
      (UTF8Mark.invertedQuestionMark, "¿"),
    ]
    for (last, expected) in latin1 {
      #expect(character([UTF8Mark.latin1Lead, last]) == expected)
    }
    let punctuation: [(UInt8, String)] = [
      (UTF8Mark.enDash, "–"), (UTF8Mark.emDash, "—"), (UTF8Mark.leftSingleQuote, "‘"),
      (UTF8Mark.rightSingleQuote, "’"), (UTF8Mark.leftDoubleQuote, "“"),
      (UTF8Mark.rightDoubleQuote, "”"), (UTF8Mark.bullet, "•"),
      (UTF8Mark.triangularBullet, "‣"), (UTF8Mark.ellipsis, "…"),
      (UTF8Mark.leftAngleQuote, "‹"), (UTF8Mark.rightAngleQuote, "›"),
    ]
    for (last, expected) in punctuation {
      #expect(character([UTF8Mark.punctuationLead, UTF8Mark.generalPunctuation, last]) == expected)
    }
  }

  @Test(arguments: ["é", "€", "…", "😀", "Ω"])
  func multiByteCharactersDecodeToTheirScalar(_ text: String) throws {
    let bytes = Array(text.utf8)
    let decoded = bytes.withUnsafeBufferPointer { $0.utf8ScalarValue(at: 0, end: $0.count) }
    let (value, width) = try #require(decoded)
    #expect(value == text.unicodeScalars.first?.value)
    #expect(width == bytes.count)
  }

  @Test func asciiContinuationBytesAndCutCharactersDoNotDecode() {
    let euro = Array("a€".utf8)  // 61 E2 82 AC
    euro.withUnsafeBufferPointer { bytes in
      #expect(bytes.utf8ScalarValue(at: 0, end: bytes.count) == nil)  // ASCII
      #expect(bytes.utf8ScalarValue(at: 2, end: bytes.count) == nil)  // a continuation byte
      #expect(bytes.utf8ScalarValue(at: 1, end: 3) == nil)  // cut by the end
      #expect(bytes.utf8ScalarValue(at: 1, end: 4)?.width == 3)
    }
  }
}
