/// Document frequencies over a collection: how many units (documents, or the sentences of
/// one document) hold each term.
public struct TermStatistics: Sendable {
  /// The number of units counted.
  public private(set) var documentCount: Int = 0
  /// Term → number of units holding it.
  public private(set) var documentFrequencies: [String: Int] = [:]
  /// The total length of the units, in terms.
  public private(set) var totalLength: Int = 0

  /// Creates empty statistics.
  public init() {}

  /// Counts one unit given its distinct terms and its length.
  public mutating func add<Terms: Sequence>(distinctTerms: Terms, length: Int)
  where Terms.Element == String {
    documentCount += 1
    totalLength += length
    for term in distinctTerms { documentFrequencies[term, default: 0] += 1 }
  }

  /// Adds another collection's counts to these.
  public mutating func merge(_ other: TermStatistics) {
    documentCount += other.documentCount
    totalLength += other.totalLength
    documentFrequencies.merge(other.documentFrequencies, uniquingKeysWith: +)
  }

  /// The number of units holding `term`.
  public func documentFrequency(of term: String) -> Int { documentFrequencies[term] ?? 0 }

  /// The mean unit length in terms.
  public var averageLength: Double {
    documentCount == 0 ? 0 : Double(totalLength) / Double(documentCount)
  }
}
