extension SentenceSplitter {
  /// How an abbreviation behaves before a capitalized word.
  internal enum AbbreviationKind: Sendable {
    /// Title-like: never ends a sentence ("Mr.", "Dr.", "St.", "Gen.", "vs.", "e.g.").
    case title
    /// Ends a sentence before a capitalized word, but not before a number ("Inc.", "Jan.",
    /// "No.").
    case general
  }

  /// A language's splitting words (from its ``Lexicon``) as lookup tables.
  ///
  /// A word is looked up by its key: its first 8 bytes, ASCII letters lower-cased, packed
  /// into a `UInt64` (first byte lowest), so that a word of the text is looked up without
  /// making a string of it. Longer words have no key.
  internal struct WordTables: Sendable {
    /// Abbreviations, written without their final period.
    internal let abbreviations: [UInt64: AbbreviationKind]
    /// Words that typically begin a sentence (read after initials such as "U.S." or "E.").
    internal let starters: Set<UInt64>
    /// Words that typically follow a time such as "5 p.m." inside a sentence.
    internal let timeFollowers: Set<UInt64>

    /// The tables of a lexicon's lists.
    internal init(_ lexicon: Lexicon) {
      var abbreviations: [UInt64: AbbreviationKind] = [:]
      // A word in both lists would be a title.
      for word in lexicon.generalAbbreviations {
        if let key = Self.key(word) { abbreviations[key] = .general }
      }
      for word in lexicon.titleAbbreviations {
        if let key = Self.key(word) { abbreviations[key] = .title }
      }
      self.abbreviations = abbreviations
      self.starters = Self.keys(lexicon.sentenceStarters)
      self.timeFollowers = Self.keys(lexicon.timeFollowers)
    }

    /// The English tables, built once.
    internal static let english = WordTables(.english)
    /// The Spanish tables, built once.
    internal static let spanish = WordTables(.spanish)

    /// The tables of a language.
    internal static func of(_ language: Language) -> WordTables {
      switch language {
      case .english: english
      case .spanish: spanish
      }
    }

    /// The key of `bytes[start..<end]`: its bytes, ASCII letters lower-cased, packed first
    /// byte lowest; nil when the range is empty or longer than 8 bytes.
    @inline(__always)
    internal static func key(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
      -> UInt64?
    {
      let count = end - start
      guard count > 0 && count <= 8 else { return nil }
      var key: UInt64 = 0
      var shift: UInt64 = 0
      for index in start..<end {
        key |= UInt64(bytes[index].asciiLowercased) << shift
        shift += 8
      }
      return key
    }

    /// The key of a word given as a string.
    internal static func key(_ word: String) -> UInt64? {
      let bytes = Array(word.utf8)
      return bytes.withUnsafeBufferPointer { key($0, from: 0, to: $0.count) }
    }

    /// The keys of the words that have one.
    private static func keys(_ words: [String]) -> Set<UInt64> {
      Set(words.compactMap { key($0) })
    }
  }
}

extension SentenceSplitter.Scanner {
  /// The kind of the abbreviation `bytes[start..<end]` is (without its period), or nil when
  /// it is none.
  @inline(__always)
  internal func abbreviationKind(from start: Int, to end: Int)
    -> SentenceSplitter.AbbreviationKind?
  {
    guard let key = SentenceSplitter.WordTables.key(bytes, from: start, to: end) else {
      return nil
    }
    return words.abbreviations[key]
  }
}
