/// Which index terms are related to which question stems, for one question (those the
/// corpus holds and those it does not, "inventor" asked of a text that says "invented"):
/// two stems are
/// related when they differ and the shorter, of at least ``minimumLength`` bytes, begins
/// the longer ("invent" and "inventor", "egypt" and "egyptian", "german" and "germani"),
/// which catches derived words the stemmer keeps apart. In English, it also finds the index
/// terms WordNet lists as synonyms of a question stem (``WordNetSynonyms``: "perish" for
/// "die", "establish" for "found"), which count apart.
///
/// The masks are worked out on a term's first use and remembered for the question.
internal struct RelatedTerms {
  /// The shortest stem that relates to a longer one.
  internal static let minimumLength = 5

  /// The question's stems, as UTF-8 bytes, in order (empty for one too short).
  private let questionBytes: [[UInt8]]
  /// The idf of each.
  private let weights: [Double]
  private let vocabulary: Vocabulary
  /// Index term → the bits of the question terms it is related to.
  private var masks: [Int32: UInt64] = [:]
  /// Index term → the bits of the question terms it is a synonym of.
  private var synonymMasks: [Int32: UInt64] = [:]

  /// - Parameters:
  ///   - questionTerms: at most 64 stems of the question and their idf.
  ///   - vocabulary: the index's terms.
  ///   - synonyms: stem → the stems of its synonyms, or nil for none.
  internal init(
    questionTerms: [(String, Double)], vocabulary: Vocabulary,
    synonyms: ((String) -> [String])? = nil
  ) {
    questionBytes = questionTerms.prefix(64).map {
      $0.0.utf8.count >= Self.minimumLength ? Array($0.0.utf8) : []
    }
    weights = questionTerms.prefix(64).map(\.1)
    self.vocabulary = vocabulary
    for (bit, (stem, _)) in questionTerms.prefix(64).enumerated() {
      for synonym in synonyms?(stem) ?? [] {
        if let term = vocabulary.id(of: synonym) {
          synonymMasks[term, default: 0] |= UInt64(1) << UInt64(bit)
        }
      }
    }
  }

  /// Where each line of ``WordNetSynonyms/text`` starts (found on first use: a scan of its
  /// bytes, much cheaper than parsing the table).
  private static let synonymLines: [Int] = {
    var text = WordNetSynonyms.text
    return text.withUTF8 { bytes in
      var starts = [0]
      for offset in bytes.indices where bytes[offset] == 0x0A && offset + 1 < bytes.count {
        starts.append(offset + 1)
      }
      return starts
    }
  }()

  /// The stems of the English synonyms of `stem` (``WordNetSynonyms``), found by binary
  /// search over the table's lines, which are sorted by their first word.
  ///
  /// - Complexity: O(log n) for the table's n lines.
  internal static func englishSynonyms(of stem: String) -> [String] {
    var text = WordNetSynonyms.text
    let key = Array(stem.utf8)
    let lines = synonymLines
    return text.withUTF8 { bytes in
      // The line's first word against `key`, byte by byte; a word ends at a space or a
      // line's end, which sort before any letter.
      func order(_ line: Int) -> Int {
        var position = lines[line]
        for byte in key {
          let own = position < bytes.count ? bytes[position] : 0x0A
          if own == 0x20 || own == 0x0A || own < byte { return -1 }
          if own > byte { return 1 }
          position += 1
        }
        let own = position < bytes.count ? bytes[position] : 0x0A
        return own == 0x20 || own == 0x0A ? 0 : 1
      }
      var low = 0
      var high = lines.count
      while low < high {
        let middle = (low + high) / 2
        if order(middle) < 0 { low = middle + 1 } else { high = middle }
      }
      guard low < lines.count, order(low) == 0 else { return [] }
      var end = lines[low]
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      let line = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[lines[low]..<end]), as: UTF8.self)
      return line.split(separator: " ").dropFirst().map(String.init)
    }
  }

  /// The idf sum of the question stems whose bits are set in `mask`.
  internal func idfSum(_ mask: UInt64) -> Double {
    var sum = 0.0
    var rest = mask
    while rest != 0 {
      sum += weights[rest.trailingZeroBitCount]
      rest &= rest - 1
    }
    return sum
  }

  /// True when some question term is long enough to have related terms, or has synonyms
  /// in the index.
  internal var isActive: Bool {
    !synonymMasks.isEmpty || questionBytes.contains { !$0.isEmpty }
  }

  /// True when `a` and `b` are related stems.
  internal static func related(_ a: [UInt8], _ b: String.UTF8View) -> Bool {
    if a.count < b.count {
      return a.count >= minimumLength && b.starts(with: a)
    }
    return b.count >= minimumLength && b.count < a.count && a.starts(with: b)
  }

  /// The bits of the question terms `term` is a synonym of.
  internal func synonymMask(of term: Int32) -> UInt64 { synonymMasks[term] ?? 0 }

  /// The bits of the question terms `term` is related to (one stem begins the other).
  internal mutating func mask(of term: Int32) -> UInt64 {
    if let known = masks[term] { return known }
    var mask: UInt64 = 0
    let text = vocabulary[term].utf8
    if text.count >= Self.minimumLength, let first = text.first {
      for (bit, question) in questionBytes.enumerated()
      where !question.isEmpty && question[0] == first && Self.related(question, text) {
        mask |= UInt64(1) << UInt64(bit)
      }
    }
    masks[term] = mask
    return mask
  }
}
