/// One summary of many articles: a section per story, each with key points taken from the
/// articles, a fact reported by several articles listed once with all its sources.
public struct Digest: Sendable, Hashable, Codable {
  /// Where a key point was reported: one sentence of one article.
  public struct Source: Sendable, Hashable, Codable {
    /// The article's id.
    public var id: String
    /// The article's title, if any.
    public var title: String?
    /// Where the article came from (a path, `path:line`, `-`).
    public var source: String
    /// The sentence's index among the article's body sentences.
    public var sentenceIndex: Int
    /// The sentence as that article says it.
    public var text: String
    /// Its cosine similarity to the key point (1 for the key point's own sentence).
    public var similarity: Double
  }

  /// A key point: a sentence of some article, with every article that reports it.
  public struct Point: Sendable, Hashable, Codable {
    /// The sentence text, whitespace collapsed.
    public var text: String
    /// Its score within the story (higher is more important).
    public var score: Double
    /// Its number of words.
    public var wordCount: Int
    /// The articles that report it: the key point's own sentence first, then one
    /// sentence of each other article that says the same, most similar first.
    public var sources: [Source]
  }

  /// The articles on one story and their key points.
  public struct Story: Sendable, Hashable, Codable {
    /// The story's headline: the title of its most central article that has one.
    public var headline: String?
    /// The ids of the story's articles, in input order.
    public var articleIDs: [String]
    /// The key points, in the order of ``DigestOptions/order``.
    public var points: [Point]
  }

  /// The stories, the one with the most articles first.
  public var stories: [Story]
  /// The number of articles read.
  public var articleCount: Int
  /// The sources of the articles that had no sentence to take, in input order.
  public var emptyArticles: [String]
}
