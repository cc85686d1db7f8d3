extension SentenceSplitter.Scanner {
  /// The class of the character a word starts with.
  internal enum WordStart {
    case lower, upper, digit, other
  }

  /// What the word before a period is, as far as ending a sentence goes.
  internal enum PrecedingWord: Equatable {
    /// A title-like abbreviation ("Dr", "vs", "e.g"): never ends a sentence.
    case title
    /// Another abbreviation ("Inc", "Jan"): ends one before a capitalized word.
    case general
    /// A number ("in 2010."): ends one.
    case number
    /// Any other word: ends one.
    case plain
    /// A lower-case letter alone ("item a."), unless listed as an abbreviation: ends one
    /// except before a number.
    case lowerInitial
    /// A capital letter alone ("John F. Kennedy"): ends one only before a sentence starter.
    case upperInitial
    /// Letters with periods between them ("U.S", "Ph.D"): as ``upperInitial``.
    case initialism
    /// "a.m" or "p.m", whose token (opening quotes included) starts at `tokenStart`.
    case time(tokenStart: Int)
  }

  // MARK: The word before a period

  /// What the word before the period at `period` is (the sentence starts at
  /// `sentenceStart`).
  ///
  /// The word is the last segment of the token before the period, after its last inner
  /// period and its last hyphen ("ex-Gov" gives "Gov", "Mexico-U.S" gives "S"), unless the
  /// whole token is an initialism.
  internal func wordBefore(period: Int, sentenceStart: Int) -> PrecedingWord {
    let tokenStart = startOfToken(endingAt: period, from: sentenceStart)
    let start = skipOpeners(from: tokenStart, end: period)
    if start >= period { return .plain }
    if bytes[period - 1].isASCIIDigit { return .number }
    var segmentStart = start
    if let lastDot = lastIndex(of: .period, from: start, to: period) {
      if isInitialism(from: start, to: period) {
        return initialism(from: start, to: period, tokenStart: tokenStart)
      }
      segmentStart = lastDot + 1
      if segmentStart >= period { return .plain }
    }
    segmentStart = afterLastHyphen(from: segmentStart, to: period)
    if period - segmentStart == 1 && bytes[segmentStart].isASCIILetter {
      if bytes[segmentStart].isASCIIUppercase { return .upperInitial }
      // A listed lower-case letter is that abbreviation ("Roe v. Wade", Spanish "s. XIX");
      // a capital one stays an initial ("John F. Kennedy", "Felipe V.").
      return abbreviation(from: segmentStart, to: period) ?? .lowerInitial
    }
    return abbreviation(from: segmentStart, to: period) ?? .plain
  }

  /// What the initialism `bytes[start..<end]` is: a time ("a.m", "p.m"), a title ("e.g",
  /// "i.e", or a listed one), another listed abbreviation, or initials.
  private func initialism(from start: Int, to end: Int, tokenStart: Int) -> PrecedingWord {
    if end - start == 3 {
      let first = bytes[start].asciiLowercased
      let second = bytes[start + 2].asciiLowercased
      if (first == UInt8(ascii: "a") || first == UInt8(ascii: "p")) && second == UInt8(ascii: "m") {
        return .time(tokenStart: tokenStart)
      }
      if (first == UInt8(ascii: "e") && second == UInt8(ascii: "g"))
        || (first == UInt8(ascii: "i") && second == UInt8(ascii: "e"))
      {
        return .title
      }
    }
    return abbreviation(from: start, to: end) ?? .initialism
  }

  /// ``PrecedingWord/title`` or ``PrecedingWord/general`` when `bytes[start..<end]` is a
  /// listed abbreviation, else nil.
  @inline(__always)
  private func abbreviation(from start: Int, to end: Int) -> PrecedingWord? {
    switch abbreviationKind(from: start, to: end) {
    case .title: .title
    case .general: .general
    case nil: nil
    }
  }

  /// Whether `bytes[start..<end]` is an initialism: letters in segments of one or two
  /// separated by single periods ("U.S", "e.g", "J.R.R", "EE.UU", "Ph.D").
  private func isInitialism(from start: Int, to end: Int) -> Bool {
    var segment = 0
    for index in start..<end {
      let byte = bytes[index]
      if byte == .period {
        if segment == 0 { return false }
        segment = 0
      } else if byte.isASCIILetter {
        segment += 1
        if segment > 2 { return false }
      } else {
        return false
      }
    }
    return segment > 0
  }

  /// Where the token (a run of non-whitespace) that ends at `end` starts, at `lowerBound` at
  /// the earliest.
  internal func startOfToken(endingAt end: Int, from lowerBound: Int) -> Int {
    var start = end
    while start > lowerBound && !bytes[start - 1].isASCIIWhitespace { start -= 1 }
    return start
  }

  /// The offset of the last `byte` in `bytes[start..<end]`, or nil.
  private func lastIndex(of byte: UInt8, from start: Int, to end: Int) -> Int? {
    var index = end
    while index > start {
      index -= 1
      if bytes[index] == byte { return index }
    }
    return nil
  }

  /// Where the last hyphen-separated part of `bytes[start..<end]` starts: after its last
  /// hyphen past `start`, else at `start`.
  private func afterLastHyphen(from start: Int, to end: Int) -> Int {
    var index = end - 1
    while index > start && bytes[index] != .hyphen { index -= 1 }
    return index > start && bytes[index] == .hyphen ? index + 1 : start
  }

  /// The number of whitespace-separated words in `bytes[start..<end]`.
  internal func wordCount(from start: Int, to end: Int) -> Int {
    var count = 0
    var inWord = false
    for index in start..<end {
      let isSpace = bytes[index].isASCIIWhitespace
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  // MARK: The word after a period

  /// The key (``SentenceSplitter/WordTables``) of the word at `start`: letters, non-ASCII
  /// bytes and apostrophes; nil when longer than 8 bytes.
  private func wordKey(at start: Int, end: Int) -> UInt64? {
    var index = start
    while index < end
      && (bytes[index].isASCIILetter || !bytes[index].isASCII || bytes[index] == .apostrophe)
    {
      index += 1
      if index - start > 8 { return nil }
    }
    return SentenceSplitter.WordTables.key(bytes, from: start, to: index)
  }

  /// Whether the word at `start` is a general abbreviation written with its period ("Ltd.").
  internal func isAbbreviationWithPeriod(at start: Int, end: Int) -> Bool {
    var index = start
    while index < end && bytes[index].isASCIILetter { index += 1 }
    guard index < end, index > start, bytes[index] == .period else { return false }
    return abbreviationKind(from: start, to: index) == .general
  }

  /// Whether the word at `start` typically begins a sentence.
  internal func isStarter(at start: Int, end: Int) -> Bool {
    guard let key = wordKey(at: start, end: end) else { return false }
    return words.starters.contains(key)
  }

  /// Whether the word at `start` typically follows a time inside a sentence.
  internal func isTimeFollower(at start: Int, end: Int) -> Bool {
    guard let key = wordKey(at: start, end: end) else { return false }
    return words.timeFollowers.contains(key)
  }

  /// The class of the character at `index`, decoded when it is not ASCII (`É` is upper).
  internal func wordStart(at index: Int, end: Int) -> WordStart {
    guard index < end else { return .other }
    let byte = bytes[index]
    if byte.isASCII {
      if byte.isASCIILowercase { return .lower }
      if byte.isASCIIUppercase { return .upper }
      if byte.isASCIIDigit { return .digit }
      return .other
    }
    guard case let (value, _)? = bytes.utf8ScalarValue(at: index, end: end),
      let scalar = Unicode.Scalar(value)
    else { return .other }
    let properties = scalar.properties
    if properties.isLowercase { return .lower }
    if properties.isUppercase { return .upper }
    return .other
  }
}
