import Testing

@testable import Brief

@Suite struct SentenceCuesTests {
  /// The cues of each sentence of `body`.
  private func cues(_ body: String, language: Language = .english) throws -> [SentenceCues] {
    let analyzer = try Analyzer(language: language)
    let document = Document(id: "c", body: body)
    return AnalyzedDocument(
      document, splitter: SentenceSplitter(language: language), analyzer: analyzer
    ).sentenceCues
  }

  @Test func surfaceCuesAreReadFromTheSentence() throws {
    let found = try cues(
      """
      "We will rebuild," the mayor said. \u{201C}Never again,\u{201D} she added. \
      He left the hall at noon. But the vote went ahead. \
      Thesis writers met in 2014. The council met quietly.
      """)
    #expect(
      found == [
        .startsWithQuote, .startsWithQuote, .startsWithReference, .startsWithReference,
        .hasNumber, [],
      ])
  }

  @Test func referringWordsFollowTheLanguage() throws {
    let found = try cues("Pero el alcalde no vino. El consejo votó el lunes.", language: .spanish)
    #expect(found == [.startsWithReference, []])
  }

  @Test func nameDensityCountsCapitalizedWordsInsideTheSentence() throws {
    let analyzed = AnalyzedDocument(
      Document(id: "n", body: "Mayor Ana Ruiz met Carlos Vega in Lima. The talks ended."),
      splitter: SentenceSplitter(language: .english), analyzer: try Analyzer(language: .english))
    // "Ana", "Ruiz", "Carlos", "Vega", "Lima" of 8 words; the first word does not count.
    #expect(abs(analyzed.sentenceNameDensity[0] - 5.0 / 8.0) < 1e-9)
    #expect(analyzed.sentenceNameDensity[1] == 0)
  }
}
