import CStemmer

/// A Snowball stemmer from libstemmer.
///
/// libstemmer keeps each result inside the stemmer, so an instance is not thread-safe: use
/// one per thread or task. Results are copied out at once.
public final class Stemmer {
  private let handle: OpaquePointer
  /// The language whose Snowball algorithm this stemmer runs.
  public let language: Language

  /// Creates the Snowball stemmer for a language (UTF-8).
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)`` if libstemmer lacks it.
  public init(language: Language) throws(BriefError) {
    guard let handle = sb_stemmer_new(language.snowballAlgorithm, "UTF_8") else {
      throw .stemmerUnavailable(language: language.rawValue)
    }
    self.handle = handle
    self.language = language
  }

  deinit { sb_stemmer_delete(handle) }

  /// The stem of a lowercased word: `rejected`, `rejection` and `rejects` give `reject`.
  public func stem(_ word: String) -> String {
    var copy = word
    return copy.withUTF8 { stem(bytes: $0) }
  }

  /// The stem of a lowercased UTF-8 word given as bytes.
  public func stem(bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
    guard let result = sb_stemmer_stem(handle, base, Int32(bytes.count)) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    let length = Int(sb_stemmer_length(handle))
    return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
  }
}
