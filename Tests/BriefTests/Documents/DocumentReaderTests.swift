import Testing

@testable import Brief

@Suite struct DocumentReaderTests {
  @Test func articleFormatSetsApartHeadlineAndKeyPoints() throws {
    let text = """
      Bridge to reopen in March
      - The bridge reopens on March 14.
      - Repairs cost $48.6m.
      The swing bridge will reopen on March 14. Repairs cost $48.6m in all.
      """
    let document = try DocumentReader.article(from: text, name: "a.txt")
    #expect(document.title == "Bridge to reopen in March")
    #expect(document.keyPoints == ["The bridge reopens on March 14.", "Repairs cost $48.6m."])
    #expect(
      document.body == "The swing bridge will reopen on March 14. Repairs cost $48.6m in all.")
    #expect(document.id == "a.txt")
  }

  @Test func plainTextTitleOnlyWhenItLooksLikeAHeadline() throws {
    let titled = try DocumentReader.article(
      from: "Storm hits coast\nThe storm hit at dawn.", name: "t")
    #expect(titled.title == "Storm hits coast")
    #expect(titled.body == "The storm hit at dawn.")

    let sentenceFirst = try DocumentReader.article(
      from: "The storm hit at dawn.\nIt moved north.", name: "t")
    #expect(sentenceFirst.title == nil)
    #expect(sentenceFirst.body == "The storm hit at dawn.\nIt moved north.")

    let oneLine = try DocumentReader.article(from: "Storm hits coast", name: "t")
    #expect(oneLine.title == nil)
  }

  @Test func aHardWrappedFirstLineIsNotTheHeadline() throws {
    // The start of /usr/share/doc/base-files/README.FHS: the first line is wrapped at the
    // width of the lines after it.
    let wrapped = try DocumentReader.article(
      from: """
        The FHS standard specifies /var/mail as the mail spool, but it also says
        /var/mail may be a symbolic link to another directory, and there is no
        requirement to physically move the mail spool to this location.
        """, name: "t")
    #expect(wrapped.title == nil)
    #expect(wrapped.body.hasPrefix("The FHS standard specifies"))

    let lowerCaseNext = try DocumentReader.article(
      from: "The storm that hit the coast\nat dawn moved north.", name: "t")
    #expect(lowerCaseNext.title == nil)

    // Short, then a wrapped paragraph: a headline; and so is a line before a blank line.
    let short = try DocumentReader.article(
      from: """
        Storm hits the coast at dawn
        The storm that hit the coast at dawn on Tuesday moved north in the
        afternoon, and the harbour reopened in the evening when the wind fell.
        """, name: "t")
    #expect(short.title == "Storm hits the coast at dawn")
    let blank = try DocumentReader.article(
      from: "The storm that hit the coast at dawn moved north in the\n\nafternoon.", name: "t")
    #expect(blank.title == "The storm that hit the coast at dawn moved north in the")
  }

  @Test func markdownHeadingIsTheTitleAndMarkupIsStripped() throws {
    let text = """
      # Comet found

      Astronomers found a **new** comet, see [the paper](https://example.org).

      ```
      code()
      ```
      - It returns every `7.3` years.
      """
    let document = try DocumentReader.markdown(from: text, name: "c.md")
    #expect(document.title == "Comet found")
    #expect(document.body.contains("Astronomers found a new comet, see the paper."))
    #expect(document.body.contains("It returns every 7.3 years."))
    #expect(!document.body.contains("code()"))
    #expect(!document.body.contains("**"))
  }

  @Test func jsonLinesReportsTheBadLineAndKeepsTheRest() {
    let text = """
      {"id": "a", "title": "A", "text": "First story.", "highlights": ["Point one."]}
      {"id": "b", "text": 
      {"id": 7, "title": null, "text": "Third story.", "extra": true}

      {"id": "d"}
      """
    let results = DocumentReader.jsonLines(from: text, name: "c.jsonl")
    #expect(results.count == 4)
    let first = try? results[0].get()
    #expect(first?.id == "a")
    #expect(first?.keyPoints == ["Point one."])
    #expect(first?.source == "c.jsonl:1")
    #expect(throws: BriefError.malformedJSONL(path: "c.jsonl", line: 2, reason: "not valid JSON")) {
      try results[1].get()
    }
    let third = try? results[2].get()
    #expect(third?.id == "7")
    #expect(third?.title == nil)
    #expect(
      throws: BriefError.malformedJSONL(path: "c.jsonl", line: 5, reason: "no \"text\" field")
    ) {
      try results[3].get()
    }
  }

  @Test func jsonLinesReadSeveralReferences() throws {
    let text = """
      {"id": "m", "text": "A story.", "highlights": ["One."], "references": [["A one.", " "], "B one.\\nB two."]}
      {"id": "n", "text": "A story.", "references": ["fine", 3]}
      {"id": "o", "text": "A story.", "references": "not a list"}
      """
    let results = DocumentReader.jsonLines(from: text, name: "r.jsonl")
    let first = try results[0].get()
    #expect(first.keyPoints == ["One."])
    #expect(first.references == [["A one."], ["B one.", "B two."]])
    #expect(first.referenceSummaries == first.references)
    let shape = "\"references\" is not a list of lists of strings"
    for line in [2, 3] {
      #expect(throws: BriefError.malformedJSONL(path: "r.jsonl", line: line, reason: shape)) {
        try results[line - 1].get()
      }
    }
    // Without references the key points are the one reference.
    let plain = Document(id: "p", keyPoints: ["One."], body: "A story.")
    #expect(plain.referenceSummaries == [["One."]])
    #expect(Document(id: "q", body: "A story.").referenceSummaries.isEmpty)
  }

  @Test func emptyBodiesAreErrors() {
    #expect(throws: BriefError.emptyBody(source: "e.txt")) {
      try DocumentReader.article(from: "Headline\n- A key point only.\n", name: "e.txt")
    }
    #expect(throws: BriefError.emptyBody(source: "e.md")) {
      try DocumentReader.markdown(from: "# Title\n\n", name: "e.md")
    }
  }
}
