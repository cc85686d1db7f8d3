/// The stage that answers by words and by meaning together, with a sentence model.
///
/// Its pool is the best candidates by words (the whole pipeline without the model) and the
/// sentences whose embeddings are closest to the question's (``SentenceVectors``: the dense
/// stage, which finds answers that share no word with the question). Each pool sentence
/// scores
///
///     words / best words  +  meaningWeight × z(meaning)  +  lead bonus
///
/// where *words* is its score by words (0 for a sentence only the dense stage found), the
/// meaning match is ``MeaningMatch``'s late interaction with the question, z-scored among the
/// pool, and the lead bonus goes to the first body sentences of a document (news puts the
/// answer first), as fractions of the best score by words. Sentences outside the pool follow
/// by closeness of embedding, so a question with any content is always answered.
///
/// Weights: fitted on half the articles of NewsQA dev and SQuAD dev together and checked on
/// the other half (`Scripts/news_answer_design.py`; see ``RetrievalParameters``).
internal struct MeaningFusion {
  let parameters: RetrievalParameters
  let index: SentenceIndex

  /// A pool sentence's parts, for the ranking and its explanation.
  struct Parts {
    /// Its score by words over the best score by words (0 when it had none).
    var words = 0.0
    /// The meaning match, z-scored among the pool, times its weight.
    var meaning = 0.0
    /// The lead bonus.
    var lead = 0.0
    /// For a sentence outside the pool, a score below the pool's that falls with its
    /// distance in meaning (the fill).
    var fill = 0.0
    /// Its candidate by words, when it was one (for the explanation of its words).
    var byWords: Candidate?

    var total: Double { words + meaning + lead + fill }
  }

  /// The lead bonus of a unit: the first body sentences of a document get
  /// ``RetrievalParameters/leadWeights``.
  func leadBonus(unit: Int) -> Double {
    guard index.unitFields[unit] == .body else { return 0 }
    let position = Int(index.unitFieldIndices[unit])
    return position < parameters.leadWeights.count ? parameters.leadWeights[position] : 0
  }

  /// The pool in fused order, best first, then (up to `limit`) the closest sentences outside
  /// it.
  ///
  /// - Parameters:
  ///   - byWords: the best candidates by words, best first.
  ///   - dense: the closest sentences by embedding, best first.
  ///   - meaning: the meaning match of each pool unit with the question, in pool order.
  ///   - closest: the `count` closest units, best first (for the fill).
  func rank(
    byWords: [Candidate], dense: [SentenceVectors.Match], limit: Int,
    meaning: ([Int32]) -> [Double],
    closest: (Int) -> [SentenceVectors.Match]
  ) -> [(unit: Int32, parts: Parts)] {
    var pool: [Int32] = []
    var parts: [Int32: Parts] = [:]
    let best = byWords.first.map { max($0.score, 0) } ?? 0
    for candidate in byWords where parts[candidate.unit] == nil {
      pool.append(candidate.unit)
      parts[candidate.unit] = Parts(
        words: best > 0 ? candidate.score / best : 0, byWords: candidate)
    }
    for match in dense where parts[match.row] == nil {
      pool.append(match.row)
      parts[match.row] = Parts()
    }
    let matches = meaning(pool)
    let count = Double(matches.count)
    let mean = matches.reduce(0, +) / max(count, 1)
    let spread =
      (matches.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(count, 1)).squareRoot()
    for (unit, match) in zip(pool, matches) {
      parts[unit]?.meaning = parameters.meaningWeight * (match - mean) / (spread + 1e-6)
      parts[unit]?.lead = leadBonus(unit: Int(unit))
    }
    var ranked = pool.compactMap { unit in parts[unit].map { (unit: unit, parts: $0) } }
    ranked.sort {
      $0.parts.total != $1.parts.total ? $0.parts.total > $1.parts.total : $0.unit < $1.unit
    }
    if ranked.count > limit { ranked.removeLast(ranked.count - limit) }
    if ranked.count < limit {
      // The fill: the closest sentences not in the pool, below every pool sentence.
      let floor = (ranked.last?.parts.total ?? 0) - 1
      for match in closest(limit + pool.count) where parts[match.row] == nil {
        if ranked.count == limit { break }
        ranked.append(
          (match.row, Parts(fill: floor - 1 + Double(match.score))))
      }
    }
    return ranked
  }
}
