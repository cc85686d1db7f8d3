/// What ``SentenceEncoder/encode(_:tokenVectors:workers:progress:)`` gives for a list of
/// texts: each text's sentence embedding and, when asked for, its token vectors, all from
/// one forward pass.
public struct Encodings: Sendable {
  /// The length of a vector (384 for all-MiniLM-L6-v2).
  public let width: Int
  /// The texts' sentence embeddings one after another, `width` floats apiece.
  ///
  /// Text `i`'s is at `i · width`: the mean of the last hidden states over all the text's
  /// pieces, [CLS] and [SEP] included, scaled to unit length. That is sentence-transformers'
  /// embedding for all-MiniLM-L6-v2 (mean pooling, then normalization); the dot product of
  /// two is their cosine.
  public let embeddings: ContiguousArray<Float>
  /// Each text's word pieces and their vectors in context, in the texts' order
  /// (``SentenceEncoder/tokenVectors(of:)-(String)``); empty unless asked for.
  public let tokenVectors: [TokenVectors]

  /// The number of texts.
  public var count: Int { width > 0 ? embeddings.count / width : 0 }

  /// Text `index`'s sentence embedding.
  public func embedding(at index: Int) -> ArraySlice<Float> {
    embeddings[(index * width)..<((index + 1) * width)]
  }
}
