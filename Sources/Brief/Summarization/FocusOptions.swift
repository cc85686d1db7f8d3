/// How a summary about a question weighs the question against the summary's own scores.
///
/// Each sentence's combined score is
///
///     relevance × r  +  summary × s
///
/// where *r* is the answerer's score of the sentence for the question over the document's
/// best (0 for a sentence it does not find: ``Retriever``, by words and, with a sentence
/// model, by meaning) and *s* the summarizer's score over the document's best. Sentences
/// with `r > 0` are chosen first; see ``FocusedSummarizer``.
public struct FocusOptions: Sendable, Hashable, Codable {
  /// The weight of the answerer's relevance to the question (default 1).
  public var relevance: Double
  /// The weight of the summarizer's score: centrality, position and the other features
  /// (default 1; see ``FocusedSummarizer`` for how it was chosen).
  public var summary: Double
  /// Whether a document with fewer relevant sentences than the summary's length is filled
  /// up with its best other sentences (default true); false keeps only relevant ones.
  public var fillsUp: Bool

  /// Creates options; each default is documented on its property.
  public init(relevance: Double = 1, summary: Double = 1, fillsUp: Bool = true) {
    self.relevance = relevance
    self.summary = summary
    self.fillsUp = fillsUp
  }

  /// Checks that the weights are finite and not negative, and not both 0.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` naming the bad weight.
  public func validate() throws(BriefError) {
    for (name, value) in [("relevance", relevance), ("summary", summary)]
    where !(value.isFinite && value >= 0) {
      throw .invalidParameter(name: name, reason: "must be a finite number ≥ 0, got \(value)")
    }
    if relevance == 0 && summary == 0 {
      throw .invalidParameter(name: "relevance", reason: "relevance and summary are both 0")
    }
  }
}
