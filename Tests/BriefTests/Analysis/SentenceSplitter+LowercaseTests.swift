import Testing

@testable import Brief

@Suite("SentenceSplitter: sentences that start in lower case")
internal struct SentenceSplitterLowercaseTests {
  @Test(arguments: [
    SentenceSplitCase(
      "are you kidding? why would you want one? they bite.",
      ["are you kidding?", "why would you want one?", "they bite."]),
    SentenceSplitCase(
      "what an awesome place!!! it was worth the ride.",
      ["what an awesome place!!!", "it was worth the ride."]),
    SentenceSplitCase(
      "anyone who likes it as i do ? i dont know. most men suck ! who knows",
      ["anyone who likes it as i do ?", "i dont know.", "most men suck !", "who knows"]),
    SentenceSplitCase(
      "max is looking for you. call him tonight.",
      ["max is looking for you.", "call him tonight."]),
  ])
  func informalSentencesSplit(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test(arguments: [
    // A closing quote, a name, an abbreviation, initials or a dialogue dash keep it one.
    SentenceSplitCase("\"Why?\" she asked.", ["\"Why?\" she asked."]),
    SentenceSplitCase("'It is great.' she said.", ["'It is great.' she said."]),
    SentenceSplitCase(
      "She works at Yahoo! in the accounting department.",
      ["She works at Yahoo! in the accounting department."]),
    SentenceSplitCase("Smith and co. at the party.", ["Smith and co. at the party."]),
    SentenceSplitCase("He saw Smith. then he left.", ["He saw Smith. then he left."]),
    SentenceSplitCase("I lived in the U.S. for years.", ["I lived in the U.S. for years."]),
    SentenceSplitCase("It cost 5 dollars. more or less.", ["It cost 5 dollars.", "more or less."]),
    SentenceSplitCase("It sold 500. more came later.", ["It sold 500. more came later."]),
    SentenceSplitCase("why? (no idea) ok.", ["why? (no idea) ok."]),
    SentenceSplitCase("¿Vienes? —preguntó él.", ["¿Vienes? —preguntó él."]),
    SentenceSplitCase(
      "Si vienes, ¿me avisas? y luego vamos.", ["Si vienes, ¿me avisas? y luego vamos."]),
  ])
  func weakEvidenceKeepsOneSentence(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }
}
