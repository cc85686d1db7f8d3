import Foundation
import Synchronization
import Testing

@_spi(Tuning) @testable import Brief

/// Sentence embeddings against sentence-transformers' own, and the batching and threading
/// of ``SentenceEncoder/encode(_:tokenVectors:workers:progress:)``, which must not change
/// any vector.
@Suite struct EncodingsTests {
  /// The model with batches of at most 24 pieces, so that a few short texts already make
  /// several batches (loaded once for the suite).
  static let smallBatches = Result {
    try SentenceEncoder(
      directory: try TestModel.requireDirectory(), precision: .float32, batchRows: 24)
  }

  static let texts = [
    "She rejected the offer of U.S. troops.", "", "What did Sheinbaum reject?",
    "The council met in the old town hall on Monday evening.",
    "After a long debate its members approved the budget for the new library.", "Yes.",
    String(repeating: "a rather long sentence ", count: 8),
    "Builders say the work on the harbour walls will take two more years.",
    "The mayor thanked the builders and the library staff.", "Why?",
  ]

  /// The largest difference between two lists of floats of the same length (infinity when
  /// the lengths differ).
  static func difference(_ a: some Collection<Float>, _ b: some Collection<Float>) -> Float {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
  }

  static func dot(_ a: ArraySlice<Float>, _ b: ArraySlice<Float>) -> Float {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func embeddingsAreSentenceTransformers() throws {
    let encoder = try SentenceEncoderTests.encoder()
    let texts = [
      "She rejected the offer of U.S. troops.", "What did Sheinbaum reject?",
      "The council approved the budget for the new library.",
    ]
    let encodings = encoder.encode(texts)
    #expect(encodings.count == 3)
    #expect(encodings.width == 384)
    #expect(encodings.tokenVectors.isEmpty)
    // sentence-transformers' all-MiniLM-L6-v2 embeddings (mean pooling, normalized): the
    // first four and the last two values of each, and the cosines between them.
    let expected: [([Float], [Float])] = [
      ([-0.0445192, 0.0376098, 0.0626232, 0.0859288], [0.0199219, 0.0183258]),
      ([-0.0145937, 0.0761092, -0.0161572, 0.0591285], [0.0724962, 0.0630200]),
      ([-0.0230088, -0.0245566, -0.0356479, 0.0403559], [0.0242952, 0.0211021]),
    ]
    for (index, (first, last)) in expected.enumerated() {
      let embedding = Array(encodings.embedding(at: index))
      #expect(zip(embedding.prefix(4), first).allSatisfy { abs($0 - $1) < 1e-5 })
      #expect(zip(embedding.suffix(2), last).allSatisfy { abs($0 - $1) < 1e-5 })
      let norm = Self.dot(encodings.embedding(at: index), encodings.embedding(at: index))
      #expect(abs(norm - 1) < 1e-5)
    }
    let cosine = { (a: Int, b: Int) in
      Self.dot(encodings.embedding(at: a), encodings.embedding(at: b))
    }
    #expect(abs(cosine(0, 1) - 0.3271270) < 1e-5)
    #expect(abs(cosine(1, 2) - 0.1689983) < 1e-5)
    #expect(abs(cosine(0, 2) - 0.0080248) < 1e-5)
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func tokenVectorsComeFromTheSamePass() throws {
    let encoder = try SentenceEncoderTests.encoder()
    let both = encoder.encode(Self.texts, tokenVectors: true, workers: 1)
    let embeddings = encoder.encode(Self.texts, workers: 1)
    #expect(both.embeddings == embeddings.embeddings)
    #expect(both.tokenVectors.count == Self.texts.count)
    for (text, vectors) in zip(Self.texts, both.tokenVectors) {
      let alone = encoder.tokenVectors(of: text)
      #expect(vectors.ids == alone.ids)
      // Alone, a text's rows meet other blocks of BLAS's kernels: the same to rounding.
      #expect(Self.difference(vectors.vectors, alone.vectors) < 1e-6)
    }
    // An empty text still has [CLS] and [SEP], so an embedding, and no token vectors.
    #expect(both.tokenVectors[1].ids.isEmpty)
    #expect(abs(Self.dot(both.embedding(at: 1), both.embedding(at: 1)) - 1) < 1e-5)
    #expect(encoder.encode([]).count == 0)
  }

  /// BLAS's products round a row by the kernel blocks it falls in, which depend on the
  /// batch: a text's vectors in a batch and alone agree to about 1e-7.
  @Test(.enabled(if: TestModel.shouldRun))
  func aTextInABatchIsEncodedAsAlone() throws {
    let encoder = try Self.smallBatches.get()
    let together = encoder.encode(Self.texts, tokenVectors: true, workers: 1)
    for (index, text) in Self.texts.enumerated() {
      let alone = encoder.encode([text], tokenVectors: true, workers: 1)
      #expect(Self.difference(together.embedding(at: index), alone.embeddings) < 1e-6)
      #expect(
        Self.difference(together.tokenVectors[index].vectors, alone.tokenVectors[0].vectors)
          < 1e-6)
    }
    // The default batches (all the texts in one) agree with these to rounding.
    let oneBatch = try SentenceEncoderTests.encoder().encode(Self.texts, workers: 1)
    #expect(Self.difference(oneBatch.embeddings, together.embeddings) < 1e-6)
  }

  /// The batches depend on the texts alone, so any number of workers gives the very same
  /// floats.
  @Test(.enabled(if: TestModel.shouldRun))
  func theOutputDoesNotDependOnTheNumberOfWorkers() throws {
    let encoder = try Self.smallBatches.get()
    let reports = Mutex<[Int]>([])
    let one = encoder.encode(Self.texts, tokenVectors: true, workers: 1)
    for workers in [2, 3] {
      let many = encoder.encode(
        Self.texts, tokenVectors: true, workers: workers,
        progress: { done in reports.withLock { $0.append(done) } })
      #expect(many.embeddings == one.embeddings)
      #expect(many.tokenVectors.map(\.vectors) == one.tokenVectors.map(\.vectors))
      #expect(many.tokenVectors.map(\.ids) == one.tokenVectors.map(\.ids))
    }
    // Progress: increasing counts of texts done, ending at all of them, once per batch.
    let counts = reports.withLock { $0 }
    let runs = counts.split { $0 == Self.texts.count }
    #expect(counts.filter { $0 == Self.texts.count }.count == 2)
    #expect(runs.allSatisfy { zip($0, $0.dropFirst()).allSatisfy { $0 < $1 } })
    #expect(counts.count > 4)
  }
}
