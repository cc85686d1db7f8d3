import Foundation
import Testing

@testable import Brief

/// The safetensors reader, the sentence encoder against sentence-transformers' own figures,
/// the meaning match, and the retriever's re-ranking by meaning.
@Suite struct SentenceEncoderTests {
  /// A safetensors file: the header JSON, padded as the format allows, then the data.
  static func safetensors(_ header: String, data: [UInt8]) -> Data {
    var bytes = [UInt8](header.utf8)
    let length = UInt64(bytes.count)
    bytes = (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) } + bytes
    return Data(bytes + data)
  }

  static func floats(_ values: [Float]) -> [UInt8] {
    values.flatMap { value in
      (0..<4).map { UInt8(truncatingIfNeeded: value.bitPattern >> (8 * $0)) }
    }
  }

  /// The model, loaded once for the suite (loading takes seconds in a debug build).
  static let model = Result { try SentenceEncoder(directory: try TestModel.requireDirectory()) }

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

  @Test func safetensorsGivesEachFloatTensorItsShapeAndValues() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let header = """
      {"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},\
      "ids":{"dtype":"I64","shape":[1],"data_offsets":[16,24]},\
      "b":{"dtype":"F32","shape":[1],"data_offsets":[24,28]},"__metadata__":{"format":"pt"}}
      """
    let file = folder.appending(path: "model.safetensors")
    try Self.safetensors(
      header, data: Self.floats([1, -2, 0.5, 3]) + [7, 0, 0, 0, 0, 0, 0, 0] + Self.floats([9])
    ).write(to: file)
    let tensors = try SafeTensors(contentsOf: file).tensors
    #expect(tensors["a"]?.shape == [2, 2])
    #expect(tensors["a"]?.values == [1, -2, 0.5, 3])
    #expect(tensors["b"]?.values == [9])
    #expect(tensors["ids"] == nil)

    // Data shorter than a tensor's range, and a header longer than the file.
    try Self.safetensors(header, data: Self.floats([1, 2])).write(to: file)
    #expect(throws: BriefError.self) { try SafeTensors(contentsOf: file) }
    try Data([200, 0, 0, 0, 0, 0, 0, 0, 123]).write(to: file)
    do {
      _ = try SafeTensors(contentsOf: file)
      Issue.record("a header past the end was read")
    } catch {
      #expect(error.description.hasPrefix(file.path + ": cannot be read"))
    }
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
    try Self.safetensors(
      "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
      data: Self.floats([1])
    ).write(to: weights)
    do {
      _ = try SentenceEncoder(directory: folder)
      Issue.record("weights without embeddings were loaded")
    } catch {
      #expect(error == .unreadable(path: weights.path, reason: "no word embeddings"))
    }
  }

  @Test func coreTypeFollowsTheProcessorsVectorUnits() {
    let avx512 = "flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl\n"
    #expect(BLAS.coreType(cpuinfo: "processor\t: 0\n" + avx512) == "SkylakeX")
    #expect(BLAS.coreType(cpuinfo: "flags\t\t: fpu sse2 avx avx2 fma\n") == "Haswell")
    #expect(BLAS.coreType(cpuinfo: "flags\t\t: fpu sse2 sse3\n") == nil)
    #expect(BLAS.coreType(cpuinfo: "Features\t: fp asimd\n") == nil)
    #expect(BLAS.coreType(cpuinfo: nil) == nil)
  }

  static func vectors(_ rows: [[Float]], ids: [Int32]) -> TokenVectors {
    TokenVectors(ids: ids, vectors: rows.flatMap { $0 }, width: rows.first?.count ?? 2)
  }

  @Test func meaningMatchWeighsThePiecesThatSetCandidatesApart() {
    // Question pieces 1 and 2; candidate A holds both, B only piece 1 (shared by all), C
    // only piece 2 (held by A and C).
    let question = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let a = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let b = Self.vectors([[1, 0]], ids: [1])
    let c = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let scores = MeaningMatch.scores(question: question, candidates: [a, b, c])
    #expect(abs(scores[0] - 1) < 1e-12)
    #expect(abs(scores[2] - 1) < 1e-12)
    // B matches piece 1 (cosine 1) and piece 2 not at all (cosine 0): its score is piece
    // 1's share of the idf weights, which is under ½ since every candidate holds piece 1.
    let shared = log(1 + 3.5 / 3.5)
    let rarer = log(1 + 3.5 / 2.5)
    #expect(abs(scores[1] - shared / (shared + rarer)) < 1e-12)
    #expect(scores[1] < 0.5)
    // Nothing to compare: zeros, not a crash.
    let empty = Self.vectors([], ids: [])
    #expect(MeaningMatch.scores(question: empty, candidates: [a]) == [0])
    #expect(MeaningMatch.scores(question: question, candidates: [empty]) == [0])
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

  @Test(.enabled(if: TestModel.shouldRun))
  func aFullVectorCacheStartsAfreshWithTheSameAnswers() throws {
    let encoder = try Self.encoder()
    let body = """
      The council met in the old town hall on Monday evening. \
      After a long debate its members approved the budget for the new library. \
      The library will open in the spring with a reading room for children. \
      Builders say the work on the harbour walls will take two more years. \
      The mayor thanked the builders and the library staff.
      """
    let questions = [
      "What did the council approve?", "When will the library open?",
      "Who did the mayor thank?", "How long will the harbour work take?",
      "What did the council approve?",
    ]
    let roomy = try Self.retriever(body, encoder: encoder)
    // Room for less than one sentence: every question empties the cache, and a question's
    // candidates cached by the one before must still be at hand.
    let tight = try Self.retriever(body, encoder: encoder)
    tight.meaningBudget = 100
    for question in questions {
      let expected = roomy.answers(to: question, limit: 5)
      let answers = tight.answers(to: question, limit: 5)
      #expect(answers.map(\.text) == expected.map(\.text))
      for (answer, other) in zip(answers, expected) {
        #expect(abs(answer.score - other.score) < 1e-4)
      }
    }
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func meaningReRanksTheBestCandidatesAndExplainsItself() throws {
    let encoder = try Self.encoder()
    let body = """
      The council met in the old town hall on Monday evening. \
      After a long debate its members approved the budget for the new library. \
      The council also discussed the state of the harbour walls.
      """
    let question = "What did the council approve?"
    let lexical = try Self.retriever(body, encoder: nil).answers(to: question, limit: 3)
    let answers = try Self.retriever(body, encoder: encoder).answers(to: question, limit: 3)
    #expect(answers.count == 3)
    for answer in answers {
      // Each answer's score is its score by words plus the meaning bonus it explains.
      let bonus = try #require(answer.contributions.first { $0.term == "(meaning)" })
      #expect(bonus.score > 0)
      #expect(bonus.score <= RetrievalParameters().meaningWeight)
      let byWords = try #require(lexical.first { $0.text == answer.text })
      #expect(abs(answer.score - byWords.score - bonus.score) < 1e-9)
    }
    // Best first by the sum, and the bonus tells the sentences apart.
    #expect(answers.map(\.score) == answers.map(\.score).sorted(by: >))
    let bonuses = answers.compactMap { $0.contributions.first { $0.term == "(meaning)" }?.score }
    #expect(Set(bonuses).count == 3)
    // Weight 0 answers as without the encoder.
    var parameters = RetrievalParameters()
    parameters.meaningWeight = 0
    let off = try Self.retriever(body, encoder: encoder, parameters: parameters)
    #expect(off.answers(to: question, limit: 3).map(\.score) == lexical.map(\.score))
  }
}
