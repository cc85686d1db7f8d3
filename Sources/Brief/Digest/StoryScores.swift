/// The sentences of one story scored for a digest, and the choice of its key points.
internal struct StoryScores {
  /// A sentence chosen as a key point.
  struct Chosen {
    /// Its article's position in ``StoryScores/articles``.
    let article: Int
    /// Its index among the article's sentences.
    let sentence: Int
    /// Its score.
    let score: Double
    /// Its number of words.
    let wordCount: Int
  }

  /// The story's articles, in input order.
  let articles: [DigestArticle]
  /// The options of the digest.
  let options: DigestOptions
  /// The title of the most central article that has one.
  let headline: String?
  /// Each article's sentences' scores.
  private let scores: [[Double]]

  /// Scores the sentences of a story's articles.
  init(articles: [DigestArticle], options: DigestOptions) {
    self.articles = articles
    self.options = options
    // The centroid: the mean of the articles' unit-length body vectors.
    var sums: [Int32: Double] = [:]
    for article in articles where article.bodyVector.norm > 0 {
      let vector = article.bodyVector
      for (term, weight) in zip(vector.terms, vector.weights) {
        sums[term, default: 0] += weight / vector.norm / Double(articles.count)
      }
    }
    let centroid = SentenceVector(termIDs: sums.keys) { _, id in sums[id] ?? 0 }
    let closeness = articles.map { $0.bodyVector.cosine(centroid) }
    let sentenceCloseness = articles.map { article in
      article.vectors.map { $0.cosine(centroid) }
    }
    let topArticle = max(closeness.max() ?? 0, .leastNonzeroMagnitude)
    let topSentence = max(sentenceCloseness.joined().max() ?? 0, .leastNonzeroMagnitude)
    scores = articles.indices.map { a in
      articles[a].vectors.indices.map { s in
        options.centrality * sentenceCloseness[a][s] / topSentence
          + options.articleScore * articles[a].summaryScores[s]
          + options.articleCentrality * closeness[a] / topArticle
      }
    }
    let titled = articles.indices.filter { articles[$0].document.title != nil }
    headline = titled.max { closeness[$0] < closeness[$1] }.flatMap { articles[$0].document.title }
  }

  /// The key points within `budget`, best first: maximal marginal relevance over the
  /// sentences of at least ``DigestOptions/minimumWords`` words (all of them when none
  /// is that long), never a sentence that reports the same fact as one taken.
  func choose(budget: DigestOptions.Budget) -> [Chosen] {
    var candidates: [(article: Int, sentence: Int)] = []
    for (a, article) in articles.enumerated() {
      for s in 0..<article.sentenceCount where article.wordCounts[s] >= options.minimumWords {
        candidates.append((a, s))
      }
    }
    if candidates.isEmpty {
      for (a, article) in articles.enumerated() {
        for s in 0..<article.sentenceCount { candidates.append((a, s)) }
      }
    }
    let values = candidates.map { scores[$0.article][$0.sentence] }
    let top = max(values.max() ?? 0, .leastNonzeroMagnitude)
    var similarity = [Double](repeating: 0, count: candidates.count)
    var taken = [Bool](repeating: false, count: candidates.count)
    var chosen: [Chosen] = []
    var words = 0
    while true {
      var best = -1
      var bestValue = -Double.infinity
      for (c, candidate) in candidates.enumerated() where !taken[c] {
        guard similarity[c] < options.sameFactSimilarity else { continue }
        let wordCount = articles[candidate.article].wordCounts[candidate.sentence]
        switch budget {
        case .points(let points): if chosen.count >= points { continue }
        case .words(let budget): if words + wordCount > budget { continue }
        }
        let value = values[c] / top - options.redundancy * similarity[c]
        if value > bestValue {
          best = c
          bestValue = value
        }
      }
      guard best >= 0 else { break }
      taken[best] = true
      let (a, s) = candidates[best]
      chosen.append(
        Chosen(article: a, sentence: s, score: values[best], wordCount: articles[a].wordCounts[s]))
      words += articles[a].wordCounts[s]
      let vector = articles[a].vectors[s]
      for (c, candidate) in candidates.enumerated() where !taken[c] {
        let other = articles[candidate.article].vectors[candidate.sentence]
        similarity[c] = max(similarity[c], other.cosine(vector))
      }
    }
    return chosen
  }

  /// The key point of a chosen sentence, with the articles that report the same fact: of
  /// each other article, its sentence most like it, when that is at least
  /// ``DigestOptions/sameFactSimilarity`` like it.
  func point(_ chosen: Chosen) -> Digest.Point {
    let own = articles[chosen.article]
    let vector = own.vectors[chosen.sentence]
    var sources = [source(chosen.article, chosen.sentence, similarity: 1)]
    var others: [Digest.Source] = []
    for (a, article) in articles.enumerated() where a != chosen.article {
      var best = -1
      var bestSimilarity = options.sameFactSimilarity
      for (s, other) in article.vectors.enumerated() {
        let similarity = other.cosine(vector)
        if similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity) {
          best = s
          bestSimilarity = similarity
        }
      }
      if best >= 0 { others.append(source(a, best, similarity: bestSimilarity)) }
    }
    sources += others.sorted { $0.similarity > $1.similarity }
    return Digest.Point(
      text: own.texts[chosen.sentence], score: chosen.score, wordCount: chosen.wordCount,
      sources: sources)
  }

  private func source(_ article: Int, _ sentence: Int, similarity: Double) -> Digest.Source {
    let document = articles[article].document
    return Digest.Source(
      id: document.id, title: document.title, source: document.source,
      sentenceIndex: sentence, text: articles[article].texts[sentence], similarity: similarity)
  }
}
