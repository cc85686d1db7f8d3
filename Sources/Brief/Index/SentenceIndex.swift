import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An inverted index over the searchable sentences ("units") of a corpus: every body
/// sentence, every title and every key point, each marked by its field.
///
/// Everything is kept in contiguous arrays of ids: the terms of each unit (for re-ranking
/// and explanations), the postings of each term (unit, term frequency), and the context
/// postings: the names a unit that opens with a pronoun borrows from the unit before it.
/// The index is built once, on all cores, and never changes.
internal final class SentenceIndex: Sendable {
  /// Per-unit flags read by the answer-type feature.
  internal enum Flag {
    /// The unit holds a number (a word that opens with a digit).
    static let number: UInt8 = 1
    /// The unit holds a year-like number (4 digits, 1000–2099), a decade ("1960s") or a
    /// century ("18th century").
    static let year: UInt8 = 2
    /// The unit names a month.
    static let month: UInt8 = 4
    /// The unit holds a quantity: a number that is not year-like, or a number spelled out
    /// ("two", "thousand", "half"; not "one", more often a pronoun).
    static let quantity: UInt8 = 8
    /// The unit holds a sum of money: a number right after a currency sign ("$4.2m", "£20")
    /// or a currency's name ("dollars").
    static let money: UInt8 = 16

    /// The numbers spelled out that mark a quantity (English and Spanish, at most 9 bytes).
    static let numberWords = [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
      "billions", "trillion", "dozen", "dozens", "half", "quarter", "twice", "double", "triple",
      "percent", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "cien", "ciento", "cientos", "mil", "millones", "docena", "mitad", "doble",
    ]

    /// Whether a word that opens with a digit names a year (4 digits, 1000–2099) or a decade
    /// ("1960s").
    static func isYear(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
      let digits =
        word.count == 5 && word[4] == UInt8(ascii: "s") && word[3] == UInt8(ascii: "0")
        ? 4 : word.count
      guard digits == 4, word[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        return false
      }
      return word[0] == UInt8(ascii: "1")
        || (word[0] == UInt8(ascii: "2") && word[1] == UInt8(ascii: "0"))
    }
  }

  /// The terms (stems) of the whole corpus.
  internal let vocabulary: Vocabulary
  /// The document (index into the corpus) of each unit.
  internal let unitDocuments: [Int32]
  /// The field of each unit.
  internal let unitFields: [SentenceField]
  /// The index of each unit within its field.
  internal let unitFieldIndices: [Int32]
  /// The UTF-8 byte range of each body unit within its document's body (empty otherwise).
  internal let unitRanges: [Range<Int>]
  /// ``Flag`` bits of each unit.
  internal let unitFlags: [UInt8]
  /// The paragraph of each unit, numbered over the corpus (a title or key point is a
  /// paragraph of its own; body paragraphs are separated by blank lines).
  internal let unitParagraphs: [Int32]
  /// The number of paragraphs.
  internal let paragraphCount: Int
  /// Unit `u`'s names (capitalized words) are `names[nameStarts[u]..<nameStarts[u + 1]]`.
  internal let nameStarts: [Int32]
  internal let names: [Int32]
  /// Unit `u`'s term ids are `terms[termStarts[u]..<termStarts[u + 1]]`.
  internal let termStarts: [Int32]
  internal let terms: [Int32]
  /// Unit `u`'s context term ids are `contextTerms[contextStarts[u]..<contextStarts[u + 1]]`.
  internal let contextStarts: [Int32]
  internal let contextTerms: [Int32]
  /// Term `t`'s postings are `postingUnits/postingFrequencies[postingStarts[t]..<postingStarts[t + 1]]`.
  internal let postingStarts: [Int]
  internal let postingUnits: [Int32]
  internal let postingFrequencies: [Int32]
  /// Term `t`'s context postings are `contextUnits[contextPostingStarts[t]..<...[t + 1]]`.
  internal let contextPostingStarts: [Int]
  internal let contextUnits: [Int32]
  /// The number of units holding each term in their own text.
  internal let documentFrequencies: [Int32]
  /// Document `d`'s units are `documentStarts[d]..<documentStarts[d + 1]`.
  internal let documentStarts: [Int32]
  /// The first document with the same units as each document (itself for most; see
  /// ``DocumentTwins``): a search scores only those and carries scores over to the copies.
  internal let canonicalDocuments: [Int32]
  /// The mean unit length in terms.
  internal let averageLength: Double

