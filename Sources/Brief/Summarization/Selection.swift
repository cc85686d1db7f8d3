/// Redundancy-aware choice of sentences (maximal marginal relevance).
///
/// Sentences are taken greedily by score minus `redundancy` times their highest cosine
/// similarity to a sentence already taken; ties go to the earlier sentence. Near-duplicates
/// of a taken sentence are skipped, so a summary may be shorter than asked when the body
/// repeats itself. The result is in document order.
internal enum Selection {
  /// Sentences at least this similar (cosine) to a chosen one are near-duplicates.
  internal static let duplicateSimilarity = 0.9

  /// The indices of the chosen sentences, ascending.
  ///
  /// A length in sentences takes them greedily (``greedy(scores:vectors:wordCounts:wanted:budget:redundancy:preferred:fillsFromRest:)``);
  /// a word budget fills it by value (``fill(scores:vectors:wordCounts:budget:redundancy:preferred:fillsFromRest:)``).
  ///
  /// - Parameters:
  ///   - scores: one score per sentence, higher is better.
  ///   - vectors: the sentences' term-weight vectors, for similarity.
  ///   - wordCounts: words per sentence, for a word budget (as ``Words`` counts them).
  ///   - length: how much to choose.
  ///   - redundancy: the penalty per unit of similarity.
  ///   - preferred: when given, the sentences marked true are all considered before any
  ///     other (each tier by its own values); the others only when `fillsFromRest`.
  ///   - fillsFromRest: whether sentences not `preferred` may be taken once no preferred
  ///     one is left or fits.
  internal static func choose(
    scores: [Double], vectors: [SentenceVector], wordCounts: [Int], length: SummaryLength,
    redundancy: Double, preferred: [Bool]? = nil, fillsFromRest: Bool = true
  ) -> [Int] {
    let count = scores.count
    let wanted: Int
    switch length {
    case .sentences(let n): wanted = n
    case .ratio(let ratio): wanted = max(1, Int((ratio * Double(count)).rounded()))
    case .words, .leadWords:
      return fill(
        scores: scores, vectors: vectors, wordCounts: wordCounts,
        budget: length.wordBudget(sentenceWords: wordCounts) ?? Int.max, redundancy: redundancy,
        preferred: preferred, fillsFromRest: fillsFromRest)
    }
    return greedy(
      scores: scores, vectors: vectors, wordCounts: wordCounts, wanted: wanted, budget: Int.max,
      redundancy: redundancy, preferred: preferred, fillsFromRest: fillsFromRest)
  }

  /// The scores over the best (1 when no score is positive): the scale MMR values use.
  internal static func normalized(_ scores: [Double]) -> [Double] {
    let top = scores.max() ?? 0
    let scale = top > 0 ? top : 1
    return scores.map { $0 / scale }
  }

  /// Up to `wanted` sentences taken greedily by MMR value, each while it fits the word
  /// `budget` (the first one longer only when no sentence fits); indices ascending.
  ///
  /// - Complexity: O(k · n · m) for k chosen of n sentences of m terms.
  internal static func greedy(
    scores: [Double], vectors: [SentenceVector], wordCounts: [Int], wanted: Int, budget: Int,
    redundancy: Double, preferred: [Bool]?, fillsFromRest: Bool
  ) -> [Int] {
    let count = scores.count
    guard count > 0 else { return [] }
    let normalized = normalized(scores)
    let wanted = min(wanted, count)
    let wordBudget = budget

    var chosen: [Int] = []
    var maxSimilarity = [Double](repeating: 0, count: count)
    var available = [Bool](repeating: true, count: count)
    var usedWords = 0
    // The first sentence may be longer than the budget only when none fits (it is then cut).
    let someFit = wordCounts.contains { $0 <= wordBudget }
    while chosen.count < wanted {
      func pick(tier: Bool?) -> Int {
        var best = -1
        var bestValue = -Double.infinity
        for index in 0..<count where available[index] {
          if let tier, let preferred, preferred[index] != tier { continue }
          if (someFit || !chosen.isEmpty) && usedWords + wordCounts[index] > wordBudget {
            continue
          }
          // A near-duplicate of a chosen sentence adds nothing: never take it.
          if maxSimilarity[index] >= duplicateSimilarity { continue }
          let value = normalized[index] - redundancy * maxSimilarity[index]
          if value > bestValue {
            bestValue = value
            best = index
          }
        }
        return best
      }
      var best = pick(tier: preferred == nil ? nil : true)
      if best < 0 && preferred != nil && fillsFromRest { best = pick(tier: false) }
      guard best >= 0 else { break }
      chosen.append(best)
      available[best] = false
      usedWords += wordCounts[best]
      if usedWords >= wordBudget || chosen.count == wanted { break }
      for index in 0..<count where available[index] {
        let similarity = vectors[index].cosine(vectors[best])
        if similarity > maxSimilarity[index] { maxSimilarity[index] = similarity }
      }
    }
    return chosen.sorted()
  }
}
