import Foundation

/// A BERT-style sentence encoder (all-MiniLM-L6-v2: 6 layers, 384 wide, 12 heads) that gives
/// each word piece of a text a vector in context, for re-ranking answers by meaning.
///
/// The model directory holds the Hugging Face files `model.safetensors` (32-bit weights),
/// `vocab.txt` and `config.json`. The forward pass is the model's, in 32-bit floats, with
/// OpenBLAS for the matrix products (``BLAS``); vectors agree with sentence-transformers' to about
/// 1e-6. Immutable once loaded: share one encoder between threads.
public final class SentenceEncoder: Sendable {
  /// The model's directory when installed as the README says:
  /// `$XDG_DATA_HOME/brief/models/all-MiniLM-L6-v2` (`~/.local/share` without it), or
  /// `$BRIEF_MODEL` when set.
  public static func defaultDirectory(environment: [String: String]) -> URL {
    if let path = environment["BRIEF_MODEL"], !path.isEmpty {
      return URL(fileURLWithPath: path, isDirectory: true)
    }
    let data = BaseDirectory.data.path(environment: environment)
    return URL(fileURLWithPath: data + "/brief/models/all-MiniLM-L6-v2", isDirectory: true)
  }

  /// The width of a token vector.
  public let width: Int
  private let tokenizer: WordPieceTokenizer
  private let layers: [Layer]
  private let heads: Int
  private let epsilon: Float
  private let wordEmbeddings: [Float]
  private let positionEmbeddings: [Float]
  private let typeEmbedding: [Float]
  private let embeddingNorm: Norm
  private let maxPositions: Int
  private let blas: BLAS

  private struct Norm {
    var gain: [Float]
    var bias: [Float]
  }

  /// One transformer layer; the query, key and value projections are stacked in one matrix
  /// so they take one matrix product.
  private struct Layer {
    var qkv: [Float]  // (3 · width) × width
    var qkvBias: [Float]
    var output: [Float]  // width × width
    var outputBias: [Float]
    var attentionNorm: Norm
    var up: [Float]  // inner × width
    var upBias: [Float]
    var down: [Float]  // width × inner
    var downBias: [Float]
    var norm: Norm
  }

  /// Loads the model in `directory`.
  ///
  /// - Throws: ``BriefError/fileNotFound(path:)`` for a missing file,
  ///   ``BriefError/unreadable(path:reason:)`` for one that is not the model expected,
  ///   ``BriefError/libraryUnavailable(name:reason:)`` without OpenBLAS.
  public init(directory: URL) throws(BriefError) {
    let weightsURL = directory.appendingPathComponent("model.safetensors")
    tokenizer = try WordPieceTokenizer(contentsOf: directory.appendingPathComponent("vocab.txt"))
    let configPath = directory.appendingPathComponent("config.json").path
    let configText = try DocumentLoader.read(file: configPath)
    guard
      let config = (try? JSONSerialization.jsonObject(with: Data(configText.utf8)))
        as? [String: Any]
    else { throw .unreadable(path: configPath, reason: "not a model configuration") }
    heads = config["num_attention_heads"] as? Int ?? 12
    epsilon = Float(config["layer_norm_eps"] as? Double ?? 1e-12)
    var tensors = try SafeTensors(contentsOf: weightsURL).tensors
    func take(_ name: String, _ shape: [Int?]) throws(BriefError) -> [Float] {
      guard let tensor = tensors.removeValue(forKey: name), tensor.shape.count == shape.count,
        zip(tensor.shape, shape).allSatisfy({ $1 == nil || $0 == $1 })
      else {
        throw .unreadable(path: weightsURL.path, reason: "no tensor \(name) of the expected shape")
      }
      return tensor.values
    }
    guard let words = tensors["embeddings.word_embeddings.weight"], words.shape.count == 2,
      words.shape[1] > 0, words.shape[1] % heads == 0
    else {
      throw .unreadable(path: weightsURL.path, reason: "no word embeddings")
    }
    let width = words.shape[1]
    self.width = width
    wordEmbeddings = try take("embeddings.word_embeddings.weight", [nil, width])
    positionEmbeddings = try take("embeddings.position_embeddings.weight", [nil, width])
    maxPositions = positionEmbeddings.count / width
    typeEmbedding = Array(
      try take("embeddings.token_type_embeddings.weight", [nil, width])[..<width])
    embeddingNorm = Norm(
      gain: try take("embeddings.LayerNorm.weight", [width]),
      bias: try take("embeddings.LayerNorm.bias", [width]))
    var layers: [Layer] = []
    while tensors["encoder.layer.\(layers.count).attention.self.query.weight"] != nil {
      let prefix = "encoder.layer.\(layers.count)."
      func part(_ name: String, _ shape: [Int?]) throws(BriefError) -> [Float] {
        try take(prefix + name, shape)
      }
      let up = try part("intermediate.dense.weight", [nil, width])
      let inner = up.count / width
      layers.append(
        Layer(
          qkv: try part("attention.self.query.weight", [width, width])
            + part("attention.self.key.weight", [width, width])
            + part("attention.self.value.weight", [width, width]),
          qkvBias: try part("attention.self.query.bias", [width])
            + part("attention.self.key.bias", [width])
            + part("attention.self.value.bias", [width]),
          output: try part("attention.output.dense.weight", [width, width]),
          outputBias: try part("attention.output.dense.bias", [width]),
          attentionNorm: Norm(
            gain: try part("attention.output.LayerNorm.weight", [width]),
            bias: try part("attention.output.LayerNorm.bias", [width])),
          up: up, upBias: try part("intermediate.dense.bias", [inner]),
          down: try part("output.dense.weight", [width, inner]),
          downBias: try part("output.dense.bias", [width]),
          norm: Norm(
            gain: try part("output.LayerNorm.weight", [width]),
            bias: try part("output.LayerNorm.bias", [width]))))
    }
    guard !layers.isEmpty else {
      throw .unreadable(path: weightsURL.path, reason: "no encoder layers")
    }
    self.layers = layers
    blas = try BLAS.shared.get()
  }

