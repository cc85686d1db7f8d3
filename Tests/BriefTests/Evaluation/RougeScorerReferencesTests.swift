import Testing

@testable import Brief

@Suite struct RougeScorerReferencesTests {
  @Test func eachMeasureKeepsTheReferenceWithTheBestF() {
    var scorer = RougeScorer()
    let candidate = ["The bridge reopens in March after repairs."]
    // The first reference shares more words, the second the longer runs.
    let references = [
      ["Repairs: bridge March reopens after in the."],
      ["The bridge reopens in March.", "Traffic resumes."],
    ]
    let alone = references.map { scorer.score(reference: $0, candidate: candidate) }
    let multi = scorer.score(references: references, candidate: candidate)
    for measure in RougeMeasure.allCases {
      let best = alone[0][measure].fMeasure >= alone[1][measure].fMeasure ? alone[0] : alone[1]
      #expect(multi[measure] == best[measure], "\(measure)")
    }
    #expect(multi.rouge1 == alone[0].rouge1)
    #expect(multi.rouge2 == alone[1].rouge2)
  }

  @Test func oneReferenceScoresAsAloneAndNoneScoresZero() {
    var scorer = RougeScorer()
    let candidate = ["A cat sat on the mat."]
    let reference = ["The cat sat on a mat."]
    #expect(
      scorer.score(references: [reference], candidate: candidate)
        == scorer.score(reference: reference, candidate: candidate))
    #expect(scorer.score(references: [], candidate: candidate) == .zero)
  }
}
