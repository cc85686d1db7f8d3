import Synchronization
import Testing

@testable import Brief

@Suite struct SummaryEvaluationTests {
  static let documents = [
    // The key point is the first sentence: what the lead baseline picks.
    Document(
      id: "first", keyPoints: ["The bridge will reopen in March."],
      body: "The bridge will reopen in March. It was hit by a barge. Repairs cost $48m."),
    Document(id: "unreferenced", body: "A body with no key points. Another sentence here."),
    // The key point is the last sentence.
    Document(
      id: "last", keyPoints: ["Okoro scored twice in the final."],
      body: "Millbrook won the county cup. The crowd was large. Okoro scored twice in the final."),
  ]

  @Test func onlyDocumentsWithKeyPointsAreScored() throws {
    let evaluation = SummaryEvaluation(documents: Self.documents, sentences: 1)
    #expect(evaluation.referenced == [0, 2])
    let lead = try evaluation.scores(of: .method(.lead))
    #expect(lead.system == .method(.lead))
    #expect(lead.average.documents == 2)
    #expect(lead.perDocument.map(\.id) == ["first", "last"])
    #expect(lead.perDocument[0].scores.rouge1.fMeasure == 1)
    #expect(lead.perDocument[1].scores.rouge1.fMeasure < 0.5)
    #expect(lead.failures.isEmpty)
  }

  @Test func theOracleFindsTheKeyPoint() throws {
    let evaluation = SummaryEvaluation(documents: Self.documents, sentences: 1)
    let oracle = try evaluation.scores(of: .oracle)
    #expect(oracle.perDocument.map(\.scores.rouge1.fMeasure) == [1, 1])
    #expect(oracle.average.points.rouge2.fMeasure == 100)
    let lead = try evaluation.scores(of: .method(.lead))
    #expect(oracle.average.points.rouge1.fMeasure > lead.average.points.rouge1.fMeasure)
  }

  @Test func aSummaryThatFailsIsScoredEmpty() throws {
    let documents = Self.documents + [Document(id: "empty", keyPoints: ["Nothing."], body: " ")]
    let scores = try SummaryEvaluation(documents: documents, sentences: 1).scores(
      of: .method(.tfidf))
    #expect(scores.failures == [.emptyBody(source: "empty")])
    #expect(scores.perDocument.last?.id == "empty")
    #expect(scores.perDocument.last?.scores == .zero)
    #expect(scores.average.documents == 3)
  }

  @Test func progressReachesTheScoredDocuments() throws {
    let last = Mutex(0)
    for system in SummarySystem.all {
      last.withLock { $0 = 0 }
      _ = try SummaryEvaluation(documents: Self.documents).scores(of: system) { done in
        last.withLock { $0 = max($0, done) }
      }
      #expect(last.withLock { $0 } == 2, "\(system)")
    }
  }

  @Test func atAWordBudgetEverySummaryIsCutToIt() throws {
    let document = Document(
      id: "long", keyPoints: ["The bridge will reopen in March after repairs."],
      body: """
        The bridge will reopen in March after long repairs to two piers. It was hit by a barge \
        in high winds last year. Repairs cost $48m, the council said on Tuesday.
        """)
    let evaluation = SummaryEvaluation(documents: [document], length: .words(5))
    let lead = try evaluation.scores(of: .method(.lead))
    // "The bridge will reopen in": five of the reference's eight tokens, all matching.
    #expect(lead.perDocument[0].scores.rouge1.precision == 1)
    #expect(abs(lead.perDocument[0].scores.rouge1.recall - 5.0 / 8) < 1e-12)
    for system in SummarySystem.all {
      let scores = try evaluation.scores(of: system)
      #expect(scores.perDocument[0].scores.rouge1.precision > 0, "\(system)")
    }
  }

  @Test func severalReferencesKeepTheBestOfEach() throws {
    let body = "The bridge will reopen in March. It was hit by a barge. Repairs cost $48m."
    let references = [["Repairs cost a lot."], ["The bridge will reopen in March."]]
    let multi = Document(id: "multi", references: references, body: body)
    let evaluation = SummaryEvaluation(documents: [multi], sentences: 1)
    #expect(evaluation.referenced == [0])
    let lead = try evaluation.scores(of: .method(.lead))
    #expect(lead.perDocument[0].scores.rouge1.fMeasure == 1)
  }

  @Test func badOptionsAreThrown() {
    #expect(throws: BriefError.self) {
      try SummaryEvaluation(documents: Self.documents, sentences: 0).scores(of: .method(.lead))
    }
  }
}
