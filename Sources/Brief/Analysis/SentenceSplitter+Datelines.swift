extension SentenceSplitter.Scanner {
  // MARK: Boilerplate

  /// The labels of DailyMail-style boilerplate, each followed by text up to " .".
  private static let boilerplateLabels: [StaticString] = [
    "By .", "PUBLISHED:", "UPDATED:", "Last updated at",
  ]

  /// Where a paragraph goes on after DailyMail-style boilerplate at `start`.
  ///
  /// The boilerplate is up to 12 labels and separators: "By . Name . PUBLISHED: ... . | .
  /// UPDATED: ... .".
  internal func skipBoilerplate(from start: Int, end: Int) -> Int {
    var index = skipWhitespace(from: start, end: end)
    var pieces = 0
    while index < end && pieces < 12 {
      pieces += 1
      if let labelEnd = boilerplateLabelEnd(at: index, end: end) {
        // The label's text ends at a period after a space, within 160 bytes.
        let limit = min(end, labelEnd + 160)
        guard let after = spacedPeriodEnd(from: labelEnd, limit: limit, end: end) else { break }
        index = skipWhitespace(from: after, end: end)
      } else if let separatorEnd = boilerplateSeparatorEnd(at: index, end: end) {
        index = skipWhitespace(from: separatorEnd, end: end)
      } else {
        break
      }
    }
    return index
  }

  /// Where the boilerplate label at `index` ends, if there is one.
  private func boilerplateLabelEnd(at index: Int, end: Int) -> Int? {
    for label in Self.boilerplateLabels where hasPrefix(label, at: index, end: end) {
      return index + label.utf8CodeUnitCount
    }
    return nil
  }

  /// Where the separator at `index` ends, if there is one: "| ." or a lone "|".
  private func boilerplateSeparatorEnd(at index: Int, end: Int) -> Int? {
    if hasPrefix("| .", at: index, end: end) { return index + 3 }
    if bytes[index] == .verticalBar && (index + 1 >= end || bytes[index + 1].isASCIIWhitespace) {
      return index + 1
    }
    return nil
  }

  /// Whether `bytes[index...]` starts with `literal` (before `end`).
  private func hasPrefix(_ literal: StaticString, at index: Int, end: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= end else { return false }
    let expected = literal.utf8Start
    for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
    return true
  }

  /// The offset just past the first " ." in `bytes[start..<limit]` that whitespace (or the
  /// end) follows, or nil.
  private func spacedPeriodEnd(from start: Int, limit: Int, end: Int) -> Int? {
    var index = start
    while index + 1 < limit {
      if bytes[index] == .space && bytes[index + 1] == .period
        && (index + 2 >= end || bytes[index + 2].isASCIIWhitespace)
      {
        return index + 2
      }
      index += 1
    }
    return nil
  }

  // MARK: Datelines

  /// Where a paragraph goes on after a news dateline at `start` (or after whitespace, when
  /// there is none).
  ///
  /// Datelines: "(CNN)", "(CNN) -- ", "LONDON, England (CNN) -- ", "WASHINGTON (Reuters) - ",
  /// "NEW YORK (AP) — ", "ROME, Italy -- ". A location needs an agency or a dash after it; without an agency its first word must
  /// be an all-caps city. After an agency without a dash, a capitalized word must follow
  /// and, with a location, the city must be all caps ("(Reuters) The ...").
  internal func skipDateline(from start: Int, end: Int) -> Int {
    let noDateline = skipWhitespace(from: start, end: end)
    guard noDateline < end else { return noDateline }
    var index = noDateline
    var location: DatelineLocation?
    if bytes[index] != .leftParenthesis {
      guard let found = datelineLocation(from: index, end: end) else { return noDateline }
      location = found
      index = found.end
    }
    var sawAgency = false
    if index < end && bytes[index] == .leftParenthesis {
      guard let agencyEnd = datelineAgencyEnd(openingAt: index, end: end) else {
        return noDateline
      }
      index = agencyEnd
      sawAgency = true
    } else if location == nil {
      return noDateline
    }
    let beforeSpace = index
    index = skipSpacesAndTabs(from: index, end: end)
    let spaceBeforeText = index > beforeSpace
    var sawDash = false
    if let dashEnd = datelineDashEnd(at: index, end: end) {
      index = skipSpacesAndTabs(from: dashEnd, end: end)
      sawDash = true
    }
    guard index < end else { return noDateline }
    let allCapsCity = location?.isAllCapsCity ?? false
    if !sawAgency { return sawDash && allCapsCity ? index : noDateline }
    if sawDash || !spaceBeforeText { return index }
    if location == nil || allCapsCity {
      let word = skipOpeners(from: index, end: end)
      if word < end && wordStart(at: word, end: end) != .lower { return index }
    }
    return noDateline
  }

  /// The location of a dateline: capitalized words ("LONDON, England", "Lynchburg,
  /// Virginia") within 60 bytes, up to an agency's "(" or a dash.
  private struct DatelineLocation {
    /// Where the location and the spaces after it end: at the "(" or the dash.
    var end: Int
    /// Whether its first word is all capitals, two letters at least ("ROME").
    var isAllCapsCity: Bool
  }

  /// The location that starts at `start`, if one does.
  private func datelineLocation(from start: Int, end: Int) -> DatelineLocation? {
    let limit = min(end, start + 60)
    var index = start
    var isAllCapsCity = false
    var isFirstWord = true
    while true {
      guard index < limit else { return nil }
      if !isFirstWord && endsDatelineLocation(at: index, end: end) {
        return DatelineLocation(end: index, isAllCapsCity: isAllCapsCity)
      }
      guard bytes[index].isASCIIUppercase || !bytes[index].isASCII else { return nil }
      var capitals = 0
      var lowers = 0
      while index < limit && bytes[index] != .space {
        let byte = bytes[index]
        if byte.isASCIIUppercase {
          capitals += 1
        } else if byte.isASCIILowercase {
          lowers += 1
        } else if !(byte == .comma || byte == .period || byte == .apostrophe
          || byte == .hyphen || !byte.isASCII)
        {
          return nil
        }
        index += 1
      }
      if isFirstWord { isAllCapsCity = lowers == 0 && capitals >= 2 }
      isFirstWord = false
      guard index < limit else { return nil }
      while index < limit && bytes[index] == .space { index += 1 }
    }
  }

  /// Whether a location ends at `index`: before an agency's "(", "--", "- ", "–" or "—".
  private func endsDatelineLocation(at index: Int, end: Int) -> Bool {
    let byte = bytes[index]
    if byte == .leftParenthesis { return true }
    if byte == .hyphen && index + 1 < end
      && (bytes[index + 1] == .hyphen || bytes[index + 1] == .space)
    {
      return true
    }
    return isLongDash(at: index, end: end)
  }

  /// Where the agency in brackets at `index` ends, just past its ")", if it is one: "(CNN)",
  /// "(The Hollywood Reporter)", "(AT&T)": capitalized words of letters, `.`, `&`, `'` and
  /// `-`, at most 42 bytes with the brackets.
  private func datelineAgencyEnd(openingAt index: Int, end: Int) -> Int? {
    var closing = index + 1
    let limit = min(end, index + 42)
    guard closing < limit, bytes[closing].isASCIIUppercase else { return nil }
    var atWordStart = true
    while closing < limit && bytes[closing] != .rightParenthesis {
      let byte = bytes[closing]
      if byte == .space {
        atWordStart = true
      } else {
        if atWordStart && !(byte.isASCIIUppercase || byte == .ampersand) { return nil }
        atWordStart = false
        if !(byte.isASCIILetter || byte == .period || byte == .ampersand || byte == .apostrophe
          || byte == .hyphen)
        {
          return nil
        }
      }
      closing += 1
    }
    guard closing < limit, bytes[closing] == .rightParenthesis else { return nil }
    return closing + 1
  }

  /// Where the dash of a dateline at `index` ends, if there is one: "-" or "--" before a
  /// space, "–" or "—".
  private func datelineDashEnd(at index: Int, end: Int) -> Int? {
    if index < end && bytes[index] == .hyphen {
      var dashEnd = index
      while dashEnd < end && bytes[dashEnd] == .hyphen { dashEnd += 1 }
      return dashEnd - index <= 2 && dashEnd < end && bytes[dashEnd] == .space ? dashEnd : nil
    }
    return isLongDash(at: index, end: end) ? index + 3 : nil
  }
}
