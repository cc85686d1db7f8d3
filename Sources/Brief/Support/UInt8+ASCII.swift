/// ASCII character classes and case mapping of single UTF-8 bytes, for the byte scanners
/// (splitter, tokenizer, cues, JSON Lines, ROUGE).
///
/// A byte at or above 0x80 (part of a multi-byte character) belongs to none of the classes
/// and is left as it is by ``asciiLowercased``:
///
///     UInt8(ascii: "Q").asciiLowercased   // "q"
///     UInt8(0xC3).isASCIILetter           // false: the lead byte of "É"
extension UInt8 {
  /// Whether the byte is ASCII (below 0x80), a character of its own rather than part of a
  /// multi-byte one.
  @inline(__always)
  internal var isASCII: Bool { self < 0x80 }

  /// Whether the byte is an ASCII digit, `0`–`9`.
  @inline(__always)
  internal var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

  /// Whether the byte is an ASCII upper-case letter, `A`–`Z`.
  @inline(__always)
  internal var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }

  /// Whether the byte is an ASCII lower-case letter, `a`–`z`.
  @inline(__always)
  internal var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }

  /// Whether the byte is an ASCII letter, `A`–`Z` or `a`–`z`.
  ///
  /// One comparison: setting bit 5 maps `A`–`Z` onto `a`–`z` and no other byte into them.
  @inline(__always)
  internal var isASCIILetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

  /// Whether the byte is an ASCII letter or digit.
  @inline(__always)
  internal var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }

  /// Whether the byte is ASCII whitespace: space, tab, line feed, vertical tab, form feed or
  /// carriage return.
  @inline(__always)
  internal var isASCIIWhitespace: Bool {
    self == .space || (self >= .tab && self <= .carriageReturn)
  }

  /// Whether the byte is whitespace as JSON defines it: space, tab, line feed or carriage
  /// return (not vertical tab or form feed).
  @inline(__always)
  internal var isJSONWhitespace: Bool {
    self == .space || self == .tab || self == .newline || self == .carriageReturn
  }

  /// The byte with an ASCII upper-case letter turned into lower case; any other byte as it is.
  @inline(__always)
  internal var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }

  /// The lower case of an ASCII letter, which the byte must be: bit 5 set, no test.
  @inline(__always)
  internal var asciiLetterLowercased: UInt8 { self | 0x20 }

  /// The value of an ASCII hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`), or nil.
  @inline(__always)
  internal var asciiHexDigitValue: UInt8? {
    if isASCIIDigit { return self - UInt8(ascii: "0") }
    let lower = self | 0x20
    if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") {
      return lower - UInt8(ascii: "a") + 10
    }
    return nil
  }
}

// MARK: - Named bytes

extension UInt8 {
  /// Horizontal tab, `\t`.
  internal static let tab: UInt8 = 0x09
  /// Line feed, `\n`.
  internal static let newline: UInt8 = 0x0A
  /// Carriage return, `\r`.
  internal static let carriageReturn: UInt8 = 0x0D
  /// Space.
  internal static let space: UInt8 = 0x20
  /// Exclamation mark, `!`.
  internal static let exclamationMark: UInt8 = 0x21
  /// Quotation mark, `"` (straight).
  internal static let quotationMark: UInt8 = 0x22
  /// Ampersand, `&`.
  internal static let ampersand: UInt8 = 0x26
  /// Apostrophe, `'` (a straight single quote).
  internal static let apostrophe: UInt8 = 0x27
  /// Left parenthesis, `(`.
  internal static let leftParenthesis: UInt8 = 0x28
  /// Right parenthesis, `)`.
  internal static let rightParenthesis: UInt8 = 0x29
  /// Asterisk, `*`.
  internal static let asterisk: UInt8 = 0x2A
  /// Plus sign, `+`.
  internal static let plus: UInt8 = 0x2B
  /// Comma, `,`.
  internal static let comma: UInt8 = 0x2C
  /// Hyphen-minus, `-`.
  internal static let hyphen: UInt8 = 0x2D
  /// Full stop, `.`.
  internal static let period: UInt8 = 0x2E
  /// Slash, `/`.
  internal static let slash: UInt8 = 0x2F
  /// Colon, `:`.
  internal static let colon: UInt8 = 0x3A
  /// Semicolon, `;`.
  internal static let semicolon: UInt8 = 0x3B
  /// Equals sign, `=`.
  internal static let equalsSign: UInt8 = 0x3D
  /// Question mark, `?`.
  internal static let questionMark: UInt8 = 0x3F
  /// Commercial at, `@`.
  internal static let atSign: UInt8 = 0x40
  /// Left square bracket, `[`.
  internal static let leftBracket: UInt8 = 0x5B
  /// Backslash, `\`.
  internal static let backslash: UInt8 = 0x5C
  /// Right square bracket, `]`.
  internal static let rightBracket: UInt8 = 0x5D
  /// Left curly bracket, `{`.
  internal static let leftBrace: UInt8 = 0x7B
  /// Vertical line, `|`.
  internal static let verticalBar: UInt8 = 0x7C
  /// Right curly bracket, `}`.
  internal static let rightBrace: UInt8 = 0x7D
}
