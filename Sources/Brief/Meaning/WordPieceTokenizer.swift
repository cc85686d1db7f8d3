import Foundation

/// Splits text into the word-piece ids of a BERT uncased vocabulary, the same ids Hugging
/// Face's `BertTokenizer` gives (lower-cased, accents stripped, Chinese characters split).
///
/// The text is cleaned (NUL, U+FFFD and characters of the "other" general categories
/// dropped: control, format, private use, unassigned; all whitespace made a space), CJK
/// ideographs are set apart, and each whitespace-separated word is lower-cased, decomposed
/// (NFD) with its combining marks dropped, and split at every punctuation character. Each
/// of those tokens then becomes the longest vocabulary pieces that spell it from the left,
/// pieces after the first being the vocabulary's `##` continuations; a token that no pieces
/// spell, or of more than 100 characters, becomes one `[UNK]`. The special tokens `[CLS]`,
/// `[SEP]`, `[UNK]`, `[PAD]` and `[MASK]` written in the text stay whole, as in Hugging Face.
///
///     let tokenizer = try WordPieceTokenizer(contentsOf: modelFolder.appending(path: "vocab.txt"))
///     let input = [tokenizer.classID] + tokenizer.ids(question) + [tokenizer.separatorID]
///
/// All work is on Unicode scalars, and vocabulary entries match scalar for scalar (not by
/// Swift's canonical equivalence), as Python strings do.
public struct WordPieceTokenizer: Sendable {
  /// The id of `[CLS]`, which opens a BERT input.
  public let classID: Int32
  /// The id of `[SEP]`, which closes a BERT input.
  public let separatorID: Int32
  /// The id of `[UNK]`, given to a word the vocabulary cannot spell.
  public let unknownID: Int32

  /// Every vocabulary entry by its exact scalars (a word's first piece is looked up here).
  private let pieces: [[Unicode.Scalar]: Int32]
  /// The `##` entries by their scalars after `##` (a word's later pieces).
  private let continuations: [[Unicode.Scalar]: Int32]
  /// The most scalars of any entry in `pieces` or `continuations`: longer candidates are
  /// not looked up.
  private let longestPiece: Int
  /// The special tokens that stay whole when written in the text: scalars and id.
  private let specialTokens: [(scalars: [Unicode.Scalar], id: Int32)]

  /// Longer tokens become `[UNK]` without a look-up (Hugging Face's
  /// `max_input_chars_per_word`).
  internal static let maximumTokenLength = 100