  /// The word pieces of `text` and their vectors in context.
  ///
  /// The model's [CLS] and [SEP] are left out; each vector has unit length, `width` floats
  /// apiece. Texts longer than the model's
  /// positions (512 pieces for MiniLM, 256 as sentence-transformers uses it) are cut at 256.
  public func tokenVectors(of text: String) -> TokenVectors {
    tokenVectors(of: [text])[0]
  }

  /// ``tokenVectors(of:)-(String)`` for several texts at once: each text is encoded on its
  /// own (attention stays within a text), but the projections of all their pieces are one
  /// matrix product per layer, which is faster than one per text.
  public func tokenVectors(of texts: [String]) -> [TokenVectors] {
    guard !texts.isEmpty else { return [] }
    let limit = min(256, maxPositions) - 2
    // A vocabulary longer than the embeddings (a mismatched vocab.txt) reads as unknown.
    let rows = Int32(wordEmbeddings.count / width)
    let pieces = texts.map { text in
      tokenizer.ids(text, limit: limit).map { $0 < rows ? $0 : tokenizer.unknownID }
    }
    var spans: [Range<Int>] = []
    var ids: [Int32] = []
    for text in pieces {
      spans.append(ids.count..<(ids.count + text.count + 2))
      ids += [tokenizer.classID] + text + [tokenizer.separatorID]
    }
    var x = embed(ids, spans: spans)
    for layer in layers { x = apply(layer, to: x, spans: spans) }
    // Drop [CLS] and [SEP]; scale each vector to unit length.
    return zip(pieces, spans).map { text, span in
      var vectors = [Float](repeating: 0, count: text.count * width)
      for row in 0..<text.count {
        let source = (span.lowerBound + row + 1) * width
        var sum: Float = 0
        for i in 0..<width { sum += x[source + i] * x[source + i] }
        let scale = sum > 0 ? 1 / sum.squareRoot() : 0
        for i in 0..<width { vectors[row * width + i] = x[source + i] * scale }
      }
      return TokenVectors(ids: text, vectors: vectors, width: width)
    }
  }

  /// The embeddings of the pieces, positions counted from each text's start.
  private func embed(_ ids: [Int32], spans: [Range<Int>]) -> [Float] {
    var x = [Float](repeating: 0, count: ids.count * width)
    for span in spans {
      for row in span {
        let word = Int(ids[row]) * width
        let position = (row - span.lowerBound) * width
        for i in 0..<width {
          x[row * width + i] =
            wordEmbeddings[word + i] + positionEmbeddings[position + i] + typeEmbedding[i]
        }
      }
    }
    normalize(&x, count: ids.count, embeddingNorm)
    return x
  }

