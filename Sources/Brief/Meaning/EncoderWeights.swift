import Foundation

/// The weights of a BERT-style encoder as the forward pass uses them.
///
/// They are read from a model's `model.safetensors` (Hugging Face's names) and rearranged
/// once at load time:
///
/// - the query and value projections are stacked in one matrix (one product a layer); the
///   key's stays apart, as the workspace multiplies by it the other way round, to get the
///   keys transposed (as attention reads them);
/// - the query's projection and bias are scaled by 1/√(head width), so the attention
///   scores come out of the product scaled;
/// - the key's bias is dropped: it adds the same amount to every score of a query, which
///   softmax ignores;
/// - the value's bias is folded into the attention output's (each context row is a
///   weighted mean of value rows, the weights summing to 1, so the bias passes through the
///   output projection as `output · bias`);
/// - the token-type embedding (one type, as sentence-transformers feeds it) is added to the
///   position embeddings.
///
/// The projections the states are multiplied by are transposed to `inputs × outputs`
/// (row-major), which OpenBLAS packs faster than the stored `outputs × inputs` taken
/// transposed; the key's, which multiplies the states, stays as stored. Every tensor is in
/// ``AlignedFloats``.
internal struct EncoderWeights: Sendable {
  /// A layer normalization's gain and shift.
  internal struct Norm: Sendable {
    internal let gain: AlignedFloats
    internal let shift: AlignedFloats

    internal init(gain: [Float], shift: [Float]) {
      self.gain = AlignedFloats(gain)
      self.shift = AlignedFloats(shift)
    }
  }

  /// One transformer layer.
  internal struct Layer: Sendable {
    internal let queryValue: AlignedFloats  // width × (2 · width): query, then value
    internal let key: AlignedFloats  // width × width, as stored
    internal let queryBias: AlignedFloats  // width, scaled like the query
    internal let output: AlignedFloats  // width × width
    internal let outputBias: AlignedFloats  // width: its own bias plus output · value bias
    internal let attentionNorm: Norm
    internal let up: AlignedFloats  // width × inner
    internal let upBias: AlignedFloats  // inner
    internal let down: AlignedFloats  // inner × width
    internal let downBias: AlignedFloats  // width
    internal let norm: Norm
    internal var inner: Int { upBias.count }
  }

  internal let width: Int
  internal let heads: Int
  internal let epsilon: Float
  internal let wordEmbeddings: AlignedFloats
  /// Position embeddings plus the token-type embedding, `positions × width`.
  internal let positionEmbeddings: AlignedFloats
  internal let embeddingNorm: Norm
  internal let layers: [Layer]
  internal var vocabularySize: Int { wordEmbeddings.count / width }
  internal var positions: Int { positionEmbeddings.count / width }
  internal var headWidth: Int { width / heads }

  /// `weights` with other layers (the same model's, some of their parts left out).
  internal init(_ weights: EncoderWeights, layers: [Layer]) {
    width = weights.width
    heads = weights.heads
    epsilon = weights.epsilon
    wordEmbeddings = weights.wordEmbeddings
    positionEmbeddings = weights.positionEmbeddings
    embeddingNorm = weights.embeddingNorm
    self.layers = layers
  }

