extension AnalyzedDocument {
  /// Buffers one worker reuses from document to document: a document's term ids, names and
  /// context gather here and are then copied out at their exact size (one allocation each
  /// per document, and no unused capacity held while the corpus is analyzed).
  internal struct Scratch {
    fileprivate var terms: [Int32] = []
    fileprivate var names: [Int32] = []
    fileprivate var context: [Int32] = []

    /// Empty buffers.
    internal init() {}
  }

  /// Splits and analyzes a document: its title, its key points (when `contents` holds
  /// ``Contents/keyPoints``) and its body sentences, in that order, each in one pass over
  /// its words (plus the summary's byte scans for cues and name density).
  ///
  /// - Parameters:
  ///   - document: the document.
  ///   - splitter: finds the sentences of the body.
  ///   - analyzer: turns words into term ids.
  ///   - contents: what to read beyond the terms.
  ///   - scratch: buffers reused across the documents one thread analyzes.
  internal init(
    _ document: Document, splitter: SentenceSplitter, analyzer: Analyzer, contents: Contents,
    scratch: inout Scratch
  ) {
    var body = document.body
    let ranges = splitter.sentences(in: body)
    let keyPoints = contents.contains(.keyPoints) ? document.keyPoints : []
    let titleCount = document.title == nil ? 0 : 1
    var units = UnitsBuilder(
      contents: contents, unitCount: titleCount + keyPoints.count + ranges.count,
      sentenceCount: ranges.count, scratch: &scratch)
    if let title = document.title { units.add(text: title, analyzer: analyzer) }
    // Key points carry names from the title, one to the next; the body from the title.
    let titleNames = units.carriedNames
    for point in keyPoints { units.add(text: point, analyzer: analyzer) }
    units.carriedNames = titleNames
    let summary = contents.contains(.summaryCues)
    let search = contents.contains(.searchCues)
    body.withUTF8 { bytes in
      var previousEnd = 0
      for (index, range) in ranges.enumerated() {
        let words: Int
        if search {
          var newlines = 0
          if index > 0 {
            for position in previousEnd..<range.lowerBound where bytes[position] == 0x0A {
              newlines += 1
            }
          }
          words = units.addSearched(
            bytes: bytes, range: range, opensParagraph: index == 0 || newlines >= 2,
            analyzer: analyzer)
        } else {
          words = units.addTerms(bytes: bytes, range: range, analyzer: analyzer)
        }
        if summary {
          units.sentenceWordCounts.append(words)
          units.sentenceCues.append(
            SentenceCues(bytes: bytes, range: range, language: analyzer.language))
          units.sentenceNameDensity.append(nameDensity(bytes: bytes, range: range))
        }
        previousEnd = range.upperBound
      }
    }
    self = units.finish(
      document: document, sentenceRanges: ranges, titleCount: titleCount,
      keyPointCount: keyPoints.count, scratch: &scratch)
  }
}

/// The units of one document as they are analyzed (see ``AnalyzedDocument``'s properties).
private struct UnitsBuilder {
  let contents: AnalyzedDocument.Contents
  var terms: [Int32] = []
  var termEnds: [Int32] = []
  var sentenceWordCounts: [Int] = []
  var sentenceCues: [SentenceCues] = []
  var sentenceNameDensity: [Double] = []
  var flags: [UnitFlags] = []
  var names: [Int32] = []
  var nameEnds: [Int32] = []
  var context: [Int32] = []
  var contextEnds: [Int32] = []
  var paragraphStarts: [Bool] = []
  /// The distinct names of the last unit that had any, carried into the next units (at most
  /// ``maximumNames``; search only).
  var carriedNames: [Int32] = []

  /// At most this many names are carried from one unit to the next.
  static let maximumNames = 8

  /// Empty units, with room for `unitCount` units, gathering ids in `scratch`'s buffers.
  init(
    contents: AnalyzedDocument.Contents, unitCount: Int, sentenceCount: Int,
    scratch: inout AnalyzedDocument.Scratch
  ) {
    self.contents = contents
    swap(&terms, &scratch.terms)
    swap(&names, &scratch.names)
    swap(&context, &scratch.context)
    terms.reserveCapacity(1024)
    termEnds.reserveCapacity(unitCount)
    if contents.contains(.summaryCues) {
      sentenceWordCounts.reserveCapacity(sentenceCount)
      sentenceCues.reserveCapacity(sentenceCount)
      sentenceNameDensity.reserveCapacity(sentenceCount)
    }
    if contents.contains(.searchCues) {
      flags.reserveCapacity(unitCount)
      nameEnds.reserveCapacity(unitCount)
      contextEnds.reserveCapacity(unitCount)
      paragraphStarts.reserveCapacity(unitCount)
    }
  }

