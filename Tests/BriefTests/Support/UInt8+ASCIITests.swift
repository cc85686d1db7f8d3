import Testing

@testable import Brief

@Suite struct UInt8ASCIITests {
  /// The Unicode properties of an ASCII byte's character.
  private func properties(_ byte: UInt8) -> Unicode.Scalar.Properties {
    Unicode.Scalar(byte).properties
  }

  @Test func classesMatchUnicodeOnASCIIAndHoldNothingElse() {
    for value in 0...255 {
      let byte = UInt8(value)
      guard byte < 0x80 else {
        #expect(!byte.isASCII && !byte.isASCIIDigit && !byte.isASCIILetter)
        #expect(!byte.isASCIIUppercase && !byte.isASCIILowercase && !byte.isASCIIWhitespace)
        #expect(!byte.isJSONWhitespace && byte.asciiLowercased == byte)
        #expect(byte.asciiHexDigitValue == nil)
        continue
      }
      let scalar = Unicode.Scalar(byte)
      let properties = properties(byte)
      #expect(byte.isASCII)
      #expect(byte.isASCIIDigit == (properties.numericType == .decimal), "\(value)")
      #expect(byte.isASCIIUppercase == properties.isUppercase, "\(value)")
      #expect(byte.isASCIILowercase == properties.isLowercase, "\(value)")
      #expect(byte.isASCIILetter == properties.isAlphabetic, "\(value)")
      #expect(byte.isASCIILetterOrDigit == (properties.isAlphabetic || byte.isASCIIDigit))
      #expect(byte.isASCIIWhitespace == properties.isWhitespace, "\(value)")
      #expect(byte.isJSONWhitespace == [" ", "\t", "\n", "\r"].contains(Character(scalar)))
      #expect(
        String(Character(Unicode.Scalar(byte.asciiLowercased))) == String(scalar).lowercased())
      #expect(byte.asciiHexDigitValue.map { Int($0) } == Int(String(scalar), radix: 16), "\(value)")
      if byte.isASCIILetter {
        #expect(byte.asciiLetterLowercased == byte.asciiLowercased)
      }
    }
  }

  @Test func namedBytesAreTheirCharacters() {
    let named: [(UInt8, Character)] = [
      (.tab, "\t"), (.newline, "\n"), (.carriageReturn, "\r"), (.space, " "),
      (.exclamationMark, "!"), (.quotationMark, "\""), (.ampersand, "&"), (.apostrophe, "'"),
      (.leftParenthesis, "("), (.rightParenthesis, ")"), (.asterisk, "*"), (.comma, ","),
      (.hyphen, "-"), (.period, "."), (.slash, "/"), (.colon, ":"), (.semicolon, ";"),
      (.equalsSign, "="), (.questionMark, "?"), (.atSign, "@"), (.leftBracket, "["),
      (.backslash, "\\"), (.rightBracket, "]"), (.leftBrace, "{"), (.verticalBar, "|"),
      (.rightBrace, "}"),
    ]
    for (byte, character) in named {
      #expect(Character(Unicode.Scalar(byte)) == character)
    }
  }
}