  /// `c = a · bᵀ + bias` for `a` n × k, `b` m × k (a weight matrix as stored), `c` n × m.
  // swift-format-ignore: NeverForceUnwrap
  private func project(
    _ a: UnsafePointer<Float>, _ n: Int, _ b: [Float], _ bias: [Float], into c: inout [Float]
  ) {
    let m = bias.count
    let k = b.count / m
    for row in 0..<n { for i in 0..<m { c[row * m + i] = bias[i] } }
    b.withUnsafeBufferPointer { b in
      c.withUnsafeMutableBufferPointer { c in
        blas.multiply(
          transposingB: true, m: n, n: m, k: k, a, lda: k, b.baseAddress!, ldb: k, beta: 1,
          c.baseAddress!, ldc: m)
      }
    }
  }

  // swift-format-ignore: NeverForceUnwrap
  // (The buffers are never empty here: a pointer into a non-empty array is never nil.)
  private func apply(_ layer: Layer, to x: [Float], spans: [Range<Int>]) -> [Float] {
    let width = self.width
    let size = width / heads
    let n = spans.last?.upperBound ?? 0
    var qkv = [Float](repeating: 0, count: n * 3 * width)
    x.withUnsafeBufferPointer { project($0.baseAddress!, n, layer.qkv, layer.qkvBias, into: &qkv) }
    var context = [Float](repeating: 0, count: n * width)
    let longest = spans.map(\.count).max() ?? 0
    var attention = [Float](repeating: 0, count: longest * longest)
    let scale = 1 / Float(size).squareRoot()
    qkv.withUnsafeBufferPointer { qkv in
      for span in spans {
        let n = span.count
        let base = qkv.baseAddress! + span.lowerBound * 3 * width
        let into = span.lowerBound * width
        for head in 0..<heads {
          let offset = head * size
          attention.withUnsafeMutableBufferPointer { attention in
            blas.multiply(
              transposingB: true, m: n, n: n, k: size, alpha: scale, base + offset,
              lda: 3 * width, base + width + offset, ldb: 3 * width, beta: 0,
              attention.baseAddress!, ldc: n)
            for row in 0..<n {
              let scores = UnsafeMutableBufferPointer(
                rebasing: attention[(row * n)..<(row * n + n)])
              let top = scores.max()!
              var sum: Float = 0
              for i in 0..<n {
                scores[i] = expf(scores[i] - top)
                sum += scores[i]
              }
              for i in 0..<n { scores[i] /= sum }
            }
            context.withUnsafeMutableBufferPointer { context in
              blas.multiply(
                transposingB: false, m: n, n: size, k: n, UnsafePointer(attention.baseAddress!),
                lda: n, base + 2 * width + offset, ldb: 3 * width, beta: 0,
                context.baseAddress! + into + offset, ldc: width)
            }
          }
        }
      }
    }
    var attended = [Float](repeating: 0, count: n * width)
    context.withUnsafeBufferPointer {
      project($0.baseAddress!, n, layer.output, layer.outputBias, into: &attended)
    }
    for i in 0..<attended.count { attended[i] += x[i] }
    normalize(&attended, count: n, layer.attentionNorm)
    var hidden = [Float](repeating: 0, count: n * layer.upBias.count)
    attended.withUnsafeBufferPointer {
      project($0.baseAddress!, n, layer.up, layer.upBias, into: &hidden)
    }
    // GELU, the exact (erf) form BERT uses.
    for i in 0..<hidden.count {
      let value = hidden[i]
      hidden[i] = 0.5 * value * (1 + erff(value * 0.70710678118654752))
    }
    var out = [Float](repeating: 0, count: n * width)
    hidden.withUnsafeBufferPointer {
      project($0.baseAddress!, n, layer.down, layer.downBias, into: &out)
    }
    for i in 0..<out.count { out[i] += attended[i] }
    normalize(&out, count: n, layer.norm)
    return out
  }

  /// Layer normalization of each row.
  private func normalize(_ x: inout [Float], count: Int, _ norm: Norm) {
    let width = self.width
    x.withUnsafeMutableBufferPointer { x in
      for row in 0..<count {
        let start = row * width
        var mean: Float = 0
        for i in 0..<width { mean += x[start + i] }
        mean /= Float(width)
        var variance: Float = 0
        for i in 0..<width {
          let d = x[start + i] - mean
          variance += d * d
        }
        let scale = 1 / (variance / Float(width) + epsilon).squareRoot()
        for i in 0..<width {
          x[start + i] = (x[start + i] - mean) * scale * norm.gain[i] + norm.bias[i]
        }
      }
    }
  }
}

/// The word pieces of a text and their vectors in context (``SentenceEncoder``).
public struct TokenVectors: Sendable {
  /// The vocabulary ids of the pieces, in order.
  public let ids: [Int32]
  /// `ids.count` vectors of `width` floats, each of unit length, row after row.
  public let vectors: [Float]
  /// The length of a vector.
  public let width: Int
}
