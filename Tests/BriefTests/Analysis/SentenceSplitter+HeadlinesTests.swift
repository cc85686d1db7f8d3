import Testing

@testable import Brief

@Suite("SentenceSplitter: ALL-CAPS headlines run into their text")
internal struct SentenceSplitterHeadlinesTests {
  @Test(arguments: [
    SentenceSplitCase(
      "STOCKS FALL AS FED HIKES RATES Shares fell on Monday. They rose later.",
      ["STOCKS FALL AS FED HIKES RATES", "Shares fell on Monday.", "They rose later."]),
    SentenceSplitCase(
      "The first awards were given in 1929. HOW IT ALL STARTED The dinner was small.",
      ["The first awards were given in 1929.", "HOW IT ALL STARTED", "The dinner was small."]),
    SentenceSplitCase(
      "ESPAÑA GANA EL MUNDIAL La selección venció.",
      ["ESPAÑA GANA EL MUNDIAL", "La selección venció."]),
  ])
  func headlinesAreSentencesOfTheirOwn(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test(arguments: [
    // Two words in capitals, a punctuated run, a sentence in capitals: no headline.
    SentenceSplitCase("The US FDA Commissioner spoke.", ["The US FDA Commissioner spoke."]),
    SentenceSplitCase("US FDA Commissioner Hahn spoke.", ["US FDA Commissioner Hahn spoke."]),
    SentenceSplitCase(
      "BREAKING NEWS TODAY: Fire downtown.", ["BREAKING NEWS TODAY: Fire downtown."]),
    SentenceSplitCase(
      "I LOVE THIS PLACE. WILL COME BACK.", ["I LOVE THIS PLACE.", "WILL COME BACK."]),
    SentenceSplitCase("THE BIG CAT sat down.", ["THE BIG CAT sat down."]),
  ])
  func otherCapitalsAreNoHeadline(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test func theHeadlineEndsBeforeTheFirstCapitalizedWord() {
    let text = "OIL PRICES RISE AGAIN Oil rose."
    #expect(withScanner(text) { $0.headlineEnd(at: 0, end: text.utf8.count) } == 22)
    let short = "OIL UP Oil rose."
    #expect(withScanner(short) { $0.headlineEnd(at: 0, end: short.utf8.count) } == nil)
  }
}
