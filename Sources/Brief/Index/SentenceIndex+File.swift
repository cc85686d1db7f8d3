import Dispatch

extension SentenceIndex {
  /// Reads the index arrays in the order ``write(to:)`` writes them, for `documentCount` documents.
  ///
  /// It reads up to the end of the file, whose checksums it verifies. Sizes are checked as they are
  /// read; ``validate(documents:)`` checks the rest.
  internal convenience init(reading file: inout IndexFileReader, documentCount: Int)
    throws(IndexFileError)
  {
    let termOffsets = try file.section("vocabOff", of: Int.self)
    let termBytes = try file.section("vocabTxt", of: UInt8.self)
    let termCount = termOffsets.count - 1
    guard termCount >= 0 else { throw IndexFileError(reason: "corrupt: vocabulary offsets") }
    let unitDocuments = try file.section("unitDocs", of: Int32.self)
    let unitCount = unitDocuments.count
    let fieldCodes = try file.section("unitFlds", of: UInt8.self, count: unitCount)
    let unitFieldIndices = try file.section("unitFIdx", of: Int32.self, count: unitCount)
    let lowers = try file.section("unitLows", of: Int.self, count: unitCount)
    let uppers = try file.section("unitUpps", of: Int.self, count: unitCount)
    let flagBytes = try file.section("unitFlgs", of: UInt8.self, count: unitCount)
    let unitParagraphs = try file.section("unitPars", of: Int32.self, count: unitCount)
    let nameStarts = try file.section("nameStrt", of: Int32.self, count: unitCount + 1)
    let names = try file.section("names", of: Int32.self)
    let termStarts = try file.section("termStrt", of: Int32.self, count: unitCount + 1)
    let terms = try file.section("terms", of: Int32.self)
    let contextStarts = try file.section("ctxStrt", of: Int32.self, count: unitCount + 1)
    let contextTerms = try file.section("ctxTerms", of: Int32.self)
    let postingStarts = try file.section("postStrt", of: Int.self, count: termCount + 1)
    let postingUnits = try file.section("postUnit", of: Int32.self)
    let postingFrequencies = try file.section(
      "postFreq", of: Int32.self, count: postingUnits.count)
    let contextPostingStarts = try file.section("ctxPStrt", of: Int.self, count: termCount + 1)
    let contextUnits = try file.section("ctxUnits", of: Int32.self, count: contextTerms.count)
    let documentFrequencies = try file.section("docFreqs", of: Int32.self, count: termCount)
    let documentStarts = try file.section("docStrt", of: Int32.self, count: documentCount + 1)
    let canonicalDocuments = try file.section("docCanon", of: Int32.self, count: documentCount)
    try file.finish()

    let vocabulary = try Self.vocabulary(offsets: termOffsets, bytes: termBytes)
    let unitFields = try fieldCodes.map { code throws(IndexFileError) in
      guard let field = SentenceField(code: code) else {
        throw IndexFileError(reason: "corrupt: unknown sentence field \(code)")
      }
      return field
    }
    let unitRanges = try zip(lowers, uppers).map { pair throws(IndexFileError) in
      guard 0 <= pair.0, pair.0 <= pair.1 else {
        throw IndexFileError(reason: "corrupt: bad sentence range")
      }
      return pair.0..<pair.1
    }
    self.init(
      vocabulary: vocabulary, unitDocuments: unitDocuments, unitFields: unitFields,
      unitFieldIndices: unitFieldIndices, unitRanges: unitRanges,
      unitFlags: flagBytes.map(UnitFlags.init(rawValue:)), unitParagraphs: unitParagraphs,
      nameStarts: nameStarts, names: names, termStarts: termStarts, terms: terms,
      contextStarts: contextStarts, contextTerms: contextTerms, postingStarts: postingStarts,
      postingUnits: postingUnits, postingFrequencies: postingFrequencies,
      contextPostingStarts: contextPostingStarts, contextUnits: contextUnits,
      documentFrequencies: documentFrequencies, documentStarts: documentStarts,
      canonicalDocuments: canonicalDocuments)
  }

