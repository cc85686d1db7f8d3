/// The arithmetic of the sentence encoder's linear layers (``SentenceEncoder``).
public enum EncoderPrecision: String, Sendable, CaseIterable {
  /// 32-bit floats throughout, OpenBLAS's sgemm for the products.
  case float32 = "fp32"
  /// 8-bit integer products for the projections: weights quantized per output column at
  /// load time, each product's input rows per row as it runs, sums in 32-bit integers;
  /// everything else (attention's products, softmax, GELU, normalization) in 32-bit floats.
  /// Needs AVX2; without it the encoder runs ``float32``.
  case int8

  /// What an encoder runs unless told otherwise.
  public static let standard: EncoderPrecision = .int8

  /// The precision `$BRIEF_ENCODER_PRECISION` names (`fp32` or `int8`), else ``standard``.
  public static func preferred(environment: [String: String]) -> EncoderPrecision {
    environment["BRIEF_ENCODER_PRECISION"].flatMap(EncoderPrecision.init(rawValue:)) ?? standard
  }
}
