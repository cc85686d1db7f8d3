/// Groups articles into stories: average-link agglomerative clustering of their TF-IDF
/// vectors.
///
/// Two groups merge while the mean cosine similarity over all pairs of their articles (a
/// pair sharing no term counts 0) is at least the threshold, the most similar groups
/// first. Average link, unlike single link, does not chain unrelated articles through one
/// that touches both. Similarities are computed through an inverted index of each
/// article's heaviest terms, so only articles that share a term are compared.
internal enum StoryGrouping {
  /// The heaviest terms of an article that are compared.
  internal static let termsPerArticle = 60

  /// The groups of article indices, each ascending, ordered by their first article.
  ///
  /// - Parameters:
  ///   - vectors: one TF-IDF vector per article.
  ///   - threshold: the least mean similarity at which two groups merge.
  /// - Complexity: O(n · t · p) for the similarities (t terms per article, p articles per
  ///   term), then O(m · e) for m merges over e linked pairs.
  internal static func groups(of vectors: [SentenceVector], threshold: Double) -> [[Int]] {
    let count = vectors.count
    let similarities = pairSimilarities(of: vectors)
    // Summed similarity between linked groups, keyed by the pair (smaller id first).
    var links: [Pair: Double] = [:]
    for (pair, similarity) in similarities where similarity > 0 { links[pair] = similarity }
    var members: [[Int]] = (0..<count).map { [$0] }
    while true {
      // The most similar linked pair; ties to the earliest (dictionary order is random).
      var best = Pair(0, 0)
      var bestMean = -Double.infinity
      for (pair, sum) in links {
        let mean = sum / Double(members[pair.first].count * members[pair.second].count)
        guard mean >= threshold else { continue }
        if mean > bestMean || (mean == bestMean && pair < best) {
          best = pair
          bestMean = mean
        }
      }
      guard bestMean >= threshold else { break }
      // Merge the second group into the first; its links move with it (each adds one
      // summand to a link of the first, so the order of the moves does not matter).
      let (kept, gone) = (best.first, best.second)
      members[kept] += members[gone]
      members[gone] = []
      links[best] = nil
      for (pair, sum) in links where pair.first == gone || pair.second == gone {
        links[pair] = nil
        let other = pair.first == gone ? pair.second : pair.first
        links[Pair(kept, other), default: 0] += sum
      }
    }
    return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }

  /// Two group ids, the smaller first.
  internal struct Pair: Hashable, Comparable {
    let first: Int
    let second: Int

    init(_ a: Int, _ b: Int) {
      first = min(a, b)
      second = max(a, b)
    }

    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
  }

  /// The cosine similarity of every pair of articles that share one of their heaviest terms,
  /// over those terms.
  internal static func pairSimilarities(of vectors: [SentenceVector]) -> [Pair: Double] {
    // Each article's heaviest terms, normalized.
    let truncated = vectors.map { vector -> [(term: Int32, weight: Double)] in
      let heaviest = zip(vector.terms, vector.weights).sorted { a, b in
        a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
      }.prefix(termsPerArticle)
      let norm = heaviest.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
      return heaviest.map { (term: $0.0, weight: norm > 0 ? $0.1 / norm : 0) }
    }
    var postings: [Int32: [(article: Int, weight: Double)]] = [:]
    var similarities: [Pair: Double] = [:]
    for (article, terms) in truncated.enumerated() {
      var dots: [Int: Double] = [:]
      for (term, weight) in terms {
        for earlier in postings[term, default: []] {
          dots[earlier.article, default: 0] += weight * earlier.weight
        }
        postings[term, default: []].append((article, weight))
      }
      for (earlier, dot) in dots { similarities[Pair(earlier, article)] = dot }
    }
    return similarities
  }
}
