/// The key points of one document that bear on a question (``FocusedSummarizer``).
public struct FocusedSummary: Sendable, Hashable {
  /// The key points, in document order; each ``Summary/Sentence/score`` is the combined
  /// score of ``FocusOptions``.
  public var summary: Summary
  /// The question or topic.
  public var question: String
  /// Whether the document says anything about the question.
  ///
  /// It does when one of its body sentences shares a word with the question (after
  /// stemming and stop words). A document that does not is still summarized, by the
  /// combined scores, for callers that keep it.
  public var bearsOnQuestion: Bool
  /// How many body sentences the answerer found relevant (a score above 0).
  public var relevantSentences: Int

  /// Creates a focused summary.
  public init(summary: Summary, question: String, bearsOnQuestion: Bool, relevantSentences: Int) {
    self.summary = summary
    self.question = question
    self.bearsOnQuestion = bearsOnQuestion
    self.relevantSentences = relevantSentences
  }
}
