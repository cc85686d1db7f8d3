extension SentenceSplitter.Scanner {
  /// Whether the mark at `mark` (a period, or a run of `!` and `?` ending at `markEnd`) ends
  /// a sentence although a lower-case word follows.
  ///
  /// That is the informal writing of reviews, e-mail and forums: "are you kidding? why would
  /// you", "call them. they know". The evidence must be plain: the mark is bare (no closing
  /// quote or bracket after it, which would make "'Why?' she asked" one sentence), the word
  /// before it starts in lower case (not a name such as "Yahoo!"), the next word starts right after the whitespace (no
  /// opening bracket), and the sentence holds no Spanish `¿` or `¡` (an inverted question
  /// inside a sentence goes on in lower case: "Si vienes, ¿me avisas? y luego").
  internal func endsLowercaseSentence(
    mark: Int, markEnd: Int, following: FollowingText, sentenceStart: Int, end: Int
  ) -> Bool {
    guard following.closersEnd == markEnd else { return false }
    guard wordStart(at: following.start, end: end) == .lower else { return false }
    // The word before, a space before the mark aside ("as i do ? i dont").
    var wordEnd = mark
    if wordEnd > sentenceStart && bytes[wordEnd - 1] == .space { wordEnd -= 1 }
    let tokenStart = startOfToken(endingAt: wordEnd, from: sentenceStart)
    guard tokenStart < wordEnd, wordStart(at: tokenStart, end: wordEnd) == .lower else {
      return false
    }
    return !holdsInvertedMark(from: sentenceStart, to: mark)
  }

  /// Whether `bytes[start..<end]` holds `¿` or `¡`.
  private func holdsInvertedMark(from start: Int, to end: Int) -> Bool {
    var index = start
    while index + 1 < end {
      if bytes[index] == UTF8Mark.latin1Lead {
        let mark = bytes[index + 1]
        if mark == UTF8Mark.invertedQuestionMark || mark == UTF8Mark.invertedExclamationMark {
          return true
        }
      }
      index += 1
    }
    return false
  }
}
