/// The encoder's element-wise passes over rows of floats: layer normalization, GELU,
/// softmax's exponential, unit length.
///
/// Sums and the passes around them go eight lanes at a time (`SIMD8`); every width they see
/// (384, 1536, a head's 32, score rows padded to 16) is a multiple of 8. GELU and the
/// exponential are branch-free functions of one float, for plain loops that the optimizer
/// vectorizes: their polynomials in `SIMD8` are no faster in a release build and many times
/// slower in a debug one. Both are polynomial approximations accurate to a few units in the
/// last place (see ``exp(_:)`` and ``erf(_:)``).
internal enum VectorKernels {
  typealias Vector = SIMD8<Float>

  @inline(__always)
  static func load(_ pointer: UnsafePointer<Float>) -> Vector {
    UnsafeRawPointer(pointer).loadUnaligned(as: Vector.self)
  }

  @inline(__always)
  static func store(_ vector: Vector, _ pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: vector, as: Vector.self)
  }

  /// The sum of a row's `count` floats (`count` a multiple of 8).
  @inline(__always)
  static func sum(_ row: UnsafePointer<Float>, count: Int) -> Float {
    var a = Vector()
    var b = Vector()
    var i = 0
    while i + 16 <= count {
      a += load(row + i)
      b += load(row + i + 8)
      i += 16
    }
    if i < count { a += load(row + i) }
    return (a + b).sum()
  }

  /// The sum of squares of a row's `count` floats.
  @inline(__always)
  static func sumOfSquares(_ row: UnsafePointer<Float>, count: Int) -> Float {
    var a = Vector()
    var b = Vector()
    var i = 0
    while i + 16 <= count {
      let x = load(row + i)
      let y = load(row + i + 8)
      a += x * x
      b += y * y
      i += 16
    }
    if i < count {
      let x = load(row + i)
      a += x * x
    }
    return (a + b).sum()
  }

  /// Layer normalization of one row in place, after adding `bias` to it:
  /// `(x + bias − mean) / √(variance + epsilon) · gain + shift`.
  static func addAndNormalize(
    _ row: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>?, gain: UnsafePointer<Float>,
    shift: UnsafePointer<Float>, width: Int, epsilon: Float
  ) {
    if let bias {
      for i in stride(from: 0, to: width, by: 8) { store(load(row + i) + load(bias + i), row + i) }
    }
    let mean = sum(row, count: width) / Float(width)
    let center = Vector(repeating: mean)
    var a = Vector()
    var b = Vector()
    var i = 0
    while i + 16 <= width {
      let x = load(row + i) - center
      let y = load(row + i + 8) - center
      a += x * x
      b += y * y
      i += 16
    }
    if i < width {
      let x = load(row + i) - center
      a += x * x
    }
    let variance = (a + b).sum() / Float(width)
    let scale = Vector(repeating: 1 / (variance + epsilon).squareRoot())
    for i in stride(from: 0, to: width, by: 8) {
      store((load(row + i) - center) * scale * load(gain + i) + load(shift + i), row + i)
    }
  }

  /// `count` floats scaled to unit length into `target` (zeros stay zeros).
  static func unitLength(
    _ row: UnsafePointer<Float>, count: Int, into target: UnsafeMutablePointer<Float>
  ) {
    let squares = sumOfSquares(row, count: count)
    let scale = Vector(repeating: squares > 0 ? 1 / squares.squareRoot() : 0)
    for i in stride(from: 0, to: count, by: 8) { store(load(row + i) * scale, target + i) }
  }

  /// GELU (BERT's exact form, `x · Φ(x)` by the error function) of each float of a row after
  /// adding `bias`, in place.
  static func addAndGELU(_ row: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, count: Int)
  {
    for i in 0..<count {
      let x = row[i] + bias[i]
      row[i] = 0.5 * x * (1 + erf(x * 0.70710678118654752))
    }
  }

  /// The lanes of `a` with those of `b` where `b` is larger (`pointwiseMax` handles NaN
  /// lane by lane, out of line; the inputs here are never NaN).
  @inline(__always)
  static func maximum(_ a: Vector, _ b: Vector) -> Vector { a.replacing(with: b, where: b .> a) }

  /// The error function: `x · P(x²) / Q(x²)` (a rational fit of degrees 6 and 5 on
  /// [−4, 4]), within 4e-7 of erf over the floats; beyond ±4, where erf is ±1 to within
  /// 2e-8, x² is held at 16 and the quotient, more than 1 in size, is clamped to ±1.
  @inline(__always)
  static func erf(_ x: Float) -> Float {
    let t = min(x * x, 16)
    var p: Float = -1.3727578351829806e-08
    p = p * t + 4.794117040268775e-06
    p = p * t + 0.00038306987255956517
    p = p * t + 0.0038352720172651314
    p = p * t + 0.05432552521225775
    p = p * t + 0.1845715386585841
    p = p * t + 1.128379183008908
    var q: Float = 6.413649354721027e-05
    q = q * t + 0.001309209584579102
    q = q * t + 0.015446409089335035
    q = q * t + 0.11377895220066142
    q = q * t + 0.4969058368269504
    q = q * t + 1
    return max(min(x * p / q, 1), -1)
  }

  /// `eˣ` for `x` ≤ 0 (softmax's shifted scores): `2ⁿ · e^r` with `r = x − n·ln 2` in
  /// [−½ ln 2, ½ ln 2] and e^r by its Taylor series to r⁷ (relative error under 1e-7);
  /// below −87 (where 2ⁿ would not be a normal float) it is 0.
  @inline(__always)
  static func exp(_ x: Float) -> Float {
    // Round x / ln 2 to the nearest integer by the float trick: adding 1.5 · 2²³ leaves the
    // integer in the low bits of the mantissa.
    let shifted = x * 1.4426950408889634 + 12_582_912
    let n = shifted - 12_582_912
    let r = x - n * 0.693359375 + n * 2.12194440e-4
    var p: Float = 1.0 / 5040
    p = p * r + 1.0 / 720
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    // 2ⁿ: n's bits (from the shifted sum's mantissa) moved into the exponent field.
    let scale = Float(bitPattern: (shifted.bitPattern &<< 23) &+ (127 << 23))
    return x < -87 ? 0 : p * scale
  }
}
