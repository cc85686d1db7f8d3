import Foundation

/// The features of one sentence that the TF-IDF scorer combines, each in 0...1.
public struct SentenceFeatures: Sendable, Hashable, Codable {
  /// Cosine with the term-weight vector of the rest of the document (leave-one-out),
  /// divided by the document's best.
  public var centrality: Double
  /// The lead prior `1 / (1 + index)^decay`.
  public var position: Double
  /// The share of the headline's term weight found in the sentence (0 without headline).
  public var titleOverlap: Double
  /// 1 for sentences of ordinary length, less for very short or very long ones.
  public var length: Double
}

/// Ranks the sentences of an analyzed document.
///
/// A scorer is given the document and the idf of every term id of the analyzer that made
/// it; it returns one score per sentence, higher is better.
public protocol SentenceScorer: Sendable {
  /// One score per sentence of `document`.
  func scores(for document: AnalyzedDocument, vectors: [SentenceVector], idf: [Double]) -> [Double]
}

/// The lead baseline: earlier sentences score higher.
public struct LeadScorer: SentenceScorer {
  /// Creates the scorer.
  public init() {}

  public func scores(for document: AnalyzedDocument, vectors: [SentenceVector], idf: [Double])
    -> [Double]
  {
    let count = document.sentenceCount
    return (0..<count).map { Double(count - $0) / Double(max(count, 1)) }
  }
}

/// TF-IDF centrality combined with position, headline overlap and length.
public struct TFIDFScorer: SentenceScorer {
  /// The feature weights.
  public var weights: ScoringWeights

  /// Creates the scorer.
  public init(weights: ScoringWeights = ScoringWeights()) {
    self.weights = weights
  }

  public func scores(for document: AnalyzedDocument, vectors: [SentenceVector], idf: [Double])
    -> [Double]
  {
    features(for: document, vectors: vectors, idf: idf).map { feature in
      feature.length
        * (weights.centrality * feature.centrality + weights.position * feature.position
          + weights.title * feature.titleOverlap)
    }
  }

  /// The features of every sentence.
  public func features(for document: AnalyzedDocument, vectors: [SentenceVector], idf: [Double])
    -> [SentenceFeatures]
  {
    let count = document.sentenceCount
    guard count > 0 else { return [] }
    let all = document.sentenceTerms.flatMap { $0 }
    let centroid = SentenceVector(termIDs: all) { tf, id in tfidfWeight(tf, idf[Int(id)]) }
    // Leave-one-out: a sentence is compared with the rest of the document, so that a long
    // sentence is not central merely because it makes up much of the centroid itself.
    var centrality = vectors.map { vector -> Double in
      let dot = vector.dot(centroid)
      let selfDot = vector.norm * vector.norm
      let rest = (centroid.norm * centroid.norm - 2 * dot + selfDot).squareRoot()
      guard rest > 0, vector.norm > 0 else { return 0 }
      return (dot - selfDot) / (vector.norm * rest)
    }
    let best = centrality.max() ?? 0
    if best > 0 { centrality = centrality.map { $0 / best } }

    var titleWeights: [Int32: Double] = [:]
    for id in document.titleTerms { titleWeights[id] = idf[Int(id)] }
    let titleTotal = titleWeights.values.reduce(0, +)

    return (0..<count).map { index in
      var overlap = 0.0
      if titleTotal > 0 {
        var seen = Set<Int32>()
        for id in document.sentenceTerms[index] where seen.insert(id).inserted {
          overlap += titleWeights[id] ?? 0
        }
        overlap /= titleTotal
      }
      let words = document.sentenceWordCounts[index]
      var length = 1.0
      if words < weights.shortSentenceWords {
        length = Double(words) / Double(max(weights.shortSentenceWords, 1))
      } else if words > weights.longSentenceWords {
        length = Double(weights.longSentenceWords) / Double(words)
      }
      let position = 1 / pow(Double(index + 1), weights.positionDecay)
      return SentenceFeatures(
        centrality: centrality[index], position: position, titleOverlap: overlap, length: length)
    }
  }
}

/// The TF-IDF weight of a term with frequency `tf` and inverse document frequency `idf`.
@inline(__always)
internal func tfidfWeight(_ tf: Int, _ idf: Double) -> Double {
  tf > 0 ? (1 + log(Double(tf))) * idf : 0
}
