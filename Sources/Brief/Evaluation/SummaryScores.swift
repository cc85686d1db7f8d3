/// One system's ROUGE figures in a ``SummaryEvaluation``.
public struct SummaryScores: Sendable {
  /// One scored document's figures.
  public struct DocumentScores: Sendable, Hashable {
    /// The document's id.
    public var id: String
    /// Its summary's ROUGE against its key points.
    public var scores: RougeScores
  }

  /// The system scored.
  public var system: SummarySystem
  /// The macro-average over the scored documents.
  public var average: RougeAverage
  /// Each scored document (those with key points), in input order.
  public var perDocument: [DocumentScores]
  /// Why the summary of a scored document failed, for each that did, in input order: such
  /// a document is scored as an empty summary.
  public var failures: [BriefError]
}
