import Testing

@testable import Brief

@Suite("SentenceSplitter: citation marks after a sentence's end")
internal struct SentenceSplitterCitationsTests {
  @Test(arguments: [
    SentenceSplitCase(
      "He was born in 1990.[17] The family moved.[18][19] Later he left.",
      ["He was born in 1990.[17]", "The family moved.[18][19]", "Later he left."]),
    SentenceSplitCase(
      "He stayed until July 1805. [6] An average student, he left.",
      ["He stayed until July 1805. [6]", "An average student, he left."]),
    SentenceSplitCase(
      "Prices rose sharply.[1]–[3] Wages did not.",
      ["Prices rose sharply.[1]–[3]", "Wages did not."]),
    SentenceSplitCase(
      "It was, she said, \"our best year.\" [a] Sales fell after.",
      ["It was, she said, \"our best year.\" [a]", "Sales fell after."]),
    SentenceSplitCase(
      "The case closed. [\u{2026}] Counsel rose.", ["The case closed. [\u{2026}]", "Counsel rose."]),
    SentenceSplitCase("It ended well. [7]", ["It ended well. [7]"]),
    // Not citations: an editor's note in brackets starts a sentence of its own.
    SentenceSplitCase(
      "It ended well. [Editor's note: it did not.] Then came May.",
      ["It ended well.", "[Editor's note: it did not.]", "Then came May."]),
  ])
  func citationsStayWithTheSentenceBefore(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test func aRunOfMarksEndsAfterItsLastBracket() {
    let text = "[18][19]- next"
    #expect(withScanner(text) { $0.skipCitations(from: 0, end: text.utf8.count) } == 8)
    let dashed = "[1]\u{2013}[11] x"
    #expect(withScanner(dashed) { $0.skipCitations(from: 0, end: dashed.utf8.count) } == 10)
    let long = "[1234567890123] x"
    #expect(withScanner(long) { $0.skipCitations(from: 0, end: long.utf8.count) } == 0)
    let words = "[Editor's] x"
    #expect(withScanner(words) { $0.skipCitations(from: 0, end: words.utf8.count) } == 0)
  }
}
