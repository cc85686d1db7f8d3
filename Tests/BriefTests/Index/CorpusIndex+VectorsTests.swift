import Foundation
import Testing

@testable import Brief

/// Sentence vectors kept in a corpus index and in its saved file.
@Suite final class CorpusIndexVectorsTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-vectors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The index of the shared test corpus with one made-up vector per sentence.
  private func encoded() throws -> CorpusIndex {
    let index = try CorpusIndex(documents: SentenceIndexTests.documents)
    let width = 8
    let rows = SentenceVectorsTests.unitVectors(index.sentenceCount, width: width, seed: 9)
    return try index.adding(vectors: SentenceVectors(embeddings: rows, width: width), model: "m")
  }

  @Test func sentenceTextsAreTheUnitsInOrder() throws {
    let index = try CorpusIndex(documents: SentenceIndexTests.documents)
    let texts = index.sentenceTexts
    #expect(texts.count == index.sentenceCount)
    let first = SentenceIndexTests.documents[0]
    #expect(texts.first == first.title)
    #expect(texts.dropFirst().first == first.keyPoints.first)
  }

  @Test func vectorsAreSavedAndReopenedAsTheyWere() throws {
    let index = try encoded()
    let path = folder.appendingPathComponent("v.briefindex").path
    try index.write(to: path)
    let reopened = try CorpusIndex(contentsOf: path)
    #expect(reopened.vectors == index.vectors)
    #expect(reopened.vectorModel == "m")
    // An index by words alone has none.
    let plain = try CorpusIndex(documents: SentenceIndexTests.documents)
    try plain.write(to: path)
    let words = try CorpusIndex(contentsOf: path)
    #expect(words.vectors == nil)
    #expect(words.vectorModel == "")
  }

  @Test func vectorsMustBeOnePerSentence() throws {
    let index = try CorpusIndex(documents: SentenceIndexTests.documents)
    let short = SentenceVectors(embeddings: [Float](repeating: 0.5, count: 16), width: 8)
    #expect(throws: BriefError.self) { try index.adding(vectors: short, model: "m") }
  }

  @Test func aBadVectorScaleIsRefused() throws {
    let path = folder.appendingPathComponent("bad.briefindex").path
    try encoded().write(to: path)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    // The scales are the last section: make the first one negative (its sign bit), and
    // the checksum with it, so only the value check can refuse it.
    let end = bytes.count - 8
    let scaleCount = try CorpusIndex(contentsOf: path).sentenceCount
    let first = end - ((scaleCount * 4 + 7) / 8 * 8)
    bytes[first + 3] |= 0x80
    let header = first - 32
    var checksum: UInt64 = 0
    bytes[first..<(first + scaleCount * 4)].withUnsafeBytes {
      checksum = Checksum.ofBlocks(UnsafeRawBufferPointer(rebasing: $0[...]))
    }
    for i in 0..<8 { bytes[header + 24 + i] = UInt8(truncatingIfNeeded: checksum >> (8 * i)) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect {
      try CorpusIndex(contentsOf: path)
    } throws: { error in
      "\(error)".contains("vector scale")
    }
  }
}
