/// A unit considered as an answer, with its score so far: a lower score, then a later unit,
/// is "less", so a heap of candidates keeps the best and ties go to the earlier unit.
internal struct Candidate: Comparable {
  var score: Double
  var unit: Int32
  /// The re-ranking's weighted bonuses, for the ``RetrievalParameters/fineDepth`` best.
  var fine: FineBonuses? = nil

  static func < (lhs: Candidate, rhs: Candidate) -> Bool {
    lhs.score != rhs.score ? lhs.score < rhs.score : lhs.unit > rhs.unit
  }

  static func == (lhs: Candidate, rhs: Candidate) -> Bool {
    lhs.score == rhs.score && lhs.unit == rhs.unit
  }
}

/// The bonuses the re-ranking of the best few candidates adds (``Reranker``), weighted.
internal struct FineBonuses {
  var exact = 0.0
  var phrases = 0.0
  var related = 0.0
  var synonyms = 0.0
  /// The bonuses together, as the score adds them.
  var words: Double { exact + phrases + related + synonyms }
}
