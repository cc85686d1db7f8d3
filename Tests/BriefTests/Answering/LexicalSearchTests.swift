import Foundation
import Testing

@testable import Brief

/// The first stage: postings, bounds and the early stop.
@Suite struct LexicalSearchTests {
  @Test(arguments: ["bridge", "reject troops cartels", "cyclists talks bridge March", "Mexico"])
  func postingsScoringEqualsABruteForceScan(question: String) throws {
    for (k1, b) in [(1.2, 0.75), (0.5, 0.0), (2.0, 1.0)] {
      var parameters = AnsweringFixtures.plain
      parameters.k1 = k1
      parameters.b = b
      let retriever = try Retriever(documents: AnsweringFixtures.news, parameters: parameters)
      let answers = retriever.answers(to: question, limit: 100)
      let expected = try AnsweringFixtures.bruteForce(
        AnsweringFixtures.news, question: question, k1: k1, b: b)
      #expect(answers.map(\.text) == expected.map(\.text))
      for (answer, scan) in zip(answers, expected) {
        #expect(abs(answer.score - scan.score) < 1e-9)
      }
    }
  }

  @Test(arguments: [
    "bridge repairs", "when did Alder open the harbour ferry?", "who runs the comet festival",
    "how many cyclists crossed the river bridge", "library",
  ])
  func earlyTerminationEqualsScoringEveryUnit(question: String) throws {
    var parameters = RetrievalParameters()
    // Without the re-ranking (pairs, exact forms, phrases, related words, synonyms), the
    // best k of a shallow search must be those of a search too deep to stop early.
    parameters.pairWeight = 0
    parameters.exactWeight = 0
    parameters.phraseWeight = 0
    parameters.relatedWeight = 0
    parameters.synonymWeight = 0
    parameters.rerankDepth = 1
    let retriever = try Retriever(
      documents: AnsweringFixtures.mixedCorpus(documentCount: 60), parameters: parameters)
    let all = retriever.answers(to: question, limit: 100_000)
    #expect(all.count > 20)
    for k in [1, 2, 5, 20] {
      #expect(retriever.answers(to: question, limit: k) == Array(all.prefix(k)))
    }
  }

  @Test func topKIsAPrefixOfTheFullRankingBestFirst() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    let all = retriever.answers(to: "bridge cyclists talks reopen", limit: 50)
    #expect(all.count >= 4)
    for k in 1...all.count {
      #expect(
        retriever.answers(to: "bridge cyclists talks reopen", limit: k) == Array(all.prefix(k)))
    }
    #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
  }
}
