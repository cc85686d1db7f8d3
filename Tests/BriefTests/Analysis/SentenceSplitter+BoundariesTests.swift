import Testing

@testable import Brief

@Suite("SentenceSplitter: boundaries at periods, ellipses, ! and ?")
internal struct SentenceSplitterBoundariesTests {
  // MARK: Ellipses, quotes, brackets

  @Test(arguments: [
    SentenceSplitCase(
      "We never planned it.... They left early.",
      ["We never planned it....", "They left early."]),
    SentenceSplitCase(
      "It wasn't quite ... well, you know...look . . . what we hoped for.",
      ["It wasn't quite ... well, you know...look . . . what we hoped for."]),
    SentenceSplitCase(
      "It ended with a period . . . . Next sentence.",
      ["It ended with a period . . . .", "Next sentence."]),
    SentenceSplitCase(
      "Words were combined. . . . The practice stayed.",
      ["Words were combined.", ". . . The practice stayed."]),
    SentenceSplitCase(
      "\"Bohr [...] used the analogy [...]\" (Smith 55).",
      ["\"Bohr [...] used the analogy [...]\" (Smith 55)."]),
    SentenceSplitCase(
      "He wrote \u{201C}the end is near. . . .\u{201D}",
      ["He wrote \u{201C}the end is near. . . .\u{201D}"]),
    SentenceSplitCase("Wait\u{2026} Then it happened.", ["Wait\u{2026}", "Then it happened."]),
    SentenceSplitCase(
      "He said, \"This is great.\" she said.", ["He said, \"This is great.\" she said."]),
    SentenceSplitCase(
      "She turned to him, 'This is great.' she said.",
      ["She turned to him, 'This is great.' she said."]),
    SentenceSplitCase(
      "He said, \"This is great.\" She held it out.",
      ["He said, \"This is great.\"", "She held it out."]),
    SentenceSplitCase(
      "\u{201C}We won.\u{201D} The crowd cheered.",
      ["\u{201C}We won.\u{201D}", "The crowd cheered."]),
    SentenceSplitCase("It was the end.) Next it began.", ["It was the end.)", "Next it began."]),
    SentenceSplitCase(
      "He teaches (He once worked as an engineer.) at the college.",
      ["He teaches (He once worked as an engineer.) at the college."]),
    SentenceSplitCase(
      "\"Really?\" she asked. \"Yes!\" he said.", ["\"Really?\" she asked.", "\"Yes!\" he said."]),
    SentenceSplitCase(
      "\"I ask myself: 'Who's richer?' \" he said. Then he left.",
      ["\"I ask myself: 'Who's richer?' \" he said.", "Then he left."]),
    SentenceSplitCase(
      "She said this. ... Then she left.", ["She said this.", "... Then she left."]),
  ])
  func ellipsesQuotesBrackets(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  // MARK: URLs, e-mail, Yahoo!, glued sentences

  @Test(arguments: [
    SentenceSplitCase(
      "Write to Ruth.Mbeki@example.org. She answers within a day.",
      ["Write to Ruth.Mbeki@example.org.", "She answers within a day."]),
    SentenceSplitCase(
      "See https://www.example.com/News.Html?id=3. Please check it.",
      ["See https://www.example.com/News.Html?id=3.", "Please check it."]),
    SentenceSplitCase("Visit www.example.org for details.", ["Visit www.example.org for details."]),
    SentenceSplitCase(
      "She works at Yahoo! in the accounting department.",
      ["She works at Yahoo! in the accounting department."]),
    SentenceSplitCase(
      "Good news.The bridge is open.Mr. Reyes cut the ribbon.",
      ["Good news.", "The bridge is open.", "Mr. Reyes cut the ribbon."]),
    SentenceSplitCase("He bought 1,000.That is a lot.", ["He bought 1,000.", "That is a lot."]),
  ])
  func urlsEmailsAndGluedSentences(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }
}
