/// Function words that carry no content for term weighting, per language.
public struct StopWords: Sendable {
  /// The lowercased words.
  public let words: Set<String>

  /// The stop words of a language.
  public init(language: Language) {
    switch language {
    case .english: words = Set(Self.englishWords)
    case .spanish: words = Set(Self.spanishWords)
    }
  }

  /// True when `word` (lowercased) is a stop word.
  public func contains(_ word: String) -> Bool { words.contains(word) }
}
