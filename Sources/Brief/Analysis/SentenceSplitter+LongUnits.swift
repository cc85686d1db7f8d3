extension SentenceSplitter.Scanner {
  /// The most words a sentence holds: a longer run (text without sentence punctuation, or a
  /// 10 MB line) is cut into units of at most this many, so that a summary's word budget
  /// holds.
  internal static let maximumWords = 80

  /// The fewest words before a clause boundary that a long run is cut at.
  private static let minimumCutWords = 20

  /// How good a place to cut a long run is: higher is better.
  private enum CutQuality: Int, Comparable {
    /// After a comma.
    case comma
    /// After a comma that a conjunction follows (", and", ", but", ", y").
    case commaConjunction
    /// After `;` or `:`, or before a dash (" — ", " – ", " -- ").
    case clause

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// Conjunctions that open a clause after a comma, English and Spanish.
  private static let conjunctions: [[UInt8]] = [
    "and", "but", "or", "so", "yet", "while", "which", "who", "because", "although", "whereas",
    "y", "e", "pero", "o", "u", "que", "aunque", "mientras", "porque", "sino",
  ].map { Array($0.utf8) }

  /// Where the first unit of `range` (trimmed, not empty) ends when it holds more than
  /// ``maximumWords`` words, or nil when it holds no more.
  ///
  /// The unit ends at the best clause boundary after ``minimumCutWords`` words and within
  /// ``maximumWords`` (the latest of the best kind), else after ``maximumWords`` words.
  internal func longUnitCut(in range: Range<Int>) -> Int? {
    // Each word but the last takes a byte and a separator.
    if range.count < 2 * Self.maximumWords { return nil }
    var words = 0
    var wordStart = range.lowerBound
    var best: (quality: CutQuality, end: Int)?
    var index = range.lowerBound
    while index < range.upperBound {
      if !bytes[index].isASCIIWhitespace {
        words += 1
        if words > Self.maximumWords { return best?.end ?? index }
        wordStart = index
        while index < range.upperBound && !bytes[index].isASCIIWhitespace { index += 1 }
        if words >= Self.minimumCutWords,
          let (quality, end) = cutQuality(word: wordStart..<index, end: range.upperBound),
          quality >= (best?.quality ?? .comma)
        {
          best = (quality, end)
        }
      } else {
        index += 1
      }
    }
    return nil
  }

  /// How good a cut at the word `word` is, and where the first unit would end: after a
  /// word ending in `;`, `:` or `,`, or before a dash.
  private func cutQuality(word: Range<Int>, end: Int) -> (CutQuality, Int)? {
    let last = bytes[word.upperBound - 1]
    if last == .semicolon || last == .colon { return (.clause, word.upperBound) }
    if word.count == 3 && isLongDash(at: word.lowerBound, end: end) {
      return (.clause, word.lowerBound)
    }
    if word.count == 2 && bytes[word.lowerBound] == .hyphen && last == .hyphen {
      return (.clause, word.lowerBound)
    }
    guard last == .comma else { return nil }
    let next = skipWhitespace(from: word.upperBound, end: end)
    return (startsConjunction(at: next, end: end) ? .commaConjunction : .comma, word.upperBound)
  }

  /// Whether a listed conjunction, then whitespace, starts at `start`.
  private func startsConjunction(at start: Int, end: Int) -> Bool {
    var wordEnd = start
    while wordEnd < end && bytes[wordEnd].isASCIILowercase { wordEnd += 1 }
    let count = wordEnd - start
    guard count > 0, wordEnd < end, bytes[wordEnd].isASCIIWhitespace else { return false }
    return Self.conjunctions.contains { conjunction in
      conjunction.count == count
        && conjunction.indices.allSatisfy { bytes[start + $0] == conjunction[$0] }
    }
  }
}
