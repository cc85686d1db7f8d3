import Collections

/// The first stage of answering: the units that best match a question's terms, found
/// through the postings of those terms only (never a scan of every unit).
///
/// Every feature but the pair bonus stays inside a document, so documents are scored one at
/// a time, most promising first, and the search stops when no document left can place a unit
/// among the best: each document's bound comes from the question terms it holds and how well
/// its best units match each (``TermRuns``). The result is exactly that of scoring every
/// matching unit with ``AnswerFeatures``: BM25 of own text and context, neighbours, the
/// sentence before, paragraph and document evidence, and the answer type.
///
/// It owns scratch buffers as long as the longest document, so it is not thread-safe.
internal struct LexicalSearch {
  internal let features: AnswerFeatures
  /// Repeated documents, when there are any: only the first of each kind is scored.
  internal let twins: DocumentTwins?
  /// The document of each paragraph.
  private let paragraphDocuments: [Int32]
  /// The unit after each paragraph's last.
  internal let paragraphEnds: [Int32]
  internal var runs: TermRunCache
  /// Scratch for the document being scored, indexed from its first unit (paragraph):
  /// accumulated score and matched-term bits per unit (own text only, and with context),
  /// matched-term bits per paragraph.
  private var scores: [Double]
  private var masks: [UInt64]
  private var ownMasks: [UInt64]
  private var paragraphMasks: [UInt64]
  /// Scratch: the question terms each document holds, and the bounds of the documents and
  /// paragraphs they reach.
  private var documentMasks: [UInt64]
  private var documentBounds: [Double]
  private var paragraphBounds: [Double]

  /// A search of `features.index`; `collapsingTwins` false scores every copy of a repeated
  /// document itself (for tests: the answers are the same).
  internal init(features: AnswerFeatures, collapsingTwins: Bool) {
    self.features = features
    let index = features.index
    // Sixteen bytes per run: two bytes per posting.
    runs = TermRunCache(budget: max(1 << 15, index.postingUnits.count / 8))
    var longest = 0
    for document in 0..<(index.documentStarts.count - 1) {
      longest = max(
        longest, Int(index.documentStarts[document + 1] - index.documentStarts[document]))
    }
    // A document has no more paragraphs than units.
    scores = [Double](repeating: 0, count: longest)
    masks = [UInt64](repeating: 0, count: longest)
    ownMasks = masks
    paragraphMasks = masks
    let documentCount = index.documentStarts.count - 1
    documentMasks = [UInt64](repeating: 0, count: documentCount)
    documentBounds = [Double](repeating: 0, count: documentCount)
    paragraphBounds = [Double](repeating: 0, count: index.paragraphCount)
    var paragraphDocuments = [Int32](repeating: 0, count: index.paragraphCount)
    var paragraphEnds = [Int32](repeating: 0, count: index.paragraphCount)
    for (unit, paragraph) in index.unitParagraphs.enumerated() {
      paragraphDocuments[Int(paragraph)] = index.unitDocuments[unit]
      paragraphEnds[Int(paragraph)] = Int32(unit + 1)
    }
    self.paragraphDocuments = paragraphDocuments
    self.paragraphEnds = paragraphEnds
    let twins = collapsingTwins ? DocumentTwins(canonical: index.canonicalDocuments) : nil
    self.twins = twins?.isEmpty == false ? twins : nil
  }

  /// A document to score and the most its units can score.
  private struct DocumentBound: Comparable {
    var bound: Double
    var document: Int32
    static func < (lhs: DocumentBound, rhs: DocumentBound) -> Bool { lhs.bound < rhs.bound }
  }

