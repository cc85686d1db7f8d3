import Testing

@testable import Brief

@Suite struct TokenizerTests {
  private func words(_ text: String) -> [String] {
    Tokenizer().tokens(in: text).map(\.text)
  }

  @Test(arguments: [
    ("Hello, World!", ["hello", "world"]),
    ("The U.S. and the U.K. agreed.", ["the", "u.s", "and", "the", "u.k", "agreed"]),
    (
      "It cost $1.13bn, up 3.5% on 1,000 units.",
      ["it", "cost", "1.13bn", "up", "3.5", "on", "1000", "units"]
    ),
    ("don't stop", ["don't", "stop"]),
    ("Sheinbaum's firm U.S.-Mexico stance", ["sheinbaum", "firm", "u.s", "mexico", "stance"]),
    ("drug-related violence—again", ["drug", "related", "violence", "again"]),
    ("Émile visited Zürich", ["émile", "visited", "zürich"]),
    ("at 5 p.m. today", ["at", "5", "p.m", "today"]),
  ])
  func tokens(input: String, expected: [String]) {
    #expect(words(input) == expected)
  }

  @Test func rangesAreByteOffsetsIntoTheText() {
    let text = "Café “au lait” now"
    let tokens = Tokenizer().tokens(in: text)
    let bytes = Array(text.utf8)
    for token in tokens {
      let surface = String(decoding: bytes[token.range], as: UTF8.self)
      #expect(surface.lowercased() == token.text)
    }
    #expect(tokens.map(\.position) == Array(0..<tokens.count))
  }

  @Test func overlongTokensAreSkipped() {
    let long = String(repeating: "a", count: 60)
    #expect(words("short \(long) word") == ["short", "word"])
  }

  @Test func diacriticsFoldOnlyWhenAsked() {
    #expect(
      Tokenizer(foldsDiacritics: true).tokens(in: "Gospić café Zürich").map(\.text) == [
        "gospic", "cafe", "zurich",
      ])
    #expect(Tokenizer().tokens(in: "Gospić").map(\.text) == ["gospić"])
  }

  @Test func englishAnalysisMeetsWithAndWithoutAccents() throws {
    let english = try Analyzer(language: .english)
    #expect(english.terms(in: "Gospić") == english.terms(in: "Gospic"))
    let spanish = try Analyzer(language: .spanish)
    #expect(spanish.tokenizer.foldsDiacritics == false)
  }
}
