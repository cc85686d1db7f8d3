/// How sentences are ranked for a summary.
public enum ScoringMethod: String, Sendable, CaseIterable, Codable {
  /// Term-overlap centrality combined with position, headline, names, length and surface cues.
  case tfidf
  /// The first sentences, in order: the classic news baseline.
  case lead
}

/// How long a summary is.
public enum SummaryLength: Sendable, Hashable, Codable {
  /// A number of sentences.
  case sentences(Int)
  /// A fraction of the body's sentences (at least one).
  case ratio(Double)
  /// A word budget, a maximum: the sentences of highest total value that fit in it; when
  /// none fits, the best one cut short at the budget (``Summary/Sentence/isCut``). Words
  /// are counted as ``Words`` does (whitespace-separated).
  case words(Int)
  /// A word budget as long as the body's first N sentences (Lead-N's length), for each
  /// document its own.
  case leadWords(Int)

  /// Whether the length is a word budget (``words(_:)`` or ``leadWords(_:)``).
  public var isWordBudget: Bool {
    switch self {
    case .words, .leadWords: true
    case .sentences, .ratio: false
    }
  }

  /// The word budget for a body whose sentences have `sentenceWords` words; nil for a length
  /// in sentences.
  internal func wordBudget(sentenceWords: [Int]) -> Int? {
    switch self {
    case .words(let words): words
    case .leadWords(let sentences): max(1, sentenceWords.prefix(sentences).reduce(0, +))
    case .sentences, .ratio: nil
    }
  }
}

/// The weights of the ``ScoringMethod/tfidf`` scorer's features and redundancy penalty.
///
/// The defaults were tuned together on the CNN/DailyMail and BBC dev sets (3 sentences,
/// ROUGE F) with `Scripts/tune_weights.sh`; the referring-word penalty and the headline
/// overlap measured no gain there and default to 0.
public struct ScoringWeights: Sendable, Hashable, Codable {
  /// Weight of graph centrality (normalized to the document's best).
  public var centrality: Double
  /// How much a sentence's overlap with the sentences before it counts towards its
  /// centrality, against 1 for those after it (below 1: a sentence that what follows
  /// elaborates is more central, after PACSUM, Zheng and Lapata 2019).
  public var precedingOverlap: Double
  /// Weight of the lead position prior, `1 / (1 + index)^positionDecay`.
  public var position: Double
  /// How fast the position prior falls with the sentence index.
  public var positionDecay: Double
  /// The position weight is multiplied by this when the document has a headline.
  ///
  /// The headline's overlap then carries part of what position stands for. The default, 0.5, gained
  /// on both headlined dev sets over 1 (bbc-dev R1/R2 48.0/40.7 → 50.1/43.8; the key-point articles
  /// of Corpora/ 49.9/27.0 → 51.0/28.8); 0 drops the lead prior, which suits long extractive
  /// references such as BBC News Summary's (52.1/46.7) but loses to Lead-3 on key-point news.
  public var headlinePosition: Double
  /// Weight of the share of the headline's term weight that a sentence holds.
  public var title: Double
  /// Weight of the share of a sentence's words that look like names.
  public var names: Double
  /// Sentences with fewer words than this are scaled down in proportion.
  public var shortSentenceWords: Int
  /// Sentences with more words than this are scaled down in proportion.
  public var longSentenceWords: Int
  /// A sentence opening with a quotation mark is scaled by `1 - quotePenalty`.
  public var quotePenalty: Double
  /// A sentence opening with a referring word ("He", "But") is scaled by
  /// `1 - referencePenalty`.
  public var referencePenalty: Double
  /// A sentence holding a number is scaled by `1 + numberBonus`.
  public var numberBonus: Double
  /// Penalty per unit of cosine similarity to a sentence already chosen (MMR).
  public var redundancy: Double

  /// Creates weights; each default is the tuned value.
  public init(
    centrality: Double = 1.0, precedingOverlap: Double = 0.7, position: Double = 2.0,
    positionDecay: Double = 1.0, headlinePosition: Double = 0.5, title: Double = 1,
    names: Double = 0.5, shortSentenceWords: Int = 6, longSentenceWords: Int = 22,
    quotePenalty: Double = 0.5, referencePenalty: Double = 0, numberBonus: Double = 0.3,
    redundancy: Double = 0.3
  ) {
    self.centrality = centrality
    self.precedingOverlap = precedingOverlap
    self.position = position
    self.positionDecay = positionDecay
    self.headlinePosition = headlinePosition
    self.title = title
    self.names = names
    self.shortSentenceWords = shortSentenceWords
    self.longSentenceWords = longSentenceWords
    self.quotePenalty = quotePenalty
    self.referencePenalty = referencePenalty
    self.numberBonus = numberBonus
    self.redundancy = redundancy
  }
}

/// Everything that shapes a summary.
public struct SummaryOptions: Sendable, Hashable, Codable {
  /// The summary's length.
  public var length: SummaryLength
  /// The ranking method.
  public var method: ScoringMethod
  /// The language of stemmer, stop words and splitter.
  public var language: Language
  /// Feature weights of the ``ScoringMethod/tfidf`` method.
  public var weights: ScoringWeights
  /// Whether a summary within a word budget is cut to exactly the budget's words.
  ///
  /// DUC scored summaries so: the sentences in order, the last one cut where the budget
  /// ends (a shorter summary is left as it is). The lead method then takes the first
  /// sentences up to the budget, so that its cut summary is the body's first words; the
  /// others choose within the budget as without it.
  public var cutsToBudget: Bool

  /// Creates options; the defaults give three sentences by TF-IDF, in English.
  public init(
    length: SummaryLength = .sentences(3), method: ScoringMethod = .tfidf,
    language: Language = .english, weights: ScoringWeights = ScoringWeights(),
    cutsToBudget: Bool = false
  ) {
    self.length = length
    self.method = method
    self.language = language
    self.weights = weights
    self.cutsToBudget = cutsToBudget
  }

  /// Checks that the length is in range, and that a cut has a word budget.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)``.
  public func validate() throws(BriefError) {
    if cutsToBudget && !length.isWordBudget {
      throw .invalidParameter(name: "cut", reason: "needs a word budget")
    }
    switch length {
    case .sentences(let count) where count < 1:
      throw .invalidParameter(name: "sentences", reason: "must be at least 1, got \(count)")
    case .ratio(let ratio) where !(ratio > 0 && ratio <= 1):
      throw .invalidParameter(name: "ratio", reason: "must be in (0, 1], got \(ratio)")
    case .words(let words) where words < 1:
      throw .invalidParameter(name: "words", reason: "must be at least 1, got \(words)")
    case .leadWords(let sentences) where sentences < 1:
      throw .invalidParameter(
        name: "leadWords", reason: "must be at least 1 sentence, got \(sentences)")
    default:
      break
    }
  }
}
