/// A language Brief can analyze: it chooses the stemmer and the word lists (``Lexicon``:
/// stop words, the sentence splitter's abbreviations, referring words…).
public enum Language: String, Sendable, CaseIterable, Codable {
  case english
  case spanish

  /// The language named `name`, in any case: its name ("spanish") or its ISO 639 code
  /// ("es", "spa"); nil for another name.
  public init?(name: String) {
    switch name.lowercased() {
    case "english", "en", "eng": self = .english
    case "spanish", "es", "spa", "español", "espanol": self = .spanish
    default: return nil
    }
  }

  /// The language's two-letter ISO 639-1 code: "en", "es".
  public var code: String {
    switch self {
    case .english: "en"
    case .spanish: "es"
    }
  }

  /// The Snowball algorithm name that libstemmer knows this language by.
  internal var snowballAlgorithm: String {
    switch self {
    case .english: return "english"
    case .spanish: return "spanish"
    }
  }
}