  /// The number of units.
  internal var unitCount: Int { unitDocuments.count }

  /// The postings of every term by counting sort: count the units holding each term, then
  /// fill. Returns the document frequencies, the posting starts, and the postings' units and
  /// term frequencies.
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

  /// The length of unit `u` in terms.
  internal func length(of unit: Int) -> Int { Int(termStarts[unit + 1] - termStarts[unit]) }

  /// Reads the index arrays in the order ``write(to:)`` writes them, for `documentCount`
  /// documents, up to the end of the file, whose checksums it verifies. Sizes are checked
  /// as they are read; ``validate(documents:)`` checks the rest.
  internal init(reading file: inout IndexFileReader, documentCount: Int) throws(IndexFileError) {
    let termOffsets = try file.section("vocabOff", of: Int.self)
    let termBytes = try file.section("vocabTxt", of: UInt8.self)
    let termCount = termOffsets.count - 1
    guard termCount >= 0 else { throw IndexFileError(reason: "corrupt: vocabulary offsets") }
    unitDocuments = try file.section("unitDocs", of: Int32.self)
    let unitCount = unitDocuments.count
    let fieldCodes = try file.section("unitFlds", of: UInt8.self, count: unitCount)
    unitFieldIndices = try file.section("unitFIdx", of: Int32.self, count: unitCount)
    let lowers = try file.section("unitLows", of: Int.self, count: unitCount)
    let uppers = try file.section("unitUpps", of: Int.self, count: unitCount)
    unitFlags = try file.section("unitFlgs", of: UInt8.self, count: unitCount)
    unitParagraphs = try file.section("unitPars", of: Int32.self, count: unitCount)
    nameStarts = try file.section("nameStrt", of: Int32.self, count: unitCount + 1)
    names = try file.section("names", of: Int32.self)
    termStarts = try file.section("termStrt", of: Int32.self, count: unitCount + 1)
    terms = try file.section("terms", of: Int32.self)
    contextStarts = try file.section("ctxStrt", of: Int32.self, count: unitCount + 1)
    contextTerms = try file.section("ctxTerms", of: Int32.self)
    postingStarts = try file.section("postStrt", of: Int.self, count: termCount + 1)
    postingUnits = try file.section("postUnit", of: Int32.self)
    postingFrequencies = try file.section("postFreq", of: Int32.self, count: postingUnits.count)
    contextPostingStarts = try file.section("ctxPStrt", of: Int.self, count: termCount + 1)
    contextUnits = try file.section("ctxUnits", of: Int32.self, count: contextTerms.count)
    documentFrequencies = try file.section("docFreqs", of: Int32.self, count: termCount)
    documentStarts = try file.section("docStrt", of: Int32.self, count: documentCount + 1)
    canonicalDocuments = try file.section("docCanon", of: Int32.self, count: documentCount)
    try file.finish()

    vocabulary = try Self.vocabulary(offsets: termOffsets, bytes: termBytes)
    unitFields = try fieldCodes.map { code throws(IndexFileError) in
      guard let field = SentenceField(code: code) else {
        throw IndexFileError(reason: "corrupt: unknown sentence field \(code)")
      }
      return field
    }
    unitRanges = try zip(lowers, uppers).map { pair throws(IndexFileError) in
      guard 0 <= pair.0, pair.0 <= pair.1 else {
        throw IndexFileError(reason: "corrupt: bad sentence range")
      }
      return pair.0..<pair.1
    }
    paragraphCount = Int(unitParagraphs.last.map { $0 + 1 } ?? 0)
    averageLength = unitCount == 0 ? 0 : Double(terms.count) / Double(unitCount)
  }

