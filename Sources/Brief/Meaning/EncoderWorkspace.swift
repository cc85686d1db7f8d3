/// One thread's buffers for the encoder's forward pass, reused from batch to batch, and the
/// pass itself.
///
/// A batch is several texts' word pieces (each with [CLS] and [SEP]) one after another, as
/// rows; the projections take all rows in one matrix product per layer, attention stays
/// within each text. Bias additions, GELU, residual additions and layer normalizations each
/// ride on a pass that is made anyway: the residual is the product's own accumulator (BLAS's
/// `beta = 1` onto the layer's input), its bias added in the normalization's pass.
///
/// Not thread-safe: a workspace is used by one thread at a time (``SentenceEncoder`` hands
/// them out), which makes the `@unchecked Sendable` sound.
internal final class EncoderWorkspace: @unchecked Sendable {
  typealias Vector = VectorKernels.Vector

  /// The most rows (word pieces) a batch may hold.
  internal let capacity: Int
  /// The most rows of one text.
  internal let longest: Int
  internal let width: Int
  /// The hidden states, `capacity × width`: the embeddings, then each layer's output.
  internal let states: AlignedFloats
  /// Queries and values, `capacity` rows of ``projectionStride``; on the int8 path, the keys
  /// after them.
  internal let projections: AlignedFloats
  internal let projectionStride: Int
  /// The keys, transposed (as the attention scores' product takes them): `width` rows of
  /// `keyStride`, one column per piece (the 32-bit path; the int8 one keeps them in
  /// ``projections``).
  internal let keys: AlignedFloats
  internal let keyStride: Int
  /// Attention's output before its projection, `capacity × width`.
  internal let context: AlignedFloats
  /// The feed-forward layer's inner activations, `capacity × inner`.
  internal let hidden: AlignedFloats
  /// One head's attention scores for a text, then its weights, rows padded to 16 columns.
  internal let scores: AlignedFloats
  /// The reciprocal of each row's sum of weights (matrix-product attention).
  internal let rowScales: AlignedFloats
  /// A product's input rows quantized (the int8 path; nil on the 32-bit one).
  internal let quantized: Int8Rows?

  /// The batch's pieces and each text's rows among them (set by ``run(_:weights:blas:)``).
  internal private(set) var ids: [Int32] = []
  internal private(set) var spans: [Range<Int>] = []

  /// Buffers for batches of up to `capacity` rows, texts of up to `longest` rows, and for
  /// the int8 path's quantized rows when `int8`.
  internal init(weights: EncoderWeights, capacity: Int, longest: Int, int8: Bool) {
    self.capacity = capacity
    self.longest = longest
    width = weights.width
    let inner = weights.layers.map(\.inner).max() ?? 0
    let padded = Self.padded(longest)
    states = AlignedFloats(count: capacity * width)
    projectionStride = (int8 ? 3 : 2) * width
    projections = AlignedFloats(count: capacity * projectionStride)
    keyStride = capacity
    keys = AlignedFloats(count: int8 ? 0 : width * keyStride)  // int8: in `projections`
    context = AlignedFloats(count: capacity * width)
    hidden = AlignedFloats(count: capacity * inner)
    scores = AlignedFloats(count: longest * padded)
    rowScales = AlignedFloats(count: longest)
    quantized = int8 ? Int8Rows(capacity: capacity, widest: max(width, inner)) : nil
  }

  /// A text's pieces rounded up to 16: the row length of its attention scores, so that
  /// each row starts a cache line and softmax runs over whole vectors.
  internal static func padded(_ rows: Int) -> Int { (rows + 15) / 16 * 16 }

  /// The last hidden states of text `index` of the batch just run.
  ///
  /// One row of `width` floats per piece, [CLS] and [SEP] included; valid until the next run.
  internal func states(ofText index: Int) -> UnsafePointer<Float> {
    states.values + spans[index].lowerBound * width
  }

