extension AnswerFeatures {
  /// What a unit's score is made of, from the same functions the ranking adds up.
  ///
  /// First each question term's BM25 (times the field weight; `term (context)` for one borrowed
  /// from the sentence before), then each feature in parentheses. Their sum is the score (up to
  /// rounding); parts that add nothing are left out.
  ///
  /// - Returns: the question's stems the unit holds (own text or context), in question
  ///   order, and the contributions, largest first.
  internal func explanation(unit: Int, _ question: Question, fine: FineBonuses?) -> (
    matched: [String], contributions: [TermContribution]
  ) {
    let vocabulary = index.vocabulary
    let weight = fieldWeight(index.unitFields[unit])
    var matched: [String] = []
    matched.reserveCapacity(question.terms.count)
    var contributions: [TermContribution] = []
    contributions.reserveCapacity(question.terms.count + question.pairs.count + 12)
    forEachMatch(unit: unit, question) { position, value, isContext in
      let name = vocabulary[question.terms[position]]
      matched.append(name)
      contributions.append(
        TermContribution(term: isContext ? "\(name) (context)" : name, score: value * weight))
    }
    func add(_ name: String, _ value: Double) {
      if value > 0 { contributions.append(TermContribution(term: name, score: value)) }
    }
    if parameters.neighborWeight > 0 {
      let neighbors = neighborScores(unit: unit, question)
      add(
        "(neighbours)",
        (neighborShare(neighbors.previous) + neighborShare(neighbors.next)) * weight)
    }
    if parameters.continuationWeight > 0 && followsInParagraph(unit) {
      add(
        "(sentence before)",
        continuation(
          before: ownTextMask(unit: unit - 1, question), own: ownTextMask(unit: unit, question),
          question))
    }
    if parameters.paragraphWeight > 0 {
      add(
        "(paragraph)", paragraphEvidence(mask(units: paragraphUnits(of: unit), question), question))
    }
    if index.documentStarts.count > 2 && parameters.documentWeight > 0 {
      add("(document)", documentEvidence(mask(units: documentUnits(of: unit), question), question))
    }
    add(question.answerType == .name ? "(name)" : "(answer type)", typeBonus(unit: unit, question))
    if parameters.pairWeight > 0 {
      for pair in question.pairs where contains(pair: pair, unit: unit) {
        add("(pair) \(vocabulary[pair.0]) \(vocabulary[pair.1])", pairBonus(pair))
      }
    }
    if let fine {
      add("(exact form)", fine.exact)
      add("(phrase)", fine.phrases)
      add("(related word)", fine.related)
      add("(synonym)", fine.synonyms)
      add("(meaning)", parameters.meaningWeight * fine.meaningMatch)
    }
    contributions.sort { $0.score > $1.score }
    return (matched, contributions)
  }
}