  /// Splits, analyzes and indexes `documents` on all cores.
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(n) in the corpus length.
  internal init(documents: [Document], language: Language) throws(BriefError) {
    let count = documents.count
    let splitter = SentenceSplitter(language: language)
    let workerCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    var analyzers: [Analyzer] = []
    for _ in 0..<workerCount { analyzers.append(try Analyzer(language: language)) }
    let slots = SlotArray<(_DocumentUnits, Int)>(count: count)
    if count > 0 {
      WorkerPool(analyzers: analyzers).run(count: count) { index, worker, analyzer in
        slots[index] = (
          _DocumentUnits(documents[index], splitter: splitter, analyzer: analyzer), worker
        )
      }
    }

    // Merge: worker-local term ids → corpus ids, by term text.
    var vocabulary = Vocabulary()
    let remaps = analyzers.map { analyzer in analyzer.vocabulary.terms.map { vocabulary.intern($0) }
    }
    // Exact capacities first: no array outgrows its final size while the units are held.
    var totalUnits = 0
    var totalTerms = 0
    var totalContext = 0
    var totalNames = 0
    for index in 0..<count {
      guard let (units, _) = slots[index] else { continue }
      totalUnits += units.fields.count
      totalTerms += units.terms.count
      totalContext += units.context.count
      totalNames += units.names.count
    }
    var unitDocuments: [Int32] = []
    var unitFields: [SentenceField] = []
    var unitFieldIndices: [Int32] = []
    var unitRanges: [Range<Int>] = []
    var unitFlags: [UInt8] = []
    var termStarts: [Int32] = [0]
    var terms: [Int32] = []
    var contextStarts: [Int32] = [0]
    var contextTerms: [Int32] = []
    var unitParagraphs: [Int32] = []
    var paragraphCount: Int32 = 0
    var nameStarts: [Int32] = [0]
    var names: [Int32] = []
    unitDocuments.reserveCapacity(totalUnits)
    unitFields.reserveCapacity(totalUnits)
    unitFieldIndices.reserveCapacity(totalUnits)
    unitRanges.reserveCapacity(totalUnits)
    unitFlags.reserveCapacity(totalUnits)
    termStarts.reserveCapacity(totalUnits + 1)
    contextStarts.reserveCapacity(totalUnits + 1)
    unitParagraphs.reserveCapacity(totalUnits)
    nameStarts.reserveCapacity(totalUnits + 1)
    terms.reserveCapacity(totalTerms)
    contextTerms.reserveCapacity(totalContext)
    names.reserveCapacity(totalNames)
    for index in 0..<count {
      guard let (units, worker) = slots[index] else { continue }
      slots[index] = nil  // Free each document's units once merged.
      // Hand the freed units' pages back as the merged arrays fill up, so that the
      // analyzed corpus is not held twice at the peak.
      if index % 256 == 255 { _releaseFreedMemory() }
      remaps[worker].withUnsafeBufferPointer { remap in
        unitDocuments.append(contentsOf: repeatElement(Int32(index), count: units.fields.count))
        unitFields.append(contentsOf: units.fields)
        unitFieldIndices.append(contentsOf: units.fieldIndices)
        unitRanges.append(contentsOf: units.ranges)
        unitFlags.append(contentsOf: units.flags)
        let termBase = Int32(terms.count)
        termStarts.append(contentsOf: units.termEnds.lazy.map { termBase + $0 })
        terms.append(contentsOf: units.terms.lazy.map { remap[Int($0)] })
        let contextBase = Int32(contextTerms.count)
        contextStarts.append(contentsOf: units.contextEnds.lazy.map { contextBase + $0 })
        contextTerms.append(contentsOf: units.context.lazy.map { remap[Int($0)] })
        for (position, starts) in units.startsParagraph.enumerated() {
          if starts || position == 0 { paragraphCount += 1 }
          unitParagraphs.append(paragraphCount - 1)
        }
        let nameBase = Int32(names.count)
        nameStarts.append(contentsOf: units.nameEnds.lazy.map { nameBase + $0 })
        names.append(contentsOf: units.names.lazy.map { remap[Int($0)] })
      }
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

    self.documentStarts = documentStarts
    self.vocabulary = vocabulary
    self.unitDocuments = unitDocuments
    self.unitFields = unitFields
    self.unitFieldIndices = unitFieldIndices
    self.unitRanges = unitRanges
    self.unitFlags = unitFlags
    self.unitParagraphs = unitParagraphs
    self.paragraphCount = Int(paragraphCount)
    self.nameStarts = nameStarts
    self.names = names
    self.termStarts = termStarts
    self.terms = terms
    self.contextStarts = contextStarts
    self.contextTerms = contextTerms
    self.postingStarts = postingStarts
    self.postingUnits = postingUnits
    self.postingFrequencies = postingFrequencies
    self.contextPostingStarts = contextCounts
    self.contextUnits = contextUnits
    self.documentFrequencies = frequencies
    self.averageLength = unitCount == 0 ? 0 : Double(terms.count) / Double(unitCount)
    self.canonicalDocuments = DocumentTwins.canonicalDocuments(
      DocumentTwins.Units(
        documentStarts: documentStarts, fields: unitFields, flags: unitFlags,
        paragraphs: unitParagraphs, termStarts: termStarts, terms: terms,
        nameStarts: nameStarts, names: names, contextStarts: contextStarts,
        contextTerms: contextTerms))
  }
}

/// The units of one document, analyzed with one worker's analyzer (its term ids).
internal struct _DocumentUnits: Sendable {
  internal var fields: [SentenceField] = []
  internal var fieldIndices: [Int32] = []
  internal var ranges: [Range<Int>] = []
  internal var flags: [UInt8] = []
  internal var terms: [Int32] = []
  /// End offset of each unit's terms in `terms`.
  internal var termEnds: [Int32] = []
  internal var context: [Int32] = []
  /// End offset of each unit's context terms in `context`.
  internal var contextEnds: [Int32] = []
  /// Whether each unit opens a paragraph.
  internal var startsParagraph: [Bool] = []
  /// The capitalized words of each unit (term ids), ending at `nameEnds`.
  internal var names: [Int32] = []
  internal var nameEnds: [Int32] = []

