import Testing

@testable import Brief

/// Lines of eight words from a list of eight, as a generator of test data writes them.
private let wordLines = (0..<30).map { line in
  let words = ["river", "town", "council", "said", "new", "bridge", "water", "people"]
  return (0..<8).map { words[(line * 3 + $0 * 5) % words.count] }.joined(separator: " ")
}

@Suite("SentenceSplitter: lines into paragraphs")
internal struct SentenceSplitterParagraphsTests {
  // MARK: Line breaks

  @Test(arguments: [
    SentenceSplitCase(
      "The report was copied from a\nscanned page with hard line breaks.",
      ["The report was copied from a scanned page with hard line breaks."]),
    SentenceSplitCase("It was a cold \nnight in the city.", ["It was a cold night in the city."]),
    SentenceSplitCase(
      "menu\nopening hours\nprices, offers\n",
      ["menu", "opening hours", "prices, offers"]),
    SentenceSplitCase(
      "Stocks Rally On Jobs Data\nShares rose sharply on Friday.",
      ["Stocks Rally On Jobs Data", "Shares rose sharply on Friday."]),
    SentenceSplitCase(
      "First paragraph ends here.\nSecond paragraph starts here.",
      ["First paragraph ends here.", "Second paragraph starts here."]),
    SentenceSplitCase(
      "A paragraph without a stop\n\nAnother paragraph",
      ["A paragraph without a stop", "Another paragraph"]),
    SentenceSplitCase(
      "It grew in the U.S.\nThe company said so.", ["It grew in the U.S.", "The company said so."]),
    SentenceSplitCase("Talks with Mr.\nSmith went well.", ["Talks with Mr. Smith went well."]),
    SentenceSplitCase("Line one\r\n\r\nLine two", ["Line one", "Line two"]),
    SentenceSplitCase(
      "the harbour bridge reopens in march after the long repairs and the council engineers rebuild two piers\nferries stop at the old quay for the winter\nthe town council says the shops on the eastern side of the harbour lost a third of their sales then\nand the mayor wants a market on the quay to bring the shoppers back to the harbour in the spring now",
      [
        "the harbour bridge reopens in march after the long repairs and the council engineers rebuild two piers ferries stop at the old quay for the winter",
        "the town council says the shops on the eastern side of the harbour lost a third of their sales then and the mayor wants a market on the quay to bring the shoppers back to the harbour in the spring now",
      ]),
    SentenceSplitCase(
      "Growers are now earning more from cider than from fresh apples\nFresh fruit prices fell sharply in the valley.",
      [
        "Growers are now earning more from cider than from fresh apples",
        "Fresh fruit prices fell sharply in the valley.",
      ]),
    SentenceSplitCase(
      "The committee met on Tuesday to discuss the budget proposal put forward by\nMayor Johnson and the city council, which has been debated for\nmonths by residents who are worried about taxes and the future\nof the local schools. They reached no decision.",
      [
        "The committee met on Tuesday to discuss the budget proposal put forward by Mayor Johnson and the city council, which has been debated for months by residents who are worried about taxes and the future of the local schools.",
        "They reached no decision.",
      ]),
  ])
  func lineBreaks(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  // MARK: Lists of lines

  @Test func shortUnpunctuatedLinesAreAListOfUnits() {
    // Each line is 47 characters, none as wide as prose is wrapped, and the 240 words hold
    // no sentence mark: more than any sentence.
    #expect(splitSentences(wordLines.joined(separator: "\n")) == wordLines)
  }

  @Test(arguments: [
    // A sentence wrapped at 60 columns, indented under its bullet, is no list (and the
    // bullet is no text).
    SentenceSplitCase(
      """
        - git-add and git-update-index on a filesystem on which
          executable bits are unreliable incorrectly reused st_mode
          bits even when the path changed between symlink and regular
          file.
      """,
      [
        "git-add and git-update-index on a filesystem on which executable bits are "
          + "unreliable incorrectly reused st_mode bits even when the path changed between "
          + "symlink and regular file."
      ]),
    // Lines as wide as prose is wrapped join, however many run without a stop.
    SentenceSplitCase(
      String(
        repeating: "the harbour bridge reopens in march after the long repairs and\n", count: 4)
        + "the end.",
      [
        String(
          repeating: "the harbour bridge reopens in march after the long repairs and ", count: 4)
          + "the end."
      ]),
    // A sentence that ends inside the run makes it prose: 64 words before, 64 after.
    SentenceSplitCase(
      wordLines[0..<9].joined(separator: "\n") + " now. And\n"
        + wordLines[9..<17].joined(separator: "\n"),
      [
        wordLines[0..<9].joined(separator: " ") + " now.",
        "And " + wordLines[9..<17].joined(separator: " "),
      ]),
  ])
  func proseIsNoListOfLines(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }
}