  /// The best `depth` units for the question, in no order (copies of repeated documents
  /// included).
  internal mutating func candidates(_ question: Question, depth: Int) -> [Candidate] {
    // Work on local copies of the scratch arrays (moved out, not copied): the closures
    // below cannot reach `self`'s arrays while `self` is borrowed.
    var scores: [Double] = []
    var masks: [UInt64] = []
    var ownMasks: [UInt64] = []
    var documentMasks: [UInt64] = []
    var paragraphMasks: [UInt64] = []
    var documentBounds: [Double] = []
    var paragraphBounds: [Double] = []
    swap(&scores, &self.scores)
    swap(&masks, &self.masks)
    swap(&ownMasks, &self.ownMasks)
    swap(&documentMasks, &self.documentMasks)
    swap(&paragraphMasks, &self.paragraphMasks)
    swap(&documentBounds, &self.documentBounds)
    swap(&paragraphBounds, &self.paragraphBounds)
    defer {
      swap(&scores, &self.scores)
      swap(&masks, &self.masks)
      swap(&ownMasks, &self.ownMasks)
      swap(&documentMasks, &self.documentMasks)
      swap(&paragraphMasks, &self.paragraphMasks)
      swap(&documentBounds, &self.documentBounds)
      swap(&paragraphBounds, &self.paragraphBounds)
    }
    let index = features.index
    let parameters = features.parameters

    // 1. The question terms each document holds (own text or context), and each
    // paragraph's bound: per term, the most a unit of the paragraph can get from it (own or
    // context score, times the largest field weight, plus both neighbours' shares, plus
    // paragraph evidence).
    let useDocuments = index.documentStarts.count > 2 && parameters.documentWeight > 0
    let useParagraphs = parameters.paragraphWeight > 0
    let largestField = max(1, parameters.titleWeight, parameters.keyPointWeight)
    let ownFactor = features.k1Plus1 * largestField * (1 + 2 * parameters.neighborWeight)
    runs.startQuestion()
    let canonical = twins?.canonical
    let termRuns = question.terms.map {
      runs.runs(of: $0, features: features, canonical: canonical)
    }
    let runCount = termRuns.reduce(0) { $0 + $1.paragraphs.count }
    // Every run is written to the lists and counted only when it is the first of its
    // document or paragraph (no branch to mispredict).
    var touchedDocuments = [Int32](repeating: 0, count: runCount)
    var touchedParagraphs = [(paragraph: Int32, document: Int32)](
      repeating: (0, 0), count: runCount)
    var documentCount = 0
    var paragraphCount = 0
    for position in question.terms.indices {
      let bit = UInt64(1) << UInt64(position)
      let runs = termRuns[position]
      let termIDF = question.idf[position]
      let saturationWeight = termIDF * ownFactor
      // Paragraph evidence, and the continuation bonus: a unit gets a term's idf from the
      // unit before it only when that unit, in the same paragraph, holds the term.
      let evidenceBound =
        (useParagraphs ? termIDF * parameters.paragraphWeight : 0)
        + termIDF * parameters.continuationWeight
      documentMasks.withUnsafeMutableBufferPointer { documentMasks in
        paragraphBounds.withUnsafeMutableBufferPointer { paragraphBounds in
          touchedDocuments.withUnsafeMutableBufferPointer { touchedDocuments in
            touchedParagraphs.withUnsafeMutableBufferPointer { touchedParagraphs in
              for run in runs.paragraphs.indices {
                let paragraph = Int(runs.paragraphs[run])
                let document = paragraphDocuments[paragraph]
                let mask = documentMasks[Int(document)]
                touchedDocuments[documentCount] = document
                documentCount += mask == 0 ? 1 : 0
                documentMasks[Int(document)] = mask | bit
                let bound = paragraphBounds[paragraph]
                touchedParagraphs[paragraphCount] = (runs.paragraphs[run], document)
                paragraphCount += bound == 0 ? 1 : 0
                paragraphBounds[paragraph] =
                  bound + (saturationWeight * Double(runs.saturations[run]) + evidenceBound)
              }
            }
          }
        }
      }
    }
    touchedDocuments.removeLast(runCount - documentCount)
    touchedParagraphs.removeLast(runCount - paragraphCount)

    // 2. Each document's bound: its best paragraph's, plus its document evidence, plus the
    // largest answer-type bonus; documents in order of their bounds.
    documentBounds.withUnsafeMutableBufferPointer { documentBounds in
      for (paragraph, document) in touchedParagraphs {
        documentBounds[Int(document)] = max(
          documentBounds[Int(document)], paragraphBounds[Int(paragraph)])
      }
    }
    let typeBound = features.typeBound(question)
    var bounds: [DocumentBound] = []
    bounds.reserveCapacity(touchedDocuments.count)
    documentBounds.withUnsafeMutableBufferPointer { documentBounds in
      for document in touchedDocuments {
        var bound = typeBound + documentBounds[Int(document)]
        if useDocuments {
          bound += features.documentEvidence(documentMasks[Int(document)], question)
        }
        documentBounds[Int(document)] = 0
        // A margin for rounding: the bound must not fall below a score computed in another
        // order.
        bounds.append(DocumentBound(bound: bound * (1 + 1e-9) + 1e-12, document: document))
      }
    }
    // A heap, not a sort: the search usually stops after a small share of the documents.
    var order = Heap(bounds)

    // 3. Score documents, best bound first, until none can reach the heap.
    var heap = Heap<Candidate>()
    // The units of the document being scored that hold a question term (one more slot, as
    // every posting is written before it is counted).
    let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: scores.count + 1)
    defer { touched.deallocate() }
    paragraphBounds.withUnsafeBufferPointer { paragraphBounds in
      scores.withUnsafeMutableBufferPointer { scores in
        masks.withUnsafeMutableBufferPointer { masks in
          ownMasks.withUnsafeMutableBufferPointer { ownMasks in
            paragraphMasks.withUnsafeMutableBufferPointer { paragraphMasks in
              while let (bound, document32) = order.popMax().map({ ($0.bound, $0.document) }) {
                if heap.count >= depth, let worst = heap.min, bound < worst.score { break }
                let document = Int(document32)
                let base = Int(index.documentStarts[document])
                let paragraphBase = Int(index.unitParagraphs[base])
                var touchedCount = 0
                let documentEvidence =
                  useDocuments ? features.documentEvidence(documentMasks[document], question) : 0
                // A paragraph whose bound cannot reach the heap is not scored (the same test
                // as a unit's in `insertCandidates`).
                var cut = -Double.infinity
                if heap.count >= depth, let worst = heap.min { cut = worst.score }
                scoreDocument(
                  document, holding: documentMasks[document], base: base, question: question,
                  runs: termRuns, paragraphBounds: paragraphBounds,
                  cut: cut, rest: documentEvidence + typeBound,
                  scores: scores, masks: masks, ownMasks: ownMasks, touched: touched,
                  touchedCount: &touchedCount)
                let touchedUnits = UnsafeBufferPointer(rebasing: touched[..<touchedCount])
                if useParagraphs {
                  for unit in touchedUnits {
                    paragraphMasks[Int(index.unitParagraphs[Int(unit)]) - paragraphBase] |=
                      masks[Int(unit) - base]
                  }
                }
                insertCandidates(
                  touchedUnits, question: question, typeBound: typeBound,
                  documentEvidence: documentEvidence,
                  base: base, scores: UnsafeBufferPointer(scores),
                  ownMasks: UnsafeBufferPointer(ownMasks), paragraphBase: paragraphBase,
                  paragraphMasks: UnsafeBufferPointer(paragraphMasks),
                  paragraphBounds: paragraphBounds,
                  depth: depth, heap: &heap)
                for unit in touchedUnits {
                  scores[Int(unit) - base] = 0
                  masks[Int(unit) - base] = 0
                  ownMasks[Int(unit) - base] = 0
                  if useParagraphs {
                    paragraphMasks[Int(index.unitParagraphs[Int(unit)]) - paragraphBase] = 0
                  }
                }
              }
            }
          }
        }
      }
    }
    documentMasks.withUnsafeMutableBufferPointer { documentMasks in
      for document in touchedDocuments { documentMasks[Int(document)] = 0 }
    }
    paragraphBounds.withUnsafeMutableBufferPointer { paragraphBounds in
      for (paragraph, _) in touchedParagraphs { paragraphBounds[Int(paragraph)] = 0 }
    }
    var candidates = heap.unordered
    if let twins { candidates = twins.expanding(candidates, depth: depth, index) }
    return candidates
  }
}
