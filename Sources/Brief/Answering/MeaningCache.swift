/// The word-piece vectors of the units a retriever has re-ranked by meaning, kept once
/// computed: encoding a sentence costs milliseconds, and the same candidates come back
/// for related questions.
///
/// It holds at most ``budget`` floats (2²⁶, about 270 MB: some 4,000 sentences); past it
/// the cache starts afresh.
internal struct MeaningCache {
  private var vectors: [Int32: TokenVectors] = [:]
  private var floats = 0
  /// The most floats held.
  internal var budget = 1 << 26

  /// Empties the cache (a new encoder gives other vectors).
  internal mutating func removeAll() {
    vectors.removeAll()
    floats = 0
  }

  /// The vectors of units, from the cache or encoded now (in one batch).
  ///
  /// - Parameter text: the text of a unit.
  internal mutating func vectors(
    units: [Int32], encoder: SentenceEncoder, text: (Int) -> String
  ) -> [TokenVectors] {
    // Take what the cache holds first: a full cache is emptied below.
    var found = units.map { vectors[$0] }
    var seen = Set<Int32>()
    let missing = units.filter { vectors[$0] == nil && seen.insert($0).inserted }
    guard !missing.isEmpty else { return found.compactMap { $0 } }
    let encoded = encoder.tokenVectors(of: missing.map { text(Int($0)) })
    let added = encoded.reduce(0) { $0 + $1.vectors.count }
    if floats + added > budget { removeAll() }
    var fresh: [Int32: TokenVectors] = [:]
    for (unit, vectors) in zip(missing, encoded) {
      self.vectors[unit] = vectors
      fresh[unit] = vectors
    }
    floats += added
    for position in found.indices where found[position] == nil {
      found[position] = fresh[units[position]]
    }
    return found.compactMap { $0 }
  }
}
