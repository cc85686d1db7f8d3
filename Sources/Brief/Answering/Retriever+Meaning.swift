extension Retriever {
  /// The contribution that marks an answer found only as one of the closest in meaning
  /// outside the pool (the fill).
  internal static let fillTerm = "(closest in meaning)"

  /// The best `limit` sentences for an analyzed question by words and meaning together
  /// (``MeaningFusion``), with their explanations.
  ///
  /// `query` and `pieces` are the question's embedding and word-piece vectors by `encoder`,
  /// `nearest` the closest ``meaningReach(limit:)`` units to `query`, best first.
  internal func answersByMeaning(
    _ question: Question, limit: Int, encoder: SentenceEncoder, query: [Float],
    pieces: TokenVectors, nearest: [SentenceVectors.Match]
  ) -> [Answer] {
    let corpus = corpusVectors(encoder)
    let vectors = corpus.sentences
    let questionPieces = corpus.projection.map { $0.project(pieces) } ?? pieces
    let byWords =
      question.terms.isEmpty ? [] : rank(question, limit: parameters.lexicalPoolDepth)
    let reach = meaningReach(limit: limit)
    let dense = Array(nearest.prefix(parameters.densePoolDepth))
    let fusion = MeaningFusion(parameters: parameters, index: features.index)
    let ranked = fusion.rank(
      byWords: byWords, dense: dense, limit: limit,
      meaning: { units in
        MeaningMatch.scores(
          question: questionPieces,
          candidates: units.map { corpus.pieces.tokenVectors(of: Int($0)) })
      },
      closest: { $0 <= reach ? Array(nearest.prefix($0)) : vectors.best(for: query, count: $0) })
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
    add(Self.fillTerm, parts.fill)
    contributions.sort { $0.score > $1.score }
    answer.score = parts.total
    answer.contributions = contributions
    return answer
  }

  /// How many of the closest units one scan finds for a question: they hold the dense pool
  /// and the fill (the pool has at most the two depths' units, so the fill needs at most
  /// that many more than the answers).
  internal func meaningReach(limit: Int) -> Int {
    parameters.densePoolDepth + parameters.lexicalPoolDepth + limit
  }

  /// The vectors of every unit: the index's when they come from `encoder`'s model, else
  /// encoded now, once, on all cores.
  internal func corpusVectors(_ encoder: SentenceEncoder) -> CorpusVectors {
    if let vectors = indexVectors, vectors.model == encoder.modelID { return vectors }
    if let computed = computedVectors { return computed }
    let texts = (0..<features.index.unitCount).map { reranker.texts.text(of: $0) }
    let vectors = CorpusVectors.encoding(texts, with: encoder)
    computedVectors = vectors
    return vectors
  }
}