  /// Writes the index arrays, in the order ``init(reading:documentCount:)`` reads them.
  internal func write(to file: inout IndexFileWriter) throws(IndexFileError) {
    var offsets = [0]
    var bytes: [UInt8] = []
    for term in vocabulary.terms {
      bytes += term.utf8
      offsets.append(bytes.count)
    }
    try file.section("vocabOff", offsets)
    try file.section("vocabTxt", bytes)
    try file.section("unitDocs", unitDocuments)
    try file.section("unitFlds", unitFields.map(\.code))
    try file.section("unitFIdx", unitFieldIndices)
    try file.section("unitLows", unitRanges.map(\.lowerBound))
    try file.section("unitUpps", unitRanges.map(\.upperBound))
    try file.section("unitFlgs", unitFlags.map(\.rawValue))
    try file.section("unitPars", unitParagraphs)
    try file.section("nameStrt", nameStarts)
    try file.section("names", names)
    try file.section("termStrt", termStarts)
    try file.section("terms", terms)
    try file.section("ctxStrt", contextStarts)
    try file.section("ctxTerms", contextTerms)
    try file.section("postStrt", postingStarts)
    try file.section("postUnit", postingUnits)
    try file.section("postFreq", postingFrequencies)
    try file.section("ctxPStrt", contextPostingStarts)
    try file.section("ctxUnits", contextUnits)
    try file.section("docFreqs", documentFrequencies)
    try file.section("docStrt", documentStarts)
    try file.section("docCanon", canonicalDocuments)
  }

  /// A vocabulary from the concatenated UTF-8 of its terms and their end offsets.
  internal static func vocabulary(offsets: [Int], bytes: [UInt8]) throws(IndexFileError)
    -> Vocabulary
  {
    try checkStarts(offsets, total: bytes.count, name: "vocabulary")
    var vocabulary = Vocabulary()
    for index in 0..<(offsets.count - 1) {
      guard
        let term = String(validating: bytes[offsets[index]..<offsets[index + 1]], as: UTF8.self),
        vocabulary.intern(term) == Int32(index)
      else { throw IndexFileError(reason: "corrupt: bad or repeated term \(index)") }
    }
    return vocabulary
  }

  /// Checks every invariant the retriever relies on.
  ///
  /// A file that passed its checksums but lies (crafted, or written by a buggy build) then cannot
  /// make the retriever read out of bounds. The checks run on all cores.
  ///
  /// - Complexity: O(n) in the size of the index.
  internal func validate(documents: [Document]) throws(IndexFileError) {
    let unitCount = unitCount
    let termCount = vocabulary.count
    guard unitCount < Int(Int32.max), termCount < Int(Int32.max) else {
      throw IndexFileError(reason: "corrupt: too large")
    }
    try Self.checkStarts(nameStarts, total: names.count, name: "names")
    try Self.checkStarts(termStarts, total: terms.count, name: "terms")
    try Self.checkStarts(contextStarts, total: contextTerms.count, name: "context")
    try Self.checkStarts(postingStarts, total: postingUnits.count, name: "postings")
    try Self.checkStarts(contextPostingStarts, total: contextUnits.count, name: "context postings")
    let shapes = documents.map { document in
      DocumentShape(
        hasTitle: document.title != nil, keyPoints: document.keyPoints.count,
        bodyBytes: document.body.utf8.count)
    }
    var checks: [@Sendable () -> String?] = [
      { self.unitProblem(shapes) },
      { self.twinProblem() },
      { self.termIDProblem(self.names[...]) },
      { self.termIDProblem(self.contextTerms[...]) },
    ]
    let termChunk = 1 << 16
    for start in stride(from: 0, to: terms.count, by: termChunk) {
      let slice = start..<min(terms.count, start + termChunk)
      checks.append { self.termIDProblem(self.terms[slice]) }
    }
    let postingChunk = 1 << 10
    for start in stride(from: 0, to: termCount, by: postingChunk) {
      let slice = start..<min(termCount, start + postingChunk)
      checks.append { self.postingProblem(terms: slice) }
    }
    let problems = SlotArray<String>(count: checks.count)
    let work = checks
    DispatchQueue.concurrentPerform(iterations: work.count) { index in
      problems[index] = work[index]()
    }
    for index in 0..<work.count {
      if let problem = problems[index] { throw IndexFileError(reason: "corrupt: \(problem)") }
    }
  }

