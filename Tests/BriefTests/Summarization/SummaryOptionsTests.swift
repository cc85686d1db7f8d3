import Testing

@testable import Brief

@Suite struct SummaryOptionsTests {
  @Test func lengthsInRangePass() throws {
    for length: SummaryLength in [
      .sentences(1), .sentences(40), .ratio(1), .ratio(0.001), .words(1),
    ] {
      try SummaryOptions(length: length).validate()
    }
  }

  @Test(arguments: [
    (SummaryLength.sentences(0), "sentences", "must be at least 1, got 0"),
    (.sentences(-2), "sentences", "must be at least 1, got -2"),
    (.ratio(0), "ratio", "must be in (0, 1], got 0.0"),
    (.ratio(1.5), "ratio", "must be in (0, 1], got 1.5"),
    (.ratio(.nan), "ratio", "must be in (0, 1], got nan"),
    (.words(0), "words", "must be at least 1, got 0"),
  ])
  func lengthsOutOfRangeAreNamed(length: SummaryLength, name: String, reason: String) {
    #expect(throws: BriefError.invalidParameter(name: name, reason: reason)) {
      try SummaryOptions(length: length).validate()
    }
  }
}
