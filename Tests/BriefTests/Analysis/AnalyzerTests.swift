import Testing

@testable import Brief

@Suite struct AnalyzerTests {
  @Test func inflectionsMeetAtOneTerm() throws {
    let analyzer = try Analyzer(language: .english)
    let terms = analyzer.terms(in: "She rejected it; the rejection stands, and he rejects it too.")
    #expect(terms.filter { $0 == "reject" }.count == 3)
    #expect(analyzer.termIDs(in: "rejected") == analyzer.termIDs(in: "REJECTS"))
  }

  @Test func stopWordsAreDropped() throws {
    let analyzer = try Analyzer(language: .english)
    #expect(analyzer.terms(in: "What did the President say about it?") == ["presid", "say"])
    #expect(analyzer.terms(in: "the of and to").isEmpty)
  }

  @Test func possessivesAndCurlyApostrophes() throws {
    let analyzer = try Analyzer(language: .english)
    #expect(analyzer.terms(in: "Trump's plan") == analyzer.terms(in: "Trump’s plan"))
    #expect(analyzer.terms(in: "Trump's") == ["trump"])
  }

  @Test func wordsStemmedToGivenStemsAreFoundAsWritten() throws {
    let analyzer = try Analyzer(language: .english)
    let text = "Sheinbaum’s REJECTION: she rejected it, and the rejection stands. Café."
    #expect(
      analyzer.words(stemmedTo: ["sheinbaum", "reject", "cafe"], in: text) == [
        "Sheinbaum’s", "REJECTION", "rejected", "rejection", "Café",
      ])
    let bytes = Array(text.utf8)
    let ranges = analyzer.ranges(ofWordsStemmedTo: ["reject"], in: text)
    #expect(
      ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == [
        "REJECTION", "rejected", "rejection",
      ])
    // Stop words match nothing, even when asked for; no stems, no words.
    #expect(analyzer.words(stemmedTo: ["the", "she"], in: text).isEmpty)
    #expect(analyzer.ranges(ofWordsStemmedTo: [], in: text).isEmpty)
  }

  @Test func spanishUsesSpanishStemsAndStopWords() throws {
    let analyzer = try Analyzer(language: .spanish)
    let terms = analyzer.terms(in: "Los trenes llegaron y el tren llega")
    #expect(!terms.contains("los"))
    #expect(!terms.contains("el"))
    #expect(terms.filter { $0 == "tren" }.count == 2)
    #expect(terms.filter { $0 == "lleg" }.count == 2)
  }

  @Test func singleLettersAreNoiseButSingleDigitsAreNot() throws {
    let analyzer = try Analyzer(language: .english)
    #expect(analyzer.terms(in: "x 7 q 3") == ["7", "3"])
  }
}
