import Testing

@testable import Brief

@Suite struct StopWordsTests {
  @Test(arguments: Language.allCases)
  func stopWordsAreTheLexiconsList(_ language: Language) {
    #expect(StopWords(language: language).words == Set(Lexicon(language: language).stopWords))
  }

  @Test func eachLanguageHasItsOwn() {
    let english = StopWords(language: .english)
    let spanish = StopWords(language: .spanish)
    #expect(english.contains("the") && english.contains("don't") && !english.contains("el"))
    #expect(spanish.contains("el") && spanish.contains("qué") && !spanish.contains("the"))
  }

  @Test func wordsAreLookedUpAsGiven() {
    // The analyzer lower-cases first; the list itself is lower-case.
    #expect(!StopWords(language: .english).contains("The"))
    #expect(!StopWords(language: .english).contains("president"))
  }
}