  /// Runs the encoder over `texts` (word-piece ids with [CLS] and [SEP], together at most
  /// `capacity` of them, each at most `longest`, each id below the vocabulary's size), with
  /// the int8 product where `int8` has a layer's projections (one a layer; the workspace
  /// made for it).
  internal func run(
    _ texts: some Collection<[Int32]>, weights: EncoderWeights, int8: [EncoderWeights.Int8Layer]?,
    blas: BLAS
  ) {
    ids.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    for text in texts {
      spans.append(ids.count..<(ids.count + text.count))
      ids += text
    }
    precondition(ids.count <= capacity && spans.allSatisfy { $0.count <= longest })
    embed(weights)
    if let int8, let quantized {
      for (layer, rows) in zip(weights.layers, int8) {
        apply(layer, rows, weights, quantized: quantized, blas)
      }
    } else {
      for layer in weights.layers { apply(layer, weights, blas) }
    }
  }

  /// Word plus position embeddings, normalized, into `states`.
  private func embed(_ weights: EncoderWeights) {
    let norm = weights.embeddingNorm
    for span in spans {
      for row in span {
        let target = states.pointer + row * width
        let word = weights.wordEmbeddings.values + Int(ids[row]) * width
        let position = weights.positionEmbeddings.values + (row - span.lowerBound) * width
        for i in stride(from: 0, to: width, by: 8) {
          VectorKernels.store(
            VectorKernels.load(word + i) + VectorKernels.load(position + i), target + i)
        }
        VectorKernels.addAndNormalize(
          target, bias: nil, gain: norm.gain.values, shift: norm.shift.values, width: width,
          epsilon: weights.epsilon)
      }
    }
  }

  /// `c (+)= a · b` over the batch's rows, for `a` rows × k and `b` (a weight matrix
  /// transposed) k × n.
  private func multiply(
    _ a: AlignedFloats, _ b: AlignedFloats, n: Int, into c: AlignedFloats, accumulating: Bool,
    _ blas: BLAS
  ) {
    let k = b.count / n
    blas.multiply(
      transposingB: false, m: ids.count, n: n, k: k, a.values, lda: k, b.values, ldb: n,
      beta: accumulating ? 1 : 0, c.pointer, ldc: n)
  }

  private func apply(_ layer: EncoderWeights.Layer, _ weights: EncoderWeights, _ blas: BLAS) {
    let rows = ids.count
    let inner = layer.inner
    multiply(states, layer.queryValue, n: 2 * width, into: projections, accumulating: false, blas)
    // keys = key · statesᵀ: one row per feature, one column per piece.
    blas.multiply(
      transposingB: true, m: width, n: rows, k: width, layer.key.values, lda: width,
      states.values, ldb: width, beta: 0, keys.pointer, ldc: keyStride)
    for span in spans {
      attend(
        span, weights: weights, queryBias: layer.queryBias.values,
        keys: keys.values + span.lowerBound, keyStride: keyStride, keysAsRows: false, blas)
    }
    // states += context · outputᵀ; then the bias and the normalization in one pass.
    multiply(context, layer.output, n: width, into: states, accumulating: true, blas)
    normalize(rows, bias: layer.outputBias, layer.attentionNorm, epsilon: weights.epsilon)
    multiply(states, layer.up, n: inner, into: hidden, accumulating: false, blas)
    for row in 0..<rows {
      VectorKernels.addAndGELU(
        hidden.pointer + row * inner, bias: layer.upBias.values, count: inner)
    }
    multiply(hidden, layer.down, n: width, into: states, accumulating: true, blas)
    normalize(rows, bias: layer.downBias, layer.norm, epsilon: weights.epsilon)
  }

  /// Adds `bias` to each of the first `rows` states and normalizes them.
  internal func normalize(
    _ rows: Int, bias: AlignedFloats, _ norm: EncoderWeights.Norm, epsilon: Float
  ) {
    for row in 0..<rows {
      VectorKernels.addAndNormalize(
        states.pointer + row * width, bias: bias.values, gain: norm.gain.values,
        shift: norm.shift.values, width: width, epsilon: epsilon)
    }
  }
}
