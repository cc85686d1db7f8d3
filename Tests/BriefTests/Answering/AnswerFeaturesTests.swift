import Foundation
import Testing

@testable import Brief

/// The features of an answer's score, and their explanation.
@Suite struct AnswerFeaturesTests {
  @Test(arguments: [
    "What did Sheinbaum reject?", "When did the bridge reopen?", "Who thanked residents?",
    "How many cyclists cross the bridge?", "When was the bridge invented?",
  ])
  func weightedFeaturesAddUpToTheScore(question: String) throws {
    let body = """
      Claudia Sheinbaum met reporters in Mexico City on Tuesday. She rejected the offer of \
      U.S. troops. The rejection surprised Washington.

      The swing bridge will reopen on March 14. Repairs cost $48.6m. Cyclists and \
      pedestrians may cross the bridges again. The council thanked residents. An inventor \
      crossed the bridge in 1990.
      """
    var parameters = RetrievalParameters()
    parameters.fineDepth = 20
    let retriever = try Retriever(
      documents: [Document(id: "d", body: body)], parameters: parameters)
    let (_, _, candidates) = retriever.candidateFeatures(for: question, limit: 20)
    #expect(!candidates.isEmpty)
    if question.hasSuffix("invented?") {
      #expect(candidates.contains { $0.related > 0 })
    }
    if question.hasPrefix("How many") {
      #expect(candidates.contains { $0.exact > 0 })
    }
    for candidate in candidates {
      let sum =
        candidate.bm25 + parameters.neighborWeight * (candidate.previous + candidate.next)
        + parameters.continuationWeight * candidate.continuation
        + parameters.paragraphWeight * candidate.paragraphEvidence
        + parameters.answerTypeWeight * candidate.answerType
        + parameters.nameWeight * candidate.name + parameters.pairWeight * candidate.pairs
        + parameters.relatedWeight * candidate.related
        + parameters.synonymWeight * candidate.synonyms + parameters.exactWeight * candidate.exact
        + parameters.phraseWeight * candidate.phrases
      #expect(abs(sum - candidate.answer.score) < 1e-9, "\(candidate.answer.text)")
    }
  }

