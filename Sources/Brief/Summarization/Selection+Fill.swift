extension Selection {
  /// How many of the best candidates (by MMR value) a word budget is filled from.
  internal static let fillCandidates = 30

  /// The sentences chosen for a word budget, indices ascending: those of highest total
  /// value that fit, never worse than adding the best while they fit.
  ///
  /// MMR ranks the sentences that fit the budget on their own (near-duplicates of a ranked
  /// one left out, each tier of `preferred` before the next), each valued at its score minus
  /// `redundancy` times its highest similarity to those ranked before it; a 0/1 knapsack
  /// over the best ``fillCandidates`` then picks the most total value within the budget
  /// (a preferred sentence outweighs any number of others). The result is kept only if
  /// its ``value(of:normalized:vectors:redundancy:preferred:)`` is at least that of the
  /// greedy fill of the same sentences (``greedy(scores:vectors:wordCounts:wanted:budget:redundancy:preferred:fillsFromRest:eligible:)``),
  /// which is returned otherwise. When no sentence fits, the summary is the greedy's one
  /// best sentence, longer than the budget.
  ///
  /// - Parameters:
  ///   - budget: the most words.
  ///   - others: as for ``choose(scores:vectors:wordCounts:length:redundancy:preferred:fillsFromRest:)``.
  /// - Complexity: O(c · n · m) for the ranking of c candidates of n sentences of m terms,
  ///   then O(c · `budget`).
  internal static func fill(
    scores: [Double], vectors: [SentenceVector], wordCounts: [Int], budget: Int,
    redundancy: Double, preferred: [Bool]?, fillsFromRest: Bool
  ) -> [Int] {
    let fits = wordCounts.map { $0 <= budget }
    let greedy = greedy(
      scores: scores, vectors: vectors, wordCounts: wordCounts, wanted: scores.count,
      budget: budget, redundancy: redundancy, preferred: preferred,
      fillsFromRest: fillsFromRest, eligible: fits.contains(true) ? fits : nil)
    let normalized = normalized(scores)
    let ranked = rank(
      normalized: normalized, vectors: vectors, eligible: fits, redundancy: redundancy,
      preferred: preferred, fillsFromRest: fillsFromRest)
    guard !ranked.isEmpty else { return greedy }
    // A preferred sentence is worth more than all the others together.
    let bonus = preferred == nil ? 0 : 1 + ranked.reduce(0) { $0 + abs($1.value) }
    let picked = knapsack(
      values: ranked.map { $0.value + (preferred?[$0.index] == true ? bonus : 0) },
      weights: ranked.map { wordCounts[$0.index] }, capacity: budget
    ).map { ranked[$0].index }.sorted()
    guard !picked.isEmpty else { return greedy }
    let value = { (chosen: [Int]) in
      Self.value(
        of: chosen, normalized: normalized, vectors: vectors, redundancy: redundancy,
        preferred: preferred)
    }
    let (pickedValue, greedyValue) = (value(picked), value(greedy))
    let better =
      pickedValue.preferred != greedyValue.preferred
      ? pickedValue.preferred > greedyValue.preferred : pickedValue.total >= greedyValue.total
    return better ? picked : greedy
  }

  /// Up to ``fillCandidates`` eligible sentences in MMR order, with their marginal values.
  private static func rank(
    normalized: [Double], vectors: [SentenceVector], eligible: [Bool], redundancy: Double,
    preferred: [Bool]?, fillsFromRest: Bool
  ) -> [(index: Int, value: Double)] {
    let count = normalized.count
    var ranked: [(index: Int, value: Double)] = []
    var maxSimilarity = [Double](repeating: 0, count: count)
    var available = eligible
    if let preferred, !fillsFromRest {
      for index in 0..<count where !preferred[index] { available[index] = false }
    }
    while ranked.count < fillCandidates {
      var best = -1
      var bestValue = -Double.infinity
      var bestTier = false
      for index in 0..<count where available[index] {
        if maxSimilarity[index] >= duplicateSimilarity { continue }
        let tier = preferred?[index] ?? false
        let value = normalized[index] - redundancy * maxSimilarity[index]
        if best < 0 || (tier && !bestTier) || (tier == bestTier && value > bestValue) {
          best = index
          bestValue = value
          bestTier = tier
        }
      }
      guard best >= 0 else { break }
      ranked.append((best, bestValue))
      available[best] = false
      for index in 0..<count where available[index] {
        let similarity = vectors[index].cosine(vectors[best])
        if similarity > maxSimilarity[index] { maxSimilarity[index] = similarity }
      }
    }
    return ranked
  }

  /// The indices (into `values`) of the items of highest total value whose weights sum to
  /// at most `capacity`; among equal totals, the one found first (earlier items kept).
  internal static func knapsack(values: [Double], weights: [Int], capacity: Int) -> [Int] {
    let capacity = min(capacity, weights.reduce(0, +))
    guard capacity >= 0, !values.isEmpty else { return [] }
    var best = [Double](repeating: 0, count: capacity + 1)
    var taken = [[Bool]](
      repeating: [Bool](repeating: false, count: capacity + 1), count: values.count)
    for item in values.indices where values[item] > 0 {
      let weight = weights[item]
      guard weight <= capacity else { continue }
      for room in stride(from: capacity, through: weight, by: -1) {
        let with = best[room - weight] + values[item]
        if with > best[room] {
          best[room] = with
          taken[item][room] = true
        }
      }
    }
    var room = capacity
    var chosen: [Int] = []
    for item in values.indices.reversed() where taken[item][room] {
      chosen.append(item)
      room -= weights[item]
    }
    return chosen.reversed()
  }

  /// What a choice is worth: its number of preferred sentences, and the sum of its
  /// sentences' MMR values, each taken in order of score against those before it.
  internal static func value(
    of chosen: [Int], normalized: [Double], vectors: [SentenceVector], redundancy: Double,
    preferred: [Bool]?
  ) -> (preferred: Int, total: Double) {
    let order = chosen.sorted {
      normalized[$0] > normalized[$1] || (normalized[$0] == normalized[$1] && $0 < $1)
    }
    var total = 0.0
    for (position, index) in order.enumerated() {
      let similarity = order[..<position].map { vectors[index].cosine(vectors[$0]) }.max() ?? 0
      total += normalized[index] - redundancy * similarity
    }
    return (chosen.count(where: { preferred?[$0] == true }), total)
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
