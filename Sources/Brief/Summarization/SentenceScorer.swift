import Foundation

/// The features of one sentence that the TF-IDF scorer combines.
public struct SentenceFeatures: Sendable, Hashable, Codable {
  /// How much the sentence shares with the other sentences (TextRank-style degree: shared
  /// distinct terms over the sum of the log sizes, summed over the sentences after it plus
  /// ``ScoringWeights/precedingOverlap`` times those before it), divided by the document's
  /// best; in 0...1.
  public var centrality: Double
  /// The lead prior `1 / (1 + index)^decay`, in 0...1.
  public var position: Double
  /// The share of the headline's term weight found in the sentence (0 without headline).
  public var titleOverlap: Double
  /// The share of the sentence's words that look like names.
  public var names: Double
  /// 1 for sentences of ordinary length, less for very short or very long ones.
  public var length: Double
  /// Surface cues: opening quote, referring first word, number.
  public var cues: SentenceCues
  /// Whether the document has a headline (the lead prior is then scaled down).
  public var hasHeadline: Bool
}

/// What a sentence's score is made of: the shares of the weighted sum and the factors
/// that multiply it.
///
/// The score is `length × quote × reference × number × (centrality + position + title +
/// names)`, where the four summands are the weighted features; their shares add up to 1.
public struct ScoreExplanation: Sendable, Hashable, Codable {
  /// Share of the weighted sum from centrality.
  public var centrality: Double
  /// Share of the weighted sum from the lead prior.
  public var position: Double
  /// Share of the weighted sum from headline overlap.
  public var title: Double
  /// Share of the weighted sum from name density.
  public var names: Double
  /// The length factor (1 for ordinary length).
  public var length: Double
  /// The factor for an opening quotation mark (1 when there is none).
  public var quote: Double
  /// The factor for a referring first word (1 when there is none).
  public var reference: Double
  /// The factor for holding a number (1 when there is none).
  public var number: Double

  /// Creates an explanation.
  public init(
    centrality: Double, position: Double, title: Double, names: Double, length: Double,
    quote: Double, reference: Double, number: Double
  ) {
    self.centrality = centrality
    self.position = position
    self.title = title
    self.names = names
    self.length = length
    self.quote = quote
    self.reference = reference
    self.number = number
  }
}

/// Ranks the sentences of an analyzed document.
///
/// A scorer is given the document and the idf of every term id it holds (its analyzer's
/// ids, or its corpus's when it comes from an analyzed corpus); it returns one score per
/// sentence, higher is better.
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

