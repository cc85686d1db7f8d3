import Foundation
import Testing

@testable import Brief

/// Repeated documents, scored once.
@Suite struct DocumentTwinsCandidatesTests {
  @Test(arguments: [1, 2, 3, 100])
  func repeatedDocumentsAnswerAsIfEveryCopyWereScored(depth: Int) throws {
    // Copies with fresh ids among the documents, a copy of a copy, and near copies (another
    // title; one word of the body changed) that must not count as twins.
    var documents = AnsweringFixtures.mixedCorpus(documentCount: 24)
    var copies = 0
    for (position, original) in documents.enumerated().reversed() where position % 3 == 0 {
      for copy in 0..<(1 + position % 2) {
        var twin = original
        twin.id = "\(original.id)-copy\(copy)"
        documents.insert(twin, at: min(documents.count, position + 2 + copy * 5))
        copies += 1
      }
    }
    var retitled = documents[4]
    retitled.id = "retitled"
    retitled.title = (retitled.title ?? "") + " ferry"
    var edited = documents[7]
    edited.id = "edited"
    edited.body = edited.body.replacingOccurrences(of: "bridge", with: "comet")
    // Equal scores within a document (two equal sentences), repeated: the ties are broken by
    // unit across the copies.
    let echo = Document(id: "echo", body: "Castell ferry orchard. Castell ferry orchard.")
    var echoCopy = echo
    echoCopy.id = "echo-copy"
    documents += [retitled, echo, edited, documents[0], echoCopy]
    copies += 2
    let corpus = try CorpusIndex(documents: documents)
    #expect(DocumentTwins(canonical: corpus.sentences.canonicalDocuments).copies.count == copies)
    var parameters = RetrievalParameters()
    parameters.rerankDepth = depth
    let collapsed = try Retriever(index: corpus, parameters: parameters, collapsingTwins: true)
    let everyCopy = try Retriever(index: corpus, parameters: parameters, collapsingTwins: false)
    for question in [
      "bridge repairs", "when did Alder open the harbour ferry?", "who runs the comet festival",
      "how many cyclists crossed the river bridge", "library", "Brennan", "Castell ferry orchard",
    ] {
      for k in [1, 2, 3, 10, 500] {
        let answers = collapsed.answers(to: question, limit: k)
        #expect(answers == everyCopy.answers(to: question, limit: k), "\(question), k \(k)")
        if k == 500 { #expect(Set(answers.map(\.documentID)).contains { $0.contains("-copy") }) }
      }
    }
  }
}
