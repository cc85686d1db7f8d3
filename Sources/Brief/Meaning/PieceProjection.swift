/// A linear map of word-piece vectors onto their main directions: the principal components
/// of a corpus's own pieces, so that a piece keeps 64 values instead of 384 (and the meaning
/// match loses little: on the news and Wikipedia dev questions, top-1 within about 0.6 of
/// the full vectors, where a random projection or the word embeddings' components lose 1–2).
///
/// Fitted by subspace iteration on the pieces' covariance (matrix products through BLAS),
/// from a fixed starting point, so the same pieces always give the same projection.
public struct PieceProjection: Sendable, Equatable {
  /// The values of a piece before projection.
  public let inputWidth: Int
  /// The values after projection.
  public let width: Int
  /// The axes, `inputWidth` values each, `width` of them (row-major: the axes are rows).
  internal let axes: [Float]

  /// The fewest pieces a projection is fitted on (fewer: the pieces are kept whole).
  public static let fewestPieces = 4096

  /// A projection with these axes (as saved).
  internal init(inputWidth: Int, width: Int, axes: [Float]) {
    precondition(axes.count == inputWidth * width)
    self.inputWidth = inputWidth
    self.width = width
    self.axes = axes
  }

  /// The projection onto the `width` main directions of `pieces` (`inputWidth` floats a
  /// piece, one after another), or nil when there are fewer than ``fewestPieces`` pieces or
  /// no BLAS.
  ///
  /// - Parameter sample: at most this many pieces are read, spread evenly over all.
  public static func fitted(
    to pieces: [Float], inputWidth: Int, width: Int = 64, sample: Int = 32_768
  ) -> PieceProjection? {
    let count = pieces.count / inputWidth
    guard count >= fewestPieces, width < inputWidth, let blas = try? BLAS.shared.get() else {
      return nil
    }
    let taken = min(count, sample)
    // The sample, centred, transposed (inputWidth × taken) for the covariance product.
    var mean = [Float](repeating: 0, count: inputWidth)
    for row in 0..<taken {
      let piece = row * count / taken
      for i in 0..<inputWidth { mean[i] += pieces[piece * inputWidth + i] }
    }
    for i in 0..<inputWidth { mean[i] /= Float(taken) }
    var transposed = [Float](repeating: 0, count: inputWidth * taken)
    var centred = [Float](repeating: 0, count: taken * inputWidth)
    for row in 0..<taken {
      let piece = row * count / taken
      for i in 0..<inputWidth {
        let value = pieces[piece * inputWidth + i] - mean[i]
        transposed[i * taken + row] = value
        centred[row * inputWidth + i] = value
      }
    }
    var covariance = [Float](repeating: 0, count: inputWidth * inputWidth)
    blas.multiply(
      transposingB: false, m: inputWidth, n: inputWidth, k: taken, transposed, centred,
      into: &covariance)
    // Subspace iteration: basis ← orthonormal(covariance · basis), from a fixed start.
    var basis = [Float](repeating: 0, count: inputWidth * width)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in basis.indices {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      basis[i] = Float(Int64(bitPattern: state >> 11) % 1_000_003) / 1_000_003
    }
    orthonormalize(&basis, rows: inputWidth, columns: width)
    var next = [Float](repeating: 0, count: inputWidth * width)
    for _ in 0..<40 {
      blas.multiply(
        transposingB: false, m: inputWidth, n: width, k: inputWidth, covariance, basis,
        into: &next)
      swap(&basis, &next)
      orthonormalize(&basis, rows: inputWidth, columns: width)
    }
    var axes = [Float](repeating: 0, count: width * inputWidth)
    for i in 0..<inputWidth {
      for axis in 0..<width { axes[axis * inputWidth + i] = basis[i * width + axis] }
    }
    return PieceProjection(inputWidth: inputWidth, width: width, axes: axes)
  }

  /// `vectors` (`inputWidth` floats a piece) projected, each scaled back to unit length.
  public func project(_ vectors: [Float]) -> [Float] {
    let count = vectors.count / inputWidth
    var projected = [Float](repeating: 0, count: count * width)
    guard count > 0 else { return projected }
    if let blas = try? BLAS.shared.get() {
      vectors.withUnsafeBufferPointer { source in
        axes.withUnsafeBufferPointer { axes in
          projected.withUnsafeMutableBufferPointer { target in
            guard let a = source.baseAddress, let b = axes.baseAddress,
              let c = target.baseAddress
            else { return }
            blas.multiply(
              transposingB: true, m: count, n: width, k: inputWidth, a, lda: inputWidth, b,
              ldb: inputWidth, beta: 0, c, ldc: width)
          }
        }
      }
    } else {
      for row in 0..<count {
        for axis in 0..<width {
          var sum: Float = 0
          for i in 0..<inputWidth {
            sum += vectors[row * inputWidth + i] * axes[axis * inputWidth + i]
          }
          projected[row * width + axis] = sum
        }
      }
    }
    for row in 0..<count {
      var norm: Float = 0
      for i in 0..<width { norm += projected[row * width + i] * projected[row * width + i] }
      let scale = norm > 0 ? 1 / norm.squareRoot() : 0
      for i in 0..<width { projected[row * width + i] *= scale }
    }
    return projected
  }

  /// `vectors` of a text's pieces projected.
  public func project(_ vectors: TokenVectors) -> TokenVectors {
    guard vectors.width == inputWidth else { return vectors }
    return TokenVectors(ids: vectors.ids, vectors: project(vectors.vectors), width: width)
  }

  /// Modified Gram–Schmidt on the columns of a `rows` × `columns` row-major matrix.
  private static func orthonormalize(_ matrix: inout [Float], rows: Int, columns: Int) {
    for column in 0..<columns {
      for earlier in 0..<column {
        var dot: Float = 0
        for row in 0..<rows {
          dot += matrix[row * columns + column] * matrix[row * columns + earlier]
        }
        for row in 0..<rows {
          matrix[row * columns + column] -= dot * matrix[row * columns + earlier]
        }
      }
      var norm: Float = 0
      for row in 0..<rows {
        norm += matrix[row * columns + column] * matrix[row * columns + column]
      }
      let scale = norm > 0 ? 1 / norm.squareRoot() : 0
      for row in 0..<rows { matrix[row * columns + column] *= scale }
    }
  }
}
