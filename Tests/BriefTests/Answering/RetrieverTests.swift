import Foundation
import Testing

@testable import Brief

/// Questions in, answers out.
@Suite struct RetrieverTests {
  @Test func stemsMeetAndQuestionWordsAreIgnored() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let answers = retriever.answers(to: "Who rejects the troops?", limit: 3)
    let first = try #require(answers.first)
    #expect(first.text.hasPrefix("She rejected the offer"))
    #expect(first.matchedTerms.contains("reject"))
    #expect(first.matchedTerms.contains("troop"))
    #expect(!first.matchedTerms.contains("who"))
  }

  @Test func matchedWordsAreTheSentencesOwnAsWritten() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let answers = retriever.answers(to: "Did Sheinbaum reject the TROOPS?", limit: 3)
    let first = try #require(answers.first)
    #expect(first.text.hasPrefix("She rejected the offer"))
    // "Sheinbaum" comes from the sentence before (context): a stem, but no word here.
    #expect(Set(first.matchedTerms) == ["sheinbaum", "reject", "troop"])
    #expect(first.matchedWords(analyzer: try Analyzer()) == ["rejected", "troops"])
  }

  @Test func aQuestionWithoutKnownWordsHasNoAnswer() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    #expect(retriever.answers(to: "What is the?", limit: 3).isEmpty)
    #expect(retriever.answers(to: "zeppelins", limit: 3).isEmpty)
    #expect(retriever.answers(to: "", limit: 3).isEmpty)
    #expect(retriever.answers(to: "bridge", limit: 0).isEmpty)
    // Asked together, by words: each as asked alone.
    let questions = ["bridge", "What is the?", "Who won the final?"]
    let together = retriever.answers(to: questions, limit: 2)
    #expect(
      together.map { $0.map(\.text) }
        == questions.map {
          retriever.answers(to: $0, limit: 2).map(\.text)
        })
    #expect(together[1].isEmpty && !together[0].isEmpty)
  }

  @Test func titlesAndKeyPointsAreSearchableAndMarked() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let title = try #require(retriever.answers(to: "harbour", limit: 1).first)
    #expect(title.field == .title)
    #expect(title.text == "Harbour bridge reopens")
    #expect(title.documentID == "bridge")
    let point = try #require(retriever.answers(to: "talks on cartels", limit: 1).first)
    #expect(point.field == .keyPoint)
    #expect(point.sentenceIndex == 0)
    #expect(retriever.sentenceCount == 1 + 1 + 4 + 1 + 4)
  }

  @Test func parametersAreValidated() {
    var parameters = RetrievalParameters()
    parameters.k1 = -1
    #expect(throws: BriefError.self) {
      try Retriever(documents: AnsweringFixtures.news, parameters: parameters)
    }
    parameters = RetrievalParameters()
    parameters.b = 2
    #expect(throws: BriefError.self) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.pairWeight = .nan
    #expect(throws: BriefError.self) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.rerankDepth = 0
    #expect(throws: BriefError.self) { try parameters.validate() }
    #expect(throws: Never.self) { try RetrievalParameters().validate() }
  }

  @Test func anEmptyCorpusAnswersNothing() throws {
    let retriever = try Retriever(documents: [])
    #expect(retriever.sentenceCount == 0)
    #expect(retriever.answers(to: "bridge", limit: 3).isEmpty)
    #expect(retriever.words(withPrefix: "b", limit: 3).isEmpty)
  }
}
