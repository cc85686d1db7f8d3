/// The word pieces of a text and their vectors in context (``SentenceEncoder``).
public struct TokenVectors: Sendable {
  /// The vocabulary ids of the pieces, in order.
  public let ids: [Int32]
  /// `ids.count` vectors of `width` floats, each of unit length, row after row.
  public let vectors: [Float]
  /// The length of a vector.
  public let width: Int
}
