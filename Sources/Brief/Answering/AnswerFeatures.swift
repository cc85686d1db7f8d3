/// The features of an answer's score, each one function of the index and the question.
///
/// The first stage's postings loop (``LexicalSearch``), the re-ranking (``Reranker``), an
/// answer's explanation and the tuning dump all call these same functions, so that an
/// explanation is the score's own sum (as Lucene's `BM25Similarity` scores and explains
/// through one `doScore`).
///
/// A unit's score is
/// `field × (bm25 + neighbours) + sentence before + paragraph + document + answer type
///   + pairs + exact forms + phrases + related words + synonyms + meaning`,
/// where bm25 is Lucene's BM25 of the question terms in the unit's own text (a term the
/// unit only borrows from the sentence before, its *context*, counts ``contextScore``).
internal struct AnswerFeatures: Sendable {
  internal let index: SentenceIndex
  internal let parameters: RetrievalParameters
  /// Lucene idf per index term.
  internal let idf: [Double]
  /// The idf of a term no unit holds.
  internal let unseenIDF: Double
  /// BM25's length norm `k1 · (1 − b + b · length / average)` per unit length, up to the
  /// longest unit's.
  private let lengthNorms: [Double]
  /// Per unit, its paragraph (low 32 bits) and its length in terms (high 32 bits): what
  /// building a term's runs reads of a posting's unit, in one load.
  internal let unitShapes: [UInt64]
  /// `k1 + 1`, BM25's numerator factor.
  internal let k1Plus1: Double

  /// The features of `index` with these parameters.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for bad `parameters`.
  internal init(index: SentenceIndex, parameters: RetrievalParameters) throws(BriefError) {
    try parameters.validate()
    self.index = index
    self.parameters = parameters
    let weighting = try BM25(k1: parameters.k1, b: parameters.b)
    let unitCount = index.unitCount
    idf = index.documentFrequencies.map {
      weighting.idf(documentFrequency: Int($0), documentCount: unitCount)
    }
    unseenIDF = weighting.idf(documentFrequency: 0, documentCount: unitCount)
    let longestUnit = (0..<unitCount).reduce(0) { max($0, index.length(of: $1)) }
    lengthNorms = (0...longestUnit).map { length in
      weighting.lengthNorm(length: length, averageLength: index.averageLength)
    }
    unitShapes = (0..<unitCount).map { unit in
      UInt64(UInt32(bitPattern: index.unitParagraphs[unit])) | UInt64(index.length(of: unit)) << 32
    }
    k1Plus1 = parameters.k1 + 1
  }

  // MARK: - BM25 of the unit's own text and context

  /// BM25's length norm of a unit.
  @inline(__always)
  internal func norm(_ unit: Int) -> Double { lengthNorms[Int(unitShapes[unit] >> 32)] }

  /// BM25's length norm of a unit of `length` terms.
  @inline(__always)
  internal func norm(length: Int) -> Double { lengthNorms[length] }

  /// A question term's BM25 in a unit whose own text holds it `tf` times.
  @inline(__always)
  internal func termScore(idf: Double, tf: Double, unit: Int) -> Double {
    idf * tf * k1Plus1 / (tf + norm(unit))
  }

  /// The numerator of ``contextScore(idf:unit:)``, the same for every unit.
  @inline(__always)
  internal func contextNumerator(idf: Double) -> Double {
    parameters.contextWeight * idf * k1Plus1
  }

  /// A question term's score in a unit that holds it as context only (a name of the
  /// sentence before, borrowed by a sentence that opens with a pronoun), counted once.
  @inline(__always)
  internal func contextScore(numerator: Double, unit: Int) -> Double {
    numerator / (1 + norm(unit))
  }

  /// The multiplier of a unit's field (titles and key points weigh less than the body).
  @inline(__always)
  internal func fieldWeight(_ field: SentenceField) -> Double {
    switch field {
    case .body: return 1
    case .title: return parameters.titleWeight
    case .keyPoint: return parameters.keyPointWeight
    }
  }

  /// The share of a neighbouring unit's BM25 (same paragraph) a unit adds to its own.
  @inline(__always)
  internal func neighborShare(_ neighborScore: Double) -> Double {
    parameters.neighborWeight * neighborScore
  }

