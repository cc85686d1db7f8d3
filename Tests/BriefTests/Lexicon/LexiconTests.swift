import Testing

@testable import Brief

@Suite struct LexiconTests {
  /// Every list of a lexicon, by name.
  private func lists(_ lexicon: Lexicon) -> [(name: String, words: [String])] {
    [
      ("stopWords", lexicon.stopWords), ("titleAbbreviations", lexicon.titleAbbreviations),
      ("generalAbbreviations", lexicon.generalAbbreviations),
      ("sentenceStarters", lexicon.sentenceStarters), ("timeFollowers", lexicon.timeFollowers),
      ("referringWords", lexicon.referringWords), ("pronouns", lexicon.pronouns),
      ("months", lexicon.months), ("currencies", lexicon.currencies),
      ("numberWords", lexicon.numberWords), ("centuryWords", lexicon.centuryWords),
      ("timeQuestionWords", lexicon.timeQuestionWords),
      ("nameQuestionWords", lexicon.nameQuestionWords),
      ("whichQuestionWords", lexicon.whichQuestionWords), ("yearNouns", lexicon.yearNouns),
      ("howQuestionWords", lexicon.howQuestionWords),
      ("numberQuestionWords", lexicon.numberQuestionWords),
      ("countQuestionWords", lexicon.countQuestionWords),
      ("sumQuestionWords", lexicon.sumQuestionWords), ("numberNouns", lexicon.numberNouns),
      ("dateNouns", lexicon.dateNouns), ("quantityNouns", lexicon.quantityNouns),
      ("kindWords", lexicon.kindWords),
    ]
  }

  @Test(arguments: Language.allCases)
  func eachLanguageHasItsLexicon(_ language: Language) {
    #expect(Lexicon(language: language).language == language)
    #expect(!Lexicon(language: language).stopWords.isEmpty)
  }

  @Test(arguments: Language.allCases)
  func noListRepeatsAWord(_ language: Language) {
    for (name, words) in lists(Lexicon(language: language)) {
      #expect(Set(words).count == words.count, "\(language) \(name)")
    }
  }

  @Test(arguments: Language.allCases)
  func wordsAreLowerCasedAsTheTokenizerGivesThem(_ language: Language) {
    for (name, words) in lists(Lexicon(language: language)) where name != "referringWords" {
      // "Él" among the Spanish sentence starters is matched as written (the splitter folds
      // ASCII letters only), so only ASCII capitals would be lost there.
      let lowered =
        name == "sentenceStarters" ? words.map(asciiLowercased) : words.map { $0.lowercased() }
      #expect(words == lowered, "\(language) \(name)")
    }
  }

  @Test(arguments: Language.allCases)
  func referringWordsAreCapitalized(_ language: Language) {
    for word in Lexicon(language: language).referringWords {
      #expect(word.first?.isUppercase == true, "\(word)")
    }
  }

  @Test(arguments: Language.allCases)
  func theSplittersWordsFitItsKeys(_ language: Language) {
    let lexicon = Lexicon(language: language)
    let words =
      lexicon.titleAbbreviations + lexicon.generalAbbreviations
      + lexicon.sentenceStarters + lexicon.timeFollowers
    for word in words { #expect(word.utf8.count <= 8, "\(word)") }
  }

  /// Each language's lists apply to its own texts only: "mil" is a quantity in Spanish, not
  /// in English ("Mil Mi-8"); "cuántos" asks a Spanish question for a number on its own,
  /// "many" an English one after "how".
  @Test func eachLanguageReadsItsOwnLists() throws {
    let english = try SentenceIndex(
      documents: [Document(id: "d", body: "The mil helicopter flew in mayo.")], language: .english)
    #expect(english.unitFlags == [[]])
    let spanish = try SentenceIndex(
      documents: [Document(id: "d", body: "Llegaron mil soldados en mayo.")], language: .spanish)
    #expect(spanish.unitFlags == [[.quantity, .month]] || spanish.unitFlags == [[.quantity]])
    let cuantos = ["cuántos", "soldados", "llegaron"]
    #expect(AnswerType(question: cuantos, lexicon: .spanish) == .number)
    #expect(AnswerType(question: cuantos, lexicon: .english) == .none)
    #expect(CountedNoun.position(in: cuantos, lexicon: .spanish) == 1)
    #expect(CountedNoun.position(in: ["how", "many", "soldiers"], lexicon: .spanish) == nil)
    #expect(CountedNoun.position(in: ["how", "many", "soldiers"], lexicon: .english) == 2)
    #expect(Lexicon.spanish.countWordsStandAlone && !Lexicon.english.countWordsStandAlone)
    for lexicon in [Lexicon.english, .spanish] {
      for word in lexicon.numberWords { #expect(word.utf8.count <= 9) }
    }
  }

  private func asciiLowercased(_ word: String) -> String {
    String(decoding: word.utf8.map(\.asciiLowercased), as: UTF8.self)
  }
}
