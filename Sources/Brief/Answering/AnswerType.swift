/// What a question asks for, besides its terms.
internal enum AnswerType: Equatable {
  case none, number, year, name

  /// The kind of answer a question asks for, from its words as the tokenizer gives them
  /// and the question words of its language: a year for "when" and "what year" (or "what
  /// century", "what date"…), a number for "how many" ("how much", "how long"…), "what
  /// percentage" and "what amount"…, a name for "who" and "where".
  internal init(question words: [String], lexicon: Lexicon = .english) {
    func has(_ list: [String]) -> Bool { words.contains(where: list.contains) }
    if has(lexicon.timeQuestionWords)
      || (has(lexicon.yearNouns) && has(lexicon.whichQuestionWords))
    {
      self = .year
    } else if let how = words.firstIndex(where: lexicon.howQuestionWords.contains),
      how + 1 < words.count, lexicon.numberQuestionWords.contains(words[how + 1])
    {
      self = .number
    } else if has(lexicon.numberNouns)
      || (lexicon.countWordsStandAlone && has(lexicon.countQuestionWords))
    {
      self = .number
    } else if has(lexicon.nameQuestionWords) {
      self = .name
    } else {
      self = .none
      for position in words.indices.dropLast()
      where lexicon.whichQuestionWords.contains(words[position]) {
        let noun = words[position + 1]
        if lexicon.dateNouns.contains(noun) {
          self = .year
          return
        }
        if lexicon.quantityNouns.contains(noun) {
          self = .number
          return
        }
      }
    }
  }
}
