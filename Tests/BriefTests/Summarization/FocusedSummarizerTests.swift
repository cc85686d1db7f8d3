import Testing

@testable import Brief

@Suite struct FocusedSummarizerTests {
  /// An article about two topics, a flood and a library, in alternate sentences.
  static let twoTopics = Document(
    id: "town", title: "A week in Alderton",
    body: """
      The river Alder burst its banks on Sunday and flooded forty homes in the lower town. \
      The new public library on Mill Street opened its doors to readers the same day. \
      Emergency crews pumped water from the flooded streets through the night. \
      The library holds twenty thousand books and a children's reading room. \
      Residents said the flood water rose faster than in any year they remember. \
      Its shelves were built by carpenters from the next valley over two winters. \
      The council will pay for new flood walls along the river next spring. \
      Library membership is free for everyone who lives in the town.
      """)

  static let football = Document(
    id: "match", title: "Rovers win the cup",
    body: """
      Millbrook Rovers won the county cup on Saturday after extra time. \
      The winning goal came from a header in the last minute. \
      A record crowd watched the final at the old ground.
      """)

  private func focused(_ length: SummaryLength = .sentences(3), fillsUp: Bool = true) throws
    -> FocusedSummarizer
  {
    try FocusedSummarizer(
      summarizer: Summarizer(options: SummaryOptions(length: length)),
      focus: FocusOptions(fillsUp: fillsUp))
  }

  private func indices(_ focused: FocusedSummary) -> [Int] {
    focused.summary.sentences.map(\.index)
  }

  @Test func aboutATopicPicksThatTopicsSentencesInDocumentOrder() throws {
    let results = try focused().summarize(
      Self.twoTopics, about: ["how high did the flood rise?", "what does the library hold?"])
    let flood = results[0]
    #expect(flood.bearsOnQuestion)
    #expect(flood.summary.sentences.count == 3)
    #expect(indices(flood) == indices(flood).sorted())
    for sentence in flood.summary.sentences {
      #expect(sentence.text.lowercased().contains("flood"))
    }
    let library = results[1]
    #expect(library.bearsOnQuestion)
    #expect(indices(library) == indices(library).sorted())
    #expect(indices(library).contains(3))  // "The library holds twenty thousand books …"
    for sentence in library.summary.sentences {
      #expect(sentence.text.lowercased().contains("library"))
    }
    #expect(Set(indices(flood)).isDisjoint(with: indices(library)))
  }

  @Test func sentencesAreTheBodysOwnAndScoredByTheCombination() throws {
    let result = try focused().summarize(Self.twoTopics, about: ["flood walls"])[0]
    let splitter = SentenceSplitter(language: .english)
    let sentences = splitter.sentences(in: Self.twoTopics.body).map {
      splitter.text(of: $0, in: Self.twoTopics.body)
    }
    for sentence in result.summary.sentences {
      #expect(sentences[sentence.index] == sentence.text)
      let focus = FocusOptions()
      #expect(sentence.score > 0 && sentence.score <= focus.relevance + focus.summary)
    }
    // The sentence that holds both words is the answerer's best: relevance 1.
    let walls = try #require(result.summary.sentences.first { $0.index == 6 })
    #expect(walls.score >= 1)
  }

  @Test func withoutFillingOnlyRelevantSentencesAreKept() throws {
    let result = try focused(fillsUp: false).summarize(
      Self.twoTopics, about: ["children's reading room"])[0]
    #expect(result.relevantSentences == 1)
    #expect(indices(result) == [3])
    let filled = try focused().summarize(Self.twoTopics, about: ["children's reading room"])[0]
    #expect(filled.summary.sentences.count == 3)
    #expect(indices(filled).contains(3))
  }

  @Test func aDocumentThatSaysNothingIsFlaggedAndStillSummarized() throws {
    let results = try focused().summarize([Self.twoTopics, Self.football], about: "the flood")
    let town = try results[0].get()
    let match = try results[1].get()
    #expect(town.bearsOnQuestion)
    #expect(!match.bearsOnQuestion)
    #expect(match.relevantSentences == 0)
    #expect(match.summary.sentences.count == 3)  // the plain summary's choice, for --all
    #expect(match.question == "the flood")
  }

  @Test func aWordBudgetIsKept() throws {
    let result = try focused(.words(20)).summarize(Self.twoTopics, about: ["flood"])[0]
    let words = result.summary.sentences.map { $0.text.split(separator: " ").count }
    #expect(words.count >= 1)
    #expect(words.count == 1 || words.reduce(0, +) <= 20)
  }

  @Test func badWeightsAreRefused() throws {
    #expect(throws: BriefError.self) {
      try FocusedSummarizer(
        summarizer: Summarizer(), focus: FocusOptions(relevance: -1))
    }
    #expect(throws: BriefError.self) {
      try FocusedSummarizer(summarizer: Summarizer(), focus: FocusOptions(relevance: 0, summary: 0))
    }
  }
}
