import Synchronization
import Testing

@testable import Brief

@Suite struct AnswerEvaluationTests {
  static let documents = [
    Document(
      id: "bridges",
      body: "The old bridge was built in 1850. It carried carts.\n\n"
        + "The new bridge opened in 1990. It carries trains."),
    Document(id: "cup", body: "Millbrook won the county cup in 2024. Okoro scored twice."),
  ]

  static func question(
    _ id: String, _ document: String, _ text: String, _ answer: String, paragraph: Int? = nil
  ) -> QuestionRecord {
    QuestionRecord(
      id: id, documentID: document, question: text, answers: [answer], paragraph: paragraph)
  }

  static let questions = [
    question("1", "cup", "Who scored twice?", "Okoro", paragraph: 0),
    // Asked about the new bridge (paragraph 1), in words that fit the old one better.
    question("2", "bridges", "When was the bridge built?", "1990", paragraph: 1),
    question("3", "bridges", "Were carts carried?", "carts", paragraph: 0),
    question("4", "gone", "Where is it?", "here", paragraph: 0),
  ]

  @Test func eachQuestionIsAskedAgainstItsOwnDocument() throws {
    let report = try AnswerEvaluation(documents: Self.documents, questions: Self.questions).run()
    #expect(report.ranked[0]?.first == "Okoro scored twice.")
    // The whole document: the old bridge's sentence comes first, the new one's second.
    #expect(
      report.ranked[1]?.prefix(2) == [
        "The old bridge was built in 1850.", "The new bridge opened in 1990.",
      ])
    #expect(report.ranked[2]?.first == "It carried carts.")
    // The missing document's question is not asked, and counts as a miss.
    #expect(report.ranked[3] == nil)
    #expect(report.missing == 1)
    #expect(report.accuracy.questions == 4)
    #expect(report.accuracy.top1 == 50)
    #expect(report.accuracy.top3 == 75)
    #expect(report.features.allSatisfy { $0 == nil })
  }

  @Test func theParagraphScopeSearchesOnlyTheQuestionsParagraph() throws {
    let report = try AnswerEvaluation(
      documents: Self.documents, questions: Self.questions, scope: .paragraph
    ).run()
    #expect(report.ranked[1] == ["The new bridge opened in 1990."])
    #expect(report.ranked[2]?.contains("The new bridge opened in 1990.") == false)
    #expect(report.accuracy.top1 == 75)
    #expect(report.missing == 1)
  }

  @Test func aParagraphThatIsNotThereIsMissing() throws {
    let questions = [
      Self.question("1", "cup", "Who scored twice?", "Okoro", paragraph: 1),  // one paragraph
      Self.question("2", "cup", "Who scored twice?", "Okoro"),  // no paragraph given
      Self.question("3", "cup", "Who scored twice?", "Okoro", paragraph: 0),
    ]
    let paragraph = try AnswerEvaluation(
      documents: Self.documents, questions: questions, scope: .paragraph
    ).run()
    #expect(paragraph.missing == 2)
    #expect(paragraph.ranked.map { $0 != nil } == [false, false, true])
    #expect(paragraph.accuracy.top1 == 100.0 / 3)
    // Asked against the whole document, the paragraph numbers do not matter.
    let document = try AnswerEvaluation(documents: Self.documents, questions: questions).run()
    #expect(document.missing == 0)
    #expect(document.accuracy.top1 == 100)
  }

  @Test func progressCountsTheQuestionsAsked() throws {
    let seen = Mutex<[Int]>([])
    let total = Mutex<Int?>(nil)
    _ = try AnswerEvaluation(documents: Self.documents, questions: Self.questions).run {
      done, all in
      seen.withLock { $0.append(done) }
      total.withLock { $0 = all }
    }
    #expect(seen.withLock { $0.sorted() } == [1, 2, 3])
    #expect(total.withLock { $0 } == 4)
  }

  @Test func featuresAreKeptWhenAsked() throws {
    var evaluation = AnswerEvaluation(documents: Self.documents, questions: Self.questions)
    evaluation.keepsFeatures = true
    let report = try evaluation.run()
    let features = try #require(report.features[0])
    #expect(features.terms == ["score", "twice"])
    #expect(features.candidates.first?.answer.text == "Okoro scored twice.")
    #expect(report.features[3] == nil)
  }

  @Test func badParametersAreThrown() {
    var parameters = RetrievalParameters()
    parameters.k1 = -1
    #expect(throws: BriefError.self) {
      try AnswerEvaluation(
        documents: Self.documents, questions: Self.questions, parameters: parameters
      ).run()
    }
  }
}
