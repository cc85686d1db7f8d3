import Foundation
import Testing

@testable import Brief

/// The cache of term runs.
@Suite struct TermRunCacheTests {
  @Test func answersDoNotDependOnTheTermCacheBudget() throws {
    let documents = CorpusIndexTests.documents
    let cached = try Retriever(documents: documents)
    let evicting = try Retriever(documents: documents)
    evicting.runBudget = 1  // every new term empties the cache
    for round in 0..<2 {
      for question in CorpusIndexTests.questions + ["bridge cars", "Sheinbaum troops bridge"] {
        #expect(
          evicting.answers(to: question, limit: 4) == cached.answers(to: question, limit: 4),
          "round \(round): \(question)")
      }
    }
  }
}
