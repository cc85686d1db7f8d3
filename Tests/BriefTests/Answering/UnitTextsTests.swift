import Testing

@testable import Brief

@Suite struct UnitTextsTests {
  @Test func eachUnitReadsItsOwnTextFromItsDocument() throws {
    let documents = [
      Document(
        id: "a", title: "Bridge reopens", keyPoints: ["Repairs cost $48.6m.", "Cars return."],
        body: "The  bridge\nreopened on Tuesday. Crowds cheered."),
      Document(id: "b", body: "A second story. It has\ttwo sentences."),
    ]
    let corpus = try CorpusIndex(documents: documents)
    let texts = UnitTexts(
      documents: corpus.documents, index: corpus.sentences, language: .english)
    let units = 0..<corpus.sentences.unitDocuments.count
    // Title, key points, then the body, per document; body whitespace collapsed.
    #expect(
      units.map(texts.text(of:)) == [
        "Bridge reopens", "Repairs cost $48.6m.", "Cars return.",
        "The bridge reopened on Tuesday.", "Crowds cheered.", "A second story.",
        "It has two sentences.",
      ])
    #expect(units.map { texts.document(of: $0).id } == ["a", "a", "a", "a", "a", "b", "b"])
    // The bytes hold the unit at its range: the body's sentence, or the whole text.
    let raw = units.map { unit in
      texts.withBytes(of: unit) { bytes, range in
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
    }
    #expect(raw[1] == "Repairs cost $48.6m.")
    #expect(raw[3] == "The  bridge\nreopened on Tuesday.")
    #expect(raw[6] == "It has\ttwo sentences.")
  }
}
