extension EncoderWorkspace {
  /// Self-attention within one text, into `context`: the query bias added to the queries
  /// (the keys' scale is already in them); then per head, the scores as one matrix product
  /// (queries by the transposed keys), softmax's numerators row by row, the weighted sum of
  /// the values as another product, scaled by each row's sum of weights.
  ///
  /// The text's keys start at `keys`, one column a piece (`keyStride` between features), or with
  /// `keysAsRows` one row a piece (`keyStride` between pieces).
  ///
  /// (A vector kernel taking two query rows and 16 keys at a time was no faster even for
  /// texts of 24 pieces, and much slower for long ones.)
  internal func attend(
    _ span: Range<Int>, weights: EncoderWeights, queryBias: UnsafePointer<Float>,
    keys: UnsafePointer<Float>, keyStride: Int, keysAsRows: Bool, _ blas: BLAS
  ) {
    let n = span.count
    let padded = Self.padded(n)
    let size = weights.headWidth
    let stride = projectionStride
    let base = projections.pointer + span.lowerBound * stride
    let scores = self.scores.pointer
    let scales = rowScales.pointer
    for row in 0..<n {
      let query = base + row * stride
      for d in Swift.stride(from: 0, to: width, by: 8) {
        VectorKernels.store(
          VectorKernels.load(query + d) + VectorKernels.load(queryBias + d), query + d)
      }
    }
    for head in 0..<weights.heads {
      let offset = head * size
      blas.multiply(
        transposingB: keysAsRows, m: n, n: n, k: size, base + offset, lda: stride,
        keys + (keysAsRows ? offset : offset * keyStride), ldb: keyStride, beta: 0, scores,
        ldc: padded)
      for row in 0..<n {
        scales[row] = 1 / softmax(scores + row * padded, count: n, padded: padded)
      }
      let target = context.pointer + span.lowerBound * width + offset
      blas.multiply(
        transposingB: false, m: n, n: size, k: n, scores, lda: padded, base + width + offset,
        ldb: stride, beta: 0, target, ldc: width)
      for row in 0..<n {
        let scale = VectorKernels.Vector(repeating: scales[row])
        for d in Swift.stride(from: 0, to: size, by: 8) {
          VectorKernels.store(
            VectorKernels.load(target + row * width + d) * scale, target + row * width + d)
        }
      }
    }
  }

  /// Softmax's numerators in place (`eˢ⁻ᵐᵃˣ`, padding columns 0); returns their sum.
  @inline(__always)
  private func softmax(_ row: UnsafeMutablePointer<Float>, count: Int, padded: Int) -> Float {
    for j in count..<padded { row[j] = -.infinity }
    var top = Vector(repeating: -.infinity)
    for j in Swift.stride(from: 0, to: padded, by: 8) {
      top = VectorKernels.maximum(top, VectorKernels.load(row + j))
    }
    let shift = top.max()
    for j in 0..<padded { row[j] = VectorKernels.exp(row[j] - shift) }
    return VectorKernels.sum(row, count: padded)
  }
}
