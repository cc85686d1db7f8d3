/// Splits prose into sentences, returned as UTF-8 byte ranges into the input.
///
/// The splitter reads the UTF-8 bytes of a text once. It groups lines into paragraphs (a
/// blank line ends one, and so does a line break that looks like a paragraph's end, while
/// hard-wrapped lines are joined), strips a news dateline ("LONDON (Reuters) - ") and
/// DailyMail-style boilerplate from the start of each paragraph, and then decides at every
/// period, `!`, `?` and ellipsis of the paragraph whether a sentence ends there. The rules
/// know abbreviations ("Dr.", "Inc."), initials ("J. R. R."), numbers, times ("5 p.m."),
/// closing quotes and brackets, list markers ("1.", "a)") and bullets, URLs and e-mail
/// addresses, and sentences glued together ("world.Today"):
///
///     let splitter = SentenceSplitter(language: .english)
///     let text = "Mr. Smith met Dr. Jones. They talked."
///     splitter.sentences(in: text).map { splitter.text(of: $0, in: text) }
///     // ["Mr. Smith met Dr. Jones.", "They talked."]
///
/// The abbreviations and sentence starters are the language's (``Lexicon``). The rules are
/// spread over files by concern, each an extension of ``Scanner``:
/// `SentenceSplitter+Scanner.swift` (the scan of a paragraph), `+Paragraphs` (lines into
/// paragraphs), `+Boundaries` (the decision at each mark), `+Words` (the word before a period
/// and the word after it), `+Punctuation` (quotes, brackets, dashes), `+Lists` (bullets and
/// numbered items), `+Datelines` (datelines and boilerplate), `+Citations` ("[17]" after a
/// sentence's end), `+Lowercase` (informal sentences that start in lower case),
/// `+SpacedAbbreviations` ("a. C.", "EE. UU."), `+Headlines` (ALL-CAPS headlines run into
/// their text) and `+WordTables` (the word lists as lookup tables).
///
/// - Complexity: O(n) in the length of the text.
public struct SentenceSplitter: Sendable {
  /// The language whose word lists are used.
  internal let language: Language

  /// The language's abbreviations and sentence starters, keyed for lookup.
  private let words: WordTables

  /// Creates a splitter.
  ///
  /// - Parameter language: chooses the abbreviations and sentence starters (``Lexicon``).
  public init(language: Language = .english) {
    self.language = language
    self.words = WordTables.of(language)
  }

  /// The sentences of `text` in text order, as UTF-8 byte offsets into `text.utf8`, each
  /// trimmed of surrounding whitespace; never an empty range.
  public func sentences(in text: String) -> [Range<Int>] {
    if text.utf8.isEmpty { return [] }
    var copy = text
    let words = self.words
    return copy.withUTF8 { bytes -> [Range<Int>] in
      var scanner = Scanner(bytes: bytes, words: words)
      scanner.run()
      return scanner.sentences
    }
  }

  /// The text of a sentence for display: the bytes of `range` (clamped to the text) with
  /// every run of whitespace (spaces, tabs, line breaks) made one space.
  public func text(of range: Range<Int>, in text: String) -> String {
    var copy = text
    return copy.withUTF8 { bytes -> String in
      let lower = max(0, min(range.lowerBound, bytes.count))
      let upper = max(lower, min(range.upperBound, bytes.count))
      if lower == upper { return "" }
      let sentence = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
      if !Self.needsCollapsing(sentence) { return String(decoding: sentence, as: UTF8.self) }
      return String(decoding: Self.collapsingWhitespace(sentence), as: UTF8.self)
    }
  }

  /// Whether `sentence` (not empty) has whitespace at an end, or other whitespace than single
  /// spaces between words; most sentences have not.
  private static func needsCollapsing(_ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
    let last = sentence.count - 1
    if sentence[0].isASCIIWhitespace || sentence[last].isASCIIWhitespace { return true }
    // Neither end is whitespace, so whitespace at `index` has a byte after it.
    var index = 0
    while index < last {
      let byte = sentence[index]
      if byte.isASCIIWhitespace && (byte != .space || sentence[index + 1].isASCIIWhitespace) {
        return true
      }
      index += 1
    }
    return false
  }

  /// The bytes of `sentence` without whitespace at its ends and with each run of whitespace
  /// inside it turned into one space.
  private static func collapsingWhitespace(_ sentence: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(sentence.count)
    var pendingSpace = false
    for byte in sentence {
      if byte.isASCIIWhitespace {
        pendingSpace = true
      } else {
        if pendingSpace && !collapsed.isEmpty { collapsed.append(.space) }
        pendingSpace = false
        collapsed.append(byte)
      }
    }
    return collapsed
  }
}
