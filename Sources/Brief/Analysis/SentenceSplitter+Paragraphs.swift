extension SentenceSplitter.Scanner {
  /// Splits the whole text, paragraph by paragraph: runs of lines between blank lines, where
  /// a line joins the one before when it reads as its continuation (``continuesParagraph``).
  ///
  /// A line of a list of lines (``listLines(_:wrapWidth:)``) is a paragraph of its own, and
  /// a paragraph's text starts after the bullet or list marker that its line starts with
  /// when that marker is structure (``structuralMarkerEnds(_:)``).
  internal mutating func run() {
    let lines = trimmedLines()
    let hardWrapped = looksHardWrapped(lines)
    let width = wrapWidth(lines)
    let isListLine = listLines(lines, wrapWidth: width)
    let markerEnds = structuralMarkerEnds(lines)
    var paragraph: Range<Int>?
    var bodyStart: Int?
    var previous: Int?
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        if let finished = paragraph { splitParagraph(finished, bodyStart: bodyStart) }
        paragraph = nil
        continue
      }
      if let current = paragraph, let previous, !isListLine[previous], !isListLine[index],
        continuesParagraph(
          lines[previous], with: line, hardWrapped: hardWrapped, wrapWidth: width)
      {
        paragraph = current.lowerBound..<line.upperBound
      } else {
        if let finished = paragraph { splitParagraph(finished, bodyStart: bodyStart) }
        paragraph = line
        bodyStart = markerEnds[index]
      }
      previous = index
    }
    if let finished = paragraph { splitParagraph(finished, bodyStart: bodyStart) }
  }

  /// The lines of the text (split at line feeds), each trimmed of whitespace; a blank line
  /// is an empty range.
  private func trimmedLines() -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != .newline { lineEnd += 1 }
      lines.append(trimmed(from: lineStart, to: lineEnd))
      if lineEnd >= bytes.count { break }
      lineStart = lineEnd + 1
    }
    return lines
  }

  /// Whether the text is hard-wrapped prose: its long lines without final punctuation mostly
  /// go on in lower case on the next line, rather than being followed by a capitalized one.
  private func looksHardWrapped(_ lines: [Range<Int>]) -> Bool {
    if lines.count < 3 { return false }
    var continued = 0
    var broken = 0
    for (line, next) in zip(lines, lines.dropFirst()) {
      if line.isEmpty || next.isEmpty || line.count < 40 || endsWithTerminalPunctuation(line) {
        continue
      }
      switch wordStart(at: next.lowerBound, end: next.upperBound) {
      case .lower: continued += 1
      case .upper: broken += 1
      default: break
      }
    }
    return continued >= 2 && continued > broken
  }

  /// The width the text's lines are wrapped at, in bytes: the length of the line at the
  /// 80th percentile of the non-blank lines' lengths (0 when there are fewer than 3).
  private func wrapWidth(_ lines: [Range<Int>]) -> Int {
    let lengths = lines.lazy.filter { !$0.isEmpty }.map(\.count).sorted()
    if lengths.count < 3 { return 0 }
    return lengths[lengths.count * 4 / 5]
  }

  /// The widest line in a text that is not hard-wrapped prose, in bytes: prose is wrapped
  /// at 60 to 80 columns, its full lines close to that width.
  private static let proseWrapWidth = 60

  /// Which of `lines` are items of a list of lines, each a unit of its own.
  ///
  /// In a text wrapped at under ``proseWrapWidth`` (its `wrapWidth`, 1 or more), no line is
  /// as wide as hard-wrapped prose fills its lines. There, a run of lines each under that
  /// width, without a sentence mark (`.` `!` `?` `…`) anywhere in them or a clause mark
  /// (`,` `;` `:` `-`) at their ends, is a list when it holds more words than a sentence
  /// (``maximumWords``): joined, it would be a sentence longer than any, cut anywhere. A
  /// shorter run, or one a sentence ends in, is a sentence wrapped over narrow lines. (In a
  /// wider text a line much shorter than the wrap width already ends its paragraph:
  /// ``isShortOfWrapWidth(_:wrapWidth:)``.)
  private func listLines(_ lines: [Range<Int>], wrapWidth: Int) -> [Bool] {
    var isListLine = [Bool](repeating: false, count: lines.count)
    guard (1..<Self.proseWrapWidth).contains(wrapWidth) else { return isListLine }
    var runStart = 0
    var words = 0
    for index in 0...lines.count {
      if index < lines.count, let lineWords = openShortLineWords(lines[index]) {
        words += lineWords
        continue
      }
      if words > Self.maximumWords {
        for item in runStart..<index { isListLine[item] = true }
      }
      runStart = index + 1
      words = 0
    }
    return isListLine
  }

  /// The words of `line` when it is under ``proseWrapWidth`` bytes, holds no sentence mark
  /// and does not end in a clause mark, else nil.
  private func openShortLineWords(_ line: Range<Int>) -> Int? {
    if line.isEmpty || line.count >= Self.proseWrapWidth { return nil }
    let lastByte = bytes[line.upperBound - 1]
    if lastByte == .comma || lastByte == .semicolon || lastByte == .colon
      || lastByte == .hyphen
    {
      return nil
    }
    var words = 0
    var inWord = false
    for index in line {
      let byte = bytes[index]
      if byte == .period || byte == .exclamationMark || byte == .questionMark { return nil }
      if byte == UTF8Mark.ellipsis
        && isTerminalPunctuation(before: index + 1, from: line.lowerBound)
      {
        return nil
      }
      if byte.isASCIIWhitespace {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
    }
    return words
  }

  /// Whether `line` (without final punctuation or a clause mark) is much shorter than the
  /// lines of a text wrapped at `wrapWidth` (30 to 120 bytes): under three quarters of it,
  /// so not a wrapped line but one that ends where its writer ended it.
  private func isShortOfWrapWidth(_ line: Range<Int>, wrapWidth: Int) -> Bool {
    (30...120).contains(wrapWidth) && line.count * 4 < wrapWidth * 3
  }

  /// Whether the trimmed line `line` goes on the paragraph whose last line is `previous`.
  ///
  /// A bullet or list marker starts a paragraph of its own, and so does a line after a
  /// colon, or after a line without final punctuation much shorter than the text's wrap
  /// width (``isShortOfWrapWidth(_:wrapWidth:)``). A line after final punctuation joins
  /// (the sentences are split apart later). A line in lower case joins a long line, or one
  /// ending in `,` `;` `-`, or when it ends a sentence itself; a capitalized line joins after
  /// `,` or `;`, or after a long line ending in a lower-case letter or digit when the text
  /// is hard-wrapped.
  private func continuesParagraph(
    _ previous: Range<Int>, with line: Range<Int>, hardWrapped: Bool, wrapWidth: Int
  ) -> Bool {
    if bulletLength(at: line.lowerBound, end: line.upperBound) > 0
      || listMarker(at: line.lowerBound, end: line.upperBound) != nil
    {
      return false
    }
    let last = endBeforeClosers(previous)
    if last <= previous.lowerBound { return false }
    if isTerminalPunctuation(before: last, from: previous.lowerBound) { return true }
    let lastByte = bytes[last - 1]
    if lastByte == .colon { return false }
    if lastByte != .comma && lastByte != .semicolon && lastByte != .hyphen
      && isShortOfWrapWidth(previous, wrapWidth: wrapWidth)
    {
      return false
    }
    if wordStart(at: line.lowerBound, end: line.upperBound) == .lower {
      if previous.count >= 40 || lastByte == .comma || lastByte == .semicolon
        || lastByte == .hyphen
      {
        return true
      }
      return endsWithTerminalPunctuation(line)
    }
    if lastByte == .comma || lastByte == .semicolon { return true }
    return hardWrapped && previous.count >= 50
      && (lastByte.isASCIILowercase || lastByte.isASCIIDigit)
  }

  /// Whether `line` ends in `.`, `!`, `?` or `…`, closing quotes and brackets aside.
  private func endsWithTerminalPunctuation(_ line: Range<Int>) -> Bool {
    let last = endBeforeClosers(line)
    return last > line.lowerBound && isTerminalPunctuation(before: last, from: line.lowerBound)
  }

  /// Where `range` ends once the closing quotes and brackets at its end are left out.
  private func endBeforeClosers(_ range: Range<Int>) -> Int {
    var last = range.upperBound
    while last > range.lowerBound {
      let length = closerLength(before: last, from: range.lowerBound)
      if length == 0 { break }
      last -= length
    }
    return last
  }

  /// Whether the character before `end` (after `start`, and at least one byte) is `.`, `!`,
  /// `?` or `…`.
  private func isTerminalPunctuation(before end: Int, from start: Int) -> Bool {
    let last = bytes[end - 1]
    if last == .period || last == .exclamationMark || last == .questionMark { return true }
    return end - start >= 3 && bytes[end - 3] == UTF8Mark.punctuationLead
      && bytes[end - 2] == UTF8Mark.generalPunctuation && last == UTF8Mark.ellipsis
  }
}
