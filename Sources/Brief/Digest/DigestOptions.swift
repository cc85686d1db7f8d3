/// How ``Digester`` groups articles into stories and how much of each it keeps.
public struct DigestOptions: Sendable, Hashable {
  /// How much a digest holds.
  public enum Budget: Sendable, Hashable {
    /// At most this many key points per story.
    case points(Int)
    /// At most this many words in the whole digest, shared among the stories by their
    /// number of articles (what a story leaves unused goes to the next; a story whose share
    /// holds no whole sentence is left out).
    case words(Int)
  }

  /// How articles are grouped into stories.
  public enum Stories: Sendable, Hashable {
    /// Articles that share enough weighted terms are one story (average-link clustering
    /// of their TF-IDF vectors, at ``DigestOptions/storySimilarity``).
    case grouped
    /// All the articles are one story.
    case single
  }

  /// The order of the key points of a story.
  public enum Order: Sendable, Hashable {
    /// The most important first.
    case importance
    /// By time: articles by date (oldest first), then by their position in the article;
    /// articles without a date come after the dated ones, in input order.
    case time
  }

  /// How much the digest holds.
  public var budget: Budget
  /// How articles are grouped into stories.
  public var stories: Stories
  /// The order of each story's key points.
  public var order: Order
  /// The language of the articles.
  public var language: Language
  /// The least cosine similarity, averaged over the pairs of articles of two groups, at
  /// which the groups are one story.
  public var storySimilarity: Double
  /// The least cosine similarity of two sentences that report the same fact: the second is
  /// listed as a source of the first rather than a key point of its own.
  public var sameFactSimilarity: Double
  /// The weight of a sentence's closeness to the story's centroid.
  public var centrality: Double
  /// The weight of the sentence's own article summary score (its place in the article,
  /// centrality in the article and the summarizer's other features).
  public var articleScore: Double
  /// The weight of the article's closeness to the story's centroid.
  public var articleCentrality: Double
  /// The penalty per unit of similarity to a key point already chosen.
  public var redundancy: Double
  /// Sentences with fewer words are not key points (fragments, bylines, captions).
  public var minimumWords: Int

  /// Creates options.
  ///
  /// The defaults were chosen on the 30 DUC 2001 training sets
  /// (`Scripts/duc_digest_eval.py`): the story similarity by how the sets' 299 articles,
  /// mixed, are grouped (0.1: 36 stories, purity 94 %, inverse purity 95 %), the redundancy
  /// among 0, 0.15, 0.25, 0.35, 0.5 and 1 and the other weights one at a time, by ROUGE at
  /// 100 and 200 words; the test sets are scored with them. The same-fact similarity
  /// (0.4; ROUGE on the training sets is the same from 0.4 to 0.7) was set on
  /// `Corpora/stories`, where 0.5 let two reports of the same flood through as two points.
  public init(
    budget: Budget = .points(3), stories: Stories = .grouped, order: Order = .importance,
    language: Language = .english, storySimilarity: Double = 0.1,
    sameFactSimilarity: Double = 0.4, centrality: Double = 1, articleScore: Double = 0.5,
    articleCentrality: Double = 0.5, redundancy: Double = 0.25, minimumWords: Int = 6
  ) {
    self.budget = budget
    self.stories = stories
    self.order = order
    self.language = language
    self.storySimilarity = storySimilarity
    self.sameFactSimilarity = sameFactSimilarity
    self.centrality = centrality
    self.articleScore = articleScore
    self.articleCentrality = articleCentrality
    self.redundancy = redundancy
    self.minimumWords = minimumWords
  }

  /// Throws ``BriefError/invalidParameter(name:reason:)`` for a value out of range.
  internal func validate() throws(BriefError) {
    switch budget {
    case .points(let points) where points < 1:
      throw .invalidParameter(name: "points", reason: "must be at least 1, got \(points)")
    case .words(let words) where words < 1:
      throw .invalidParameter(name: "words", reason: "must be at least 1, got \(words)")
    default: break
    }
    for (name, value) in [
      ("story similarity", storySimilarity), ("same-fact similarity", sameFactSimilarity),
    ] where !(value > 0 && value <= 1) {
      throw .invalidParameter(name: name, reason: "must be in (0, 1], got \(value)")
    }
    for (name, value) in [
      ("centrality", centrality), ("article score", articleScore),
      ("article centrality", articleCentrality), ("redundancy", redundancy),
    ] where !(value >= 0 && value.isFinite) {
      throw .invalidParameter(name: name, reason: "must be 0 or more, got \(value)")
    }
    if minimumWords < 0 {
      throw .invalidParameter(
        name: "minimum words", reason: "must be 0 or more, got \(minimumWords)")
    }
  }
}
