import Foundation

/// A way of weighing a term in a unit of text (a sentence, a document) from its frequency
/// there and its spread over the collection.
///
/// Contract (after Lucene's `Similarity`): the weight never decreases as the term frequency
/// grows, and never increases as the unit grows longer.
public protocol TermWeighting: Sendable, CustomStringConvertible {
  /// The inverse document frequency of a term found in `documentFrequency` of
  /// `documentCount` units.
  func idf(documentFrequency: Int, documentCount: Int) -> Double

  /// The weight of a term occurring `termFrequency` times in a unit of `length` terms.
  ///
  /// - Parameters:
  ///   - idf: the term's ``idf(documentFrequency:documentCount:)``.
  ///   - averageLength: the collection's mean unit length in terms.
  func weight(termFrequency: Int, idf: Double, length: Int, averageLength: Double) -> Double
}

/// TF-IDF: `(1 + ln tf) · idf` with the smoothed `idf = ln((1 + N) / (1 + df)) + 1`.
///
/// Length does not enter the weight; compare vectors by cosine to normalize length.
public struct TFIDF: TermWeighting {
  /// Creates the weighting.
  public init() {}

  public func idf(documentFrequency: Int, documentCount: Int) -> Double {
    log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1
  }

  public func weight(termFrequency: Int, idf: Double, length: Int, averageLength: Double) -> Double
  {
    guard termFrequency > 0 else { return 0 }
    return (1 + log(Double(termFrequency))) * idf
  }

  public var description: String { "TFIDF" }
}

/// Okapi BM25 with Lucene's non-negative idf, `ln(1 + (N − df + 0.5) / (df + 0.5))`.
public struct BM25: TermWeighting {
  /// Term-frequency saturation: 0 ignores repetitions, larger values count them longer.
  public let k1: Double
  /// Length normalization, from 0 (none) to 1 (full).
  public let b: Double

  /// Creates the weighting.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` unless `k1` is finite and
  ///   non-negative and `b` lies in 0...1.
  public init(k1: Double = 1.2, b: Double = 0.75) throws(BriefError) {
    guard k1.isFinite, k1 >= 0 else {
      throw .invalidParameter(name: "k1", reason: "must be finite and non-negative, got \(k1)")
    }
    guard b.isFinite, (0...1).contains(b) else {
      throw .invalidParameter(name: "b", reason: "must be between 0 and 1, got \(b)")
    }
    self.k1 = k1
    self.b = b
  }

  public func idf(documentFrequency: Int, documentCount: Int) -> Double {
    let n = Double(documentFrequency)
    return log(1 + (Double(documentCount) - n + 0.5) / (n + 0.5))
  }

  public func weight(termFrequency: Int, idf: Double, length: Int, averageLength: Double) -> Double
  {
    guard termFrequency > 0 else { return 0 }
    let tf = Double(termFrequency)
    return idf * tf * (k1 + 1) / (tf + lengthNorm(length: length, averageLength: averageLength))
  }

  /// The length part of the weight's denominator, `k1 · (1 − b + b · length / average)`:
  /// it depends on the unit alone, so indexes compute it once per unit.
  public func lengthNorm(length: Int, averageLength: Double) -> Double {
    k1 * (1 - b + b * Double(length) / max(averageLength, 1e-9))
  }

  public var description: String { "BM25(k1=\(k1),b=\(b))" }
}