  /// Checks that every document's canonical document comes first, is its own canonical
  /// document, and has as many units (its scores are carried over unit by unit).
  private func twinProblem() -> String? {
    let documentCount = documentStarts.count - 1
    guard canonicalDocuments.count == documentCount else { return "twins of other documents" }
    for (document, first) in canonicalDocuments.enumerated() where Int(first) != document {
      guard first >= 0, Int(first) < document, canonicalDocuments[Int(first)] == first,
        documentStarts[document + 1] - documentStarts[document]
          == documentStarts[Int(first) + 1] - documentStarts[Int(first)]
      else { return "twins of document \(document)" }
    }
    return nil
  }

  /// What the validation needs to know of a document.
  private struct DocumentShape: Sendable {
    var hasTitle: Bool
    var keyPoints: Int
    var bodyBytes: Int
  }

  /// Checks units against their documents, and paragraph numbering.
  private func unitProblem(_ documents: [DocumentShape]) -> String? {
    var starts = [Int32](repeating: 0, count: documents.count + 1)
    var previousDocument: Int32 = 0
    var nextParagraph: Int32 = 0
    var nextBodyIndex = 0
    for unit in 0..<unitCount {
      let documentIndex = unitDocuments[unit]
      guard documentIndex >= previousDocument, Int(documentIndex) < documents.count else {
        return "sentences out of document order"
      }
      if unit == 0 || documentIndex != previousDocument { nextBodyIndex = 0 }
      previousDocument = documentIndex
      starts[Int(documentIndex) + 1] += 1
      let document = documents[Int(documentIndex)]
      let fieldIndex = Int(unitFieldIndices[unit])
      let fits: Bool
      switch unitFields[unit] {
      case .title: fits = document.hasTitle && fieldIndex == 0
      case .keyPoint: fits = fieldIndex >= 0 && fieldIndex < document.keyPoints
      case .body:
        fits = fieldIndex == nextBodyIndex && unitRanges[unit].upperBound <= document.bodyBytes
        nextBodyIndex += 1
      }
      guard fits else { return "sentence \(unit) is outside its document" }
      // Paragraphs are numbered from 0 without gaps.
      let paragraph = unitParagraphs[unit]
      guard paragraph == nextParagraph || (unit > 0 && paragraph == nextParagraph - 1) else {
        return "paragraph numbers"
      }
      nextParagraph = paragraph + 1
    }
    for document in 0..<documents.count { starts[document + 1] += starts[document] }
    return starts == documentStarts ? nil : "document starts disagree"
  }

  /// Checks that term ids are in the vocabulary.
  private func termIDProblem(_ ids: ArraySlice<Int32>) -> String? {
    let count = Int32(vocabulary.count)
    return ids.allSatisfy { $0 >= 0 && $0 < count } ? nil : "term id out of range"
  }

  /// Checks the postings and context postings of `terms`.
  private func postingProblem(terms: Range<Int>) -> String? {
    for term in terms {
      let postings = postingStarts[term]..<postingStarts[term + 1]
      guard Int(documentFrequencies[term]) == postings.count else {
        return "document frequency of term \(term)"
      }
      guard Self.increases(postingUnits, postings, below: unitCount, strictly: true),
        Self.increases(
          contextUnits, contextPostingStarts[term]..<contextPostingStarts[term + 1],
          below: unitCount, strictly: false)
      else { return "postings of term \(term) out of order or range" }
      for posting in postings where postingFrequencies[posting] <= 0 {
        return "term frequency of term \(term)"
      }
    }
    return nil
  }

  /// Checks that `starts` opens at 0, never decreases and closes at `total`.
  private static func checkStarts<Offset: BinaryInteger>(
    _ starts: [Offset], total: Int, name: String
  ) throws(IndexFileError) {
    guard let first = starts.first, first == 0, let last = starts.last, Int(last) == total else {
      throw IndexFileError(reason: "corrupt: \(name) offsets")
    }
    for index in 1..<starts.count where starts[index] < starts[index - 1] {
      throw IndexFileError(reason: "corrupt: \(name) offsets")
    }
  }

  /// Whether `values[range]` increase and lie in `0..<bound`.
  private static func increases(
    _ values: [Int32], _ range: Range<Int>, below bound: Int, strictly: Bool
  ) -> Bool {
    var previous: Int32 = -1
    for index in range {
      let value = values[index]
      guard value >= 0, Int(value) < bound, strictly ? value > previous : value >= previous else {
        return false
      }
      previous = value
    }
    return true
  }
}
