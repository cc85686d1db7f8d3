import Foundation
import Synchronization

/// One digest of many articles: stories found first, then each story's key points, a fact
/// reported by several articles given once with all its sources.
///
///     let digester = try Digester(options: DigestOptions(budget: .points(3)))
///     let digest = try digester.digest(documents)
///     digest.stories[0].points.map(\.text)   // the main story's three key points
///
/// 1. Every article is split and analyzed once, on all cores (or ``workers`` threads).
/// 2. Stories (``DigestOptions/stories``): articles are grouped by the cosine similarity of
///    their TF-IDF vectors (idf over articles), average link (``StoryGrouping``). Terms,
///    not sentence vectors: it needs no model, is exact for articles that share names and
///    places (what reports of one story share), and costs a fraction of the encoder's time.
/// 3. Each sentence of a story is scored by its cosine to the story's centroid (the mean of
///    its articles' normalized TF-IDF vectors, idf over the corpus's sentences, as MEAD
///    does), by its own article's summary score (``Summarizer``'s position, centrality and
///    other features, over that article's best), and by its article's closeness to the
///    centroid; ``DigestOptions`` weighs the three.
/// 4. Key points are taken best first with a redundancy penalty (maximal marginal
///    relevance); a sentence at least ``DigestOptions/sameFactSimilarity`` like one taken
///    is the same fact: never a key point of its own, it is listed among that point's
///    sources (one sentence per article, the most similar).
public struct Digester: Sendable {
  /// The options every digest uses.
  public let options: DigestOptions
  /// The most threads a digest is analyzed on; nil for one per active core.
  public let workers: Int?
  private let summarizer: Summarizer

  /// Creates a digester.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for an option out of range,
  ///   ``BriefError/stemmerUnavailable(language:)``.
  public init(options: DigestOptions = DigestOptions(), workers: Int? = nil) throws(BriefError) {
    try options.validate()
    self.summarizer = try Summarizer(
      options: SummaryOptions(language: options.language), workers: workers)
    self.options = options
    self.workers = workers
  }

  /// The digest of a corpus.
  ///
  /// - Parameters:
  ///   - documents: the articles, in input order.
  ///   - progress: called from worker threads with the steps done out of
  ///     `2 × documents.count` (analysis, then scoring).
  /// - Returns: the digest; articles without a sentence are listed in
  ///   ``Digest/emptyArticles``.
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  public func digest(
    _ documents: [Document], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) throws(BriefError) -> Digest {
    let articles = try analyze(documents, progress: progress)
    let full = articles.filter { $0.sentenceCount > 0 }
    let groups: [[Int]]
    switch options.stories {
    case .single: groups = full.isEmpty ? [] : [Array(full.indices)]
    case .grouped:
      groups = StoryGrouping.groups(
        of: full.map(\.storyVector), threshold: options.storySimilarity)
    }
    let stories = groups.map { StoryScores(articles: $0.map { full[$0] }, options: options) }
      .sorted { a, b in
        a.articles.count != b.articles.count
          ? a.articles.count > b.articles.count : a.articles[0].index < b.articles[0].index
      }
    let budgets = StoryBudgets(options.budget, articleCounts: stories.map(\.articles.count))
    var digested: [Digest.Story] = []
    var carried = 0
    for (number, story) in stories.enumerated() {
      var points = story.choose(budget: budgets.budget(number, carried: carried))
      if case .words = options.budget {
        let used = points.reduce(0) { $0 + $1.wordCount }
        carried = budgets.words(number, carried: carried) - used
      }
      points = order(points, in: story)
      digested.append(
        Digest.Story(
          headline: story.headline, articleIDs: story.articles.map(\.document.id),
          points: points.map(story.point)))
    }
    return Digest(
      stories: digested.filter { !$0.points.isEmpty }, articleCount: documents.count,
      emptyArticles: articles.filter { $0.sentenceCount == 0 }.map(\.document.source))
  }

  /// The chosen sentences of a story in the digest's order.
  private func order(_ chosen: [StoryScores.Chosen], in story: StoryScores)
    -> [StoryScores.Chosen]
  {
    switch options.order {
    case .importance: return chosen
    case .time:
      return chosen.sorted { a, b in
        let (first, second) = (story.articles[a.article], story.articles[b.article])
        switch (first.document.date, second.document.date) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
          return (first.index, a.sentence) < (second.index, b.sentence)
        }
      }
    }
  }

  /// Every document analyzed, with its sentence vectors and summary scores.
  private func analyze(
    _ documents: [Document], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
  ) throws(BriefError) -> [DigestArticle] {
    let count = documents.count
    guard count > 0 else { return [] }
    let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
    let done = Atomic<Int>(0)
    let total = 2 * count
    let corpus = try CorpusAnalysis(
      language: options.language, contents: .summary, workers: threads,
      countsDocumentFrequencies: true
    ).analyze(documents) { progress?(done.add(1, ordering: .relaxed).newValue, total) }
    let analyzed = (0..<count).compactMap { corpus.take($0) }  // each taken once
    let termCount = corpus.vocabulary.count
    // Sentences are weighed by how few of the corpus's sentences hold a term; articles, for
    // grouping, by how few articles do.
    var sentenceCounter = DocumentFrequencyCounter()
    var marker: Int32 = 0
    for document in analyzed {
      for sentence in document.sentenceTerms {
        sentenceCounter.add(sentence, marker: marker, termCount: termCount)
        marker &+= 1
      }
    }
    let sentenceIDF = Summarizer.idfTable(
      counts: sentenceCounter.counts, termCount: termCount,
      documentCount: max(1, sentenceCounter.units))
    let weighting = TFIDF()
    let articleIDF = corpus.documentFrequencies.map {
      weighting.idf(documentFrequency: Int($0), documentCount: count)
    }
    let results = SlotArray<DigestArticle>(count: count)
    WorkerPool(threads: threads).run(count: analyzed.count) { index, _, _ in
      results[index] = DigestArticle(
        analyzed[index], index: index, summarizer: summarizer, sentenceIDF: sentenceIDF,
        articleIDF: articleIDF)
      progress?(done.add(1, ordering: .relaxed).newValue, total)
    }
    return (0..<analyzed.count).compactMap { results[$0] }  // each filled once
  }
}

/// How a digest's budget is shared among its stories, the most important first.
private struct StoryBudgets {
  let budget: DigestOptions.Budget
  let articleCounts: [Int]

  init(_ budget: DigestOptions.Budget, articleCounts: [Int]) {
    self.budget = budget
    self.articleCounts = articleCounts
  }

  /// Story `number`'s words: its share of the budget by articles, plus what the stories
  /// before it left unused.
  func words(_ number: Int, carried: Int) -> Int {
    guard case .words(let words) = budget else { return Int.max }
    let articles = articleCounts.reduce(0, +)
    return words * articleCounts[number] / max(1, articles) + carried
  }

  /// Story `number`'s budget.
  func budget(_ number: Int, carried: Int) -> DigestOptions.Budget {
    switch budget {
    case .points: return budget
    case .words: return .words(max(0, words(number, carried: carried)))
    }
  }
}
