import Algorithms

extension AnswerFeatures {
  /// A unit's BM25 of the question terms (own text and context, before the field weight)
  /// and the bits of the terms it holds either way.
  internal func ownScore(unit: Int, _ question: Question) -> (score: Double, mask: UInt64) {
    var score = 0.0
    var mask: UInt64 = 0
    forEachMatch(unit: unit, question) { position, value, _ in
      score += value
      mask |= UInt64(1) << UInt64(position)
    }
    return (score, mask)
  }

  /// Calls `body(position, score, isContext)` for each question term (by its position in
  /// the question) that a unit holds in its own text or, failing that, as context, with its
  /// BM25 before the field weight, in question order.
  internal func forEachMatch(
    unit: Int, _ question: Question, _ body: (Int, Double, Bool) -> Void
  ) {
    let ownTerms = index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]
    // A unit has few context terms: a scan beats building a set.
    let contextTerms =
      index.contextTerms[Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1])]
    for (position, term) in question.terms.enumerated() {
      let tf = ownTerms.reduce(0) { $0 + ($1 == term ? 1 : 0) }
      let termIDF = question.idf[position]
      if tf > 0 {
        body(position, termScore(idf: termIDF, tf: Double(tf), unit: unit), false)
      } else if parameters.contextWeight > 0 && contextTerms.contains(term) {
        body(
          position, contextScore(numerator: contextNumerator(idf: termIDF), unit: unit), true)
      }
    }
  }

  /// The bits of the question terms a unit's own text (not its context) holds.
  internal func ownTextMask(unit: Int, _ question: Question) -> UInt64 {
    var mask: UInt64 = 0
    for position in Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1]) {
      if let bit = question.bit(of: index.terms[position]) { mask |= bit }
    }
    return mask
  }

  /// Whether the unit before `unit` is in the same paragraph.
  internal func followsInParagraph(_ unit: Int) -> Bool {
    unit > 0 && index.unitParagraphs[unit - 1] == index.unitParagraphs[unit]
  }

  /// The idf sum of the question terms the own text of the unit before (in the same
  /// paragraph) holds and the unit's own text lacks: the continuation feature, unweighted.
  internal func continuationEvidence(unit: Int, _ question: Question) -> Double {
    guard followsInParagraph(unit) else { return 0 }
    let before = ownTextMask(unit: unit - 1, question)
    return question.idfSum(before & ~ownTextMask(unit: unit, question))
  }

  /// The bits of the question terms the units of `range` hold (own text, or context when
  /// it counts), found in the terms' postings.
  ///
  /// - Complexity: O(t log p) for t question terms of p postings.
  internal func mask(units range: Range<Int>, _ question: Question) -> UInt64 {
    let first = Int32(range.lowerBound)
    let end = Int32(range.upperBound)
    /// Whether `postings` (ascending units) hold a unit of the range.
    func reaches(_ postings: ArraySlice<Int32>) -> Bool {
      let at = postings.partitioningIndex { $0 >= first }
      return at < postings.endIndex && postings[at] < end
    }
    var mask: UInt64 = 0
    for (position, term) in question.terms.enumerated() {
      let term = Int(term)
      if reaches(index.postingUnits[index.postingStarts[term]..<index.postingStarts[term + 1]])
        || (parameters.contextWeight > 0
          && reaches(
            index.contextUnits[
              index.contextPostingStarts[term]..<index.contextPostingStarts[term + 1]]))
      {
        mask |= UInt64(1) << UInt64(position)
      }
    }
    return mask
  }

  /// The units of a unit's paragraph.
  internal func paragraphUnits(of unit: Int) -> Range<Int> {
    let paragraph = index.unitParagraphs[unit]
    var first = unit
    while first > 0 && index.unitParagraphs[first - 1] == paragraph { first -= 1 }
    var end = unit + 1
    while end < index.unitCount && index.unitParagraphs[end] == paragraph { end += 1 }
    return first..<end
  }

  /// The units of a unit's document.
  internal func documentUnits(of unit: Int) -> Range<Int> {
    let document = Int(index.unitDocuments[unit])
    return Int(index.documentStarts[document])..<Int(index.documentStarts[document + 1])
  }

  /// The BM25 of the units just before and after `unit` in its paragraph (0 for none),
  /// before the field weight.
  internal func neighborScores(unit: Int, _ question: Question) -> (
    previous: Double, next: Double
  ) {
    let paragraph = index.unitParagraphs[unit]
    var previous = 0.0
    var next = 0.0
    if unit > 0 && index.unitParagraphs[unit - 1] == paragraph {
      previous = ownScore(unit: unit - 1, question).score
    }
    if unit + 1 < index.unitCount && index.unitParagraphs[unit + 1] == paragraph {
      next = ownScore(unit: unit + 1, question).score
    }
    return (previous, next)
  }
}
