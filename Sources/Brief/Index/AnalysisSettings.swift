/// Everything that decides which terms a text gives: an index can only be searched with
/// questions analyzed the same way it was built, so saved indexes record these and opening
/// one with other settings is refused.
public struct AnalysisSettings: Sendable, Hashable, CustomStringConvertible {
  /// The version of Brief's splitting and analysis rules.
  ///
  /// Bumped whenever a change to the splitter, tokenizer, stop words or stemming changes the terms
  /// of any text.
  public static let currentAnalysisVersion = 1

  /// The language of the stemmer, stop words and splitter.
  public var language: Language
  /// Whether accents are folded before stemming.
  public var foldsDiacritics: Bool
  /// Longer tokens are dropped.
  public var maximumTokenLength: Int
  /// A checksum of the stop-word list.
  public var stopWordsChecksum: UInt64
  /// ``currentAnalysisVersion`` of the Brief that analyzed the text.
  public var analysisVersion: Int

  /// The settings Brief analyzes `language` with (the ones ``Analyzer/init(language:tokenizer:)``
  /// uses by default).
  public init(language: Language) {
    let tokenizer = Tokenizer(foldsDiacritics: language == .english)
    self.language = language
    self.foldsDiacritics = tokenizer.foldsDiacritics
    self.maximumTokenLength = tokenizer.maximumTokenLength
    let words = StopWords(language: language).words.sorted().joined(separator: "\n")
    self.stopWordsChecksum = Array(words.utf8).withUnsafeBytes { Checksum.of($0) }
    self.analysisVersion = Self.currentAnalysisVersion
  }

  /// Settings as read from a saved index.
  internal init(
    language: Language, foldsDiacritics: Bool, maximumTokenLength: Int, stopWordsChecksum: UInt64,
    analysisVersion: Int
  ) {
    self.language = language
    self.foldsDiacritics = foldsDiacritics
    self.maximumTokenLength = maximumTokenLength
    self.stopWordsChecksum = stopWordsChecksum
    self.analysisVersion = analysisVersion
  }

  /// One line naming the settings.
  ///
  /// For example `language english, accents folded, analysis v1`.
  public var description: String {
    var parts = ["language \(language.rawValue)"]
    parts.append(foldsDiacritics ? "accents folded" : "accents kept")
    if maximumTokenLength != Tokenizer().maximumTokenLength {
      parts.append("tokens up to \(maximumTokenLength) bytes")
    }
    if stopWordsChecksum != AnalysisSettings(language: language).stopWordsChecksum {
      parts.append("other stop words")
    }
    parts.append("analysis v\(analysisVersion)")
    return parts.joined(separator: ", ")
  }
}