  /// Adds a title or key point, a paragraph of its own.
  mutating func add(text: String, analyzer: Analyzer) {
    var copy = text
    copy.withUTF8 { bytes in
      if contents.contains(.searchCues) {
        _ = addSearched(
          bytes: bytes, range: 0..<bytes.count, opensParagraph: true, analyzer: analyzer)
      } else {
        _ = addTerms(bytes: bytes, range: 0..<bytes.count, analyzer: analyzer)
      }
    }
  }

  /// Adds a unit of terms only; returns its word count.
  mutating func addTerms(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, analyzer: Analyzer)
    -> Int
  {
    let words = analyzer.appendTermIDs(bytes: bytes, range: range, to: &terms)
    termEnds.append(Int32(terms.count))
    return words
  }

  /// Adds a unit with what a search reads; returns its word count.
  ///
  /// ``carriedNames`` holds the names carried from the units before; on return, this
  /// unit's. One pass over the unit's words gives its terms, its flags and its names (the
  /// term ids of its capitalized words).
  mutating func addSearched(
    bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, opensParagraph: Bool,
    analyzer: Analyzer
  ) -> Int {
    let start = terms.count
    let nameStart = names.count
    var words = 0
    var isFirst = true
    var opensWithPronoun = false
    var flag: UInt8 = 0
    var afterNumber = false
    let listedWords = ListedWords.of(analyzer.language)
    analyzer.forEachTermID(bytes: bytes, range: range) { id, word, wordRange in
      words += 1
      if id >= 0 { terms.append(id) }
      if isFirst {
        isFirst = false
        opensWithPronoun = listedWords.flag(word) & ListedWords.pronounMark != 0
      }
      let lead = bytes[wordRange.lowerBound]
      if lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") {
        if id >= 0 { names.append(id) }
        flag |= listedWords.flag(word) & UnitFlags.month.rawValue
      } else if lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9") {
        flag |= UnitFlags.number.rawValue
        flag |= UnitFlags.isYear(word) ? UnitFlags.year.rawValue : UnitFlags.quantity.rawValue
        if ListedWords.followsCurrencySign(bytes, at: wordRange.lowerBound, after: range.lowerBound)
        {
          flag |= UnitFlags.money.rawValue
        }
      } else {
        let listed = listedWords.flag(word)
        flag |= listed & (UnitFlags.quantity.rawValue | UnitFlags.money.rawValue)
        if listed & ListedWords.centuryMark != 0 && afterNumber {
          flag |= UnitFlags.year.rawValue
        }
      }
      afterNumber = lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9")
    }
    if opensWithPronoun {
      // The carried names are distinct already; keep those the unit does not hold itself.
      let contextStart = context.count
      for name in carriedNames where !terms[start...].contains(name) {
        if !context[contextStart...].contains(name) { context.append(name) }
      }
    }
    nameEnds.append(Int32(names.count))
    paragraphStarts.append(opensParagraph)
    if nameStart < names.count {
      // The first distinct names of the unit, then (after a pronoun) the names carried.
      var unique: [Int32] = []
      unique.reserveCapacity(Self.maximumNames)
      for name in names[nameStart...] where !unique.contains(name) {
        if unique.count == Self.maximumNames { break }
        unique.append(name)
      }
      if opensWithPronoun {
        for name in carriedNames where !unique.contains(name) {
          if unique.count == Self.maximumNames { break }
          unique.append(name)
        }
      }
      carriedNames = unique
    }
    flags.append(UnitFlags(rawValue: flag))
    termEnds.append(Int32(terms.count))
    contextEnds.append(Int32(context.count))
    return words
  }

  /// The analyzed document, its id lists copied out at their exact size; the buffers go
  /// back to `scratch`, emptied.
  mutating func finish(
    document: Document, sentenceRanges: [Range<Int>], titleCount: Int, keyPointCount: Int,
    scratch: inout AnalyzedDocument.Scratch
  ) -> AnalyzedDocument {
    let analyzed = AnalyzedDocument(
      document: document, sentenceRanges: sentenceRanges, titleCount: titleCount,
      keyPointCount: keyPointCount, terms: Self.exactCopy(terms), termEnds: termEnds,
      sentenceWordCounts: sentenceWordCounts, sentenceCues: sentenceCues,
      sentenceNameDensity: sentenceNameDensity, flags: flags, names: Self.exactCopy(names),
      nameEnds: nameEnds, context: Self.exactCopy(context), contextEnds: contextEnds,
      paragraphStarts: paragraphStarts)
    terms.removeAll(keepingCapacity: true)
    names.removeAll(keepingCapacity: true)
    context.removeAll(keepingCapacity: true)
    swap(&terms, &scratch.terms)
    swap(&names, &scratch.names)
    swap(&context, &scratch.context)
    return analyzed
  }

  /// A copy of `ids` in a buffer of its size (not `Array(ids)`, which would share the
  /// buffer and its spare capacity).
  private static func exactCopy(_ ids: [Int32]) -> [Int32] {
    [Int32](unsafeUninitializedCapacity: ids.count) { buffer, initialized in
      initialized = buffer.initialize(from: ids).1
    }
  }
}
