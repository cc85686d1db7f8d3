extension SentenceField {
  /// The field's code in a saved index.
  internal var code: UInt8 {
    switch self {
    case .body: return 0
    case .title: return 1
    case .keyPoint: return 2
    }
  }

  /// The field with a saved index's `code`, or nil.
  internal init?(code: UInt8) {
    switch code {
    case 0: self = .body
    case 1: self = .title
    case 2: self = .keyPoint
    default: return nil
    }
  }
}

extension SentenceIndex {
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
    try file.section("unitFlgs", unitFlags)
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
    try file.section("skipStrt", skipStarts)
    try file.section("skipDocs", skipDocuments)
    try file.section("skipOffs", skipOffsets)
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

  /// Checks every invariant the retriever relies on, so that a file that passed its
  /// checksums but lies (crafted, or written by a buggy build) cannot make it read out of
  /// bounds.
  ///
  /// - Complexity: O(n) in the size of the index.
  internal func validate(documents: [Document]) throws(IndexFileError) {
    func corrupt(_ what: String) -> IndexFileError {
      IndexFileError(reason: "corrupt: \(what)")
    }
    let unitCount = unitCount
    let termCount = vocabulary.count
    let documentCount = documents.count
    guard unitCount < Int(Int32.max), termCount < Int(Int32.max) else { throw corrupt("too large") }
    var starts = [Int32](repeating: 0, count: documentCount + 1)
    var previousDocument: Int32 = 0
    for document in unitDocuments {
      guard document >= previousDocument, Int(document) < documentCount else {
        throw corrupt("sentences out of document order")
      }
      previousDocument = document
      starts[Int(document) + 1] += 1
    }
    for document in 0..<documentCount { starts[document + 1] += starts[document] }
    guard starts == documentStarts else { throw corrupt("document starts disagree") }
    var nextParagraph: Int32 = 0
    var nextBodyIndex = 0
    for unit in 0..<unitCount {
      let document = documents[Int(unitDocuments[unit])]
      if unit == 0 || unitDocuments[unit] != unitDocuments[unit - 1] { nextBodyIndex = 0 }
      let fieldIndex = Int(unitFieldIndices[unit])
      let range = unitRanges[unit]
      let fits: Bool
      switch unitFields[unit] {
      case .title: fits = document.title != nil && fieldIndex == 0
      case .keyPoint: fits = fieldIndex >= 0 && fieldIndex < document.keyPoints.count
      case .body:
        fits = fieldIndex == nextBodyIndex && range.upperBound <= document.body.utf8.count
        nextBodyIndex += 1
      }
      guard fits else { throw corrupt("sentence \(unit) is outside its document") }
      // Paragraphs are numbered from 0 without gaps.
      let paragraph = unitParagraphs[unit]
      guard paragraph == nextParagraph || (unit > 0 && paragraph == nextParagraph - 1) else {
        throw corrupt("paragraph numbers")
      }
      nextParagraph = paragraph + 1
    }
    try Self.checkStarts(nameStarts.map(Int.init), total: names.count, name: "names")
    try Self.checkStarts(termStarts.map(Int.init), total: terms.count, name: "terms")
    try Self.checkStarts(contextStarts.map(Int.init), total: contextTerms.count, name: "context")
    for list in [names, terms, contextTerms] {
      guard list.allSatisfy({ $0 >= 0 && Int($0) < termCount }) else {
        throw corrupt("term id out of range")
      }
    }
    try Self.checkStarts(postingStarts, total: postingUnits.count, name: "postings")
    try Self.checkStarts(contextPostingStarts, total: contextUnits.count, name: "context postings")
    try Self.checkStarts(skipStarts, total: skipDocuments.count, name: "skip lists")
    for term in 0..<termCount {
      let postings = postingStarts[term]..<postingStarts[term + 1]
      guard Int(documentFrequencies[term]) == postings.count else {
        throw corrupt("document frequency of term \(term)")
      }
      try Self.checkIncreasing(postingUnits, postings, below: unitCount, strictly: true)
      for posting in postings {
        let frequency = Int(postingFrequencies[posting])
        guard frequency > 0, frequency <= length(of: Int(postingUnits[posting])) else {
          throw corrupt("term frequency of term \(term)")
        }
      }
      try Self.checkIncreasing(
        contextUnits, contextPostingStarts[term]..<contextPostingStarts[term + 1],
        below: unitCount, strictly: false)
      let skips = skipStarts[term]..<skipStarts[term + 1]
      try Self.checkIncreasing(skipDocuments, skips, below: documentCount, strictly: true)
      var previousOffset = -1
      for entry in skips {
        let offset = Int(skipOffsets[entry])
        guard offset > previousOffset, offset < postings.count else {
          throw corrupt("skip list of term \(term)")
        }
        previousOffset = offset
      }
    }
  }

  /// Checks that `starts` opens at 0, never decreases and closes at `total`.
  private static func checkStarts(_ starts: [Int], total: Int, name: String) throws(IndexFileError)
  {
    guard let first = starts.first, first == 0, starts.last == total else {
      throw IndexFileError(reason: "corrupt: \(name) offsets")
    }
    for index in 1..<starts.count where starts[index] < starts[index - 1] {
      throw IndexFileError(reason: "corrupt: \(name) offsets")
    }
  }

  /// Checks that `values[range]` increase and lie in `0..<bound`.
  private static func checkIncreasing(
    _ values: [Int32], _ range: Range<Int>, below bound: Int, strictly: Bool
  ) throws(IndexFileError) {
    var previous: Int32 = -1
    for index in range {
      let value = values[index]
      guard value >= 0, Int(value) < bound, strictly ? value > previous : value >= previous else {
        throw IndexFileError(reason: "corrupt: postings out of order or range")
      }
      previous = value
    }
  }
}
