/// What the sentence model makes of a corpus: an embedding per searchable sentence (the dense
/// stage) and the word-piece vectors of each (the meaning match), in unit order, and the
/// model that made them.
public struct CorpusVectors: Sendable, Equatable {
  /// The model (``SentenceEncoder/modelID``).
  public let model: String
  /// One embedding per unit.
  public let sentences: SentenceVectors
  /// Each unit's word pieces, projected by ``projection`` when there is one.
  public let pieces: PieceVectors
  /// The projection of the pieces, fitted on the corpus's own (nil: pieces kept whole).
  public let projection: PieceProjection?

  /// The number of units.
  public var count: Int { sentences.count }

  /// Vectors from their parts.
  public init(
    model: String, sentences: SentenceVectors, pieces: PieceVectors, projection: PieceProjection?
  ) {
    self.model = model
    self.sentences = sentences
    self.pieces = pieces
    self.projection = projection
  }

  /// The vectors of `texts` (one per unit) from `encoder`: each distinct text is encoded
  /// once, or taken from `cache`, which gets the new ones.
  ///
  /// - Parameters:
  ///   - workers: the most threads to encode on (nil: one per active core).
  ///   - progress: called with the distinct texts done so far and their number, from the
  ///     encoding threads (calls do not overlap).
  /// - Complexity: one forward pass of the model per distinct text the cache lacks.
  public static func encoding(
    _ texts: [String], with encoder: SentenceEncoder, cache: VectorCache? = nil,
    workers: Int? = nil, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> CorpusVectors {
    var rowOfText: [String: Int] = [:]
    var distinct: [String] = []
    let rows = texts.map { text in
      if let row = rowOfText[text] { return row }
      rowOfText[text] = distinct.count
      distinct.append(text)
      return distinct.count - 1
    }
    let width = encoder.width
    let keys = distinct.map(VectorCache.key(of:))
    var found = cache?.entries(for: keys) ?? [:]
    let missing = distinct.indices.filter { found[$0] == nil }
    let total = distinct.count
    let already = total - missing.count
    progress?(already, total)
    let encoded = encoder.encode(
      missing.map { distinct[$0] }, tokenVectors: true, workers: workers,
      progress: progress.map { report in { @Sendable done in report(already + done, total) } })
    var fresh: [VectorCache.Entry] = []
    fresh.reserveCapacity(missing.count)
    for position in missing.indices {
      let entry = VectorCache.Entry(
        embedding: encoded.embedding(at: position), pieces: encoded.tokenVectors[position])
      fresh.append(entry)
      found[missing[position]] = entry
    }
    cache?.store(keys: missing.map { keys[$0] }, entries: fresh)
    let entries = rows.map { found[$0] ?? VectorCache.Entry(width: width) }
    // The pieces' projection, fitted on a sample of the distinct texts' pieces: every
    // step-th text, enough of them for about 32,768 pieces.
    let pieceCount = (0..<total).reduce(0) { $0 + (found[$1]?.pieceIDs.count ?? 0) }
    let step = max(1, pieceCount / 32_768)
    var sample: [Float] = []
    if pieceCount >= PieceProjection.fewestPieces {
      for row in stride(from: 0, to: total, by: step) {
        if let entry = found[row] { sample += entry.pieceValues() }
      }
    }
    let projection = PieceProjection.fitted(to: sample, inputWidth: width)
    // Each distinct text's pieces projected and quantized once, then gathered per unit (a
    // corpus that repeats its texts costs their distinct pieces' floats, not all units').
    let distinctPieces = PieceVectors(
      (0..<total).map { row in
        let vectors = (found[row] ?? VectorCache.Entry(width: width)).pieceTokenVectors(
          width: width)
        return projection.map { $0.project(vectors) } ?? vectors
      }, width: projection?.width ?? width)
    let pieces = distinctPieces.gathering(rows)
    return CorpusVectors(
      model: encoder.modelID,
      sentences: SentenceVectors(
        width: width, codes: entries.flatMap(\.codes), scales: entries.map(\.scale)),
      pieces: pieces, projection: projection)
  }
}