  /// Words that, opening a sentence, refer to someone or something named before.
  private static let pronouns = [
    "he", "she", "they", "it", "his", "her", "their", "its", "him", "them",
    "él", "ella", "ellos", "ellas", "su", "sus",
  ]

  /// Month names, which mark a date.
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  ]

  /// Currencies' names, which mark a sum of money.
  private static let currencies = [
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "franc", "francs", "yen", "dólar",
    "dólares", "libra", "libras",
  ]

  /// Stands for a pronoun in ``listedWords`` (not a unit flag).
  private static let pronounMark: UInt8 = 0x40
  /// Stands for "century", which marks a date after a number ("18th century").
  private static let centuryMark: UInt8 = 0x80

  /// The listed words (normalized, as the tokenizer gives them) and what each marks:
  /// numbers spelled out a quantity, currencies' names money, month names a month,
  /// "century" ``centuryMark``, pronouns ``pronounMark``; keyed by ``key(_:)``. The one
  /// table every word list of a unit is looked up in.
  private static let listedWords: [Int: [(word: [UInt8], flag: UInt8)]] = {
    var listed: [Int: [(word: [UInt8], flag: UInt8)]] = [:]
    let lists = [
      (SentenceIndex.Flag.numberWords, SentenceIndex.Flag.quantity),
      (currencies, SentenceIndex.Flag.money), (months, SentenceIndex.Flag.month),
      (["century", "centuries"], centuryMark), (pronouns, pronounMark),
    ]
    for (words, flag) in lists {
      for word in words {
        let bytes = Array(word.utf8)
        let key = bytes.withUnsafeBufferPointer { Self.key($0) }
        if let same = listed[key]?.firstIndex(where: { $0.word == bytes }) {
          listed[key]![same].flag |= flag
        } else {
          listed[key, default: []].append((bytes, flag))
        }
      }
    }
    return listed
  }()

  /// Whether some listed word has the key: most words are turned down by this one look.
  private static let listedKeys: [Bool] = {
    var keys = [Bool](repeating: false, count: 1 << 14)
    for key in listedWords.keys { keys[key] = true }
    return keys
  }()

  /// A word's length, first and last byte in 14 bits.
  private static func key(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    (word.count & 15) << 10 | Int(word[0] & 31) << 5 | Int(word[word.count - 1] & 31)
  }

  /// The flag `word` gives when it is listed in ``listedWords``, else 0.
  private static func listedFlag(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
    guard word.count >= 2 && word.count < 16 else { return 0 }
    let key = key(word)
    guard listedKeys[key], let entries = listedWords[key] else { return 0 }
    for entry in entries {
      let equal = entry.word.withUnsafeBufferPointer { entry in
        memcmp(entry.baseAddress!, word.baseAddress!, word.count) == 0
      }
      if equal { return entry.flag }
    }
    return 0
  }

  /// Whether a currency sign ($, £, €, ¥) comes right before `position`, at or after
  /// `start`.
  private static func followsCurrencySign(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, after start: Int
  ) -> Bool {
    if position - 1 >= start && bytes[position - 1] == UInt8(ascii: "$") { return true }
    // £ and ¥ are C2 A3 and C2 A5 in UTF-8, € is E2 82 AC.
    if position - 2 >= start && bytes[position - 2] == 0xC2
      && (bytes[position - 1] == 0xA3 || bytes[position - 1] == 0xA5)
    {
      return true
    }
    return position - 3 >= start && bytes[position - 3] == 0xE2 && bytes[position - 2] == 0x82
      && bytes[position - 1] == 0xAC
  }

