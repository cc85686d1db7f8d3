extension SentenceSplitter.Scanner {
  /// The text after a sentence-final mark, its closing quotes and brackets, and whitespace:
  /// where a next sentence would start.
  internal struct FollowingText {
    /// Where the closers after the mark end: the sentence's end, if it ends at the mark.
    var closersEnd: Int
    /// The first byte after the whitespace.
    var start: Int
    /// Whether the whitespace holds a line break.
    var crossesLine: Bool
  }

  /// What follows a sentence-final mark.
  internal enum Follower {
    /// Whitespace after the closers, then text.
    case text(FollowingText)
    /// Nothing a sentence can start with (the paragraph's end, or no whitespace after the
    /// closers): no boundary, and where the scan goes on.
    case nothing(Decision)
  }

  /// What follows the mark that ends at `markEnd`.
  ///
  /// Inlined into its four callers: out of line, splitting bbc-dev took 5 % more
  /// instructions (callgrind).
  @inline(__always)
  internal func follower(ofMarkEndingAt markEnd: Int, end: Int) -> Follower {
    // Citation marks after the mark belong to the sentence: "in 1990.[17] The".
    var closersEnd = skipCitations(from: skipTerminalClosers(from: markEnd, end: end), end: end)
    if closersEnd >= end { return .nothing(.noBoundary(resume: end)) }
    if !bytes[closersEnd].isASCIIWhitespace { return .nothing(.noBoundary(resume: markEnd)) }
    var next = closersEnd
    var crossesLine = false
    while next < end && bytes[next].isASCIIWhitespace {
      if bytes[next] == .newline { crossesLine = true }
      next += 1
    }
    if next >= end { return .nothing(.noBoundary(resume: end)) }
    if bytes[next] == .leftBracket {
      // And so do those after a space: "in 1805. [6] An".
      let cited = skipCitations(from: next, end: end)
      if cited > next && (cited >= end || bytes[cited].isASCIIWhitespace) {
        closersEnd = cited
        next = skipWhitespace(from: cited, end: end)
        if next >= end { return .nothing(.noBoundary(resume: end)) }
      }
    }
    return .text(FollowingText(closersEnd: closersEnd, start: next, crossesLine: crossesLine))
  }

  // MARK: Periods

  /// The decision at a `.`: a single period, or the first dot of an ellipsis (`...`, or
  /// `. . .` with single spaces).
  internal func period(at index: Int, sentenceStart: Int, end: Int) -> Decision {
    let runEnd = skipPeriods(from: index, end: end)
    let firstRun = runEnd - index
    var clusterEnd = runEnd
    var dots = firstRun
    var spaced = false
    while clusterEnd + 1 < end && bytes[clusterEnd] == .space
      && bytes[clusterEnd + 1] == .period
    {
      let nextRunEnd = skipPeriods(from: clusterEnd + 1, end: end)
      dots += nextRunEnd - (clusterEnd + 1)
      clusterEnd = nextRunEnd
      spaced = true
    }
    if spaced {
      let attached = index > sentenceStart && !bytes[index - 1].isASCIIWhitespace
      if attached && firstRun == 1 {
        // "word. . . . Next": the period ends the sentence, the ellipsis opens the next one.
        if case .text(let following) = follower(ofMarkEndingAt: clusterEnd, end: end),
          startsCapitalizedWord(at: following.start, end: end)
        {
          return .boundary(end: index + 1, resume: index + 1)
        }
        return .noBoundary(resume: clusterEnd)
      }
      if dots >= 4 && hasText(from: sentenceStart, to: index) {
        return afterEllipsis(endingAt: clusterEnd, end: end, strict: false)
      }
      return .noBoundary(resume: clusterEnd)
    }
    if firstRun >= 2 {
      if !hasText(from: sentenceStart, to: index) { return .noBoundary(resume: runEnd) }
      return afterEllipsis(endingAt: runEnd, end: end, strict: firstRun < 4)
    }
    return singlePeriod(at: index, sentenceStart: sentenceStart, end: end)
  }

  /// The decision at a period that is not part of an ellipsis, from the word before it and
  /// the word after.
  private func singlePeriod(at index: Int, sentenceStart: Int, end: Int) -> Decision {
    let after = index + 1
    if after >= end { return .noBoundary(resume: end) }
    if bytes[after].isASCIILetterOrDigit {
      if isGluedBoundary(at: index, sentenceStart: sentenceStart, end: end) {
        return .boundary(end: after, resume: after)
      }
      return .noBoundary(resume: after)
    }
    let following: FollowingText
    switch follower(ofMarkEndingAt: after, end: end) {
    case .nothing(let decision): return decision
    case .text(let text): following = text
    }
    let next = following.start
    if bytes[next] == .period || isEllipsisCharacter(at: next, end: end) {
      return .noBoundary(resume: next)  // "word. ... Next": the ellipsis decides
    }
    let word = skipOpeners(from: next, end: end)
    if word >= end { return .noBoundary(resume: next) }
    let nextStart = wordStart(at: word, end: end)
    let boundary = Decision.boundary(end: following.closersEnd, resume: following.closersEnd)
    let noBoundary = Decision.noBoundary(resume: next)
    var before = wordBefore(period: index, sentenceStart: sentenceStart)
    if startsSpacedAbbreviation(period: index, before: before, word: word, end: end) {
      return noBoundary  // "44 a. C.", "EE. UU."
    }
    if before == .plain && endsSpacedAbbreviation(period: index, sentenceStart: sentenceStart) {
      before = .initialism
    }
    if nextStart == .lower {
      // "you. call them": only after a plain word, bare, in informal text.
      return before == .plain
        && endsLowercaseSentence(
          mark: index, markEnd: after, following: following, sentenceStart: sentenceStart,
          end: end)
        ? boundary : noBoundary
    }
    switch before {
    case .title:
      return noBoundary
    case .general:
      if nextStart == .upper && isAbbreviationWithPeriod(at: word, end: end) {
        return noBoundary  // "Pennyworth & Co. Ltd.": one name, not two sentences
      }
      return nextStart == .upper ? boundary : noBoundary
    case .number, .plain:
      return boundary
    case .lowerInitial:
      return nextStart == .digit ? noBoundary : boundary
    case .initialism, .upperInitial:
      if nextStart != .upper { return noBoundary }
      if following.crossesLine || (word == next && isStarter(at: word, end: end)) {
        return boundary
      }
      return noBoundary
    case .time(let tokenStart):
      if nextStart == .digit { return noBoundary }
      if following.crossesLine || isStarter(at: word, end: end) { return boundary }
      if isTimeFollower(at: word, end: end) { return noBoundary }
      return wordCount(from: sentenceStart, to: tokenStart) >= 4 ? boundary : noBoundary
    }
  }

  /// Where the run of periods at `start` ends.
  private func skipPeriods(from start: Int, end: Int) -> Int {
    var index = start
    while index < end && bytes[index] == .period { index += 1 }
    return index
  }

  /// Whether the sentence holds more than opening quotes and brackets before `index`.
  private func hasText(from sentenceStart: Int, to index: Int) -> Bool {
    skipOpeners(from: sentenceStart, end: index) < index
  }

  /// Whether a capitalized word starts at `start`, after opening quotes and brackets.
  private func startsCapitalizedWord(at start: Int, end: Int) -> Bool {
    wordStart(at: skipOpeners(from: start, end: end), end: end) == .upper
  }

  // MARK: Ellipses, ! and ?

  /// The decision after an ellipsis that ends at `ellipsisEnd`: a boundary before a
  /// capitalized word.
  ///
  /// - Parameter strict: only straight and curly opening quotes may come before the word,
  ///   not brackets ("[...] (Smith 55)" goes on), and the word is not "I".
  private func afterEllipsis(endingAt ellipsisEnd: Int, end: Int, strict: Bool) -> Decision {
    let following: FollowingText
    switch follower(ofMarkEndingAt: ellipsisEnd, end: end) {
    case .nothing(let decision): return decision
    case .text(let text): following = text
    }
    let next = following.start
    let boundary = Decision.boundary(end: following.closersEnd, resume: following.closersEnd)
    if !strict {
      return startsCapitalizedWord(at: next, end: end) ? boundary : .noBoundary(resume: next)
    }
    let word = skipOpeningQuotes(from: next, end: end)
    guard word < end, wordStart(at: word, end: end) == .upper else {
      return .noBoundary(resume: next)
    }
    if bytes[word] == UInt8(ascii: "I") && (word + 1 >= end || !bytes[word + 1].isASCIILetter) {
      return .noBoundary(resume: next)
    }
    return boundary
  }

  /// The decision at a run of `!` and `?` (periods among them): a boundary, but before a
  /// lower-case word only when the run ends a lower-case word, bare
  /// (``endsLowercaseSentence(mark:markEnd:following:sentenceStart:end:)``): "what a view!
  /// you get" is two sentences, "She works at Yahoo! in", "'Why?' she asked" and "¿Vienes?
  /// —preguntó él." one.
  internal func exclamationOrQuestion(at index: Int, sentenceStart: Int, end: Int) -> Decision {
    var marksEnd = index
    while marksEnd < end
      && (bytes[marksEnd] == .exclamationMark || bytes[marksEnd] == .questionMark
        || bytes[marksEnd] == .period)
    {
      marksEnd += 1
    }
    let following: FollowingText
    switch follower(ofMarkEndingAt: marksEnd, end: end) {
    case .nothing(let decision): return decision
    case .text(let text): following = text
    }
    var word = skipOpeners(from: following.start, end: end)
    let dialogue = isLongDash(at: word, end: end)
    if dialogue { word += 3 }
    if word < end && wordStart(at: word, end: end) == .lower
      && (dialogue
        || !endsLowercaseSentence(
          mark: index, markEnd: marksEnd, following: following, sentenceStart: sentenceStart,
          end: end))
    {
      return .noBoundary(resume: following.start)
    }
    return .boundary(end: following.closersEnd, resume: following.closersEnd)
  }

  /// The decision at a mark of general punctuation: an ellipsis character `…`, or a bullet
  /// after whitespace, which starts a new sentence.
  internal func punctuationMark(at index: Int, sentenceStart: Int, end: Int) -> Decision {
    if isEllipsisCharacter(at: index, end: end) {
      if !hasText(from: sentenceStart, to: index) { return .noBoundary(resume: index + 3) }
      return afterEllipsis(endingAt: index + 3, end: end, strict: true)
    }
    if index > sentenceStart && bytes[index - 1].isASCIIWhitespace
      && bulletLength(at: index, end: end) > 0
    {
      return .boundary(end: index, resume: index)
    }
    return .noBoundary(resume: index + 1)
  }

  // MARK: Glued sentences

  /// Whether the period at `index`, glued to a capitalized word ("Hello world.Today is"),
  /// ends a sentence: not in a URL, an e-mail address or a path, and not after an
  /// abbreviation or a single letter.
  private func isGluedBoundary(at index: Int, sentenceStart: Int, end: Int) -> Bool {
    guard index > sentenceStart, index + 2 < end else { return false }
    let before = bytes[index - 1]
    guard before.isASCIILowercase || before.isASCIIDigit else { return false }
    guard bytes[index + 1].isASCIIUppercase && bytes[index + 2].isASCIILowercase else {
      return false
    }
    // The token around the period, looked at up to 256 bytes either way.
    let tokenStart = startOfToken(endingAt: index, from: max(sentenceStart, index - 256))
    var tokenEnd = index
    let highLimit = min(end, index + 256)
    while tokenEnd < highLimit && !bytes[tokenEnd].isASCIIWhitespace { tokenEnd += 1 }
    if bytes[tokenStart..<tokenEnd].contains(where: Self.isLinkByte) { return false }
    // The segment before the period must be a real word, not an abbreviation.
    var segmentStart = index
    while segmentStart > tokenStart && bytes[segmentStart - 1] != .period { segmentStart -= 1 }
    let letters = bytes[segmentStart..<index].lazy.filter(\.isASCIILetter).count
    if letters == 1 { return false }
    return abbreviationKind(from: segmentStart, to: index) == nil
  }

  /// Whether the byte belongs in URLs, e-mail addresses and paths rather than prose:
  /// `@`, `/`, `\`, `:`, `=`.
  private static func isLinkByte(_ byte: UInt8) -> Bool {
    byte == .atSign || byte == .slash || byte == .backslash || byte == .colon
      || byte == .equalsSign
  }
}