  // MARK: - Evidence around the unit

  /// The continuation bonus: the question terms the unit before (same paragraph) holds in
  /// its own text and this unit's own text lacks, by idf.
  @inline(__always)
  internal func continuation(before: UInt64, own: UInt64, _ question: Question) -> Double {
    parameters.continuationWeight * question.idfSum(before & ~own)
  }

  /// The question terms found anywhere in the unit's paragraph, by idf.
  @inline(__always)
  internal func paragraphEvidence(_ mask: UInt64, _ question: Question) -> Double {
    parameters.paragraphWeight * question.idfSum(mask)
  }

  /// The question terms found anywhere in the unit's document, by idf.
  @inline(__always)
  internal func documentEvidence(_ mask: UInt64, _ question: Question) -> Double {
    parameters.documentWeight * question.idfSum(mask)
  }

  // MARK: - The kind of answer

  /// The answer-type bonus: ``typeMatch(unit:_:)`` times the question's mean idf and the
  /// weight of its kind (names or the others).
  @inline(__always)
  internal func typeBonus(unit: Int, _ question: Question) -> Double {
    let weight = question.answerType == .name ? parameters.nameWeight : parameters.answerTypeWeight
    return weight * question.meanIDF * typeMatch(unit: unit, question)
  }

  /// The largest ``typeBonus(unit:_:)`` any unit can get for the question.
  internal func typeBound(_ question: Question) -> Double {
    switch question.answerType {
    case .none: return 0
    case .name: return parameters.nameWeight * question.meanIDF
    case .number, .year:
      let most: Double = question.counted == nil && !question.asksForASum ? 1 : 2
      return parameters.answerTypeWeight * question.meanIDF * most
    }
  }

  /// How well the unit holds the kind of answer the question asks for: 1, ½ for a number
  /// when a year is asked for or for years alone when a quantity is, or 0; plus 1 for a
  /// quantity right before the noun a "how many" question counts, or for a sum of money when
  /// "how much" counts nothing.
  internal func typeMatch(unit: Int, _ question: Question) -> Double {
    let flags = index.unitFlags[unit]
    switch question.answerType {
    case .none: return 0
    case .name:
      let names = index.names[Int(index.nameStarts[unit])..<Int(index.nameStarts[unit + 1])]
      return names.contains(where: { !question.terms.contains($0) }) ? 1 : 0
    case .number:
      let quantity: Double = flags.contains(.quantity) ? 1 : flags.contains(.number) ? 0.5 : 0
      if question.asksForASum { return quantity + (flags.contains(.money) ? 1 : 0) }
      // A quantity before the counted noun needs a quantity.
      guard let counted = question.counted, quantity == 1 else { return quantity }
      let isCounted = index.terms.withUnsafeBufferPointer { terms in
        counted.isCounted(
          in: UnsafeBufferPointer(
            rebasing: terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]),
          vocabulary: index.vocabulary)
      }
      return isCounted ? 2 : 1
    case .year:
      if !flags.isDisjoint(with: [.year, .month]) { return 1 }
      return flags.contains(.number) ? 0.5 : 0
    }
  }

  // MARK: - Pairs

  /// The bonus of one adjacent question-term pair found adjacent in a unit.
  @inline(__always)
  internal func pairBonus(_ pair: (Int32, Int32)) -> Double {
    parameters.pairWeight * (idf[Int(pair.0)] + idf[Int(pair.1)]) / 2
  }

  /// The pair bonuses of a unit: each pair of the question found adjacent in it, once.
  internal func pairBonus(unit: Int, _ question: Question) -> Double {
    var sum = 0.0
    for pair in question.pairs where contains(pair: pair, unit: unit) { sum += pairBonus(pair) }
    return sum
  }

  /// Whether the unit holds the two terms of `pair` next to each other, in order.
  internal func contains(pair: (Int32, Int32), unit: Int) -> Bool {
    let start = Int(index.termStarts[unit])
    let end = Int(index.termStarts[unit + 1])
    guard end - start >= 2 else { return false }
    return index.terms.withUnsafeBufferPointer { terms in
      for position in start..<(end - 1)
      where terms[position] == pair.0 && terms[position + 1] == pair.1 {
        return true
      }
      return false
    }
  }
}
