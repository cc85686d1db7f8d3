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
      how + 1 < words.count, QuestionAnalyzer.numberQuestions.contains(words[how + 1])
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
