/// The noun a "how many" question counts ("soldiers" in "how many soldiers did he
/// send?"), as an index term: a sentence that puts a quantity right before it ("he sent
/// 20,000 soldiers") answers the question better than one that only holds a number.
internal struct CountedNoun {
  /// The noun's term.
  var term: Int32
  /// The terms of the numbers spelled out (``ListedWords/numberWords``).
  var numberTerms: Set<Int32>

  /// The position of the word a question counts: the word after "how many", "how much"
  /// or "cuántos" (a stop word there, as in "how many of", counts nothing).
  internal static func position(in words: [String]) -> Int? {
    for position in words.indices.dropLast() {
      let word = words[position]
      let afterHow = position > 0 && words[position - 1] == "how"
      if (afterHow && (word == "many" || word == "much")) || word == "cuántos"
        || word == "cuántas" || word == "cuánto"
      {
        return position + 1
      }
    }
    return nil
  }

  /// Whether a question asks "how much" ("cuánto"): when it names nothing it counts ("how
  /// much did he pay?"), a sum of money answers it best.
  internal static func asksHowMuch(_ words: [String]) -> Bool {
    words.contains("cuánto")
      || words.indices.dropFirst().contains { words[$0] == "much" && words[$0 - 1] == "how" }
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
