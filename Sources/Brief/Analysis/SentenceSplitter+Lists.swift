extension SentenceSplitter.Scanner {
  /// How list markers are written: numbers or letters, and the suffix after them.
  internal struct ListStyle: Hashable {
    /// What follows a marker's number or letter.
    internal enum Suffix: Hashable {
      /// "1." or "a."
      case period
      /// "1)" or "a)"
      case parenthesis
      /// "1.)" or "a.)"
      case periodParenthesis
    }

    /// Whether the markers are lower-case letters ("a.", "b.") rather than numbers.
    internal var isLetter: Bool
    /// The suffix.
    internal var suffix: Suffix
  }

  /// A list marker found at the start of a sentence: "1.", "12)", "a.)".
  internal struct ListMarker {
    /// The marker's number, or its letter's byte.
    internal var value: Int
    /// How it is written.
    internal var style: ListStyle
    /// The offset just past its suffix.
    internal var end: Int
  }

  /// The numbering of the list a paragraph is in ("1.) a 2.) b" or "a) x b) y").
  internal struct ListState {
    /// The value of the marker expected next: a number, or a letter's byte.
    internal var next: Int
    /// How the list's markers are written.
    internal var style: ListStyle

    /// Whether `marker` is the one expected next.
    internal func isNext(_ marker: ListMarker) -> Bool {
      marker.style == style && marker.value == next
    }
  }

  /// Where the body of a sentence that starts at `start` begins, after a bullet and a list
  /// marker, if it has them; a marker updates the list numbering `list`.
  ///
  /// A marker that is not the next of the list starts a new list at the start of a
  /// paragraph, after a bullet, or when there is no list yet.
  internal func sentenceBody(
    at start: Int, end: Int, list: inout ListState?, paragraphStart: Bool
  ) -> Int {
    var body = start
    let bullet = bulletLength(at: body, end: end)
    if bullet > 0 { body = skipSpacesAndTabs(from: body + bullet, end: end) }
    guard let marker = listMarker(at: body, end: end) else { return body }
    if var state = list, state.isNext(marker) {
      state.next += 1
      list = state
    } else if paragraphStart || bullet > 0 || list == nil {
      list = ListState(next: marker.value + 1, style: marker.style)
    }
    return marker.end
  }

  /// A marker's place in a list: its style and its number or letter.
  private struct MarkerKey: Hashable {
    /// How the marker is written.
    var style: ListStyle
    /// Its number, or its letter's byte.
    var value: Int
  }

  /// Where the text of each of `lines` (trimmed) starts when the line starts with a bullet
  /// or list marker that is structure, not text, else nil.
  ///
  /// A bullet at a line's start is structure when the text has two lines or more (a text of
  /// one line, "• 9. The first item • 10. The second item", keeps its bullets). A list
  /// marker, after a bullet or not, is structure when another line starts with the marker
  /// before or after it in the same style ("1." and "2.", "a)" and "b)"): a line that
  /// starts "1. FC Köln won" keeps its number when no line starts with "2.".
  internal func structuralMarkerEnds(_ lines: [Range<Int>]) -> [Int?] {
    var ends = [Int?](repeating: nil, count: lines.count)
    guard lines.lazy.filter({ !$0.isEmpty }).count >= 2 else { return ends }
    var markers: [(line: Int, key: MarkerKey, end: Int)] = []
    for (index, line) in lines.enumerated() where !line.isEmpty {
      var body = line.lowerBound
      let bullet = bulletLength(at: body, end: line.upperBound)
      if bullet > 0 {
        body = skipSpacesAndTabs(from: body + bullet, end: line.upperBound)
        ends[index] = body
      }
      if let marker = listMarker(at: body, end: line.upperBound) {
        let key = MarkerKey(style: marker.style, value: marker.value)
        markers.append((index, key, skipSpacesAndTabs(from: marker.end, end: line.upperBound)))
      }
    }
    let keys = Set(markers.map(\.key))
    for (index, key, end) in markers {
      var before = key
      before.value -= 1
      var after = key
      after.value += 1
      if keys.contains(before) || keys.contains(after) { ends[index] = end }
    }
    return ends
  }

  /// The decision at whitespace: a boundary when the list's next marker follows ("1) eggs
  /// 2) milk" is two sentences).
  internal func nextListItem(after index: Int, end: Int, list: ListState?) -> Decision {
    if let list, index + 1 < end, startsNextMarker(of: list, at: index + 1, end: end) {
      return .boundary(end: index, resume: index + 1)
    }
    return .noBoundary(resume: index + 1)
  }

  /// Whether the marker `list` expects next starts at `index`.
  private func startsNextMarker(of list: ListState, at index: Int, end: Int) -> Bool {
    // Most bytes are turned down by their first byte alone.
    let first = bytes[index]
    if list.style.isLetter {
      guard Int(first) == list.next else { return false }
    } else {
      guard first.isASCIIDigit else { return false }
    }
    guard let marker = listMarker(at: index, end: end) else { return false }
    return list.isNext(marker)
  }

  /// The list marker at `start`, if there is one: one or two digits or one lower-case
  /// letter, then `.`, `)` or `.)`, then whitespace.
  internal func listMarker(at start: Int, end: Int) -> ListMarker? {
    guard start < end else { return nil }
    var index = start
    var value = 0
    let isLetter: Bool
    if bytes[index].isASCIIDigit {
      while index < end && bytes[index].isASCIIDigit && index - start < 3 {
        value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        index += 1
      }
      if index - start > 2 { return nil }
      isLetter = false
    } else if bytes[index].isASCIILowercase {
      value = Int(bytes[index])
      isLetter = true
      index += 1
    } else {
      return nil
    }
    guard index < end else { return nil }
    let suffix: ListStyle.Suffix
    if bytes[index] == .period {
      if index + 1 < end && bytes[index + 1] == .rightParenthesis {
        suffix = .periodParenthesis
        index += 2
      } else {
        suffix = .period
        index += 1
      }
    } else if bytes[index] == .rightParenthesis {
      suffix = .parenthesis
      index += 1
    } else {
      return nil
    }
    guard index < end, bytes[index].isASCIIWhitespace else { return nil }
    let style = ListStyle(isLetter: isLetter, suffix: suffix)
    return ListMarker(value: value, style: style, end: index)
  }

  /// The length of the bullet at `index`, or 0 when there is none: `•`, `‣`, `⁃`, `◦`, `▪`,
  /// `▸`, `·`, or `-`, `*` or `+` before a space or tab.
  internal func bulletLength(at index: Int, end: Int) -> Int {
    guard index < end else { return 0 }
    let byte = bytes[index]
    if byte == .hyphen || byte == .asterisk || byte == .plus {
      let next = index + 1 < end ? bytes[index + 1] : 0
      return next == .space || next == .tab ? 1 : 0
    }
    if byte == UTF8Mark.punctuationLead && index + 2 < end {
      switch (bytes[index + 1], bytes[index + 2]) {
      case (UTF8Mark.generalPunctuation, UTF8Mark.bullet),  // •
        (UTF8Mark.generalPunctuation, UTF8Mark.triangularBullet),  // ‣
        (0x81, 0x83),  // ⁃ U+2043
        (0x97, 0xA6),  // ◦ U+25E6
        (0x96, 0xAA),  // ▪ U+25AA
        (0x96, 0xB8):  // ▸ U+25B8
        return 3
      default:
        break
      }
    }
    if byte == UTF8Mark.latin1Lead && index + 1 < end && bytes[index + 1] == UTF8Mark.middleDot {
      return 2
    }
    return 0
  }
}
