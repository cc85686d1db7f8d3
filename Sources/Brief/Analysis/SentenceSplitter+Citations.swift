extension SentenceSplitter.Scanner {
  /// The longest citation mark ("[17]", "[a]", "[1]–[3]") counted as one.
  private static let maximumCitationLength = 12

  /// Where the run of citation marks at `start` ends ("[17]", "[18][19]", "[1]–[11]",
  /// "[a]", "[…]"), or `start` when none starts there.
  ///
  /// A mark is a bracketed number (digits, commas, hyphens, spaces), up to three lower-case
  /// letters, or an ellipsis: the footnote references of Wikipedia-like text and the
  /// elisions of quotations, which belong to the sentence before them.
  internal func skipCitations(from start: Int, end: Int) -> Int {
    var index = start
    while index < end && bytes[index] == .leftBracket {
      guard let markEnd = citationEnd(at: index, end: end) else { break }
      index = markEnd
      if isLongDash(at: index, end: end) && index + 3 < end && bytes[index + 3] == .leftBracket {
        index += 3  // "[1]–[11]"
      } else if index + 1 < end && bytes[index] == .hyphen && bytes[index + 1] == .leftBracket {
        index += 1
      }
    }
    // A dash left after the last mark is not part of the run.
    while index > start && bytes[index - 1] != .rightBracket { index -= 1 }
    return index
  }

  /// Where the citation mark whose `[` is at `start` ends (after its `]`), or nil.
  private func citationEnd(at start: Int, end: Int) -> Int? {
    let limit = min(end, start + Self.maximumCitationLength)
    var index = start + 1
    var digits = 0
    var letters = 0
    var dots = 0
    while index < limit && bytes[index] != .rightBracket {
      let byte = bytes[index]
      if byte.isASCIIDigit {
        digits += 1
      } else if byte.isASCIILowercase {
        letters += 1
      } else if byte == .period {
        dots += 1
      } else if isEllipsisCharacter(at: index, end: end) {
        dots += 3
        index += 2
      } else if byte != .comma && byte != .hyphen && byte != .space {
        return nil
      }
      index += 1
    }
    guard index < limit, index > start + 1 else { return nil }
    let isNumber = digits > 0 && letters == 0 && dots == 0
    let isLetters = letters > 0 && letters <= 3 && digits == 0 && dots == 0
    let isEllipsis = dots == 3 && digits == 0 && letters == 0
    return isNumber || isLetters || isEllipsis ? index + 1 : nil
  }
}
