/// The paragraphs a term's postings (own text or context) reach, in order, each with a bound.
///
/// A paragraph's bound is the largest `tf / (tf + norm)` of its units holding the term, or for
/// context the largest `contextWeight / (1 + norm)` (a unit never has a term both ways), rounded
/// up: the most any unit of the paragraph, or its neighbours, gets from the term, per unit of
/// `idf · (k1 + 1)`. This bounds what a document can score, so that the search can stop early
/// (``LexicalSearch``).
///
/// Per run also the first of the term's postings (own text, and context), counted from
/// the term's first, that falls in the run's paragraph or a later one: a document is
/// scored paragraph by paragraph, from its runs, without searching the postings.
internal struct TermRuns {
  var paragraphs: [Int32] = []
  var saturations: [Float] = []
  var ownStarts: [UInt32] = []
  var contextStarts: [UInt32] = []

  /// The number of runs.
  var count: Int { paragraphs.count }

  /// The runs of `term` from its postings, own text and context merged in unit order.
  ///
  /// - Parameters:
  ///   - canonical: the canonical document of each document, when some repeat: a twin is
  ///     scored through its canonical document, so its units get no runs.
  ///   - scratch: reusable buffers, at least as long as the term's postings once grown.
  /// - Complexity: O(p) for p postings of the term.
  init(
    term: Int, features: AnswerFeatures, canonical: [Int32]?, scratch: inout TermRuns
  ) {
    let index = features.index
    let ownBase = index.postingStarts[term]
    let ownEnd = index.postingStarts[term + 1]
    let contextBase = index.contextPostingStarts[term]
    let contextWeight = features.parameters.contextWeight
    let contextEnd = contextWeight > 0 ? index.contextPostingStarts[term + 1] : contextBase
    let capacity = (ownEnd - ownBase) + (contextEnd - contextBase)
    if scratch.paragraphs.count < capacity {
      scratch = TermRuns(
        paragraphs: [Int32](repeating: 0, count: capacity),
        saturations: [Float](repeating: 0, count: capacity),
        ownStarts: [UInt32](repeating: 0, count: capacity),
        contextStarts: [UInt32](repeating: 0, count: capacity))
    }
    let unitShapes = features.unitShapes
    var count = 0
    scratch.paragraphs.withUnsafeMutableBufferPointer { paragraphs in
      scratch.saturations.withUnsafeMutableBufferPointer { saturations in
        scratch.ownStarts.withUnsafeMutableBufferPointer { ownStarts in
          scratch.contextStarts.withUnsafeMutableBufferPointer { contextStarts in
            var own = ownBase
            var context = contextBase
            // The run being built, kept in registers; the loop has no branch on a unit's
            // paragraph (a load that misses the cache), so that the loads of several
            // postings overlap.
            var lastParagraph: Int32 = -1
            var best: Float = 0
            var runOwnStart: UInt32 = 0
            var runContextStart: UInt32 = 0
            while own < ownEnd || context < contextEnd {
              let ownStart = UInt32(own - ownBase)
              let contextStart = UInt32(context - contextBase)
              let unit: Int
              let numerator: Double
              let tf: Double
              // A unit never holds a term both ways.
              if context == contextEnd
                || (own < ownEnd && index.postingUnits[own] < index.contextUnits[context])
              {
                unit = Int(index.postingUnits[own])
                tf = Double(index.postingFrequencies[own])
                numerator = tf
                own += 1
              } else {
                unit = Int(index.contextUnits[context])
                tf = 1
                numerator = contextWeight
                context += 1
              }
              if let canonical {
                let document = Int(index.unitDocuments[unit])
                if canonical[document] != Int32(document) {
                  // The rest of the twin's postings, of both kinds, are skipped at once.
                  let next = index.documentStarts[document + 1]
                  while own < ownEnd && index.postingUnits[own] < next { own += 1 }
                  while context < contextEnd && index.contextUnits[context] < next {
                    context += 1
                  }
                  continue
                }
              }
              let shape = unitShapes[unit]
              let saturation = numerator / (tf + features.norm(length: Int(shape >> 32)))
              // Rounded up (`nextUp` of a positive float is its next bit pattern).
              let nearest = Float(saturation)
              let rounded = Float(
                bitPattern: nearest.bitPattern &+ (Double(nearest) < saturation ? 1 : 0))
              let paragraph = Int32(truncatingIfNeeded: shape)
              let isNew = paragraph != lastParagraph
              let slot = isNew ? count : count - 1
              best = isNew || rounded > best ? rounded : best
              runOwnStart = isNew ? ownStart : runOwnStart
              runContextStart = isNew ? contextStart : runContextStart
              paragraphs[slot] = paragraph
              saturations[slot] = best
              ownStarts[slot] = runOwnStart
              contextStarts[slot] = runContextStart
              count = slot + 1
              lastParagraph = paragraph
            }
          }
        }
      }
    }
    self.init(
      paragraphs: Array(scratch.paragraphs[..<count]),
      saturations: Array(scratch.saturations[..<count]),
      ownStarts: Array(scratch.ownStarts[..<count]),
      contextStarts: Array(scratch.contextStarts[..<count]))
  }

  private init(
    paragraphs: [Int32], saturations: [Float], ownStarts: [UInt32], contextStarts: [UInt32]
  ) {
    self.paragraphs = paragraphs
    self.saturations = saturations
    self.ownStarts = ownStarts
    self.contextStarts = contextStarts
  }

  /// No runs: the empty scratch.
  init() {}
}
