/// Words as word budgets count them: runs of characters between whitespace, the words DUC
/// cut summaries to and Python's `str.split()` gives.
///
/// Whitespace is Unicode's (spaces, tabs, line breaks, no-break and other spaces) plus the
/// four separator controls U+001C–U+001F, which Python also splits on; punctuation is part
/// of a word (`"U.S.-led"` is one word, `"—"` between spaces is one).
internal enum Words {
  /// Whether a scalar separates words.
  internal static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1C...0x1F).contains(scalar.value) || scalar.properties.isWhitespace
  }

  /// The UTF-8 offset just past each word of `text[range]` (a byte range of `text`), in
  /// order: the number of words is the count of the result.
  internal static func ends(in text: String, range: Range<Int>) -> [Int] {
    var ends: [Int] = []
    let utf8 = text.utf8
    let count = utf8.count
    let lower = max(0, min(range.lowerBound, count))
    let upper = max(lower, min(range.upperBound, count))
    let start = utf8.index(utf8.startIndex, offsetBy: lower)
    let end = utf8.index(utf8.startIndex, offsetBy: upper)
    var offset = lower
    var inWord = false
    for scalar in String(decoding: utf8[start..<end], as: UTF8.self).unicodeScalars {
      if isSeparator(scalar) {
        if inWord { ends.append(offset) }
        inWord = false
      } else {
        inWord = true
      }
      offset += UTF8.width(scalar)
    }
    if inWord { ends.append(offset) }
    return ends
  }

  /// The number of words of each byte range of `text`.
  internal static func counts(in text: String, ranges: [Range<Int>]) -> [Int] {
    ranges.map { ends(in: text, range: $0).count }
  }

  /// The number of words of a string.
  internal static func count(_ text: String) -> Int {
    ends(in: text, range: 0..<text.utf8.count).count
  }
}
