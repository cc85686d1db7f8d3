/// Function words that carry no content for term weighting, per language.
///
/// The words are the language's ``Lexicon/stopWords``, as a set.
public struct StopWords: Sendable {
  /// The lowercased words.
  public let words: Set<String>

  /// The stop words of a language.
  public init(language: Language) {
    words = Set(Lexicon(language: language).stopWords)
  }

  /// True when `word` (lowercased) is a stop word.
  public func contains(_ word: String) -> Bool { words.contains(word) }
}
