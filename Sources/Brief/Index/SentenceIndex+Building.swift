import Foundation

extension SentenceIndex {
  /// Splits, analyzes and indexes `documents` on all cores.
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(n) in the corpus length.
  internal convenience init(documents: [Document], language: Language) throws(BriefError) {
    let count = documents.count
    let corpus = try CorpusAnalysis(language: language, contents: .search).analyze(documents)
    let vocabulary = corpus.vocabulary
    // Exact capacities first: no array outgrows its final size while the units are held.
    let totals = corpus.totals
    var unitDocuments: [Int32] = []
    var unitFields: [SentenceField] = []
    var unitFieldIndices: [Int32] = []
    var unitRanges: [Range<Int>] = []
    var unitFlags: [UnitFlags] = []
    var termStarts: [Int32] = [0]
    var terms: [Int32] = []
    var contextStarts: [Int32] = [0]
    var contextTerms: [Int32] = []
    var unitParagraphs: [Int32] = []
    var paragraphCount: Int32 = 0
    var nameStarts: [Int32] = [0]
    var names: [Int32] = []
    unitDocuments.reserveCapacity(totals.units)
    unitFields.reserveCapacity(totals.units)
    unitFieldIndices.reserveCapacity(totals.units)
    unitRanges.reserveCapacity(totals.units)
    unitFlags.reserveCapacity(totals.units)
    termStarts.reserveCapacity(totals.units + 1)
    contextStarts.reserveCapacity(totals.units + 1)
    unitParagraphs.reserveCapacity(totals.units)
    nameStarts.reserveCapacity(totals.units + 1)
    terms.reserveCapacity(totals.terms)
    contextTerms.reserveCapacity(totals.context)
    names.reserveCapacity(totals.names)
    for index in 0..<count {
      // Each document is freed once appended.
      guard let units = corpus.take(index) else { continue }
      // Hand the freed units' pages back as the merged arrays fill up, so that the
      // analyzed corpus is not held twice at the peak.
      if index % 256 == 255 { _releaseFreedMemory() }
      let sentenceCount = units.sentenceCount
      unitDocuments.append(contentsOf: repeatElement(Int32(index), count: units.unitCount))
      unitFields.append(contentsOf: repeatElement(.title, count: units.titleCount))
      unitFields.append(contentsOf: repeatElement(.keyPoint, count: units.keyPointCount))
      unitFields.append(contentsOf: repeatElement(.body, count: sentenceCount))
      unitFieldIndices.append(contentsOf: repeatElement(0, count: units.titleCount))
      unitFieldIndices.append(contentsOf: (0..<Int32(units.keyPointCount)))
      unitFieldIndices.append(contentsOf: (0..<Int32(sentenceCount)))
      unitRanges.append(contentsOf: repeatElement(0..<0, count: units.firstSentenceUnit))
      unitRanges.append(contentsOf: units.sentenceRanges)
      unitFlags.append(contentsOf: units.flags)
      let termBase = Int32(terms.count)
      termStarts.append(contentsOf: units.termEnds.lazy.map { termBase + $0 })
      terms.append(contentsOf: units.terms)
      let contextBase = Int32(contextTerms.count)
      contextStarts.append(contentsOf: units.contextEnds.lazy.map { contextBase + $0 })
      contextTerms.append(contentsOf: units.context)
      for (position, starts) in units.paragraphStarts.enumerated() {
        if starts || position == 0 { paragraphCount += 1 }
        unitParagraphs.append(paragraphCount - 1)
      }
      let nameBase = Int32(names.count)
      nameStarts.append(contentsOf: units.nameEnds.lazy.map { nameBase + $0 })
      names.append(contentsOf: units.names)
    }
    let unitCount = unitDocuments.count
    let termCount = vocabulary.count

    let (frequencies, postingStarts, postingUnits, postingFrequencies) = Self.postings(
      termStarts: termStarts, terms: terms, termCount: termCount)
    var contextCounts = [Int](repeating: 0, count: termCount + 1)
    for term in contextTerms { contextCounts[Int(term) + 1] += 1 }
    for term in 0..<termCount { contextCounts[term + 1] += contextCounts[term] }
    var contextCursor = Array(contextCounts.dropLast())
    var contextUnits = [Int32](repeating: 0, count: contextTerms.count)
    for unit in 0..<unitCount {
      for position in Int(contextStarts[unit])..<Int(contextStarts[unit + 1]) {
        let term = Int(contextTerms[position])
        contextUnits[contextCursor[term]] = Int32(unit)
        contextCursor[term] += 1
      }
    }

    // Document starts.
    var documentStarts = [Int32](repeating: 0, count: count + 1)
    for document in unitDocuments { documentStarts[Int(document) + 1] += 1 }
    for document in 0..<count { documentStarts[document + 1] += documentStarts[document] }

    self.init(
      vocabulary: vocabulary, unitDocuments: unitDocuments, unitFields: unitFields,
      unitFieldIndices: unitFieldIndices, unitRanges: unitRanges, unitFlags: unitFlags,
      unitParagraphs: unitParagraphs, nameStarts: nameStarts, names: names,
      termStarts: termStarts, terms: terms, contextStarts: contextStarts,
      contextTerms: contextTerms, postingStarts: postingStarts, postingUnits: postingUnits,
      postingFrequencies: postingFrequencies, contextPostingStarts: contextCounts,
      contextUnits: contextUnits, documentFrequencies: frequencies,
      documentStarts: documentStarts,
      canonicalDocuments: DocumentTwins.canonicalDocuments(
        DocumentTwins.Units(
          documentStarts: documentStarts, fields: unitFields, flags: unitFlags,
          paragraphs: unitParagraphs, termStarts: termStarts, terms: terms,
          nameStarts: nameStarts, names: names, contextStarts: contextStarts,
          contextTerms: contextTerms)))
  }

