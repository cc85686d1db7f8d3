import Testing

@testable import Brief

@Suite("SentenceSplitter: long runs without sentence punctuation")
internal struct SentenceSplitterLongUnitsTests {
  /// `count` distinct words, "w0 w1 ...", separated by single spaces.
  private func words(_ count: Int, from first: Int = 0) -> String {
    (first..<(first + count)).map { "w\($0)" }.joined(separator: " ")
  }

  @Test func aRunOfFourHundredWordsIsFiveUnitsOfEighty() {
    let sentences = splitSentences(words(400))
    #expect(sentences.map { $0.split(separator: " ").count } == [80, 80, 80, 80, 80])
    #expect(sentences.joined(separator: " ") == words(400))
  }

  @Test func eightyWordsStayOneSentence() {
    #expect(splitSentences(words(80) + ".") == [words(80) + "."])
  }

  @Test func aLongRunIsCutAtItsLastClauseBoundary() {
    // A semicolon after word 50 beats the commas after words 30 and 60.
    let text =
      words(30) + ", " + words(20, from: 30) + "; " + words(10, from: 50) + ", "
      + words(40, from: 60)
    let sentences = splitSentences(text)
    #expect(sentences.count == 2)
    #expect(sentences.first == words(30) + ", " + words(20, from: 30) + ";")
  }

  @Test func aCommaBeforeAConjunctionBeatsAPlainComma() {
    let text = words(30) + ", and " + words(30, from: 30) + ", " + words(40, from: 60)
    #expect(splitSentences(text).first == words(30) + ",")
  }

  @Test func aDashStartsTheSecondUnit() {
    let text = words(40) + " — " + words(60, from: 40)
    #expect(splitSentences(text) == [words(40), "— " + words(60, from: 40)])
  }

  @Test func aBoundaryInTheFirstTwentyWordsIsNotUsed() {
    let text = words(10) + "; " + words(90, from: 10)
    #expect(splitSentences(text).first?.split(separator: " ").count == 80)
  }

  @Test func summaryAndSplitAgreeOnUnits() throws {
    let text = words(400)
    let summary = try Summarizer(options: SummaryOptions(length: .words(20)))
      .summarize(Document(id: "a", body: text))
    #expect(summary.sentences.count == 1)
    #expect(summary.sentenceCount == 5)
    // No unit fits 20 words: the chosen unit is cut there, a prefix of the unit split gives.
    let chosen = try #require(summary.sentences.first)
    #expect(chosen.isCut)
    #expect(chosen.text.split(separator: " ").count == 20)
    #expect(splitSentences(text)[chosen.index].hasPrefix(chosen.text + " "))
  }
}
