import Foundation
import Testing

@testable import Brief

/// The corpus words offered for tab completion.
@Suite struct CorpusWordsTests {
  @Test func wordsWithAPrefixAreCorpusSurfaceForms() throws {
    let retriever = try Retriever(documents: AnsweringFixtures.news)
    #expect(
      retriever.words(withPrefix: "re", limit: 10)
        == ["rejected", "rejection", "repairs", "reporters", "residents", "reopen", "reopens"]
        .sorted())
    #expect(retriever.words(withPrefix: "Sh", limit: 10) == ["she", "sheinbaum"])
    #expect(retriever.words(withPrefix: "re", limit: 2).count == 2)
    #expect(retriever.words(withPrefix: "qq", limit: 5).isEmpty)
  }

  @Test func wordsOfRepeatedDocumentsAreAllOffered() throws {
    // The same stems (so scored as one document), other words; and an exact copy.
    let documents = [
      Document(id: "a", body: "Mara runs the ferry."),
      Document(id: "b", body: "Mara running the ferry."),
      Document(id: "c", body: "Mara runs the ferry."),
    ]
    let index = try CorpusIndex(documents: documents)
    #expect(DocumentTwins(canonical: index.sentences.canonicalDocuments).copies.count == 2)
    let retriever = try Retriever(index: index)
    #expect(retriever.words(withPrefix: "ru", limit: 5) == ["running", "runs"])
  }
}
