import CHamming

/// One sentence embedding per unit of a corpus, stored contiguously in 8 bits a value.
///
/// Each row keeps its values as signed bytes times one scale (the row's largest magnitude
/// over 127), so a 384-wide row takes 388 bytes, a quarter of 32-bit floats, and a cosine
/// (embeddings have unit length) comes back within about 0.002 of the exact one. Dot products
/// with a question's vector are exact scans of every row up to ``coarseScanThreshold`` rows;
/// above it, a scan of the rows' sign bits (48 bytes a row) picks candidates first, which
/// are then scored exactly (``best(for:count:)``).
public struct SentenceVectors: Sendable, Equatable {
  /// The length of a row.
  public let width: Int
  /// The rows' values, `width` a row.
  internal let codes: [Int8]
  /// Each row's scale: value = code × scale.
  internal let scales: [Float]
  /// Each row's sign bits (1 for a negative value), ``signWords`` words a row; empty up to
  /// ``coarseScanThreshold`` rows, where they are not used.
  internal let signs: [UInt64]

  /// The 64-bit words of a row's sign bits.
  internal var signWords: Int { (width + 63) / 64 }

  /// Above this many rows, ``best(for:count:)`` scans sign bits first.
  public static let coarseScanThreshold = 200_000

  /// The number of rows.
  public var count: Int { scales.count }

  /// Rows of `width` floats, one after another (unit-length embeddings).
  public init(embeddings: some Collection<Float>, width: Int) {
    precondition(width > 0 && embeddings.count % width == 0)
    var codes = [Int8](repeating: 0, count: embeddings.count)
    var scales = [Float](repeating: 0, count: embeddings.count / width)
    var values = Array(embeddings)
    values.withUnsafeMutableBufferPointer { values in
      for row in scales.indices {
        let start = row * width
        var largest: Float = 0
        for i in start..<(start + width) { largest = max(largest, abs(values[i])) }
        let scale = largest > 0 ? largest / 127 : 1
        scales[row] = scale
        for i in start..<(start + width) {
          codes[i] = Int8((values[i] / scale).rounded().clamped(to: -127...127))
        }
      }
    }
    self.init(width: width, codes: codes, scales: scales)
  }

  /// Rows as saved: `codes` (`width` a row) and a scale a row.
  internal init(width: Int, codes: [Int8], scales: [Float]) {
    self.width = width
    self.codes = codes
    self.scales = scales
    self.signs = scales.count > Self.coarseScanThreshold ? Self.signs(of: codes, width: width) : []
  }

  /// The sign bits of every row (`brief_sign_bits`: 32 codes at a time with AVX2).
  internal static func signs(of codes: [Int8], width: Int) -> [UInt64] {
    let words = (width + 63) / 64
    let rows = codes.count / width
    var signs = [UInt64](repeating: 0, count: rows * words)
    codes.withUnsafeBufferPointer { codes in
      signs.withUnsafeMutableBufferPointer { signs in
        guard let codes = codes.baseAddress, let out = signs.baseAddress else { return }
        brief_sign_bits(codes, rows, width, out)
      }
    }
    return signs
  }

  /// No rows.
  public init(width: Int) {
    self.init(width: width, codes: [], scales: [])
  }

  /// The rows of `parts`, one after another.
  public init(concatenating parts: [SentenceVectors], width: Int) {
    self.init(
      width: width, codes: parts.flatMap(\.codes), scales: parts.flatMap(\.scales))
  }

  /// Row `row` as floats.
  public func vector(at row: Int) -> [Float] {
    (0..<width).map { Float(codes[row * width + $0]) * scales[row] }
  }

  /// The dot product of `query` (`width` floats) with row `row`.
  @inline(__always)
  internal func dot(_ query: UnsafeBufferPointer<Float>, row: Int) -> Float {
    codes.withUnsafeBufferPointer { codes in
      Self.dot(query, UnsafeRawBufferPointer(codes), at: row * width, width) * scales[row]
    }
  }

  /// The dot products of `query` with every row.
  ///
  /// - Complexity: O(n · width).
  public func scores(for query: [Float]) -> [Float] {
    precondition(query.count == width)
    var scores = [Float](repeating: 0, count: count)
    query.withUnsafeBufferPointer { query in
      codes.withUnsafeBufferPointer { codes in
        for row in 0..<count {
          scores[row] =
            Self.dot(query, UnsafeRawBufferPointer(codes), at: row * width, width) * scales[row]
        }
      }
    }
    return scores
  }

  /// The dot products of `query` with the given rows.
  public func scores(for query: [Float], rows: some Sequence<Int>) -> [Float] {
    query.withUnsafeBufferPointer { query in rows.map { dot(query, row: $0) } }
  }

  /// `Σ query[i] · codes[start + i]` (the codes as Int8), eight lanes at a time.
  @inline(__always)
  private static func dot(
    _ query: UnsafeBufferPointer<Float>, _ codes: UnsafeRawBufferPointer, at start: Int,
    _ width: Int
  ) -> Float {
    var sum = SIMD8<Float>()
    var i = 0
    let values = UnsafeRawBufferPointer(query)
    while i + 8 <= width {
      let bytes = codes.loadUnaligned(fromByteOffset: start + i, as: SIMD8<Int8>.self)
      let q = values.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
      // Not addProduct: it calls libm's fmaf once a lane (twice the time of a question).
      sum += SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: bytes)) * q
      i += 8
    }
    var total = sum.sum()
    while i < width {
      total += Float(Int8(bitPattern: codes[start + i])) * query[i]
      i += 1
    }
    return total
  }
}

extension Comparable {
  fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
