/// Turns text into term ids: tokenize, lowercase, drop stop words, stem, intern.
///
/// One analyzer serves documents and questions alike, so that `rejected`, `rejection` and
/// `rejects` all meet at one term:
///
///     let analyzer = try Analyzer(language: .english)
///     analyzer.terms(in: "She rejected the rejection")   // ["reject", "reject"]
///
/// An analyzer owns a stemmer and a cache of stems, so it is not thread-safe: use one per
/// thread or task. Its ``vocabulary`` numbers the stems it has seen; ids from two analyzers
/// are not comparable (compare their terms).
public final class Analyzer {
  /// The language of the stemmer and stop words.
  public let language: Language
  /// The stems seen so far, numbered in order of first appearance.
  public private(set) var vocabulary = Vocabulary()
  /// The tokenizer in front of the filters.
  public let tokenizer: Tokenizer
  private let stemmer: Stemmer
  private let stopWords: StopWords
  /// Surface form (normalized bytes) → term id, or `-1` for a stop word.
  private var cache = _ByteTermCache()

  /// Creates an analyzer for a language.
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  /// - Parameters:
  ///   - language: chooses the stemmer and the stop words.
  ///   - tokenizer: the tokenizer; by default one that folds accents for English, whose
  ///     stemmer ignores them, and keeps them for Spanish, whose stemmer reads them.
  public init(language: Language = .english, tokenizer: Tokenizer? = nil) throws(BriefError) {
    self.language = language
    self.tokenizer = tokenizer ?? Tokenizer(foldsDiacritics: language == .english)
    self.stemmer = try Stemmer(language: language)
    self.stopWords = StopWords(language: language)
  }

  /// The stems of the content words of `text`, in order.
  public func terms(in text: String) -> [String] {
    termIDs(in: text).map { vocabulary[$0] }
  }

  /// The term ids of the content words of `text`, in order.
  public func termIDs(in text: String) -> [Int32] {
    var ids: [Int32] = []
    var copy = text
    copy.withUTF8 { bytes in
      _ = appendTermIDs(bytes: bytes, range: 0..<bytes.count, to: &ids)
    }
    return ids
  }

  /// Appends the term ids of the content words of `bytes[range]` to `ids`.
  ///
  /// - Returns: the number of words read, stop words included.
  /// - Complexity: O(n) in the range's length; each distinct word is stemmed once.
  @discardableResult
  public func appendTermIDs(
    bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, to ids: inout [Int32]
  ) -> Int {
    var words = 0
    forEachTermID(bytes: bytes, range: range) { id, _, _ in
      words += 1
      if id >= 0 { ids.append(id) }
    }
    return words
  }

  /// Calls `body` with every word of `bytes[range]`, stop words included: its term id (-1
  /// for a stop word), its normalized bytes (valid only during the call) and its byte range.
  ///
  /// `body` must not call back into this analyzer.
  ///
  /// - Complexity: O(n) in the range's length; each distinct word is stemmed once.
  @inline(__always)
  internal func forEachTermID(
    bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
    _ body: (Int32, UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    // The cache is moved out of the object for the call: one exclusive access to the
    // stored property instead of one per word.
    var cache = _ByteTermCache.placeholder
    swap(&cache, &self.cache)
    defer { swap(&cache, &self.cache) }
    tokenizer.forEachToken(in: bytes, range: range) { word, wordRange in
      body(termID(word: word, cache: &cache), word, wordRange)
    }
  }

  /// The term id of one normalized word, or -1 when it is a stop word.
  private func termID(word: UnsafeBufferPointer<UInt8>, cache: inout _ByteTermCache) -> Int32 {
    if let cached = cache.value(for: word) { return cached }
    let surface = String(decoding: word, as: UTF8.self)
    let id: Int32
    if stopWords.contains(surface) || isNoise(word) {
      id = -1
    } else {
      id = vocabulary.intern(stemmer.stem(bytes: word))
    }
    cache.insert(word, value: id)
    return id
  }

  /// Single letters other than digits carry no content.
  private func isNoise(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    word.count == 1 && !word[0].isASCIIDigit
  }
}
