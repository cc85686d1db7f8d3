extension Selection {
  /// The sentences chosen for a word budget, indices ascending.
  ///
  /// - Parameters:
  ///   - budget: the most words; a summary is at least one sentence, longer only when no
  ///     sentence fits (the summarizer then cuts it).
  ///   - others: as for ``choose(scores:vectors:wordCounts:length:redundancy:preferred:fillsFromRest:)``.
  internal static func fill(
    scores: [Double], vectors: [SentenceVector], wordCounts: [Int], budget: Int,
    redundancy: Double, preferred: [Bool]?, fillsFromRest: Bool
  ) -> [Int] {
    greedy(
      scores: scores, vectors: vectors, wordCounts: wordCounts, wanted: scores.count,
      budget: budget, redundancy: redundancy, preferred: preferred,
      fillsFromRest: fillsFromRest)
  }

  /// The body's first sentences while they fit the word `budget` (at least one); with
  /// `covering`, up to the first that reaches the budget, so that cut to the budget they
  /// are the body's first `budget` words.
  internal static func leading(wordCounts: [Int], budget: Int, covering: Bool) -> [Int] {
    var chosen: [Int] = []
    var used = 0
    for (index, words) in wordCounts.enumerated() {
      if covering ? used >= budget : (!chosen.isEmpty && used + words > budget) { break }
      chosen.append(index)
      used += words
    }
    return chosen
  }
}
