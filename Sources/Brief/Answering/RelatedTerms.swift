import Algorithms

/// Which index terms are related to which question stems, for one question.
///
/// Question stems count whether the corpus holds them or not ("inventor" asked of a text that says
/// "invented"): two stems are related when they differ and the shorter, of at least
/// ``minimumLength`` bytes, begins the longer ("invent" and "inventor", "egypt" and "egyptian",
/// "german" and "germani"), which catches derived words the stemmer keeps apart. In English, it
/// also finds the index terms WordNet lists as synonyms of a question stem (``WordNetSynonyms``:
/// "perish" for "die", "establish" for "found"), which count apart.
///
/// A term's mask is worked out when asked for: most terms are turned away by their length
/// or first byte before any comparison (cheaper than remembering every term's mask).
internal struct RelatedTerms {
  /// The shortest stem that relates to a longer one.
  internal static let minimumLength = 5

  /// The question's stems, as UTF-8 bytes, in order (empty for one too short).
  private let questionBytes: [[UInt8]]
  /// The idf of each.
  private let weights: [Double]
  private let vocabulary: Vocabulary
  /// The first bytes of the question stems long enough to relate, as a 256-bit set.
  private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// Index terms that are synonyms of question stems, ascending, and the bits of those stems.
  private var synonymTerms: [Int32] = []
  private var synonymBits: [UInt64] = []

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
    for question in questionBytes where !question.isEmpty {
      let byte = Int(question[0])
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: firstBytes.0 |= bit
      case 1: firstBytes.1 |= bit
      case 2: firstBytes.2 |= bit
      default: firstBytes.3 |= bit
      }
    }
    var synonymMasks: [Int32: UInt64] = [:]
    for (bit, (stem, _)) in questionTerms.prefix(64).enumerated() {
      for synonym in synonyms?(stem) ?? [] {
        if let term = vocabulary.id(of: synonym) {
          synonymMasks[term, default: 0] |= UInt64(1) << UInt64(bit)
        }
      }
    }
    for (term, bits) in synonymMasks.sorted(by: { $0.key < $1.key }) {
      synonymTerms.append(term)
      synonymBits.append(bits)
    }
  }

  /// Whether some question stem long enough to relate starts with `byte`.
  @inline(__always)
  private func mayStart(with byte: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: return firstBytes.0 & bit != 0
    case 1: return firstBytes.1 & bit != 0
    case 2: return firstBytes.2 & bit != 0
    default: return firstBytes.3 & bit != 0
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
      let low = lines.indices.partitioningIndex { order($0) >= 0 }
      guard low < lines.count, order(low) == 0 else { return [] }
      // The words after the first, split at spaces on bytes (not on Characters).
      var words: [String] = []
      var start = lines[low]
      while start < bytes.count && bytes[start] != 0x20 && bytes[start] != 0x0A { start += 1 }
      while start < bytes.count && bytes[start] == 0x20 {
        var end = start + 1
        while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
        if end > start + 1 {
          words.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
          )
        }
        start = end
      }
      return words
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
    !synonymTerms.isEmpty || questionBytes.contains { !$0.isEmpty }
  }

  /// True when `a` and `b` are related stems.
  internal static func related(_ a: [UInt8], _ b: String.UTF8View) -> Bool {
    if a.count < b.count {
      return a.count >= minimumLength && b.starts(with: a)
    }
    return b.count >= minimumLength && b.count < a.count && a.starts(with: b)
  }

  /// The bits of the question terms `term` is a synonym of.
  internal func synonymMask(of term: Int32) -> UInt64 {
    guard !synonymTerms.isEmpty else { return 0 }
    let low = synonymTerms.partitioningIndex { $0 >= term }
    return low < synonymTerms.count && synonymTerms[low] == term ? synonymBits[low] : 0
  }

  /// The bits of the question terms `term` is related to (one stem begins the other).
  internal func mask(of term: Int32) -> UInt64 {
    var mask: UInt64 = 0
    let text = vocabulary[term].utf8
    if text.count >= Self.minimumLength, let first = text.first, mayStart(with: first) {
      for (bit, question) in questionBytes.enumerated()
      where !question.isEmpty && question[0] == first && Self.related(question, text) {
        mask |= UInt64(1) << UInt64(bit)
      }
    }
    return mask
  }
}