  /// A tokenizer for a vocabulary given line by line.
  ///
  /// - Parameter vocabulary: the `vocab.txt` lines in order (line n is id n). A token listed
  ///   twice keeps its last id, as in Hugging Face.
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` when `[CLS]`, `[SEP]` or
  ///   `[UNK]` is missing.
  public init(vocabulary: [String]) throws(BriefError) {
    var pieces: [[Unicode.Scalar]: Int32] = [:]
    var continuations: [[Unicode.Scalar]: Int32] = [:]
    pieces.reserveCapacity(vocabulary.count)
    let hashes: [Unicode.Scalar] = ["#", "#"]
    for (line, token) in vocabulary.enumerated() {
      let scalars = Array(token.unicodeScalars)
      let id = Int32(truncatingIfNeeded: line)
      pieces[scalars] = id
      if scalars.count > 2, scalars.starts(with: hashes) {
        continuations[Array(scalars.dropFirst(2))] = id
      }
    }
    func id(_ token: String) throws(BriefError) -> Int32 {
      guard let id = pieces[Array(token.unicodeScalars)] else {
        throw .invalidParameter(name: "vocabulary", reason: "has no \(token) token")
      }
      return id
    }
    classID = try id("[CLS]")
    separatorID = try id("[SEP]")
    unknownID = try id("[UNK]")
    self.pieces = pieces
    self.continuations = continuations
    specialTokens = ["[CLS]", "[SEP]", "[UNK]", "[PAD]", "[MASK]"].compactMap { token in
      let scalars = Array(token.unicodeScalars)
      return pieces[scalars].map { (scalars, $0) }
    }
    longestPiece = max(
      pieces.keys.lazy.map(\.count).max() ?? 0, continuations.keys.lazy.map(\.count).max() ?? 0)
  }

  /// Reads a `vocab.txt` file: one token a line, UTF-8, line n being id n.
  ///
  /// - Throws: ``BriefError`` for a missing, unreadable, binary or non-UTF-8 file, or one
  ///   without the `[CLS]`, `[SEP]` and `[UNK]` tokens.
  public init(contentsOf url: URL) throws(BriefError) {
    let text = try FileBytes.readText(file: url.path)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    do {
      try self.init(vocabulary: lines)
    } catch .invalidParameter(_, let reason) {
      throw .invalidParameter(name: url.path, reason: reason)
    }
  }

  /// The ids of `text`, without `[CLS]` and `[SEP]`, at most `limit` of them (the first).
  public func ids(_ text: String, limit: Int = 254) -> [Int32] {
    var ids: [Int32] = []
    guard limit > 0 else { return ids }
    var rest = Array(text.unicodeScalars)[...]
    while !rest.isEmpty, ids.count < limit {
      let (before, special) = splitAtSpecialToken(rest)
      appendIDs(of: before, to: &ids, limit: limit)
      guard let (id, length) = special else { break }
      if ids.count < limit { ids.append(id) }
      rest = rest[(before.endIndex + length)...]
    }
    return ids
  }

  /// The text before the first special token in `text`, and that token's id and length.
  private func splitAtSpecialToken(_ text: ArraySlice<Unicode.Scalar>)
    -> (ArraySlice<Unicode.Scalar>, (id: Int32, length: Int)?)
  {
    var start = text.startIndex
    while let open = text[start...].firstIndex(of: "[") {
      if let special = specialTokens.first(where: { text[open...].starts(with: $0.scalars) }) {
        return (text[..<open], (special.id, special.scalars.count))
      }
      start = open + 1
    }
    return (text, nil)
  }

  /// Appends the ids of `text` (holding no special token) until `ids` holds `limit`.
  private func appendIDs(of text: ArraySlice<Unicode.Scalar>, to ids: inout [Int32], limit: Int) {
    for word in Self.words(in: text) {
      for token in Self.punctuationSplit(Self.normalized(word)) {
        appendPieces(of: token, to: &ids)
        if ids.count >= limit {
          ids.removeLast(ids.count - limit)
          return
        }
      }
    }
  }

  /// Appends the longest-match-first word pieces of `token`, or `[UNK]` when they cannot
  /// spell it whole.
  private func appendPieces(of token: [Unicode.Scalar], to ids: inout [Int32]) {
    guard token.count <= Self.maximumTokenLength else {
      ids.append(unknownID)
      return
    }
    let first = ids.count
    var start = 0
    while start < token.count {
      let table = start == 0 ? pieces : continuations
      var end = min(token.count, start + longestPiece)
      var found: Int32?
      while end > start {
        if let id = table[Array(token[start..<end])] {
          found = id
          break
        }
        end -= 1
      }
      guard let id = found else {
        ids.removeLast(ids.count - first)
        ids.append(unknownID)
        return
      }
      ids.append(id)
      start = end
    }
  }

  // MARK: - Basic tokenization (Hugging Face's `BasicTokenizer`)

  /// The whitespace-separated words of `text` once cleaned, with CJK ideographs set apart.
  internal static func words(in text: ArraySlice<Unicode.Scalar>) -> [[Unicode.Scalar]] {
    var words: [[Unicode.Scalar]] = []
    var word: [Unicode.Scalar] = []
    func endWord() {
      if !word.isEmpty { words.append(word) }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text {
      let value = scalar.value
      if value == 0 || value == 0xFFFD { continue }
      if isWhitespace(scalar) {
        endWord()
        continue
      }
      if isOther(scalar) { continue }
      if isCJKIdeograph(value) {
        endWord()
        words.append([scalar])
        continue
      }
      word.append(scalar)
    }
    endWord()
    return words
  }

  /// Whether `scalar` is in a general category "other" (control, format, surrogate, private
  /// use or unassigned), which Hugging Face drops as control characters.
  private static func isOther(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned: return true
    default: return false
    }
  }

  /// Whether `scalar` separates words: a tab, line end or space character, or a line or
  /// paragraph separator (which Python's `str.split` also splits at).
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\n", "\r", "\u{2028}", "\u{2029}": return true
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
  }

  /// Whether `value` is in the CJK Unified Ideographs blocks or their compatibility blocks.
  private static func isCJKIdeograph(_ value: UInt32) -> Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
      0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      return true
    default:
      return false
    }
  }

  /// `word` lower-cased (as Python's `str.lower`, final sigma included), decomposed (NFD),
  /// without its nonspacing marks.
  internal static func normalized(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    if word.allSatisfy(\.isASCII) {
      return word.map { ("A"..."Z").contains($0) ? Unicode.Scalar(UInt8($0.value + 32)) : $0 }
    }
    var lowered = String.UnicodeScalarView()
    for (index, scalar) in word.enumerated() {
      if scalar == "\u{3A3}" {
        lowered.append(isFinalSigma(at: index, in: word) ? "\u{3C2}" : "\u{3C3}")
      } else {
        lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(lowered).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      $0.properties.generalCategory != .nonspacingMark
    }
  }

  /// Whether the capital sigma at `index` ends a word by Unicode's Final_Sigma condition: a
  /// cased letter before it and none after it, skipping case-ignorable characters.
  private static func isFinalSigma(at index: Int, in word: [Unicode.Scalar]) -> Bool {
    let before = word[..<index].last { !$0.properties.isCaseIgnorable }
    guard let before, before.properties.isCased else { return false }
    let after = word[(index + 1)...].first { !$0.properties.isCaseIgnorable }
    return !(after?.properties.isCased ?? false)
  }

  /// `token` split before and after each punctuation character, each one a token itself.
  internal static func punctuationSplit(_ token: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var parts: [[Unicode.Scalar]] = []
    var part: [Unicode.Scalar] = []
    for scalar in token {
      if isPunctuation(scalar) {
        if !part.isEmpty { parts.append(part) }
        part.removeAll(keepingCapacity: true)
        parts.append([scalar])
      } else {
        part.append(scalar)
      }
    }
    if !part.isEmpty { parts.append(part) }
    return parts
  }

  /// Whether `scalar` is punctuation: any ASCII symbol, or a Unicode punctuation category.
  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 33...47, 58...64, 91...96, 123...126: return true
    case 0..<128: return false
    default: break
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
