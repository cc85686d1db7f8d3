import Algorithms
import Collections

extension LexicalSearch {
  /// Accumulates the BM25 scores (own text and context) and term masks of one document's units.
  ///
  /// It goes term by term in question order, and lists the units touched. `scores` and `masks` are
  /// indexed from the document's first unit, `base`; `documentMask` has the bits of the terms the
  /// document holds (no postings of the others are read). The postings are found through the terms'
  /// `runs`, paragraph by paragraph; a paragraph whose bound plus `rest` (rounded up) is below
  /// `cut` is skipped.
  internal func scoreDocument(
    _ document: Int, holding documentMask: UInt64, base: Int, question: Question,
    runs termRuns: [TermRuns], paragraphBounds: UnsafeBufferPointer<Double>,
    cut: Double, rest: Double,
    scores: UnsafeMutableBufferPointer<Double>,
    masks: UnsafeMutableBufferPointer<UInt64>, ownMasks: UnsafeMutableBufferPointer<UInt64>,
    touched: UnsafeMutableBufferPointer<Int32>, touchedCount: inout Int
  ) {
    let features = self.features
    let index = features.index
    let useContext = features.parameters.contextWeight > 0
    let firstParagraph = index.unitParagraphs[base]
    let endParagraph = index.unitParagraphs[Int(index.documentStarts[document + 1]) - 1] + 1
    for (position, term) in question.terms.enumerated() {
      let bit = UInt64(1) << UInt64(position)
      if documentMask & bit == 0 { continue }
      let termIDF = question.idf[position]
      let contextNumerator = features.contextNumerator(idf: termIDF)
      let runs = termRuns[position]
      let ownBase = index.postingStarts[Int(term)]
      let ownEnd = index.postingStarts[Int(term) + 1]
      let contextBase = index.contextPostingStarts[Int(term)]
      let contextEnd = index.contextPostingStarts[Int(term) + 1]
      var run = runs.paragraphs.partitioningIndex { $0 >= firstParagraph }
      while run < runs.paragraphs.count && runs.paragraphs[run] < endParagraph {
        let paragraph = Int(runs.paragraphs[run])
        defer { run += 1 }
        if (paragraphBounds[paragraph] + rest) * (1 + 1e-9) + 1e-12 < cut { continue }
        let end = paragraphEnds[paragraph]
        var posting = ownBase + Int(runs.ownStarts[run])
        while posting < ownEnd && index.postingUnits[posting] < end {
          let unit = Int(index.postingUnits[posting])
          let tf = Double(index.postingFrequencies[posting])
          touched[touchedCount] = Int32(unit)
          touchedCount += masks[unit - base] == 0 ? 1 : 0
          scores[unit - base] += features.termScore(idf: termIDF, tf: tf, unit: unit)
          ownMasks[unit - base] |= bit
          masks[unit - base] |= bit
          posting += 1
        }
        guard useContext else { continue }
        posting = contextBase + Int(runs.contextStarts[run])
        while posting < contextEnd && index.contextUnits[posting] < end {
          let unit = Int(index.contextUnits[posting])
          touched[touchedCount] = Int32(unit)
          touchedCount += masks[unit - base] == 0 ? 1 : 0
          scores[unit - base] += features.contextScore(numerator: contextNumerator, unit: unit)
          masks[unit - base] |= bit
          posting += 1
        }
      }
    }
  }

  /// Scores the touched units of one document with every feature but the pairs, keeping
  /// the best `depth` in `heap`.
  internal func insertCandidates(
    _ touched: UnsafeBufferPointer<Int32>, question: Question, typeBound: Double,
    documentEvidence: Double,
    base: Int, scores: UnsafeBufferPointer<Double>, ownMasks: UnsafeBufferPointer<UInt64>,
    paragraphBase: Int,
    paragraphMasks: UnsafeBufferPointer<UInt64>, paragraphBounds: UnsafeBufferPointer<Double>,
    depth: Int,
    heap: inout Heap<Candidate>
  ) {
    let features = self.features
    let index = features.index
    let parameters = features.parameters
    let useNeighbors = parameters.neighborWeight > 0
    let useContinuation = parameters.continuationWeight > 0
    let useParagraphs = parameters.paragraphWeight > 0
    let lastUnit = index.unitCount - 1
    // What a unit gets besides its paragraph's bound, with the margin for rounding.
    let rest = documentEvidence + typeBound
    for unit32 in touched {
      let unit = Int(unit32)
      let paragraph = index.unitParagraphs[unit]
      if heap.count >= depth, let worst = heap.min,
        (paragraphBounds[Int(paragraph)] + rest) * (1 + 1e-9) + 1e-12 < worst.score
      {
        continue
      }
      var own = scores[unit - base]
      if useNeighbors {
        if unit > 0 && index.unitParagraphs[unit - 1] == paragraph {
          own += features.neighborShare(scores[unit - 1 - base])
        }
        if unit < lastUnit && index.unitParagraphs[unit + 1] == paragraph {
          own += features.neighborShare(scores[unit + 1 - base])
        }
      }
      var score = own * features.fieldWeight(index.unitFields[unit])
      if useContinuation && unit > 0 && index.unitParagraphs[unit - 1] == paragraph {
        score += features.continuation(
          before: ownMasks[unit - 1 - base], own: ownMasks[unit - base], question)
      }
      if useParagraphs {
        score += features.paragraphEvidence(
          paragraphMasks[Int(paragraph) - paragraphBase], question)
      }
      score += documentEvidence
      // The answer-type bonus is at most `typeBound` (and rounding is monotonic): skip
      // reading it for a unit that could not enter the heap even with the largest bonus.
      if heap.count >= depth, let worst = heap.min, score + typeBound < worst.score { continue }
      score += features.typeBonus(unit: unit, question)
      let candidate = Candidate(score: score, unit: unit32)
      if heap.count < depth {
        heap.insert(candidate)
      } else if let worst = heap.min, worst < candidate {
        heap.replaceMin(with: candidate)
      }
    }
  }
}
