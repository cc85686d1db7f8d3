/// The key points chosen for one document, in document order.
public struct Summary: Sendable, Hashable, Codable {
  /// One chosen sentence.
  public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence's index among the body's sentences.
    public var index: Int
    /// The sentence text, whitespace collapsed.
    public var text: String
    /// The UTF-8 byte range of the sentence in the document body.
    public var range: Range<Int>
    /// The score that ranked it (higher is better; comparable within one document).
    public var score: Double
    /// What the score is made of (nil for scorers without features, such as lead).
    public var explanation: ScoreExplanation?
    /// Whether the sentence was cut short to fit a word budget (its text ends at the last
    /// word that fits).
    public var isCut: Bool

    /// Creates a summary sentence.
    public init(
      index: Int, text: String, range: Range<Int>, score: Double,
      explanation: ScoreExplanation? = nil, isCut: Bool = false
    ) {
      self.index = index
      self.text = text
      self.range = range
      self.score = score
      self.explanation = explanation
      self.isCut = isCut
    }
  }

  /// The summarized document's id.
  public var id: String
  /// Its title, if any.
  public var title: String?
  /// Where it came from.
  public var source: String
  /// The chosen sentences, in document order.
  public var sentences: [Sentence]
  /// How many sentences the body had.
  public var sentenceCount: Int

  /// Creates a summary.
  public init(id: String, title: String?, source: String, sentences: [Sentence], sentenceCount: Int)
  {
    self.id = id
    self.title = title
    self.source = source
    self.sentences = sentences
    self.sentenceCount = sentenceCount
  }
}
