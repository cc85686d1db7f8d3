/// Which index terms are related to which question stems, for one question (those the
/// corpus holds and those it does not, "inventor" asked of a text that says "invented"):
/// two stems are
/// related when they differ and the shorter, of at least ``minimumLength`` bytes, begins
/// the longer ("invent" and "inventor", "egypt" and "egyptian", "german" and "germani"),
/// which catches derived words the stemmer keeps apart.
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

  /// - Parameters:
  ///   - questionTerms: at most 64 stems of the question and their idf.
  ///   - vocabulary: the index's terms.
  internal init(questionTerms: [(String, Double)], vocabulary: Vocabulary) {
    questionBytes = questionTerms.prefix(64).map {
      $0.0.utf8.count >= Self.minimumLength ? Array($0.0.utf8) : []
    }
    weights = questionTerms.prefix(64).map(\.1)
    self.vocabulary = vocabulary
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

  /// True when some question term is long enough to have related terms.
  internal var isActive: Bool { questionBytes.contains { !$0.isEmpty } }

  /// True when `a` and `b` are related stems.
  internal static func related(_ a: [UInt8], _ b: String.UTF8View) -> Bool {
    if a.count < b.count {
      return a.count >= minimumLength && b.starts(with: a)
    }
    return b.count >= minimumLength && b.count < a.count && a.starts(with: b)
  }

  /// The bits of the question terms `term` is related to.
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
