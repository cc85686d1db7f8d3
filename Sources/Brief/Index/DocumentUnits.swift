import Foundation

/// The units of one document, analyzed with one worker's analyzer (its term ids).
internal struct DocumentUnits: Sendable {
  internal var fields: [SentenceField] = []
  internal var fieldIndices: [Int32] = []
  internal var ranges: [Range<Int>] = []
  internal var flags: [UnitFlags] = []
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

  /// The numbers spelled out that mark a quantity (English and Spanish, at most 9 bytes).
  internal static let numberWords = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "half", "quarter", "twice", "double", "triple",
    "percent", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "cien", "ciento", "cientos", "mil", "millones", "docena", "mitad", "doble",
  ]

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
      (numberWords, UnitFlags.quantity.rawValue),
      (currencies, UnitFlags.money.rawValue), (months, UnitFlags.month.rawValue),
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
        flag |= Self.listedFlag(word) & UnitFlags.month.rawValue
      } else if lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9") {
        flag |= UnitFlags.number.rawValue
        flag |= UnitFlags.isYear(word) ? UnitFlags.year.rawValue : UnitFlags.quantity.rawValue
        if Self.followsCurrencySign(bytes, at: wordRange.lowerBound, after: range.lowerBound) {
          flag |= UnitFlags.money.rawValue
        }
      } else {
        let listed = Self.listedFlag(word)
        flag |= listed & (UnitFlags.quantity.rawValue | UnitFlags.money.rawValue)
        if listed & Self.centuryMark != 0 && afterNumber { flag |= UnitFlags.year.rawValue }
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
    flags.append(UnitFlags(rawValue: flag))
    termEnds.append(Int32(terms.count))
    contextEnds.append(Int32(context.count))
  }
}
