extension Retriever {
  /// The question's known terms (stems) and their idf, and the raw features of the best sentences.
  ///
  /// They are the `limit` best, best first (for fitting the weights: `Scripts/fit_rerank.py`). The
  /// values come from the same ``AnswerFeatures`` functions as the ranking.
  package func candidateFeatures(for question: String, limit: Int) -> (
    terms: [String], idf: [Double], candidates: [CandidateFeatures]
  ) {
    let analyzed = analyze(question)
    let index = features.index
    let names = analyzed.terms.map { index.vocabulary[$0] }
    guard !analyzed.terms.isEmpty, limit > 0 else { return (names, analyzed.idf, []) }
    let related = reranker.relatedTerms(analyzed)
    let candidates = rank(analyzed, limit: limit).map { candidate in
      let unit = Int(candidate.unit)
      let weight = features.fieldWeight(index.unitFields[unit])
      let neighbors = features.neighborScores(unit: unit, analyzed)
      let paragraphMask = features.mask(units: features.paragraphUnits(of: unit), analyzed)
      let type = features.typeMatch(unit: unit, analyzed) * analyzed.meanIDF
      let isName = analyzed.answerType == .name
      var pairs = 0.0
      for pair in analyzed.pairs where features.contains(pair: pair, unit: unit) {
        pairs += (features.idf[Int(pair.0)] + features.idf[Int(pair.1)]) / 2
      }
      let words = reranker.wordEvidence(unit: unit, analyzed)
      let evidence = reranker.relatedEvidence(unit: unit, analyzed, related: related)
      let termIDs = index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]
      return CandidateFeatures(
        answer: answer(candidate, analyzed), unit: unit,
        paragraph: Int(index.unitParagraphs[unit]),
        bm25: features.ownScore(unit: unit, analyzed).score * weight,
        previous: neighbors.previous * weight, next: neighbors.next * weight,
        paragraphEvidence: analyzed.idfSum(paragraphMask),
        continuation: features.continuationEvidence(unit: unit, analyzed),
        answerType: isName ? 0 : type, name: isName ? type : 0, pairs: pairs,
        related: evidence.related, synonyms: evidence.synonyms,
        exact: words.exact, phrases: words.phrases,
        meaning: candidate.fine?.meaningMatch ?? 0,
        terms: termIDs.map { index.vocabulary[$0] })
    }
    return (names, analyzed.idf, candidates)
  }
}
