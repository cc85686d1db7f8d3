/// The noun a "how many" question counts ("soldiers" in "how many soldiers did he
/// send?"), as an index term: a sentence that puts a quantity right before it ("he sent
/// 20,000 soldiers") answers the question better than one that only holds a number.
internal struct CountedNoun {
  /// The noun's term.
  var term: Int32
  /// The terms of the numbers spelled out (``Lexicon/numberWords``).
  var numberTerms: Set<Int32>

  /// The position of the word a question counts: the word after "how many", "how much"
  /// or "cuántos" (a stop word there, as in "how many of", counts nothing).
  internal static func position(in words: [String], lexicon: Lexicon = .english) -> Int? {
    words.indices.dropLast().first { isAsked(words, at: $0, lexicon.countQuestionWords, lexicon) }
      .map { $0 + 1 }
  }

  /// Whether a question asks "how much" ("cuánto"): when it names nothing it counts ("how
  /// much did he pay?"), a sum of money answers it best.
  internal static func asksHowMuch(_ words: [String], lexicon: Lexicon = .english) -> Bool {
    words.indices.contains { isAsked(words, at: $0, lexicon.sumQuestionWords, lexicon) }
  }

  /// Whether the word at `position` is one of `asking` as a question word: after a "how"
  /// word ("how many"), or on its own in a language whose "how" word itself asks how much
  /// ("cuánto", "cuántos").
  private static func isAsked(
    _ words: [String], at position: Int, _ asking: [String], _ lexicon: Lexicon
  ) -> Bool {
    guard asking.contains(words[position]) else { return false }
    return lexicon.countWordsStandAlone
      || (position > 0 && lexicon.howQuestionWords.contains(words[position - 1]))
  }

  /// Whether `terms` (a unit's, in order; stop words are not terms) hold a quantity right
  /// before the noun: a number that is not a year, or a number spelled out.
  internal func isCounted(in terms: UnsafeBufferPointer<Int32>, vocabulary: Vocabulary) -> Bool {
    var previous: Int32 = -1
    for term in terms {
      if term == self.term && previous >= 0 && isQuantity(previous, vocabulary: vocabulary) {
        return true
      }
      previous = term
    }
    return false
  }

  private func isQuantity(_ term: Int32, vocabulary: Vocabulary) -> Bool {
    if numberTerms.contains(term) { return true }
    var text = vocabulary[term]
    return text.withUTF8 { bytes in
      bytes[0] >= UInt8(ascii: "0") && bytes[0] <= UInt8(ascii: "9")
        && !UnitFlags.isYear(bytes)
    }
  }
}
