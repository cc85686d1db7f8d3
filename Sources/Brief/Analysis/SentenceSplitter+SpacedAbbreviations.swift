extension SentenceSplitter.Scanner {
  /// Whether the period at `period` ends the first part of an abbreviation written with a
  /// space inside.
  ///
  /// Such an abbreviation is a lower-case letter before a letter and its period ("a. C.", "d. C.",
  /// "p. m."), or doubled capitals before doubled capitals ("EE. UU.", "FF. AA."), the
  /// Spanish way of writing a plural's initials. The word after the period starts at `word`;
  /// `before` is the word before it.
  internal func startsSpacedAbbreviation(
    period: Int, before: PrecedingWord, word: Int, end: Int
  ) -> Bool {
    switch before {
    case .lowerInitial:
      return word + 1 < end && bytes[word].isASCIILetter && bytes[word + 1] == .period
        && (word + 2 >= end || bytes[word + 2].isASCIIWhitespace)
    case .plain:
      return endsDoubledCapitals(at: period, from: period - 2)
        && word + 2 < end && bytes[word + 2] == .period
        && endsDoubledCapitals(at: word + 2, from: word)
    default:
      return false
    }
  }

  /// Whether the period at `period` ends the second part of a Spanish plural's initials.
  ///
  /// That is the "UU" of "EE. UU.", which ends a sentence as initials do
  /// (``PrecedingWord/initialism``).
  internal func endsSpacedAbbreviation(period: Int, sentenceStart: Int) -> Bool {
    let first = period - 6  // "EE. UU.": the first part's first letter
    guard first >= sentenceStart, endsDoubledCapitals(at: period, from: period - 2) else {
      return false
    }
    return bytes[period - 3] == .space && bytes[period - 4] == .period
      && endsDoubledCapitals(at: period - 4, from: first)
  }

  /// Whether `bytes[start..<period]` is two equal capital letters ("EE", "UU") after
  /// whitespace, an opening bracket or quote, or the text's start.
  private func endsDoubledCapitals(at period: Int, from start: Int) -> Bool {
    guard start >= 0, period - start == 2 else { return false }
    let letter = bytes[start]
    guard letter.isASCIIUppercase, bytes[start + 1] == letter else { return false }
    return start == 0 || bytes[start - 1].isASCIIWhitespace
      || openerLength(at: start - 1, end: period) == 1
  }
}
