/// The word lists of one language: everything Brief knows about a language's words as
/// words, in one place.
///
/// There is one value per ``Language``, ``english`` and ``spanish``. Analysis, splitting and
/// summarizing choose theirs by the document's language:
///
///     let lexicon = Lexicon(language: .spanish)
///     lexicon.stopWords.contains("el")          // true
///     lexicon.titleAbbreviations.contains("sra") // true: "la Sra. López" is one sentence
///
/// Words are lower-cased, as the tokenizer gives them (``referringWords`` excepted: they open
/// a sentence, so they are capitalized). The lists keep the order they are written in;
/// users that look words up build sets once. The splitter's lists are looked up by their
/// first 8 bytes with ASCII letters lower-cased, so none is longer.
///
/// The lists of questions and of what an index marks in a sentence (pronouns, months,
/// currencies, numbers spelled out, the words of "how many" and "what kind of" questions) are
/// here per language too; where a language has no such list yet, it is empty.
public struct Lexicon: Sendable {
  /// The language of the words.
  public let language: Language

  // MARK: Analysis

  /// Function words that carry no content for term weighting (see ``StopWords``):
  /// articles, pronouns, auxiliaries, prepositions, conjunctions, question words.
  public let stopWords: [String]

  // MARK: Sentence splitting

  /// Abbreviations that never end a sentence, whatever follows ("Mr", "Dr", "vs"), written
  /// without their final period.
  public let titleAbbreviations: [String]
  /// Abbreviations that end a sentence before a capitalized word only, without their final
  /// period: "Inc", "Jan", "No" (as in "No 5", which goes on).
  public let generalAbbreviations: [String]
  /// Words that often begin a sentence ("The", "He"): after initials such as "U.S." or "E."
  /// or a time such as "5 p.m.", one of them ends the sentence.
  public let sentenceStarters: [String]
  /// Words that often follow a time such as "5 p.m." inside its sentence ("Monday", "GMT").
  public let timeFollowers: [String]

  // MARK: Summarization

  /// Capitalized first words that refer back to an earlier sentence ("He", "This", "But"),
  /// which a summary may not hold.
  public let referringWords: [String]

  // MARK: Index and answering

  /// Words that, opening a sentence, refer to someone or something named before.
  public let pronouns: [String]
  /// Month names, which mark a date.
  public let months: [String]
  /// Currencies' names, which mark a sum of money.
  public let currencies: [String]
  /// Numbers spelled out, which mark a quantity: "two", "thousand", "half" (not "one", more
  /// often a pronoun); at most 9 bytes each.
  public let numberWords: [String]
  /// Words for "century", which mark a date after a number ("18th century").
  public let centuryWords: [String]
  /// Words that ask for a date: "when".
  public let timeQuestionWords: [String]
  /// Words that ask for a name: "who", "where".
  public let nameQuestionWords: [String]
  /// Words that, before a noun, ask which one: "what", "which".
  public let whichQuestionWords: [String]
  /// Words that, after a ``whichQuestionWords`` word or beside one, ask for a year: "year".
  public let yearNouns: [String]
  /// Words that open a question of degree: "how" (in Spanish "cuánto", which asks "how
  /// much" itself).
  public let howQuestionWords: [String]
  /// Words that, after a ``howQuestionWords`` word, ask for a number ("many", "much",
  /// "long", "old"…).
  public let numberQuestionWords: [String]
  /// Words that ask for a count of the noun after them: "many" and "much" after "how";
  /// "cuántos", "cuántas", "cuánto" on their own.
  public let countQuestionWords: [String]
  /// Words that ask for a sum of money when they count nothing: "much" after "how"; "cuánto".
  public let sumQuestionWords: [String]
  /// Nouns anywhere in a question that ask for a number: "percentage", "number".
  public let numberNouns: [String]
  /// Nouns that, after a ``whichQuestionWords`` word, ask for a date or a period ("what
  /// century").
  public let dateNouns: [String]
  /// Nouns that, after a ``whichQuestionWords`` word, ask for a quantity ("what
  /// proportion").
  public let quantityNouns: [String]
  /// Nouns that name a kind of thing asked for ("what type of", "what kind of").
  public let kindWords: [String]

  /// Whether the language's count words ask on their own ("cuántos soldados"), its "how"
  /// word being one of them ("cuánto"), rather than after a "how" word ("how many").
  public var countWordsStandAlone: Bool {
    howQuestionWords.contains(where: countQuestionWords.contains)
  }

  /// The word lists of a language.
  public init(language: Language) {
    switch language {
    case .english: self = .english
    case .spanish: self = .spanish
    }
  }

  /// Creates a lexicon from its lists (``english`` and ``spanish`` are the only ones).
  internal init(
    language: Language, stopWords: [String], titleAbbreviations: [String],
    generalAbbreviations: [String], sentenceStarters: [String], timeFollowers: [String],
    referringWords: [String], pronouns: [String], months: [String], currencies: [String],
    numberWords: [String], centuryWords: [String], timeQuestionWords: [String],
    nameQuestionWords: [String], whichQuestionWords: [String], yearNouns: [String],
    howQuestionWords: [String], numberQuestionWords: [String], countQuestionWords: [String],
    sumQuestionWords: [String], numberNouns: [String], dateNouns: [String],
    quantityNouns: [String], kindWords: [String]
  ) {
    self.language = language
    self.stopWords = stopWords
    self.titleAbbreviations = titleAbbreviations
    self.generalAbbreviations = generalAbbreviations
    self.sentenceStarters = sentenceStarters
    self.timeFollowers = timeFollowers
    self.referringWords = referringWords
    self.pronouns = pronouns
    self.months = months
    self.currencies = currencies
    self.numberWords = numberWords
    self.centuryWords = centuryWords
    self.timeQuestionWords = timeQuestionWords
    self.nameQuestionWords = nameQuestionWords
    self.whichQuestionWords = whichQuestionWords
    self.yearNouns = yearNouns
    self.howQuestionWords = howQuestionWords
    self.numberQuestionWords = numberQuestionWords
    self.countQuestionWords = countQuestionWords
    self.sumQuestionWords = sumQuestionWords
    self.numberNouns = numberNouns
    self.dateNouns = dateNouns
    self.quantityNouns = quantityNouns
    self.kindWords = kindWords
  }
}
