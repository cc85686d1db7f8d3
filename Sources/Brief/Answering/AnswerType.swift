extension Retriever {
  /// What a question asks for, besides its terms.
  internal enum AnswerType: Equatable {
    case none, number, year, name

    /// Nouns that, after "what" or "which", ask for a date or a period ("what century").
    private static let dateNouns: Set<String> = [
      "century", "centuries", "decade", "decades", "date", "dates", "month", "months", "day",
      "days", "era", "period", "time",
    ]

    /// Nouns that, after "what" or "which", ask for a quantity ("what proportion").
    private static let quantityNouns: Set<String> = [
      "amount", "proportion", "fraction", "share", "population",
    ]

    /// The kind of answer a question asks for, from its words as the tokenizer gives them:
    /// a year for "when" and "what year" (or "what century", "what date"…), a number for "how
    /// many" ("how much", "how long"…), "what percentage" and "what amount"…, a name for
    /// "who" and "where".
    internal init(question words: [String]) {
      if words.contains("when") || words.contains("cuándo")
        || (words.contains("year") && (words.contains("what") || words.contains("which")))
      {
        self = .year
      } else if let how = words.firstIndex(where: { $0 == "how" || $0 == "cuánto" }),
        how + 1 < words.count, Retriever.numberQuestions.contains(words[how + 1])
      {
        self = .number
      } else if words.contains("percentage") || words.contains("number") {
        self = .number
      } else if words.contains("who") || words.contains("whom") || words.contains("whose")
        || words.contains("where") || words.contains("quién") || words.contains("dónde")
      {
        self = .name
      } else {
        self = .none
        for position in words.indices.dropLast()
        where words[position] == "what" || words[position] == "which" {
          let noun = words[position + 1]
          if Self.dateNouns.contains(noun) {
            self = .year
            return
          }
          if Self.quantityNouns.contains(noun) {
            self = .number
            return
          }
        }
      }
    }
  }
}

extension Retriever {
  /// The noun a "how many" question counts ("soldiers" in "how many soldiers did he
  /// send?"), as an index term: a sentence that puts a quantity right before it ("he sent
  /// 20,000 soldiers") answers the question better than one that only holds a number.
  internal struct CountedNoun {
    /// The noun's term.
    var term: Int32
    /// The terms of the numbers spelled out (``DocumentUnits/numberWords``).
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
}
