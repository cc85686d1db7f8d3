/// Tells which of Brief's languages a text is written in, from the stop words it uses.
///
/// Each language's profile is the stop words of its ``Lexicon`` that the other languages'
/// lists lack ("the", "and" against "el", "los"); a text's language is the one whose profile
/// words it holds most of, among its first 2,000 words. English wins unless another language
/// has at least five hits and half as many again as English (short or wordless texts stay
/// English, as without detection):
///
///     LanguageDetector.language(of: "El Sr. Pérez dijo que los vecinos se quejan.")
///     // .spanish
public enum LanguageDetector {
  /// The most words of a text that are looked at.
  private static let wordsRead = 2_000

  /// The stop words of each language that no other language lists, lower-cased.
  private static let profiles: [(Language, Set<String>)] = {
    let lists = Language.allCases.map { ($0, Set(Lexicon(language: $0).stopWords)) }
    return lists.map { language, words in
      var own = words
      for (other, otherWords) in lists where other != language { own.subtract(otherWords) }
      return (language, own)
    }
  }()

  /// The language `text` is most likely in (``Language/english`` when in doubt).
  public static func language(of text: String) -> Language {
    var hits = [Language: Int]()
    var words = 0
    for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
      words += 1
      if words > wordsRead { break }
      let lowered = word.lowercased()
      for (language, profile) in profiles where profile.contains(lowered) {
        hits[language, default: 0] += 1
      }
    }
    let english = hits[.english, default: 0]
    var best = Language.english
    var bestHits = english
    for (language, count) in hits where language != .english {
      if count >= 5 && count * 2 >= english * 3 && count > bestHits {
        best = language
        bestHits = count
      }
    }
    return best
  }

  /// The language most of `documents` are in, by ``language(of:)`` of each body (English on
  /// a tie or when there are none).
  public static func language(of documents: [Document]) -> Language {
    var votes = [Language: Int]()
    for document in documents { votes[language(of: document.body), default: 0] += 1 }
    let english = votes[.english, default: 0]
    return votes.filter { $0.key != .english && $0.value > english }
      .max { $0.value < $1.value }?.key ?? .english
  }
}
