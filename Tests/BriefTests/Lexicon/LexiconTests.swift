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

  /// The index and the answering read mixed-language lists of their own (for now): the
  /// lexicons' lists, English and Spanish together, are those lists.
  @Test func theLanguagesTogetherHoldTheMixedLists() {
    let english = Lexicon.english
    let spanish = Lexicon.spanish
    #expect(Set(english.numberWords + spanish.numberWords) == Set(SentenceIndex.Flag.numberWords))
    #expect(
      Set(english.numberQuestionWords + spanish.numberQuestionWords)
        == Retriever.numberQuestions)
    for word in english.numberWords + spanish.numberWords { #expect(word.utf8.count <= 9) }
  }

  private func asciiLowercased(_ word: String) -> String {
    String(decoding: word.utf8.map(\.asciiLowercased), as: UTF8.self)
  }
}
