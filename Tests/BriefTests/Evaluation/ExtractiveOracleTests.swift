import Testing

@testable import Brief

@Suite struct ExtractiveOracleTests {
  @Test func picksTheSentencesThatCoverTheReferences() {
    var oracle = ExtractiveOracle()
    let sentences = [
      "The mayor opened the new bridge on Monday.",
      "It rained all day in the valley.",
      "Crowds cheered as the bridge opened.",
      "Sports results follow below.",
    ]
    let references = ["Mayor opens new bridge on Monday", "Crowds cheer the bridge"]
    #expect(oracle.choose(sentences: sentences, references: references, limit: 3) == [0, 2])
    #expect(oracle.choose(sentences: sentences, references: references, limit: 1) == [0])
    #expect(oracle.choose(sentences: sentences, references: [], limit: 3) == [])
  }

  @Test func summarizesADocumentFromItsKeyPoints() {
    var oracle = ExtractiveOracle()
    let document = Document(
      id: "d", keyPoints: ["Crowds cheered the bridge"],
      body: "It rained all day. Crowds cheered as the bridge opened. Results follow.")
    let summary = oracle.summarize(document, sentences: 3)
    #expect(summary.sentences.map(\.index) == [1])
    #expect(summary.sentences.map(\.text) == ["Crowds cheered as the bridge opened."])
    #expect(summary.sentenceCount == 3)
  }

  @Test func corpusSummariesMatchOneByOneInOrder() {
    var oracle = ExtractiveOracle()
    let documents = (0..<20).map { index in
      Document(
        id: "d\(index)", keyPoints: ["Crowds cheered bridge \(index)"],
        body: "It rained all day. Crowds cheered as bridge \(index) opened. Results follow.")
    }
    let batch = oracle.summarize(documents, sentences: 2)
    #expect(batch.map(\.id) == documents.map(\.id))
    for (summary, document) in zip(batch, documents) {
      #expect(summary == oracle.summarize(document, sentences: 2))
    }
  }
}
