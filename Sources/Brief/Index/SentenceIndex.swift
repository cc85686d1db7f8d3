/// An inverted index over the searchable sentences ("units") of a corpus: every body
/// sentence, every title and every key point, each marked by its field.
///
/// Everything is kept in contiguous arrays of ids: the terms of each unit (for re-ranking
/// and explanations), the postings of each term (unit, term frequency), and the context
/// postings: the names a unit that opens with a pronoun borrows from the unit before it.
/// The index is built once, on all cores (``init(documents:language:)``), or read from a
/// saved file (``init(reading:documentCount:)``), and never changes.
internal final class SentenceIndex: Sendable {
  /// The terms (stems) of the whole corpus.
  internal let vocabulary: Vocabulary
  /// The document (index into the corpus) of each unit.
  internal let unitDocuments: [Int32]
  /// The field of each unit.
  internal let unitFields: [SentenceField]
  /// The index of each unit within its field.
  internal let unitFieldIndices: [Int32]
  /// The UTF-8 byte range of each body unit within its document's body (empty otherwise).
  internal let unitRanges: [Range<Int>]
  /// What each unit holds that answers a kind of question (numbers, dates, money).
  internal let unitFlags: [UnitFlags]
  /// The paragraph of each unit, numbered over the corpus (a title or key point is a
  /// paragraph of its own; body paragraphs are separated by blank lines).
  internal let unitParagraphs: [Int32]
  /// The number of paragraphs.
  internal let paragraphCount: Int
  /// Unit `u`'s names (capitalized words) are `names[nameStarts[u]..<nameStarts[u + 1]]`.
  internal let nameStarts: [Int32]
  internal let names: [Int32]
  /// Unit `u`'s term ids are `terms[termStarts[u]..<termStarts[u + 1]]`.
  internal let termStarts: [Int32]
  internal let terms: [Int32]
  /// Unit `u`'s context term ids are `contextTerms[contextStarts[u]..<contextStarts[u + 1]]`.
  internal let contextStarts: [Int32]
  internal let contextTerms: [Int32]
  /// Term `t`'s postings are `postingUnits/postingFrequencies[postingStarts[t]..<postingStarts[t + 1]]`.
  internal let postingStarts: [Int]
  internal let postingUnits: [Int32]
  internal let postingFrequencies: [Int32]
  /// Term `t`'s context postings are `contextUnits[contextPostingStarts[t]..<...[t + 1]]`.
  internal let contextPostingStarts: [Int]
  internal let contextUnits: [Int32]
  /// The number of units holding each term in their own text.
  internal let documentFrequencies: [Int32]
  /// Document `d`'s units are `documentStarts[d]..<documentStarts[d + 1]`.
  internal let documentStarts: [Int32]
  /// The first document with the same units as each document (itself for most; see
  /// ``DocumentTwins``): a search scores only those and carries scores over to the copies.
  internal let canonicalDocuments: [Int32]
  /// The mean unit length in terms.
  internal let averageLength: Double

  /// The number of units.
  internal var unitCount: Int { unitDocuments.count }

  /// The length of unit `u` in terms.
  internal func length(of unit: Int) -> Int { Int(termStarts[unit + 1] - termStarts[unit]) }

  /// An index of these arrays (see each property); the paragraph count and the average
  /// length are worked out from them.
  internal init(
    vocabulary: Vocabulary, unitDocuments: [Int32], unitFields: [SentenceField],
    unitFieldIndices: [Int32], unitRanges: [Range<Int>], unitFlags: [UnitFlags],
    unitParagraphs: [Int32], nameStarts: [Int32], names: [Int32], termStarts: [Int32],
    terms: [Int32], contextStarts: [Int32], contextTerms: [Int32], postingStarts: [Int],
    postingUnits: [Int32], postingFrequencies: [Int32], contextPostingStarts: [Int],
    contextUnits: [Int32], documentFrequencies: [Int32], documentStarts: [Int32],
    canonicalDocuments: [Int32]
  ) {
    self.vocabulary = vocabulary
    self.unitDocuments = unitDocuments
    self.unitFields = unitFields
    self.unitFieldIndices = unitFieldIndices
    self.unitRanges = unitRanges
    self.unitFlags = unitFlags
    self.unitParagraphs = unitParagraphs
    self.paragraphCount = Int(unitParagraphs.last.map { $0 + 1 } ?? 0)
    self.nameStarts = nameStarts
    self.names = names
    self.termStarts = termStarts
    self.terms = terms
    self.contextStarts = contextStarts
    self.contextTerms = contextTerms
    self.postingStarts = postingStarts
    self.postingUnits = postingUnits
    self.postingFrequencies = postingFrequencies
    self.contextPostingStarts = contextPostingStarts
    self.contextUnits = contextUnits
    self.documentFrequencies = documentFrequencies
    self.documentStarts = documentStarts
    self.canonicalDocuments = canonicalDocuments
    let unitCount = unitDocuments.count
    self.averageLength = unitCount == 0 ? 0 : Double(terms.count) / Double(unitCount)
  }
}
