/// How much one question term (or one extra feature) added to an answer's score.
public struct TermContribution: Sendable, Hashable {
  /// The term (a stem), or a feature in parentheses such as `(document)`.
  public var term: String
  /// The amount added to the score.
  public var score: Double

  /// Creates a contribution.
  public init(term: String, score: Double) {
    self.term = term
    self.score = score
  }
}

/// A sentence that answers a question, where it came from, and why it was chosen.
public struct Answer: Sendable, Hashable {
  /// The ``Document/id`` of the document holding the sentence.
  public var documentID: String
  /// The document's title, if it has one.
  public var title: String?
  /// The document's ``Document/source``.
  public var source: String
  /// Which part of the document the sentence comes from.
  public var field: SentenceField
  /// The sentence's index within its field (0 for the title).
  public var sentenceIndex: Int
  /// The sentence, whitespace collapsed.
  public var text: String
  /// The score: the sum of ``contributions``.
  public var score: Double
  /// The question's terms (stems) found in the sentence or in its context, in question order.
  public var matchedTerms: [String]
  /// Each term's and each feature's share of the score, largest first.
  public var contributions: [TermContribution]

  /// Creates an answer.
  public init(
    documentID: String, title: String?, source: String, field: SentenceField, sentenceIndex: Int,
    text: String, score: Double, matchedTerms: [String], contributions: [TermContribution]
  ) {
    self.documentID = documentID
    self.title = title
    self.source = source
    self.field = field
    self.sentenceIndex = sentenceIndex
    self.text = text
    self.score = score
    self.matchedTerms = matchedTerms
    self.contributions = contributions
  }
}

extension Answer {
  /// The words of ``text`` whose stems are among ``matchedTerms``, as the sentence writes
  /// them, each spelling once, in sentence order: `["Sheinbaum", "rejection"]` for the stems
  /// `["sheinbaum", "reject"]`.
  ///
  /// A term matched only in the sentence's context (a name from the sentence before) has
  /// no word here.
  ///
  /// - Parameter analyzer: an analyzer of the corpus's language (its stems are the index's).
  public func matchedWords(analyzer: Analyzer) -> [String] {
    analyzer.words(stemmedTo: Set(matchedTerms), in: text)
  }
}
