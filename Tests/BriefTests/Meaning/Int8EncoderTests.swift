import Testing

@_spi(Tuning) @testable import Brief

/// The encoder on the int8 path against its 32-bit one.
@Suite struct Int8EncoderTests {
  /// The model on the int8 path, batches of at most 24 pieces (loaded once for the suite).
  static let model = Result {
    try SentenceEncoder(
      directory: try TestModel.requireDirectory(), precision: .int8, batchRows: 24)
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func vectorsAreCloseToTheFloatPathsAndNamedApart() throws {
    let int8 = try Self.model.get()
    let float32 = try SentenceEncoderTests.encoder()
    #expect(float32.precision == .float32)
    guard Int8Rows.supported else {
      // Without AVX2 the encoder runs in 32-bit floats and says so.
      #expect(int8.precision == .float32 && int8.modelID == float32.modelID)
      return
    }
    #expect(int8.precision == .int8)
    // Their vectors are not the same: an index or cache of one is not the other's.
    #expect(int8.modelID == float32.modelID + "-int8")
    let texts = EncodingsTests.texts
    let quantized = int8.encode(texts, tokenVectors: true, workers: 1)
    let floats = float32.encode(texts, tokenVectors: true, workers: 1)
    for index in texts.indices {
      let cosine = EncodingsTests.dot(quantized.embedding(at: index), floats.embedding(at: index))
      // One- or two-word texts have the fewest pieces to average their errors over.
      let words = texts[index].split(separator: " ").count
      #expect(cosine >= (words > 2 ? 0.99 : 0.98), "\(texts[index]): cosine \(cosine)")
      let norm = EncodingsTests.dot(quantized.embedding(at: index), quantized.embedding(at: index))
      #expect(abs(norm - 1) < 1e-5)
      let (a, b) = (quantized.tokenVectors[index], floats.tokenVectors[index])
      #expect(a.ids == b.ids)
      for piece in a.ids.indices {
        let range = (piece * 384)..<((piece + 1) * 384)
        #expect(EncodingsTests.dot(a.vectors[range], b.vectors[range]) >= 0.95)
      }
    }
  }

  /// Each row is quantized by its own range, so a text's vectors do not depend on the
  /// batch it is in, nor on the number of workers.
  @Test(.enabled(if: TestModel.shouldRun))
  func aTextInABatchIsEncodedAsAlone() throws {
    let encoder = try Self.model.get()
    let texts = EncodingsTests.texts
    let together = encoder.encode(texts, workers: 1)
    for (index, text) in texts.enumerated() {
      let alone = encoder.encode([text], workers: 1)
      #expect(EncodingsTests.difference(together.embedding(at: index), alone.embeddings) < 1e-6)
    }
    #expect(encoder.encode(texts, workers: 3).embeddings == together.embeddings)
  }
}
