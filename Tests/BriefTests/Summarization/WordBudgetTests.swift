import Testing

@testable import Brief

@Suite struct WordBudgetTests {
  /// Five sentences of 6, 11, 4, 7 and 4 words.
  static let document = Document(
    id: "budget", title: "Harbour bridge reopens",
    body: """
      The harbour bridge reopens on Monday. \
      Engineers rebuilt two piers after a barge struck them in October. \
      Traffic will resume slowly. \
      The council said repairs cost four million. \
      Cyclists welcomed the news.
      """)

  private func words(_ summary: Summary) -> Int {
    summary.sentences.reduce(0) { $0 + Words.count($1.text) }
  }

  private func summarize(_ options: SummaryOptions) throws -> Summary {
    try Summarizer(options: options).summarize(Self.document)
  }

  @Test func aWordBudgetIsAMaximum() throws {
    for budget in [6, 10, 15, 20, 31] {
      let summary = try summarize(SummaryOptions(length: .words(budget)))
      #expect(words(summary) <= budget, "\(budget)")
      #expect(!summary.sentences.isEmpty)
      #expect(summary.sentences.map(\.index) == summary.sentences.map(\.index).sorted())
    }
  }

  @Test func aBudgetSmallerThanEverySentenceCutsTheBestShortAndSaysSo() throws {
    for method in ScoringMethod.allCases {
      let summary = try summarize(SummaryOptions(length: .words(3), method: method))
      #expect(summary.sentences.count == 1)
      #expect(words(summary) == 3)
      #expect(summary.sentences[0].isCut)
      let whole = Self.document.body.components(separatedBy: ". ")
      #expect(whole.contains { $0.hasPrefix(summary.sentences[0].text) })
    }
  }

  @Test func aSentenceThatFitsIsTakenBeforeALongerOneIsCut() throws {
    // 4 words fit: one of the two four-word sentences, whole, rather than a better one cut.
    let summary = try summarize(SummaryOptions(length: .words(4)))
    #expect(summary.sentences.count == 1)
    #expect(!summary.sentences[0].isCut)
    #expect([2, 4].contains(summary.sentences[0].index))
  }

  @Test func aCutSummaryHasAtMostTheBudgetsWordsAndLeadExactlyThem() throws {
    for budget in [3, 8, 13, 20] {
      let lead = try summarize(
        SummaryOptions(length: .words(budget), method: .lead, cutsToBudget: true))
      #expect(words(lead) == budget, "\(budget)")
      let tfidf = try summarize(SummaryOptions(length: .words(budget), cutsToBudget: true))
      #expect(words(tfidf) <= budget, "\(budget)")
    }
    // No sentence fits in 3 words: the best one is cut to them.
    let short = try summarize(SummaryOptions(length: .words(3), cutsToBudget: true))
    #expect(short.sentences.count == 1 && words(short) == 3)
    // The lead baseline cut to the budget is the body's first words.
    let lead = try summarize(SummaryOptions(length: .words(8), method: .lead, cutsToBudget: true))
    #expect(
      lead.sentences.map(\.text) == ["The harbour bridge reopens on Monday.", "Engineers rebuilt"])
    let cut = lead.sentences[1]
    #expect(String(decoding: Array(Self.document.body.utf8)[cut.range], as: UTF8.self) == cut.text)
    // A summary shorter than the budget is left as it is.
    let all = try summarize(SummaryOptions(length: .words(500), method: .lead, cutsToBudget: true))
    #expect(words(all) == 32)
  }

  @Test func leadWordsIsTheLengthOfTheFirstSentences() throws {
    let lead = try summarize(
      SummaryOptions(length: .leadWords(2), method: .lead, cutsToBudget: true))
    #expect(lead.sentences.map(\.index) == [0, 1])
    let tfidf = try summarize(SummaryOptions(length: .leadWords(2), cutsToBudget: true))
    #expect(words(tfidf) <= 17)
  }

  @Test func leadWithoutCutTakesTheFirstSentencesThatFit() throws {
    let lead = try summarize(SummaryOptions(length: .words(12), method: .lead))
    #expect(lead.sentences.map(\.index) == [0])  // the second does not fit: stop there
  }

  @Test func aCutNeedsAWordBudget() {
    #expect(throws: BriefError.invalidParameter(name: "cut", reason: "needs a word budget")) {
      try Summarizer(options: SummaryOptions(length: .sentences(2), cutsToBudget: true))
    }
    #expect(throws: BriefError.self) {
      try Summarizer(options: SummaryOptions(length: .leadWords(0)))
    }
  }
}
