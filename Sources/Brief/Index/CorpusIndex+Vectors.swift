extension CorpusIndex {
  /// The text of every searchable sentence (body sentences, titles, key points), in the
  /// order of ``vectors``' rows: what an encoder embeds.
  public var sentenceTexts: [String] {
    let texts = UnitTexts(documents: documents, index: sentences, language: settings.language)
    return (0..<sentences.unitCount).map { texts.text(of: $0) }
  }

  /// This index with `vectors`, one per searchable sentence, made by `model`.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` when the row count is not the
  ///   sentence count.
  public func adding(vectors: SentenceVectors, model: String) throws(BriefError) -> CorpusIndex {
    guard vectors.count == sentenceCount else {
      throw .invalidParameter(
        name: "vectors", reason: "\(vectors.count) rows for \(sentenceCount) sentences")
    }
    return CorpusIndex(
      documents: documents, settings: settings, sentences: sentences, vectors: vectors,
      vectorModel: model)
  }

  // MARK: - Vectors sections

  /// The vectors sections: the model's name (empty for none), the row width, the rows'
  /// codes and scales.
  internal func writeVectors(_ file: inout IndexFileWriter) throws(IndexFileError) {
    try file.section("vecModel", Array(vectorModel.utf8))
    try file.section("vecWidth", [UInt64(vectors?.width ?? 0)])
    try file.section("vecCodes", vectors?.codes ?? [])
    try file.section("vecScale", vectors?.scales ?? [])
  }

  /// The vectors as ``writeVectors(_:)`` wrote them, or nil for an index without them.
  internal static func readVectors(_ file: inout IndexFileReader, unitCount: Int)
    throws(IndexFileError) -> (SentenceVectors?, String)
  {
    let model = try file.section("vecModel", of: UInt8.self)
    let width = try file.section("vecWidth", of: UInt64.self, count: 1)[0]
    guard width < 1 << 16 else { throw IndexFileError(reason: "corrupt: vector width \(width)") }
    let rows = model.isEmpty ? 0 : unitCount
    let codes = try file.section("vecCodes", of: Int8.self, count: rows * Int(width))
    let scales = try file.section("vecScale", of: Float.self, count: rows)
    guard !model.isEmpty else { return (nil, "") }
    guard width > 0, let name = String(validating: model, as: UTF8.self) else {
      throw IndexFileError(reason: "corrupt: vectors without a model or width")
    }
    try file.verify()
    guard scales.allSatisfy({ $0.isFinite && $0 > 0 }) else {
      throw IndexFileError(reason: "corrupt: a vector scale is not a positive number")
    }
    return (SentenceVectors(width: Int(width), codes: codes, scales: scales), name)
  }
}
