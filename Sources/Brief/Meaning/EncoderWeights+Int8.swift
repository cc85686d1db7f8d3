extension EncoderWeights {
  /// A layer's projections quantized for the int8 product (``Int8Matrix``); the layer's
  /// biases and normalizations stay in 32-bit floats (``Layer``).
  internal struct Int8Layer: Sendable {
    /// The query (scaled, as in ``Layer``), value and key projections side by side:
    /// `width` inputs, `3 · width` outputs (queries, values, keys), so that one product
    /// gives all three, the keys as rows.
    internal let queryValueKey: Int8Matrix
    internal let output: Int8Matrix
    internal let up: Int8Matrix
    internal let down: Int8Matrix

    /// Quantizes `layer`'s projections.
    internal init(_ layer: Layer, width: Int) {
      let inner = layer.inner
      let columns = [Float](unsafeUninitializedCapacity: 3 * width * width) { buffer, count in
        let queryValue = layer.queryValue.values
        for j in 0..<(2 * width) {
          for i in 0..<width { buffer[j * width + i] = queryValue[i * 2 * width + j] }
        }
        for i in 0..<(width * width) { buffer[2 * width * width + i] = layer.key.values[i] }
        count = 3 * width * width
      }
      queryValueKey = Int8Matrix(
        columns: columns, outputs: 3 * width, inputs: width, stride: width)
      output = Int8Matrix(transposed: layer.output.values, inputs: width, outputs: width)
      up = Int8Matrix(transposed: layer.up.values, inputs: width, outputs: inner)
      down = Int8Matrix(transposed: layer.down.values, inputs: inner, outputs: width)
    }
  }

  /// These weights without the 32-bit projections (what the int8 path, ``Int8Layer``,
  /// stands in for): biases, normalizations and embeddings, about 42 MB less for
  /// all-MiniLM-L6-v2.
  internal var withoutProjections: EncoderWeights {
    let none = AlignedFloats(count: 0)
    return EncoderWeights(
      self,
      layers: layers.map { layer in
        Layer(
          queryValue: none, key: none, queryBias: layer.queryBias, output: none,
          outputBias: layer.outputBias, attentionNorm: layer.attentionNorm, up: none,
          upBias: layer.upBias, down: none, downBias: layer.downBias, norm: layer.norm)
      })
  }
}
