import Testing

@testable import Brief

/// The int8 matrix product (``Int8Matrix``, ``Int8Rows``) against naive products, on shapes
/// that are and are not multiples of the kernel's blocks (4 rows, 16 columns, 4 inputs, 64
/// rows a block).
@Suite(.enabled(if: Int8Rows.supported)) struct Int8ProductTests {
  static let shapes: [(m: Int, n: Int, k: Int)] = [
    (1, 1, 1), (2, 15, 3), (3, 16, 4), (4, 17, 5), (5, 33, 7), (7, 40, 131), (67, 16, 64),
    (130, 48, 36),
  ]

  /// A product of `m × k` activations by `k × n` weights (row-major) through the int8
  /// path, added to `c` when `accumulating`, else replacing it.
  static func product(
    _ a: [Float], _ w: [Float], m: Int, n: Int, k: Int, onto c: [Float], accumulating: Bool
  ) -> [Float] {
    let matrix = Int8Matrix(transposed: w, inputs: k, outputs: n)
    let rows = Int8Rows(capacity: m, widest: k)
    rows.quantize(a, count: m, width: k, stride: k)
    var c = c
    matrix.multiply(rows, into: &c, ldc: n, accumulating: accumulating)
    return c
  }

  /// Whole numbers that quantize exactly: each activation row spans −100…155 (scale 1,
  /// zero point 100), each weight column reaches 64 (scale 1); the product is then exact.
  @Test(arguments: 0..<shapes.count) func exactOnWholeNumbers(shape: Int) {
    let (m, n, k) = Self.shapes[shape]
    var random = SplitMix(seed: UInt64(shape))
    var a = (0..<(m * k)).map { _ in Float(Int(random.next() % 256) - 100) }
    for row in 0..<m {
      a[row * k] = -100
      if k > 1 { a[row * k + 1] = 155 }
    }
    var w = (0..<(k * n)).map { _ in Float(Int(random.next() % 129) - 64) }
    for column in 0..<n { w[column] = 64 }
    let start = (0..<(m * n)).map { Float($0 % 7) }
    let c = Self.product(a, w, m: m, n: n, k: k, onto: start, accumulating: true)
    for i in 0..<m {
      for j in 0..<n {
        var expected = Double(start[i * n + j])
        for t in 0..<k { expected += Double(a[i * k + t]) * Double(w[t * n + j]) }
        #expect(Double(c[i * n + j]) == expected, "row \(i) column \(j) of \(m)×\(n)×\(k)")
      }
    }
    // Without accumulation, the same product alone.
    let alone = Self.product(a, w, m: m, n: n, k: k, onto: start, accumulating: false)
    for i in 0..<m {
      for j in 0..<n {
        let expected = c[i * n + j] - start[i * n + j]
        #expect(alone[i * n + j] == expected)
      }
    }
  }

  /// Random floats: each value within the quantization's own bound of the float product
  /// (half a step of each operand, per term).
  @Test(arguments: 0..<shapes.count) func withinQuantizationErrorOfFloats(shape: Int) {
    let (m, n, k) = Self.shapes[shape]
    var random = SplitMix(seed: 100 + UInt64(shape))
    func uniform() -> Float { Float(random.next() % 2_000_001) / 1_000_000 - 1 }
    let a = (0..<(m * k)).map { _ in uniform() * 3 + 0.5 }
    let w = (0..<(k * n)).map { _ in uniform() * 0.1 }
    let c = Self.product(
      a, w, m: m, n: n, k: k, onto: [Float](repeating: 0, count: m * n), accumulating: false)
    for i in 0..<m {
      let row = a[(i * k)..<((i + 1) * k)]
      let rowStep = Double(max(row.max()!, 0) - min(row.min()!, 0)) / 255
      for j in 0..<n {
        let column = (0..<k).map { w[$0 * n + j] }
        let columnStep = Double(column.map(abs).max()!) / 64
        var expected = 0.0
        var bound = 1e-5
        for t in 0..<k {
          expected += Double(a[i * k + t]) * Double(column[t])
          bound +=
            abs(Double(a[i * k + t])) * columnStep / 2 + abs(Double(column[t])) * rowStep / 2
            + rowStep * columnStep / 4
        }
        #expect(abs(Double(c[i * n + j]) - expected) <= bound, "row \(i) column \(j)")
      }
    }
  }

  /// Codes round-trip within half a step, zero quantizes exactly, padding is the zero point.
  @Test func rowsQuantizeWithinHalfAStep() {
    let rows: [[Float]] = [
      [0.5, -2, 3.25, 0, 7, -0.125, 1e-3], [0, 0, 0, 0, 0, 0, 0], [1, 2, 3, 4, 5, 6, 7],
      [-1, -2, -3, -4, -5, -6, -7],
    ]
    let quantized = Int8Rows(capacity: 4, widest: 7)
    let flat = rows.flatMap { $0 }
    quantized.quantize(flat, count: 4, width: 7, stride: 7)
    for (r, row) in rows.enumerated() {
      let scale = quantized.scales[r]
      let zero = Int(quantized.zeros[r])
      #expect(scale > 0 && (0...255).contains(zero))
      for (i, value) in row.enumerated() {
        let code = Int(quantized.codes[r * 8 + i])
        let back = scale * Float(code - zero)
        #expect(abs(back - value) <= scale / 2 * 1.0001, "row \(r) value \(i)")
        if value == 0 { #expect(code == zero) }
      }
      #expect(Int(quantized.codes[r * 8 + 7]) == zero)
    }
  }
}
