/// The tokens of Google's `rouge-score` (its default tokenizer), as term ids.
///
/// Text is lower-cased, every character other than `a`–`z` and `0`–`9` separates tokens, and
/// with stemming each token longer than three characters is replaced by its Porter stem
/// (``PorterStemmer``, NLTK's variant). A non-ASCII character whose lower case holds ASCII
/// letters (the Kelvin sign, `İ`) gives those letters, as Python's `str.lower` does.
///
/// Each distinct token is stemmed once and given an id; equal stems get equal ids, so the
/// scoring loops compare integers. The cache is what makes the tokenizer `mutating`.
internal struct RougeTokenizer: Sendable {
  /// Whether tokens longer than three characters are stemmed.
  internal let stemming: Bool
  private let stemmer = PorterStemmer()
  private var idsByToken: [String: Int32] = [:]
  private var idsByStem: [String: Int32] = [:]
  /// The stem (or token) of each id.
  internal private(set) var terms: [String] = []

  internal init(stemming: Bool) {
    self.stemming = stemming
  }

  /// The token ids of each line of `text`, lines separated by `"\n"` only; empty lines
  /// (no character at all) are left out, as `rouge-score` does for ROUGE-Lsum.
  internal mutating func lineIDs(_ text: String) -> [[Int32]] {
    var lines: [[Int32]] = []
    var current: [Int32] = []
    var lineIsEmpty = true
    var token: [UInt8] = []
    token.reserveCapacity(32)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x0A {
        flush(&token, into: &current)
        if !lineIsEmpty { lines.append(current) }
        current = []
        lineIsEmpty = true
        continue
      }
      lineIsEmpty = false
      if value < 0x80 {
        var byte = UInt8(truncatingIfNeeded: value)
        byte = byte.asciiLowercased
        if Self.isTokenByte(byte) {
          token.append(byte)
        } else {
          flush(&token, into: &current)
        }
      } else {
        // Python lower-cases before folding; a few lower cases hold ASCII letters.
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          if lower.value < 0x80, Self.isTokenByte(UInt8(truncatingIfNeeded: lower.value)) {
            token.append(UInt8(truncatingIfNeeded: lower.value))
          } else {
            flush(&token, into: &current)
          }
        }
      }
    }
    flush(&token, into: &current)
    if !lineIsEmpty { lines.append(current) }
    return lines
  }

  /// The token ids of the whole text.
  internal mutating func ids(_ text: String) -> [Int32] {
    Array(lineIDs(text).joined())
  }

  /// The tokens of `text` as strings (stems when stemming).
  internal mutating func tokens(_ text: String) -> [String] {
    ids(text).map { terms[Int($0)] }
  }

  private static func isTokenByte(_ byte: UInt8) -> Bool {
    byte.isASCIILowercase || byte.isASCIIDigit
  }

  private mutating func flush(_ token: inout [UInt8], into ids: inout [Int32]) {
    guard !token.isEmpty else { return }
    let text = String(decoding: token, as: UTF8.self)
    token.removeAll(keepingCapacity: true)
    if let id = idsByToken[text] {
      ids.append(id)
      return
    }
    let stem = stemming && text.utf8.count > 3 ? stemmer.stem(text) : text
    let id: Int32
    if let known = idsByStem[stem] {
      id = known
    } else {
      id = Int32(terms.count)
      terms.append(stem)
      idsByStem[stem] = id
    }
    idsByToken[text] = id
    ids.append(id)
  }
}
