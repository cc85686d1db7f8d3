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

  /// Made-up vectors for `count` units: 8-wide embeddings, two 4-wide pieces each, and a
  /// projection from 8 to 4 values.
  static func madeUpVectors(_ count: Int) -> CorpusVectors {
    let rows = SentenceVectorsTests.unitVectors(count, width: 8, seed: 9)
    let pieces = SentenceVectorsTests.unitVectors(2 * count, width: 4, seed: 10)
    var units: [TokenVectors] = []
    for unit in 0..<count {
      let ids: [Int32] = [Int32(unit), Int32(unit + 1)]
      let values = Array(pieces[(unit * 8)..<((unit + 1) * 8)])
      units.append(TokenVectors(ids: ids, vectors: values, width: 4))
    }
    let axes = SentenceVectorsTests.unitVectors(4, width: 8, seed: 11)
    return CorpusVectors(
      model: "m", sentences: SentenceVectors(embeddings: rows, width: 8),
      pieces: PieceVectors(units, width: 4),
      projection: PieceProjection(inputWidth: 8, width: 4, axes: axes))
  }

  /// The index of the shared test corpus with made-up vectors.
  private func encoded() throws -> CorpusIndex {
    let index = try CorpusIndex(documents: SentenceIndexTests.documents)
    return try index.adding(vectors: Self.madeUpVectors(index.sentenceCount))
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
    #expect(reopened.vectors?.model == "m")
    // An index by words alone has none.
    let plain = try CorpusIndex(documents: SentenceIndexTests.documents)
    try plain.write(to: path)
    let words = try CorpusIndex(contentsOf: path)
    #expect(words.vectors == nil)
  }

  @Test func vectorsMustBeOnePerSentence() throws {
    let index = try CorpusIndex(documents: SentenceIndexTests.documents)
    #expect(throws: BriefError.self) { try index.adding(vectors: Self.madeUpVectors(2)) }
  }

  @Test func aBadVectorScaleIsRefused() throws {
    let path = folder.appendingPathComponent("bad.briefindex").path
    try encoded().write(to: path)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    // The pieces' scales are the last section (two a unit): make the first one negative
    // (its sign bit), and the checksum with it, so only the value check can refuse it.
    let end = bytes.count - 8
    let scaleCount = 2 * (try CorpusIndex(contentsOf: path).sentenceCount)
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