/// Graph centrality combined with position, headline overlap, length and surface cues.
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
    features(for: document, vectors: vectors, idf: idf).map(score)
  }

  /// The lead prior's weight for a sentence: scaled by ``ScoringWeights/headlinePosition``
  /// when the document has a headline.
  private func positionWeight(_ feature: SentenceFeatures) -> Double {
    feature.hasHeadline ? weights.position * weights.headlinePosition : weights.position
  }

  /// The multiplying factors of the surface cues.
  private func cueFactors(_ cues: SentenceCues) -> (
    quote: Double, reference: Double, number: Double
  ) {
    (
      cues.contains(.startsWithQuote) ? 1 - weights.quotePenalty : 1,
      cues.contains(.startsWithReference) ? 1 - weights.referencePenalty : 1,
      cues.contains(.hasNumber) ? 1 + weights.numberBonus : 1
    )
  }

  /// The score of a sentence with these features.
  public func score(_ feature: SentenceFeatures) -> Double {
    let cue = cueFactors(feature.cues)
    return feature.length * cue.quote * cue.reference * cue.number
      * (weights.centrality * feature.centrality + positionWeight(feature) * feature.position
        + weights.title * feature.titleOverlap + weights.names * feature.names)
  }

  /// What the score of a sentence with these features is made of.
  public func explain(_ feature: SentenceFeatures) -> ScoreExplanation {
    let parts = [
      weights.centrality * feature.centrality, positionWeight(feature) * feature.position,
      weights.title * feature.titleOverlap, weights.names * feature.names,
    ]
    let total = parts.reduce(0, +)
    let shares = parts.map { total > 0 ? $0 / total : 0 }
    let cue = cueFactors(feature.cues)
    return ScoreExplanation(
      centrality: shares[0], position: shares[1], title: shares[2], names: shares[3],
      length: feature.length,
      quote: cue.quote, reference: cue.reference, number: cue.number)
  }

  /// The features of every sentence.
  ///
  /// - Complexity: O(n² · m) for n sentences of m terms (the pairwise overlaps) up to
  ///   ``sharedCountsTableLimit`` sentences, O(n · m · d) beyond (d: the distinct sentence
  ///   sizes among a term's sentences).
  public func features(for document: AnalyzedDocument, vectors: [SentenceVector], idf: [Double])
    -> [SentenceFeatures]
  {
    let count = document.sentenceCount
    guard count > 0 else { return [] }
    // Centrality after TextRank (Mihalcea and Tarau 2004): the overlap of two sentences is
    // the number of distinct terms they share over the sum of their log sizes; a sentence's
    // centrality is its summed overlap with all others. Long sentences that repeat the
    // document's vocabulary rank high, which both news highlights and long extracts reward.
    var centrality = centralities(vectors.map(\.terms), preceding: weights.precedingOverlap)
    let best = centrality.max() ?? 0
    if best > 0 { centrality = centrality.map { $0 / best } }

    // Summed in headline order: a dictionary's order follows its storage address, and a
    // sum in that order differed in the last bit from run to run.
    var titleWeights: [Int32: Double] = [:]
    var titleTotal = 0.0
    for id in document.titleTerms where titleWeights[id] == nil {
      titleWeights[id] = idf[Int(id)]
      titleTotal += idf[Int(id)]
    }
    let hasHeadline = titleTotal > 0

    let sentenceTerms = document.sentenceTerms
    return (0..<count).map { index in
      var overlap = 0.0
      if titleTotal > 0 {
        var seen = Set<Int32>()
        for id in sentenceTerms[index] where seen.insert(id).inserted {
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
        centrality: centrality[index], position: position, titleOverlap: overlap,
        names: document.sentenceNameDensity[index], length: length,
        cues: document.sentenceCues[index], hasHeadline: hasHeadline)
    }
  }
}

/// Each sentence's summed overlap with the others (TextRank's).
///
/// For sentences `i < j` with `c` distinct terms in common, `c / (log |i| + log |j|)` counts fully
/// towards `i` and `preceding` times towards `j`. Sentences of fewer than two distinct terms take
/// no part.
///
/// Up to ``sharedCountsTableLimit`` sentences the overlaps are summed pair by pair; beyond
/// it (a book, or a 100 MB dump on one line) through ``bucketedCentralities(_:preceding:)``,
/// which gives the same sums without visiting every pair.
///
/// - Parameter distinct: each sentence's distinct term ids, ascending.
internal func centralities(_ distinct: [[Int32]], preceding: Double) -> [Double] {
  let count = distinct.count
  guard count <= sharedCountsTableLimit else {
    return bucketedCentralities(distinct, preceding: preceding)
  }
  let logSizes = distinct.map { $0.count > 1 ? log(Double($0.count)) : 0 }
  var centrality = [Double](repeating: 0, count: count)
  let shared = sharedCounts(distinct, usable: logSizes.map { $0 > 0 })
  for i in 0..<count where logSizes[i] > 0 {
    for j in (i + 1)..<count where logSizes[j] > 0 {
      let common = shared(i, j)
      guard common > 0 else { continue }
      let overlap = Double(common) / (logSizes[i] + logSizes[j])
      centrality[i] += overlap
      centrality[j] += preceding * overlap
    }
  }
  return centrality
}

