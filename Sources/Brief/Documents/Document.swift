/// One text to summarize or search: a title, reference key points and a body.
///
/// Key points (the `- ` lines of the article format, or JSONL `highlights`) are reference
/// summaries: summarizers never read them; evaluation compares against them.
public struct Document: Sendable, Hashable, Codable {
  /// A stable identifier: the JSONL `id`, or the file's path.
  public var id: String
  /// The headline or title, if the source has one.
  public var title: String?
  /// Reference key points, in source order.
  public var keyPoints: [String]
  /// Several reference summaries, each a list of sentences (JSONL `references`); when
  /// given, evaluation scores against each and keeps the best (empty: the key points are
  /// the one reference).
  public var references: [[String]]
  /// The text that is summarized and searched.
  public var body: String
  /// Where the document came from: a path, `path:line` for JSONL, or `-` for stdin.
  public var source: String
  /// When it was published, as given (the JSONL `date`, ISO 8601 such as `2024-03-01` or
  /// `2024-03-01T09:30:00Z`, so that dates sort as text); nil when unknown.
  public var date: String?

  /// The reference summaries evaluation scores against: ``references`` when given, else
  /// the key points (none when there are no key points either).
  public var referenceSummaries: [[String]] {
    if !references.isEmpty { return references }
    return keyPoints.isEmpty ? [] : [keyPoints]
  }

  /// Creates a document from its parts.
  public init(
    id: String, title: String? = nil, keyPoints: [String] = [], references: [[String]] = [],
    body: String, source: String? = nil, date: String? = nil
  ) {
    self.id = id
    self.title = title
    self.keyPoints = keyPoints
    self.references = references
    self.body = body
    self.source = source ?? id
    self.date = date
  }
}
