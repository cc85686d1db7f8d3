extension SentenceSplitter.Scanner {
  // MARK: Marks of general punctuation

  /// The third byte of the general punctuation mark (U+2000–U+203F, E2 80 xx) at `index`,
  /// or nil when there is none there, whole before `end`.
  @inline(__always)
  internal func generalPunctuation(at index: Int, end: Int) -> UInt8? {
    guard index + 2 < end, bytes[index] == UTF8Mark.punctuationLead,
      bytes[index + 1] == UTF8Mark.generalPunctuation
    else { return nil }
    return bytes[index + 2]
  }

  /// Whether an en or em dash (`–`, `—`) is at `index`.
  internal func isLongDash(at index: Int, end: Int) -> Bool {
    let mark = generalPunctuation(at: index, end: end)
    return mark == UTF8Mark.emDash || mark == UTF8Mark.enDash
  }

  /// Whether the ellipsis character `…` is at `index`.
  internal func isEllipsisCharacter(at index: Int, end: Int) -> Bool {
    generalPunctuation(at: index, end: end) == UTF8Mark.ellipsis
  }

  // MARK: Closing quotes and brackets

  /// Whether the byte is an ASCII closer: `"`, `'`, `)`, `]` or `}`.
  @inline(__always)
  private static func isASCIICloser(_ byte: UInt8) -> Bool {
    switch byte {
    case .quotationMark, .apostrophe, .rightParenthesis, .rightBracket, .rightBrace: true
    default: false
    }
  }

  /// Whether the third byte of a general punctuation mark is a closing quote: `”`, `’`, `›`.
  @inline(__always)
  private static func isClosingQuote(_ mark: UInt8) -> Bool {
    mark == UTF8Mark.rightDoubleQuote || mark == UTF8Mark.rightSingleQuote
      || mark == UTF8Mark.rightAngleQuote
  }

  /// The length of the closing quote or bracket at `index`, or 0 when there is none: one of
  /// `"` `'` `)` `]` `}` `»` `”` `’` `›`.
  internal func closerLength(at index: Int, end: Int) -> Int {
    switch bytes[index] {
    case .quotationMark, .apostrophe, .rightParenthesis, .rightBracket, .rightBrace:
      return 1
    case UTF8Mark.latin1Lead:
      return index + 1 < end && bytes[index + 1] == UTF8Mark.rightGuillemet ? 2 : 0
    case UTF8Mark.punctuationLead:
      guard let mark = generalPunctuation(at: index, end: end) else { return 0 }
      return Self.isClosingQuote(mark) ? 3 : 0
    default:
      return 0
    }
  }

  /// The length of the closing quote or bracket that ends just before `end` and starts at
  /// `start` or later, or 0 when there is none.
  internal func closerLength(before end: Int, from start: Int) -> Int {
    guard end > start else { return 0 }
    let last = bytes[end - 1]
    if Self.isASCIICloser(last) { return 1 }
    if end - 2 >= start && bytes[end - 2] == UTF8Mark.latin1Lead
      && last == UTF8Mark.rightGuillemet
    {
      return 2
    }
    if end - 3 >= start && bytes[end - 3] == UTF8Mark.punctuationLead
      && bytes[end - 2] == UTF8Mark.generalPunctuation && Self.isClosingQuote(last)
    {
      return 3
    }
    return 0
  }

  /// Where the closing quotes and brackets at `start` end.
  internal func skipClosers(from start: Int, end: Int) -> Int {
    skip(from: start, end: end) { closerLength(at: $0, end: end) }
  }

  /// Where the closers after final punctuation end, a detached closing quote included (as
  /// in tokenized sources: `?' " he said`, a quote with a space on both sides).
  internal func skipTerminalClosers(from start: Int, end: Int) -> Int {
    let closersEnd = skipClosers(from: start, end: end)
    if closersEnd > start && closersEnd + 1 < end && bytes[closersEnd] == .space
      && bytes[closersEnd + 1] == .quotationMark
      && (closersEnd + 2 >= end || bytes[closersEnd + 2].isASCIIWhitespace)
    {
      return skipClosers(from: closersEnd + 1, end: end)
    }
    return closersEnd
  }

  // MARK: Opening quotes and brackets

  /// The length of the opening quote or bracket (or Spanish `¿` `¡`) at `index`, or 0 when
  /// there is none: one of `"` `'` `(` `[` `{` `«` `¿` `¡` `“` `‘` `‹`.
  internal func openerLength(at index: Int, end: Int) -> Int {
    switch bytes[index] {
    case .quotationMark, .apostrophe, .leftParenthesis, .leftBracket, .leftBrace:
      return 1
    case UTF8Mark.latin1Lead:
      guard index + 1 < end else { return 0 }
      let mark = bytes[index + 1]
      return mark == UTF8Mark.leftGuillemet || mark == UTF8Mark.invertedQuestionMark
        || mark == UTF8Mark.invertedExclamationMark ? 2 : 0
    case UTF8Mark.punctuationLead:
      guard let mark = generalPunctuation(at: index, end: end) else { return 0 }
      return mark == UTF8Mark.leftDoubleQuote || mark == UTF8Mark.leftSingleQuote
        || mark == UTF8Mark.leftAngleQuote ? 3 : 0
    default:
      return 0
    }
  }

  /// Where the opening quotes and brackets at `start` end.
  internal func skipOpeners(from start: Int, end: Int) -> Int {
    skip(from: start, end: end) { openerLength(at: $0, end: end) }
  }

  /// Where the opening quotation marks at `start` end: straight ones and `“` `‘` only.
  internal func skipOpeningQuotes(from start: Int, end: Int) -> Int {
    var index = start
    while index < end {
      if bytes[index] == .quotationMark || bytes[index] == .apostrophe {
        index += 1
      } else if let mark = generalPunctuation(at: index, end: end),
        mark == UTF8Mark.leftDoubleQuote || mark == UTF8Mark.leftSingleQuote
      {
        index += 3
      } else {
        break
      }
    }
    return index
  }

  @inline(__always)
  private func skip(from start: Int, end: Int, _ length: (Int) -> Int) -> Int {
    var index = start
    while index < end {
      let markLength = length(index)
      if markLength == 0 { break }
      index += markLength
    }
    return index
  }
}
