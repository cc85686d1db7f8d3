extension EncoderWeights {
  /// A layer's projections quantized for the int8 product (``Int8Matrix``); the layer's
  /// biases, normalizations and any projection left nil stay in 32-bit floats
  /// (``Layer``).
  internal struct Int8Layer: Sendable {
    /// The query (scaled, as in ``Layer``), value and key projections side by side:
    /// `width` inputs, `3 · width` outputs (queries, values, keys), so that one product
    /// gives all three, the keys as rows.
    internal let queryValueKey: Int8Matrix
    internal let output: Int8Matrix?
    internal let up: Int8Matrix?
    internal let down: Int8Matrix?

    /// Quantizes `layer`'s attention projections and those of `parts`' others.
    internal init(_ layer: Layer, width: Int, parts: Int8Parts) {
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
      output =
        parts.contains(.output)
        ? Int8Matrix(transposed: layer.output.values, inputs: width, outputs: width) : nil
      up =
        parts.contains(.up)
        ? Int8Matrix(transposed: layer.up.values, inputs: width, outputs: inner) : nil
      down =
        parts.contains(.down)
        ? Int8Matrix(transposed: layer.down.values, inputs: inner, outputs: width) : nil
    }
  }

  /// These weights without the 32-bit projections that `int8` (one quantized layer per
  /// layer) stands in for: what the int8 path reads (biases, normalizations, embeddings and
  /// any projection left unquantized), about 42 MB less for all-MiniLM-L6-v2.
  internal func withoutProjections(quantizedIn int8: [Int8Layer]) -> EncoderWeights {
    let none = AlignedFloats(count: 0)
    return EncoderWeights(
      self,
      layers: zip(layers, int8).map { layer, quantized in
        Layer(
          queryValue: none, key: none, queryBias: layer.queryBias,
          output: quantized.output == nil ? layer.output : none, outputBias: layer.outputBias,
          attentionNorm: layer.attentionNorm, up: quantized.up == nil ? layer.up : none,
          upBias: layer.upBias, down: quantized.down == nil ? layer.down : none,
          downBias: layer.downBias, norm: layer.norm)
      })
  }

  /// Which of a layer's projections besides query, key and value go through the int8
  /// product.
  internal struct Int8Parts: OptionSet, Sendable {
    internal let rawValue: Int
    internal static let output = Int8Parts(rawValue: 1)
    internal static let up = Int8Parts(rawValue: 2)
    internal static let down = Int8Parts(rawValue: 4)
    internal static let all: Int8Parts = [.output, .up, .down]
  }
}
