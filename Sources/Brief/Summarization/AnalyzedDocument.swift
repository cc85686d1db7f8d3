/// A document split into sentences and analyzed into term ids: the input of scoring.
///
/// Term ids belong to the ``Analyzer`` that made it (its ``Analyzer/vocabulary``).
public struct AnalyzedDocument: Sendable {
  /// The document analyzed.
  public let document: Document
  /// The sentences of the body as UTF-8 byte ranges into `document.body`.
  public let sentenceRanges: [Range<Int>]
  /// The content-term ids of each sentence, in order, repeats kept.
  public let sentenceTerms: [[Int32]]
  /// The number of words (tokens, stop words included) of each sentence.
  public let sentenceWordCounts: [Int]
  /// The content-term ids of the title.
  public let titleTerms: [Int32]
  /// The surface cues of each sentence (opening quote, referring first word, number).
  public let sentenceCues: [SentenceCues]
  /// The share of each sentence's words that look like names (capitalized inside it).
  public let sentenceNameDensity: [Double]

  /// Splits and analyzes a document.
  ///
  /// - Parameters:
  ///   - document: the document; only its title and body are read.
  ///   - splitter: finds the sentences of the body.
  ///   - analyzer: turns words into term ids.
  public init(_ document: Document, splitter: SentenceSplitter, analyzer: Analyzer) {
    self.document = document
    var body = document.body
    let ranges = splitter.sentences(in: body)
    var terms: [[Int32]] = []
    var wordCounts: [Int] = []
    var cues: [SentenceCues] = []
    var names: [Double] = []
    terms.reserveCapacity(ranges.count)
    wordCounts.reserveCapacity(ranges.count)
    cues.reserveCapacity(ranges.count)
    names.reserveCapacity(ranges.count)
    body.withUTF8 { bytes in
      // Each sentence's ids are gathered in one reused buffer, then copied out at their
      // exact size (one allocation per sentence rather than one per doubling).
      var ids: [Int32] = []
      ids.reserveCapacity(256)
      for range in ranges {
        ids.removeAll(keepingCapacity: true)
        let words = analyzer.appendTermIDs(bytes: bytes, range: range, to: &ids)
        // (Not `Array(ids[...])`: a slice of the whole array would share its buffer.)
        terms.append(
          [Int32](unsafeUninitializedCapacity: ids.count) { buffer, initialized in
            initialized = buffer.initialize(from: ids).1
          })
        wordCounts.append(words)
        cues.append(SentenceCues(bytes: bytes, range: range, language: analyzer.language))
        names.append(nameDensity(bytes: bytes, range: range))
      }
    }
    self.sentenceRanges = ranges
    self.sentenceTerms = terms
    self.sentenceWordCounts = wordCounts
    self.sentenceCues = cues
    self.sentenceNameDensity = names
    self.titleTerms = document.title.map { analyzer.termIDs(in: $0) } ?? []
  }

  /// The number of sentences.
  public var sentenceCount: Int { sentenceRanges.count }

}
