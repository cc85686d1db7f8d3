import Foundation
import Testing

@testable import Brief

/// The sentence encoder against sentence-transformers' own figures, and the retriever's
/// re-ranking by meaning.
@Suite struct SentenceEncoderTests {
  /// The model in 32-bit floats (sentence-transformers' arithmetic), loaded once for the
  /// suite (loading takes seconds in a debug build).
  static let model = Result {
    try SentenceEncoder(directory: try TestModel.requireDirectory(), precision: .float32)
  }

  static func encoder() throws -> SentenceEncoder { try model.get() }

  /// A retriever over one document, answering by meaning with `encoder` when given.
  static func retriever(
    _ body: String, encoder: SentenceEncoder?, parameters: RetrievalParameters = .init()
  ) throws -> Retriever {
    let retriever = try Retriever(
      documents: [Document(id: "d", body: body)], parameters: parameters)
    retriever.encoder = encoder
    return retriever
  }

  @Test func aMissingOrBrokenModelIsReportedByItsFile() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    #expect(throws: BriefError.fileNotFound(path: folder.appending(path: "vocab.txt").path)) {
      try SentenceEncoder(directory: folder)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n".write(
      to: folder.appending(path: "vocab.txt"), atomically: true, encoding: .utf8)
    try "{\"num_attention_heads\": 2}".write(
      to: folder.appending(path: "config.json"), atomically: true, encoding: .utf8)
    let weights = folder.appending(path: "model.safetensors")
    try SafeTensorsTests.safetensors(
      "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
      data: SafeTensorsTests.floats([1])
    ).write(to: weights)
    do {
      _ = try SentenceEncoder(directory: folder)
      Issue.record("weights without embeddings were loaded")
    } catch {
      #expect(error == .unreadable(path: weights.path, reason: "no word embeddings"))
    }
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func tokenVectorsAreSentenceTransformers() throws {
    let encoder = try Self.encoder()
    let sentence = encoder.tokenVectors(of: "She rejected the offer of U.S. troops.")
    // Hugging Face's ids and sentence-transformers' token embeddings (all-MiniLM-L6-v2),
    // scaled to unit length: the first four values of the first and last piece.
    #expect(sentence.ids == [2016, 5837, 1996, 3749, 1997, 1057, 1012, 1055, 1012, 3629, 1012])
    #expect(sentence.width == 384)
    let first: [Float] = [0.0541688, -0.0056737, 0.0516718, 0.0635302]
    let last: [Float] = [-0.0260934, 0.0364101, 0.0439722, 0.0852618]
    let end = (sentence.ids.count - 1) * 384
    for i in 0..<4 {
      #expect(abs(sentence.vectors[i] - first[i]) < 1e-4)
      #expect(abs(sentence.vectors[end + i] - last[i]) < 1e-4)
    }
    for row in 0..<sentence.ids.count {
      let norm = sentence.vectors[(row * 384)..<(row * 384 + 384)].reduce(0) { $0 + $1 * $1 }
      #expect(abs(norm - 1) < 1e-4)
    }
    // Each question piece's best cosine, averaged: sentence-transformers gives 0.3900723.
    let question = encoder.tokenVectors(of: "What did Sheinbaum reject?")
    var sum: Float = 0
    for q in 0..<question.ids.count {
      var best = -Float.infinity
      for s in 0..<sentence.ids.count {
        var dot: Float = 0
        for i in 0..<384 { dot += question.vectors[q * 384 + i] * sentence.vectors[s * 384 + i] }
        best = max(best, dot)
      }
      sum += best
    }
    #expect(abs(sum / Float(question.ids.count) - 0.3900723) < 1e-4)
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func aBatchEncodesEachTextAsAlone() throws {
    let encoder = try Self.encoder()
    let texts = [
      "What did Sheinbaum reject?", "", "She rejected the offer of U.S. troops.",
      String(repeating: "very long sentence ", count: 200),
    ]
    let batch = encoder.tokenVectors(of: texts)
    #expect(batch.count == 4)
    #expect(batch[1].ids.isEmpty && batch[1].vectors.isEmpty)
    #expect(batch[3].ids.count == 254)
    for (text, vectors) in zip(texts, batch) {
      let alone = encoder.tokenVectors(of: text)
      #expect(alone.ids == vectors.ids)
      let difference = zip(alone.vectors, vectors.vectors).map { abs($0 - $1) }.max() ?? 0
      #expect(difference < 1e-5)
    }
    #expect(encoder.tokenVectors(of: []).isEmpty)
  }
}
