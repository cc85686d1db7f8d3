import Foundation
import Testing

@testable import Brief

/// The re-ranking of the best candidates: word forms, phrases, related words, synonyms.
@Suite struct RerankerTests {
  @Test func theQuestionsOwnWordFormLiftsASentence() throws {
    let body = "The club found the ground in 1990. The club was founded by miners in 1887."
    let question = "When was the club founded?"
    let lifted = try AnsweringFixtures.first(body, question: question)
    #expect(lifted.text == "The club was founded by miners in 1887.")
    #expect(lifted.contributions.contains { $0.term == "(exact form)" })
    let plain = try AnsweringFixtures.first(body, question: question) { $0.exactWeight = 0 }
    #expect(plain.text == "The club found the ground in 1990.")
    // Only the best candidate is re-ranked: the other never gets its bonus.
    let shallow = try AnsweringFixtures.first(body, question: question) { $0.fineDepth = 1 }
    #expect(shallow.text == "The club found the ground in 1990.")
  }

  @Test func aPhraseOfTheQuestionLiftsASentence() throws {
    // Both hold "theses" and "rome" once; only the second says "the 95 theses".
    let body = "Rome had not seen 95 of his theses. He sent the 95 Theses to Rome."
    let question = "Where did he send the 95 Theses?"
    let lifted = try AnsweringFixtures.first(body, question: question) { $0.exactWeight = 0 }
    #expect(lifted.text == "He sent the 95 Theses to Rome.")
    #expect(lifted.contributions.contains { $0.term == "(phrase)" })
    let plain = try AnsweringFixtures.first(body, question: question) {
      $0.exactWeight = 0
      $0.phraseWeight = 0
    }
    #expect(plain.text == "Rome had not seen 95 of his theses.")
  }

  @Test func aRelatedWordLiftsASentence() throws {
    try AnsweringFixtures.expectLifted(
      "Edison sold the lamp. Edison invented the lamp.",
      question: "Who was the inventor of the lamp?", label: "(related word)"
    ) { $0.relatedWeight = 0 }
  }

  @Test func aSynonymLiftsASentence() throws {
    // The corpus never says "die": only WordNet links it to "perished".
    let body = "The old king ruled in the valley. The old king perished in the valley."
    let question = "Where did the old king die?"
    try AnsweringFixtures.expectLifted(body, question: question, label: "(synonym)") {
      $0.synonymWeight = 0
    }
    // Spanish questions get no English synonyms.
    var parameters = RetrievalParameters()
    parameters.neighborWeight = 0
    let spanish = try Retriever(
      documents: [Document(id: "d", body: body)], language: .spanish, parameters: parameters)
    let answer = try #require(spanish.answers(to: question, limit: 1).first)
    #expect(!answer.contributions.contains { $0.term == "(synonym)" })
  }
}