  /// The postings of every term, by counting sort.
  ///
  /// The units holding each term are counted, then the postings filled. Returns the document
  /// frequencies, the posting starts, and the postings' units and term frequencies.
  ///
  /// - Complexity: O(n + t) for n term occurrences and t terms.
  private static func postings(termStarts: [Int32], terms: [Int32], termCount: Int) -> (
    [Int32], [Int], [Int32], [Int32]
  ) {
    let unitCount = termStarts.count - 1
    var frequencies = [Int32](repeating: 0, count: termCount)
    var postingStarts = [Int](repeating: 0, count: termCount + 1)
    var postingUnits: [Int32] = []
    var postingFrequencies: [Int32] = []
    let lastSeen = UnsafeMutableBufferPointer<Int32>.allocate(capacity: termCount)
    defer { lastSeen.deallocate() }
    termStarts.withUnsafeBufferPointer { termStarts in
      terms.withUnsafeBufferPointer { terms in
        /// Calls `body(unit, term, first)` for every term occurrence, in order; `first` on
        /// the term's first occurrence in its unit.
        func scan(_ body: (Int32, Int, Bool) -> Void) {
          lastSeen.initialize(repeating: -1)
          for unit in 0..<unitCount {
            let unit32 = Int32(unit)
            for position in Int(termStarts[unit])..<Int(termStarts[unit + 1]) {
              let term = Int(terms[position])
              let first = lastSeen[term] != unit32
              if first { lastSeen[term] = unit32 }
              body(unit32, term, first)
            }
          }
        }
        frequencies.withUnsafeMutableBufferPointer { frequencies in
          scan { _, term, first in if first { frequencies[term] += 1 } }
        }
        for term in 0..<termCount {
          postingStarts[term + 1] = postingStarts[term] + Int(frequencies[term])
        }
        let postingCount = postingStarts[termCount]
        postingUnits = [Int32](repeating: 0, count: postingCount)
        postingFrequencies = [Int32](repeating: 0, count: postingCount)
        // cursor[t]: the slot after term t's last posting so far.
        var cursor = Array(postingStarts.dropLast())
        cursor.withUnsafeMutableBufferPointer { cursor in
          postingUnits.withUnsafeMutableBufferPointer { postingUnits in
            postingFrequencies.withUnsafeMutableBufferPointer { postingFrequencies in
              scan { unit, term, first in
                if first {
                  postingUnits[cursor[term]] = unit
                  cursor[term] += 1
                }
                postingFrequencies[cursor[term] - 1] += 1
              }
            }
          }
        }
      }
    }
    return (frequencies, postingStarts, postingUnits, postingFrequencies)
  }
}
