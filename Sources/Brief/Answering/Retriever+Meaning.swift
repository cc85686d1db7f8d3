extension Retriever {
  /// The best `limit` sentences for an analyzed question by words and meaning together
  /// (``MeaningFusion``), with their explanations.
  internal func answersByMeaning(_ question: Question, limit: Int, encoder: SentenceEncoder)
    -> [Answer]
  {
    let encoded = encoder.encode([question.text], tokenVectors: true, workers: 1)
    let query = Array(encoded.embedding(at: 0))
    let corpus = corpusVectors(encoder)
    let vectors = corpus.sentences
    let questionPieces =
      corpus.projection.map { $0.project(encoded.tokenVectors[0]) }
      ?? encoded.tokenVectors[0]
    let byWords =
      question.terms.isEmpty ? [] : rank(question, limit: parameters.lexicalPoolDepth)
    let dense = vectors.best(for: query, count: parameters.densePoolDepth)
    let fusion = MeaningFusion(parameters: parameters, index: features.index)
    let ranked = fusion.rank(
      byWords: byWords, dense: dense, limit: limit,
      cosine: { vectors.scores(for: query, rows: [Int($0)])[0] },
      meaning: { units in
        MeaningMatch.scores(
          question: questionPieces,
          candidates: units.map { corpus.pieces.tokenVectors(of: Int($0)) })
      },
      closest: { vectors.best(for: query, count: $0) })
    return ranked.map { answer(unit: Int($0.unit), parts: $0.parts, question) }
  }

  /// The answer for a unit the fusion ranked: its score is the fused one, its explanation the
  /// parts of that score (the words' own parts scaled as the words are).
  private func answer(unit: Int, parts: MeaningFusion.Parts, _ question: Question) -> Answer {
    var answer: Answer
    var contributions: [TermContribution] = []
    if let candidate = parts.byWords {
      answer = self.answer(candidate, question)
      let scale = answer.score > 0 ? parts.words / answer.score : 0
      contributions = answer.contributions.map {
        TermContribution(term: $0.term, score: $0.score * scale)
      }
    } else {
      answer = self.answer(Candidate(score: 0, unit: Int32(unit)), question)
    }
    func add(_ name: String, _ value: Double) {
      if value != 0 { contributions.append(TermContribution(term: name, score: value)) }
    }
    add("(meaning)", parts.meaning)
    add("(lead)", parts.lead)
    add("(closest in meaning)", parts.fill)
    contributions.sort { $0.score > $1.score }
    answer.score = parts.total
    answer.contributions = contributions
    return answer
  }

  /// The vectors of every unit: the index's when they come from `encoder`'s model, else
  /// encoded now, once, on all cores.
  private func corpusVectors(_ encoder: SentenceEncoder) -> CorpusVectors {
    if let vectors = indexVectors, vectors.model == encoder.modelID { return vectors }
    if let computed = computedVectors { return computed }
    let texts = (0..<features.index.unitCount).map { reranker.texts.text(of: $0) }
    let vectors = CorpusVectors.encoding(texts, with: encoder)
    computedVectors = vectors
    return vectors
  }
}
