/// A language Brief can analyze: it chooses the stemmer and the word lists (``Lexicon``:
/// stop words, the sentence splitter's abbreviations, referring words…).
public enum Language: String, Sendable, CaseIterable, Codable {
  case english
  case spanish

  /// The Snowball algorithm name that libstemmer knows this language by.
  internal var snowballAlgorithm: String {
    switch self {
    case .english: return "english"
    case .spanish: return "spanish"
    }
  }
}
