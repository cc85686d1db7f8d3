extension CorpusIndex {
  /// The text of every searchable sentence (body sentences, titles, key points), in unit
  /// order: what an encoder embeds.
  public var sentenceTexts: [String] {
    let texts = UnitTexts(documents: documents, index: sentences, language: settings.language)
    return (0..<sentences.unitCount).map { texts.text(of: $0) }
  }

  /// This index with `vectors`, one per searchable sentence.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` when the vectors are not one
  ///   per sentence.
  public func adding(vectors: CorpusVectors) throws(BriefError) -> CorpusIndex {
    guard vectors.count == sentenceCount, vectors.pieces.count == sentenceCount else {
      throw .invalidParameter(
        name: "vectors", reason: "\(vectors.count) rows for \(sentenceCount) sentences")
    }
    return CorpusIndex(
      documents: documents, settings: settings, sentences: sentences, vectors: vectors)
  }

  /// This index with the sentence model's vectors of every searchable sentence
  /// (``CorpusVectors/encoding(_:with:cache:workers:progress:)``).
  public func encoded(
    with encoder: SentenceEncoder, cache: VectorCache? = nil, workers: Int? = nil,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> CorpusIndex {
    let vectors = CorpusVectors.encoding(
      sentenceTexts, with: encoder, cache: cache, workers: workers, progress: progress)
    return CorpusIndex(
      documents: documents, settings: settings, sentences: sentences, vectors: vectors)
  }

  // MARK: - Vectors sections

  /// The vectors sections: the model's name (empty for none); the widths (embedding, piece,
  /// piece before projection); the embeddings' codes and scales; the projection's axes; the
  /// pieces' starts, ids, codes and scales.
  internal func writeVectors(_ file: inout IndexFileWriter) throws(IndexFileError) {
    let vectors = self.vectors
    try file.section("vecModel", Array((vectors?.model ?? "").utf8))
    try file.section(
      "vecWidth",
      [
        UInt64(vectors?.sentences.width ?? 0), UInt64(vectors?.pieces.width ?? 0),
        UInt64(vectors?.projection?.inputWidth ?? 0),
      ])
    try file.section("vecCodes", vectors?.sentences.codes ?? [])
    try file.section("vecScale", vectors?.sentences.scales ?? [])
    try file.section("pcsAxes", vectors?.projection?.axes ?? [])
    try file.section("pcsStart", vectors?.pieces.starts ?? [])
    try file.section("pcsIds", vectors?.pieces.ids ?? [])
    try file.section("pcsCodes", vectors?.pieces.codes ?? [])
    try file.section("pcsScale", vectors?.pieces.scales ?? [])
  }

  /// The vectors as ``writeVectors(_:)`` wrote them, or nil for an index without them.
  internal static func readVectors(_ file: inout IndexFileReader, unitCount: Int)
    throws(IndexFileError) -> CorpusVectors?
  {
    let model = try file.section("vecModel", of: UInt8.self)
    let widths = try file.section("vecWidth", of: UInt64.self, count: 3)
    guard widths.allSatisfy({ $0 < 1 << 16 }) else {
      throw IndexFileError(reason: "corrupt: vector widths \(widths)")
    }
    let (width, pieceWidth, inputWidth) = (Int(widths[0]), Int(widths[1]), Int(widths[2]))
    let rows = model.isEmpty ? 0 : unitCount
    let codes = try file.section("vecCodes", of: Int8.self, count: rows * width)
    let scales = try file.section("vecScale", of: Float.self, count: rows)
    let axes = try file.section("pcsAxes", of: Float.self, count: inputWidth * pieceWidth)
    let starts = try file.section("pcsStart", of: Int32.self, count: model.isEmpty ? 0 : rows + 1)
    let ids = try file.section("pcsIds", of: Int32.self)
    let pieceCodes = try file.section("pcsCodes", of: Int8.self, count: ids.count * pieceWidth)
    let pieceScales = try file.section("pcsScale", of: Float.self, count: ids.count)
    guard !model.isEmpty else { return nil }
    guard width > 0, pieceWidth > 0, let name = String(validating: model, as: UTF8.self) else {
      throw IndexFileError(reason: "corrupt: vectors without a model or width")
    }
    try file.verify()
    guard (scales + pieceScales).allSatisfy({ $0.isFinite && $0 > 0 }) else {
      throw IndexFileError(reason: "corrupt: a vector scale is not a positive number")
    }
    guard starts.first == 0, starts.last == Int32(ids.count),
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
    else { throw IndexFileError(reason: "corrupt: word-piece starts") }
    let projection =
      inputWidth > 0
      ? PieceProjection(inputWidth: inputWidth, width: pieceWidth, axes: axes) : nil
    return CorpusVectors(
      model: name, sentences: SentenceVectors(width: width, codes: codes, scales: scales),
      pieces: PieceVectors(
        width: pieceWidth, starts: starts, ids: ids, codes: pieceCodes, scales: pieceScales),
      projection: projection)
  }
}
