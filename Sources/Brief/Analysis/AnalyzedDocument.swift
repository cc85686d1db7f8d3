/// A document split into units and analyzed into term ids: what summaries are scored from
/// and what the sentence index is built from.
///
/// The units are, in order, the title (when there is one), the key points (when analyzed
/// for search) and the sentences of the body. Every unit has its content-term ids; what
/// else is read from its bytes depends on what the analysis was asked for
/// (``AnalyzedDocument/Contents``): the summary's cues of each body sentence, or the flags,
/// names and context a search reads.
///
/// Term ids belong to the ``Analyzer`` that made the document (its
/// ``Analyzer/vocabulary``); a document taken from an analyzed corpus has the corpus's ids.
public struct AnalyzedDocument: Sendable {
  /// The document analyzed.
  public let document: Document
  /// The sentences of the body as UTF-8 byte ranges into `document.body`.
  public let sentenceRanges: [Range<Int>]
  /// The number of title units (1 when the document has a title, else 0).
  internal let titleCount: Int
  /// The number of key-point units (0 unless the key points were analyzed).
  internal let keyPointCount: Int
  /// The content-term ids of every unit, in order, repeats kept; unit `u`'s are
  /// `terms[termEnds[u - 1]..<termEnds[u]]` (from 0 for the first).
  internal private(set) var terms: [Int32]
  internal let termEnds: [Int32]
  /// The number of words (tokens, stop words included) of each sentence (summaries only).
  public let sentenceWordCounts: [Int]
  /// The surface cues of each sentence: opening quote, referring first word, number
  /// (summaries only).
  public let sentenceCues: [SentenceCues]
  /// The share of each sentence's words that look like names (capitalized inside it;
  /// summaries only).
  public let sentenceNameDensity: [Double]
  /// What each unit holds that answers a kind of question (search only).
  internal let flags: [UnitFlags]
  /// The term ids of each unit's capitalized words, repeats kept, ending at `nameEnds`
  /// (search only).
  internal private(set) var names: [Int32]
  internal let nameEnds: [Int32]
  /// The names each unit that opens with a pronoun borrows from the units before it (those
  /// it does not hold itself), ending at `contextEnds` (search only).
  internal private(set) var context: [Int32]
  internal let contextEnds: [Int32]
  /// Whether each unit opens a paragraph: a title or key point always, a body sentence
  /// when it is the first or follows a blank line (search only).
  internal let paragraphStarts: [Bool]

  /// What an analysis reads from a document beyond the units' term ids.
  internal struct Contents: OptionSet, Sendable {
    internal let rawValue: UInt8

    internal init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The key points are units, between the title and the body.
    internal static let keyPoints = Contents(rawValue: 1)
    /// Each body sentence's word count, surface cues and name density.
    internal static let summaryCues = Contents(rawValue: 2)
    /// Each unit's flags, names, context and paragraph start.
    internal static let searchCues = Contents(rawValue: 4)

    /// What a summary reads.
    internal static let summary: Contents = [.summaryCues]
    /// What the sentence index reads.
    internal static let search: Contents = [.keyPoints, .searchCues]
  }

  /// The term ids of a run of units, one list per unit (a view into the document's
  /// contiguous term ids).
  public struct UnitTerms: RandomAccessCollection, Sendable {
    private let terms: [Int32]
    /// The term ends of all the document's units.
    private let ends: [Int32]
    /// The document's unit at position 0.
    private let first: Int

    /// The units from `first` on of a document's `terms` and `ends`.
    internal init(terms: [Int32], ends: [Int32], first: Int) {
      self.terms = terms
      self.ends = ends
      self.first = first
    }

    /// The position of the first unit.
    public var startIndex: Int { 0 }
    /// The number of units.
    public var endIndex: Int { ends.count - first }

    /// The content-term ids of the unit at `position`, in order, repeats kept.
    public subscript(position: Int) -> ArraySlice<Int32> {
      let unit = first + position
      let start = unit == 0 ? 0 : Int(ends[unit - 1])
      return terms[start..<Int(ends[unit])]
    }
  }

  /// Splits and analyzes a document for its summary: its title's and body sentences'
  /// terms, and the sentences' word counts, cues and name density (key points, which a
  /// summary never reads, are not analyzed).
  ///
  /// - Parameters:
  ///   - document: the document; only its title and body are read.
  ///   - splitter: finds the sentences of the body.
  ///   - analyzer: turns words into term ids.
  public init(_ document: Document, splitter: SentenceSplitter, analyzer: Analyzer) {
    var scratch = Scratch()
    self.init(
      document, splitter: splitter, analyzer: analyzer, contents: .summary, scratch: &scratch)
  }

  /// A document of these parts (see each property).
  internal init(
    document: Document, sentenceRanges: [Range<Int>], titleCount: Int, keyPointCount: Int,
    terms: [Int32], termEnds: [Int32], sentenceWordCounts: [Int], sentenceCues: [SentenceCues],
    sentenceNameDensity: [Double], flags: [UnitFlags], names: [Int32], nameEnds: [Int32],
    context: [Int32], contextEnds: [Int32], paragraphStarts: [Bool]
  ) {
    self.document = document
    self.sentenceRanges = sentenceRanges
    self.titleCount = titleCount
    self.keyPointCount = keyPointCount
    self.terms = terms
    self.termEnds = termEnds
    self.sentenceWordCounts = sentenceWordCounts
    self.sentenceCues = sentenceCues
    self.sentenceNameDensity = sentenceNameDensity
    self.flags = flags
    self.names = names
    self.nameEnds = nameEnds
    self.context = context
    self.contextEnds = contextEnds
    self.paragraphStarts = paragraphStarts
  }

  /// The number of sentences.
  public var sentenceCount: Int { sentenceRanges.count }

  /// The number of units: title, key points and sentences.
  public var unitCount: Int { termEnds.count }

  /// The unit of the first sentence.
  internal var firstSentenceUnit: Int { titleCount + keyPointCount }

  /// The content-term ids of each sentence, in order, repeats kept.
  public var sentenceTerms: UnitTerms {
    UnitTerms(terms: terms, ends: termEnds, first: firstSentenceUnit)
  }

  /// The content-term ids of the title (empty without one).
  public var titleTerms: ArraySlice<Int32> {
    titleCount == 0 ? [] : terms[0..<Int(termEnds[0])]
  }

  /// Renumbers the term ids (terms, names, context) through `map`, from the analyzer's ids
  /// to a corpus's.
  internal mutating func renumberTerms(_ map: UnsafeBufferPointer<Int32>) {
    Self.renumber(&terms, map)
    Self.renumber(&names, map)
    Self.renumber(&context, map)
  }

  private static func renumber(_ ids: inout [Int32], _ map: UnsafeBufferPointer<Int32>) {
    ids.withUnsafeMutableBufferPointer { ids in
      for position in ids.indices { ids[position] = map[Int(ids[position])] }
    }
  }
}
