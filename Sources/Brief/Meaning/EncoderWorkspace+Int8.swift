extension EncoderWorkspace {
  /// A layer on the int8 path.
  ///
  /// Each product's input rows are quantized once (``Int8Rows``), then multiplied by the
  /// layer's quantized projections (``EncoderWeights/Int8Layer``). Queries, values and keys
  /// come from one product, the keys as rows.
  /// Otherwise as ``run(_:weights:int8:blas:)``'s 32-bit layers.
  internal func apply(
    _ layer: EncoderWeights.Layer, _ int8: EncoderWeights.Int8Layer, _ weights: EncoderWeights,
    quantized: Int8Rows, _ blas: BLAS
  ) {
    let rows = ids.count
    let inner = layer.inner
    let stride = projectionStride
    quantized.quantize(states.values, count: rows, width: width, stride: width)
    int8.queryValueKey.multiply(
      quantized, into: projections.pointer, ldc: stride, accumulating: false)
    for span in spans {
      attend(
        span, weights: weights, queryBias: layer.queryBias.values,
        keys: projections.values + span.lowerBound * stride + 2 * width, keyStride: stride,
        keysAsRows: true, blas)
    }
    product(int8.output, context, into: states, quantized)
    normalize(rows, bias: layer.outputBias, layer.attentionNorm, epsilon: weights.epsilon)
    product(int8.up, states, into: hidden, quantized)
    for row in 0..<rows {
      VectorKernels.addAndGELU(
        hidden.pointer + row * inner, bias: layer.upBias.values, count: inner)
    }
    product(int8.down, hidden, into: states, quantized)
    normalize(rows, bias: layer.downBias, layer.norm, epsilon: weights.epsilon)
  }

  /// `c (+)= a · matrix` over the batch's rows (`a` of the matrix's inputs a row, `c` of its
  /// outputs), accumulating into `states` as the residual, overwriting anything else.
  private func product(
    _ matrix: Int8Matrix, _ a: AlignedFloats, into c: AlignedFloats, _ quantized: Int8Rows
  ) {
    let k = matrix.inputs
    quantized.quantize(a.values, count: ids.count, width: k, stride: k)
    matrix.multiply(quantized, into: c.pointer, ldc: matrix.outputs, accumulating: c === states)
  }
}