  @Test func theSentenceAfterTheSetUpIsLifted() throws {
    // "canal across the marsh" is in the first sentence only; the second and the third
    // both say the rest of the question, the third in fewer words.
    let body = """
      Engineers dug the canal across the marsh. It opened to boats in 1850 after delays. \
      Locks opened to boats.
      """
    let question = "When did the canal across the marsh open to boats?"
    let after = "It opened to boats in 1850 after delays."
    let shorter = "Locks opened to boats."
    let plain = try AnsweringFixtures.ranked(body, question: question, limit: 3) {
      $0.answerTypeWeight = 0
      $0.continuationWeight = 0
    }.map(\.text)
    #expect(try #require(plain.firstIndex(of: shorter)) < #require(plain.firstIndex(of: after)))
    let lifted = try AnsweringFixtures.ranked(body, question: question, limit: 3) {
      $0.answerTypeWeight = 0
    }.map(\.text)
    #expect(try #require(lifted.firstIndex(of: after)) < #require(lifted.firstIndex(of: shorter)))
    // The bonus is the idf of the terms the sentence before holds and it lacks.
    let retriever = try Retriever(documents: [Document(id: "d", body: body)])
    let features = retriever.candidateFeatures(for: question, limit: 3)
    let idf = Dictionary(uniqueKeysWithValues: zip(features.terms, features.idf))
    let candidate = try #require(features.candidates.first { $0.answer.text == after })
    // "across" is not a stop word here.
    let expected = try ["canal", "across", "marsh"].reduce(0) { try $0 + #require(idf[$1]) }
    #expect(abs(candidate.continuation - expected) < 1e-9)
    #expect(features.candidates.first { $0.answer.text == shorter }?.continuation == 0)
    // The explanation lists it, and the contributions still add up to the score.
    let answer = candidate.answer
    let listed = answer.contributions.first { $0.term == "(sentence before)" }?.score
    #expect(abs((listed ?? 0) - RetrievalParameters().continuationWeight * expected) < 1e-9)
    #expect(abs(answer.contributions.reduce(0) { $0 + $1.score } - answer.score) < 1e-9)
  }

  @Test func aPronounSentenceMatchesThePersonNamedBefore() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let first = try #require(retriever.answers(to: "What did Sheinbaum reject?", limit: 3).first)
    #expect(first.text == "She rejected the offer of U.S. troops to fight the cartels.")
    #expect(first.field == .body)
    #expect(first.sentenceIndex == 1)
    #expect(first.matchedTerms == ["sheinbaum", "reject"])
    #expect(first.contributions.contains { $0.term == "sheinbaum (context)" })
    #expect(abs(first.contributions.reduce(0) { $0 + $1.score } - first.score) < 1e-9)

    var noContext = RetrievalParameters()
    noContext.contextWeight = 0
    let without = try Retriever(documents: AnsweringFixtures.news, parameters: noContext)
    #expect(
      without.answers(to: "What did Sheinbaum reject?", limit: 3).first?.matchedTerms != [
        "sheinbaum", "reject",
      ])
  }

  @Test func pairsAndDocumentEvidenceLiftTheBetterMatch() throws {
    let documents = [
      Document(id: "one", body: "The swing bridge opened. A swing band played."),
      Document(id: "two", body: "The bridge swing was fixed. Bands played."),
    ]
    let retriever = try Retriever(documents: documents)
    let first = try #require(retriever.answers(to: "swing bridge", limit: 1).first)
    #expect(first.text == "The swing bridge opened.")
    #expect(first.contributions.contains { $0.term == "(pair) swing bridg" })
  }

  @Test(arguments: [4, 9, 16, 30])
  func bm25NeverFallsAsTheTermFrequencyRises(length: Int) throws {
    let shapes = (1...length).map { (zebras: $0, fillers: length - $0) }
    let retriever = try Retriever(
      documents: [AnsweringFixtures.zebras(shapes)], parameters: AnsweringFixtures.plain)
    let answers = retriever.answers(to: "zebra", limit: length)
    let byCount = Dictionary(
      uniqueKeysWithValues: answers.map {
        ($0.text.split(separator: " ").filter { $0.hasPrefix("zebra") }.count, $0.score)
      })
    for tf in 1..<length {
      #expect(try #require(byCount[tf + 1]) >= #require(byCount[tf]))
    }
  }

  @Test(arguments: [(1, 1), (2, 1), (3, 1), (1, 2)] as [(Int, Int)])
  func bm25NeverRisesAsTheSentenceGrowsLonger(zebraCount: Int, step: Int) throws {
    let shapes = stride(from: 0, through: 40, by: step).map { (zebras: zebraCount, fillers: $0) }
    let retriever = try Retriever(
      documents: [AnsweringFixtures.zebras(shapes)], parameters: AnsweringFixtures.plain)
    let answers = retriever.answers(to: "zebra", limit: shapes.count)
    #expect(answers.count == shapes.count)
    let byLength = answers.map { ($0.text.split(separator: " ").count, $0.score) }.sorted {
      $0.0 < $1.0
    }
    for (shorter, longer) in zip(byLength, byLength.dropFirst()) { #expect(longer.1 <= shorter.1) }
  }

  @Test(arguments: [
    "What did Sheinbaum reject?", "When will the bridge reopen?", "How much did repairs cost?",
    "Who met reporters in Mexico?", "Do the cartels talks continue?",
  ])
  func anExplanationIsTheScoresOwnSum(question: String) throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let answers = retriever.answers(to: question, limit: 5)
    #expect(!answers.isEmpty)
    for answer in answers {
      let sum = answer.contributions.reduce(0) { $0 + $1.score }
      #expect(abs(sum - answer.score) < 1e-9, "\(answer.text): \(answer.contributions)")
      #expect(answer.contributions.allSatisfy { $0.score > 0 })
      // Two documents: the document's evidence is a part of its own.
      #expect(answer.contributions.contains { $0.term == "(document)" })
    }
    // The kind of answer is explained apart from the document.
    let when = try #require(
      retriever.answers(to: "When will the bridge reopen?", limit: 1).first)
    #expect(when.contributions.contains { $0.term == "(answer type)" })
  }
}