  /// At most this many names are carried from one sentence to the next.
  private static let maximumNames = 8

  /// Splits and analyzes a document's title, key points and body sentences, in that order.
  internal init(_ document: Document, splitter: SentenceSplitter, analyzer: Analyzer) {
    var names: [Int32] = []
    if let title = document.title {
      add(text: title, field: .title, index: 0, analyzer: analyzer, names: &names)
    }
    let titleNames = names
    for (index, point) in document.keyPoints.enumerated() {
      add(text: point, field: .keyPoint, index: index, analyzer: analyzer, names: &names)
    }
    names = titleNames
    var body = document.body
    let ranges = splitter.sentences(in: body)
    body.withUTF8 { bytes in
      for (index, range) in ranges.enumerated() {
        add(
          bytes: bytes, range: range, field: .body, index: index, analyzer: analyzer, names: &names)
      }
    }
  }

  private mutating func add(
    text: String, field: SentenceField, index: Int, analyzer: Analyzer, names: inout [Int32]
  ) {
    var copy = text
    copy.withUTF8 { bytes in
      add(
        bytes: bytes, range: 0..<bytes.count, field: field, index: index, analyzer: analyzer,
        names: &names)
    }
    ranges[ranges.count - 1] = 0..<0
    startsParagraph[startsParagraph.count - 1] = true
  }

  /// Adds one unit.
  ///
  /// `names` holds the names of the unit before; on return, this unit's. One pass over the
  /// unit's words gives its terms, its flags and its names (the term ids of its capitalized
  /// words).
  private mutating func add(
    bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, field: SentenceField, index: Int,
    analyzer: Analyzer, names: inout [Int32]
  ) {
    let start = terms.count
    let nameStart = self.names.count
    var isFirst = true
    var opensWithPronoun = false
    var flag: UInt8 = 0
    var afterNumber = false
    analyzer.forEachTermID(bytes: bytes, range: range) { id, word, wordRange in
      if id >= 0 { terms.append(id) }
      if isFirst {
        isFirst = false
        opensWithPronoun = Self.listedFlag(word) & Self.pronounMark != 0
      }
      let lead = bytes[wordRange.lowerBound]
      if lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") {
        if id >= 0 { self.names.append(id) }
        flag |= Self.listedFlag(word) & SentenceIndex.Flag.month
      } else if lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9") {
        flag |= SentenceIndex.Flag.number
        flag |=
          SentenceIndex.Flag.isYear(word) ? SentenceIndex.Flag.year : SentenceIndex.Flag.quantity
        if Self.followsCurrencySign(bytes, at: wordRange.lowerBound, after: range.lowerBound) {
          flag |= SentenceIndex.Flag.money
        }
      } else {
        let listed = Self.listedFlag(word)
        flag |= listed & (SentenceIndex.Flag.quantity | SentenceIndex.Flag.money)
        if listed & Self.centuryMark != 0 && afterNumber { flag |= SentenceIndex.Flag.year }
      }
      afterNumber = lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9")
    }
    if opensWithPronoun {
      // The carried names are distinct already; keep those the unit does not hold itself.
      let contextStart = context.count
      for name in names where !terms[start...].contains(name) {
        if !context[contextStart...].contains(name) { context.append(name) }
      }
    }
    nameEnds.append(Int32(self.names.count))
    var blankLine = index == 0
    if let previous = ranges.last, field == .body, index > 0 {
      var newlines = 0
      for position in previous.upperBound..<range.lowerBound where bytes[position] == 0x0A {
        newlines += 1
      }
      blankLine = newlines >= 2
    }
    startsParagraph.append(blankLine)
    if nameStart < self.names.count {
      // The first distinct names of the unit, then (after a pronoun) the names carried.
      var unique: [Int32] = []
      unique.reserveCapacity(Self.maximumNames)
      for name in self.names[nameStart...] where !unique.contains(name) {
        if unique.count == Self.maximumNames { break }
        unique.append(name)
      }
      if opensWithPronoun {
        for name in names where !unique.contains(name) {
          if unique.count == Self.maximumNames { break }
          unique.append(name)
        }
      }
      names = unique
    }
    fields.append(field)
    fieldIndices.append(Int32(index))
    ranges.append(range)
    flags.append(flag)
    termEnds.append(Int32(terms.count))
    contextEnds.append(Int32(context.count))
  }
}
