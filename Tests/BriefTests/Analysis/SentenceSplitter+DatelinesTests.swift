import Testing

@testable import Brief

@Suite("SentenceSplitter: datelines and boilerplate")
internal struct SentenceSplitterDatelinesTests {
  // MARK: Datelines and boilerplate

  @Test(arguments: [
    SentenceDatelineCase(
      dateline: "(CNN)", story: "Police said on Monday that the suspect fled. He is still missing."),
    SentenceDatelineCase(dateline: "(CNN) -- ", story: "The president spoke. Reporters listened."),
    SentenceDatelineCase(dateline: "(CNN)  -- ", story: "The president spoke. Reporters listened."),
    SentenceDatelineCase(
      dateline: "LONDON, England (CNN) -- ",
      story: "Britain's economy grew. Officials were pleased."),
    SentenceDatelineCase(
      dateline: "WASHINGTON (Reuters) - ", story: "The Senate voted on Tuesday. The bill passed."),
    SentenceDatelineCase(
      dateline: "NEW YORK (AP) \u{2014} ", story: "Stocks rose on Wall Street. Oil fell."),
    SentenceDatelineCase(
      dateline: "Lynchburg, Virginia  (CNN)",
      story: "Sen. Ted Cruz spoke at Liberty University. The crowd cheered."),
    SentenceDatelineCase(
      dateline: "ROME, Italy -- ",
      story: "Italy and Roma striker Francesco Totti scored. Fans cheered."),
    SentenceDatelineCase(
      dateline: "(The Hollywood Reporter)",
      story: "Melissa McCarthy is set to star. Filming starts soon."),
  ])
  func datelineIsExcluded(_ c: SentenceDatelineCase) throws {
    let text = c.dateline + c.story
    let splitter = SentenceSplitter()
    let ranges = splitter.sentences(in: text)
    let first = try #require(ranges.first)
    #expect(first.lowerBound == c.dateline.utf8.count)
    #expect(ranges.count == 2)
    let firstStorySentence =
      c.story.split(separator: ".", maxSplits: 1).first.map { String($0) } ?? ""
    #expect(splitter.text(of: first, in: text).hasPrefix(firstStorySentence.prefix(10)))
  }

  @Test(arguments: [
    "Apple (AAPL) said sales rose. Shares jumped.",
    "He teaches science (He once worked as an engineer.) at the local college.",
    "London is big. It rains.",
  ])
  func nonDatelineParenthesesAreKept(_ text: String) throws {
    let first = try #require(SentenceSplitter().sentences(in: text).first)
    #expect(first.lowerBound == 0)
  }

  @Test func datelineInLaterParagraphOfMultiParagraphText() {
    let text = "Headline Here\n\nWASHINGTON (Reuters) - Lawmakers met. They agreed."
    #expect(splitSentences(text) == ["Headline Here", "Lawmakers met.", "They agreed."])
  }

  @Test(arguments: [
    SentenceSplitCase(
      "By . Daily Mail Reporter . PUBLISHED: 12:01 EST, 3 January 2014 . | . UPDATED: 12:01 EST, 3 January 2014 . A man was arrested on Friday. Police said so.",
      ["A man was arrested on Friday.", "Police said so."]),
    SentenceSplitCase(
      "By . Daily Mail Reporter . PUBLISHED: 12:01 EST, 3 January 2014 . | . UPDATED: 12:01 EST, 3 January 2014 .\n\nA man was arrested.",
      ["A man was arrested."]),
    SentenceSplitCase(
      "By . John Smith . A storm hit the coast. Homes flooded.",
      ["A storm hit the coast.", "Homes flooded."]),
    SentenceSplitCase(
      "By now everyone knows. It is over.", ["By now everyone knows.", "It is over."]),
  ])
  func dailyMailBoilerplateIsSkipped(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }
}
