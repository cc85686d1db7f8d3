import Testing

@testable import Brief

@Suite struct AnswerAccuracyTests {
  @Test func normalizationFoldsCasePunctuationAndSpaces() {
    #expect(AnswerAccuracy.normalize("  The U.S.  “Army”—1990! ") == "the u s army 1990")
  }

  @Test func hitsAreOnWordBoundaries() {
    let answers = [AnswerAccuracy.normalize("1")]
    #expect(!AnswerAccuracy.contains("It was 1990.", normalizedAnswers: answers))
    #expect(AnswerAccuracy.contains("It was No. 1, again.", normalizedAnswers: answers))
  }

  @Test func tallyCountsTopOneTopThreeAndReciprocalRank() {
    var accuracy = AnswerAccuracy()
    accuracy.add(ranked: ["Paris is the capital.", "x"], answers: ["Paris"])  // rank 1
    accuracy.add(ranked: ["a", "b", "Denver won."], answers: ["Denver"])  // rank 3
    accuracy.add(ranked: ["a", "b", "c", "d", "Nile"], answers: ["nile"])  // rank 5
    accuracy.add(ranked: ["a"], answers: ["missing"])  // miss
    accuracy.add(ranked: ["a"], answers: ["", " "])  // no answer: not counted
    #expect(accuracy.questions == 4)
    #expect(accuracy.top1 == 25)
    #expect(accuracy.top3 == 50)
    #expect(abs(accuracy.mrr10 - 100 * (1 + 1.0 / 3 + 1.0 / 5) / 4) < 1e-9)
  }

  @Test func questionRecordsReportBadLines() {
    let text = """
      {"id": "q1", "doc_id": "d", "question": "Who?", "answers": ["Ann"], "paragraph": 2}
      {"id": "q2", "question": "Where?"}
      """
    let records = QuestionRecord.records(from: text, name: "q.jsonl")
    #expect(records.count == 2)
    #expect((try? records[0].get())?.paragraph == 2)
    #expect(
      throws: BriefError.malformedJSONL(path: "q.jsonl", line: 2, reason: "no \"doc_id\" string")
    ) {
      try records[1].get()
    }
  }
}
