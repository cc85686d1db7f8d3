extension SentenceSplitter {
  /// One pass over the UTF-8 bytes of a text: its paragraphs, then the sentences of each.
  ///
  /// Offsets are byte offsets into ``bytes``. Most steps read `bytes[start..<end]` and are
  /// given `start` and `end` apart, as the scan moves `start` on; `end` is the end of the
  /// paragraph (or line) being read, past which nothing is looked at.
  internal struct Scanner {
    /// The text.
    internal let bytes: UnsafeBufferPointer<UInt8>
    /// The language's abbreviations and sentence starters.
    internal let words: WordTables
    /// The sentences found so far, in text order.
    internal private(set) var sentences: [Range<Int>] = []

    /// Creates a scanner over `bytes`.
    internal init(bytes: UnsafeBufferPointer<UInt8>, words: WordTables) {
      self.bytes = bytes
      self.words = words
      sentences.reserveCapacity(bytes.count / 100 + 4)
    }

    /// What the scan does at a candidate mark.
    internal enum Decision {
      /// No sentence ends here; the scan goes on at `resume`.
      case noBoundary(resume: Int)
      /// A sentence ends at `end` (exclusive); the next one starts at or after `resume`.
      case boundary(end: Int, resume: Int)
    }

    /// Splits a paragraph into sentences, after its boilerplate and dateline.
    ///
    /// `bodyStart`, when given, is where the paragraph's text starts after a bullet or list
    /// marker that is structure: its first sentence starts there (the marker still counts
    /// for the list's numbering), and so do the items of its list that follow on its line
    /// ("1. eggs 2. milk" gives "eggs" and "milk").
    internal mutating func splitParagraph(_ paragraph: Range<Int>, bodyStart: Int? = nil) {
      let end = paragraph.upperBound
      var start = skipBoilerplate(from: paragraph.lowerBound, end: end)
      start = skipDateline(from: start, end: end)
      start = skipWhitespace(from: start, end: end)
      if start >= end { return }

      var sentenceStart = headline(at: start, end: end)
      var list: ListState?
      var index = sentenceBody(at: sentenceStart, end: end, list: &list, paragraphStart: true)
      var dropsMarkers = false
      if let bodyStart, sentenceStart == paragraph.lowerBound, bodyStart <= end {
        dropsMarkers = bodyStart >= index
        sentenceStart = bodyStart
        index = max(index, bodyStart)
      }
      while index < end {
        // Outside a list only sentence punctuation can end a sentence: the bytes between
        // are passed over in a tight loop.
        if list == nil {
          while index < end && !Self.mayEndSentence(bytes[index]) { index += 1 }
          if index == end { break }
        }
        let decision: Decision
        switch bytes[index] {
        case .period:
          decision = period(at: index, sentenceStart: sentenceStart, end: end)
        case .exclamationMark, .questionMark:
          decision = exclamationOrQuestion(at: index, sentenceStart: sentenceStart, end: end)
        case UTF8Mark.punctuationLead:
          decision = punctuationMark(at: index, sentenceStart: sentenceStart, end: end)
        case .space, .tab, .newline, .carriageReturn:
          decision = nextListItem(after: index, end: end, list: list)
        default:
          index += 1
          continue
        }
        switch decision {
        case .noBoundary(let resume):
          index = max(resume, index + 1)
        case .boundary(let sentenceEnd, let resume):
          appendSentence(from: sentenceStart, to: sentenceEnd)
          sentenceStart = headline(at: skipWhitespace(from: resume, end: end), end: end)
          let expected = list?.next
          index = sentenceBody(at: sentenceStart, end: end, list: &list, paragraphStart: false)
          if dropsMarkers, let expected, list?.next == expected + 1 { sentenceStart = index }
        }
      }
      appendSentence(from: sentenceStart, to: end)
    }

    /// Whether `byte` is `.`, `!`, `?` or the lead byte of typographic punctuation (`…`, `”`):
    /// the bytes ``splitParagraph(_:bodyStart:)`` decides at outside a list.
    @inline(__always)
    private static func mayEndSentence(_ byte: UInt8) -> Bool {
      // Bits 33, 46 and 63: `!`, `.` and `?`.
      byte < 64
        ? (0x8000_4002_0000_0000 as UInt64) >> byte & 1 != 0 : byte == UTF8Mark.punctuationLead
    }

    /// Where the sentence at `start` begins once an ALL-CAPS headline run into it
    /// (``headlineEnd(at:end:)``) is added as a sentence of its own.
    private mutating func headline(at start: Int, end: Int) -> Int {
      guard let cut = headlineEnd(at: start, end: end) else { return start }
      appendSentence(from: start, to: cut)
      return cut
    }

    /// Adds `bytes[start..<end]`, trimmed, as a sentence, unless it holds no letter or digit
    /// ("." or "» ." left over from page furniture); a run of more than ``maximumWords``
    /// words is added as several (``longUnitCut(in:)``).
    private mutating func appendSentence(from start: Int, to end: Int) {
      var sentence = trimmed(from: start, to: end)
      while let cut = longUnitCut(in: sentence) {
        let unit = trimmed(from: sentence.lowerBound, to: cut)
        if holdsWordCharacter(unit) { sentences.append(unit) }
        sentence = trimmed(from: cut, to: sentence.upperBound)
      }
      if holdsWordCharacter(sentence) { sentences.append(sentence) }
    }

    /// Whether `range` holds an ASCII letter or digit, or the lead byte of a character past
    /// U+00BF other than general punctuation (a letter, most likely).
    private func holdsWordCharacter(_ range: Range<Int>) -> Bool {
      bytes[range].contains { byte in
        byte.isASCIILetterOrDigit || (byte >= 0xC3 && byte != UTF8Mark.punctuationLead)
      }
    }

    /// `start..<end` without whitespace at either end (empty when all of it is whitespace).
    internal func trimmed(from start: Int, to end: Int) -> Range<Int> {
      var lower = start
      while lower < end && bytes[lower].isASCIIWhitespace { lower += 1 }
      var upper = end
      while upper > lower && bytes[upper - 1].isASCIIWhitespace { upper -= 1 }
      return lower..<upper
    }

    /// Where the text goes on after whitespace at `start` (at most `end`).
    @inline(__always)
    internal func skipWhitespace(from start: Int, end: Int) -> Int {
      var index = start
      while index < end && bytes[index].isASCIIWhitespace { index += 1 }
      return index
    }

    /// Where the text goes on after spaces and tabs (not line breaks) at `start`.
    internal func skipSpacesAndTabs(from start: Int, end: Int) -> Int {
      var index = start
      while index < end && (bytes[index] == .space || bytes[index] == .tab) { index += 1 }
      return index
    }
  }
}
