import ArgumentParser
import Brief

/// The value of `--words`: a number of words, or `leadN` (each document's first N
/// sentences' words).
enum WordBudgetOption {
  /// The length a `--words` value names.
  ///
  /// - Throws: a `ValidationError` naming the problem (a number below 1, anything else).
  static func length(_ value: String) throws -> SummaryLength {
    if let words = Int(value) {
      guard words >= 1 else { throw ValidationError("--words must be at least 1, got \(words)") }
      return .words(words)
    }
    if value.hasPrefix("lead"), let sentences = Int(value.dropFirst(4)), sentences >= 1,
      !value.dropFirst(4).hasPrefix("+")
    {
      return .leadWords(sentences)
    }
    throw ValidationError(
      "--words must be a number of words or leadN (the first N sentences' length), got '\(value)'"
    )
  }

  /// How a word budget reads in a report: `75 words`, `lead3's length`.
  static func describe(_ length: SummaryLength) -> String? {
    switch length {
    case .words(let words): "\(words) words"
    case .leadWords(let sentences):
      "lead\(sentences)'s length (each document's first \(sentences) sentences)"
    case .sentences, .ratio: nil
    }
  }
}