/// The sums of ``centralities(_:preceding:)``, computed without visiting pairs.
///
/// The overlap of `i` with `j` depends on `j` only through its size, so for each term the sentences
/// holding it are counted by size, those before the current sentence apart; a sentence then sums,
/// over its terms and their sizes, the later sentences' counts plus `preceding` times the earlier
/// ones', each divided by `log |i| + log size`. Equal to the pairwise sums but for the order of
/// floating-point additions.
///
/// - Complexity: O(n · m · d) for n sentences of m terms, d the distinct sizes of the
///   sentences holding a term (bounded by the longest sentence's term count).
internal func bucketedCentralities(_ distinct: [[Int32]], preceding: Double) -> [Double] {
  let count = distinct.count
  // One slot per (term, size) pair present, grouped by term: `slotSizes[slot]` is the size,
  // `total[slot]` how many sentences of that size hold the term, and the term's slots are
  // `termSlots[term]..<termSlots[term + 1]`.
  var keys: [UInt64] = []
  var maxTerm: Int32 = -1
  for terms in distinct where terms.count > 1 {
    for id in terms {
      keys.append(UInt64(UInt32(bitPattern: id)) << 32 | UInt64(terms.count))
      maxTerm = max(maxTerm, id)
    }
  }
  keys.sort()
  var slotSizes: [Int] = []
  var total: [Int32] = []
  var termSlots = [Int](repeating: 0, count: Int(maxTerm) + 2)
  var previousKey = UInt64.max
  for key in keys {
    if key != previousKey {
      slotSizes.append(Int(key & 0xFFFF_FFFF))
      total.append(0)
      termSlots[Int(key >> 32) + 1] = slotSizes.count
      previousKey = key
    }
    total[total.count - 1] += 1
  }
  for term in 1..<termSlots.count where termSlots[term] < termSlots[term - 1] {
    termSlots[term] = termSlots[term - 1]  // terms without slots end where the last began
  }
  let logOfSize = (0...(slotSizes.max() ?? 0)).map { $0 > 1 ? log(Double($0)) : 0 }
  var before = [Int32](repeating: 0, count: total.count)
  var centrality = [Double](repeating: 0, count: count)
  for (index, terms) in distinct.enumerated() where terms.count > 1 {
    let size = terms.count
    let own = logOfSize[size]
    var sum = 0.0
    for id in terms {
      for slot in termSlots[Int(id)]..<termSlots[Int(id) + 1] {
        let earlier = Double(before[slot])
        var later = Double(total[slot]) - earlier
        if slotSizes[slot] == size {
          later -= 1  // the sentence itself
          before[slot] += 1
        }
        sum += (later + preceding * earlier) / (own + logOfSize[slotSizes[slot]])
      }
    }
    centrality[index] = sum
  }
  return centrality
}

/// How many ids each pair of lists shares, as a lookup `(i, j) -> count` for `i < j`.
///
/// The counts are tabulated from the lists' postings (each id's lists, pair by pair), which
/// costs the sum over ids of the square of their list counts instead of a merge per pair,
/// and 4 × n² bytes for n lists (at most ``sharedCountsTableLimit``).
///
/// - Parameters:
///   - lists: ascending id lists without repeats.
///   - usable: the lists that take part; the others share nothing.
internal func sharedCounts(_ lists: [[Int32]], usable: [Bool]) -> (Int, Int) -> Int {
  let count = lists.count
  // Lists are read in order; each id keeps a chain of the earlier lists that hold it
  // (postings linked through `previous`, the chain's head found through a small
  // open-addressing table from id), and every list on the chain shares that id with the
  // current one. No sorting; the cost is the postings plus the pairs counted.
  var total = 0
  for (index, list) in lists.enumerated() where usable[index] { total += list.count }
  var size = 16
  while size < total * 2 { size <<= 1 }
  let mask = size - 1
  var keys = [Int32](repeating: -1, count: size)
  var heads = [Int32](repeating: -1, count: size)
  var postingList: [Int32] = []
  var previous: [Int32] = []
  postingList.reserveCapacity(total)
  previous.reserveCapacity(total)
  var table = [Int32](repeating: 0, count: count * count)
  for (column, list) in lists.enumerated() where usable[column] {
    for id in list {
      var slot = Int(UInt32(bitPattern: id) &* 0x9E37_79B1) & mask
      while keys[slot] >= 0 && keys[slot] != id { slot = (slot + 1) & mask }
      keys[slot] = id
      var posting = heads[slot]
      while posting >= 0 {
        table[Int(postingList[Int(posting)]) * count + column] += 1
        posting = previous[Int(posting)]
      }
      previous.append(heads[slot])
      heads[slot] = Int32(postingList.count)
      postingList.append(Int32(column))
    }
  }
  let counts = table  // a constant capture: no exclusivity check per lookup
  return { i, j in Int(counts[i * count + j]) }
}

/// Documents with more sentences than this have their centralities summed by term and
/// sentence size rather than pair by pair (the pair table takes 4 × n² bytes).
internal let sharedCountsTableLimit = 2048

/// The TF-IDF weight of a term with frequency `tf` and inverse document frequency `idf`.
@inline(__always)
internal func tfidfWeight(_ tf: Int, _ idf: Double) -> Double {
  tf > 0 ? (1 + log(Double(tf))) * idf : 0
}
