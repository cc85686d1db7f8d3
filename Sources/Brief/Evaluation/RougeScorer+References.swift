extension RougeScorer {
  /// Scores candidate sentences against several references, as `rouge-score`'s
  /// `score_multi` does: for each measure, the scores against the reference with the
  /// highest F (the first of equals), so precision and recall are that reference's.
  ///
  /// - Returns: ``RougeScores/zero`` when there is no reference.
  public mutating func score(references: [[String]], candidate: [String]) -> RougeScores {
    var best: RougeScores?
    for reference in references {
      let scores = score(reference: reference, candidate: candidate)
      guard var kept = best else {
        best = scores
        continue
      }
      for measure in RougeMeasure.allCases where scores[measure].fMeasure > kept[measure].fMeasure {
        kept[measure] = scores[measure]
      }
      best = kept
    }
    return best ?? .zero
  }
}