  /// Reads the weights of `url` for a model of `heads` attention heads.
  ///
  /// - Throws: ``BriefError`` for a missing or unreadable file, or one without the tensors
  ///   of a BERT encoder.
  init(contentsOf url: URL, heads: Int, epsilon: Float) throws(BriefError) {
    var tensors = try SafeTensors(contentsOf: url).tensors
    func take(_ name: String, _ shape: [Int?]) throws(BriefError) -> [Float] {
      guard let tensor = tensors.removeValue(forKey: name), tensor.shape.count == shape.count,
        zip(tensor.shape, shape).allSatisfy({ $1 == nil || $0 == $1 })
      else {
        throw .unreadable(path: url.path, reason: "no tensor \(name) of the expected shape")
      }
      return tensor.values
    }
    guard let words = tensors["embeddings.word_embeddings.weight"], words.shape.count == 2,
      words.shape[1] > 0
    else {
      throw .unreadable(path: url.path, reason: "no word embeddings")
    }
    let width = words.shape[1]
    // The vector kernels work eight floats at a time, a head's among them.
    guard heads > 0, width % heads == 0, (width / heads) % 8 == 0 else {
      throw .unreadable(
        path: url.path, reason: "width \(width) in \(heads) heads, not multiples of 8 floats")
    }
    self.width = width
    self.heads = heads
    self.epsilon = epsilon
    wordEmbeddings = AlignedFloats(try take("embeddings.word_embeddings.weight", [nil, width]))
    let type = try take("embeddings.token_type_embeddings.weight", [nil, width])
    positionEmbeddings = AlignedFloats(
      try take("embeddings.position_embeddings.weight", [nil, width])
        .enumerated().map { $1 + type[$0 % width] })
    embeddingNorm = Norm(
      gain: try take("embeddings.LayerNorm.weight", [width]),
      shift: try take("embeddings.LayerNorm.bias", [width]))
    let scale = 1 / Float(width / heads).squareRoot()
    var layers: [Layer] = []
    while tensors["encoder.layer.\(layers.count).attention.self.query.weight"] != nil {
      let prefix = "encoder.layer.\(layers.count)."
      func part(_ name: String, _ shape: [Int?]) throws(BriefError) -> [Float] {
        try take(prefix + name, shape)
      }
      let up = try part("intermediate.dense.weight", [nil, width])
      let inner = up.count / width
      guard inner > 0, inner % 8 == 0 else {
        throw .unreadable(path: url.path, reason: "no tensor \(prefix)intermediate.dense.weight")
      }
      let output = try part("attention.output.dense.weight", [width, width])
      let valueBias = try part("attention.self.value.bias", [width])
      let outputBias = try part("attention.output.dense.bias", [width]).enumerated().map {
        row, bias in
        var sum = Double(bias)
        for i in 0..<width { sum += Double(output[row * width + i]) * Double(valueBias[i]) }
        return Float(sum)
      }
      _ = try part("attention.self.key.bias", [width])
      layers.append(
        Layer(
          queryValue: AlignedFloats(
            Self.transposed(
              try part("attention.self.query.weight", [width, width]).map { $0 * scale }
                + part("attention.self.value.weight", [width, width]), columns: width)),
          key: AlignedFloats(try part("attention.self.key.weight", [width, width])),
          queryBias: AlignedFloats(
            try part("attention.self.query.bias", [width]).map { $0 * scale }),
          output: AlignedFloats(Self.transposed(output, columns: width)),
          outputBias: AlignedFloats(outputBias),
          attentionNorm: Norm(
            gain: try part("attention.output.LayerNorm.weight", [width]),
            shift: try part("attention.output.LayerNorm.bias", [width])),
          up: AlignedFloats(Self.transposed(up, columns: width)),
          upBias: AlignedFloats(try part("intermediate.dense.bias", [inner])),
          down: AlignedFloats(
            Self.transposed(try part("output.dense.weight", [width, inner]), columns: inner)),
          downBias: AlignedFloats(try part("output.dense.bias", [width])),
          norm: Norm(
            gain: try part("output.LayerNorm.weight", [width]),
            shift: try part("output.LayerNorm.bias", [width]))))
    }
    guard !layers.isEmpty else {
      throw .unreadable(path: url.path, reason: "no encoder layers")
    }
    self.layers = layers
  }

  /// `matrix` (row-major, `columns` wide) transposed.
  private static func transposed(_ matrix: [Float], columns: Int) -> [Float] {
    let rows = matrix.count / columns
    var result = [Float](repeating: 0, count: matrix.count)
    for row in 0..<rows {
      for column in 0..<columns { result[column * rows + row] = matrix[row * columns + column] }
    }
    return result
  }
}
