/// The text of each unit of an index: a body sentence, a title or a key point, read from the
/// documents the index was built from.
internal struct UnitTexts: Sendable {
  internal let documents: [Document]
  internal let index: SentenceIndex
  private let splitter: SentenceSplitter

  internal init(documents: [Document], index: SentenceIndex, language: Language) {
    self.documents = documents
    self.index = index
    self.splitter = SentenceSplitter(language: language)
  }

  /// The document holding a unit.
  internal func document(of unit: Int) -> Document {
    documents[Int(index.unitDocuments[unit])]
  }

  /// The text of a unit, whitespace collapsed.
  internal func text(of unit: Int) -> String {
    let document = document(of: unit)
    switch index.unitFields[unit] {
    case .title: return document.title ?? ""
    case .keyPoint: return document.keyPoints[Int(index.unitFieldIndices[unit])]
    case .body: return splitter.text(of: index.unitRanges[unit], in: document.body)
    }
  }

  /// Calls `body` with the UTF-8 bytes that hold a unit and the unit's range in them (the
  /// whole text of a title or key point, the sentence's range of a body).
  internal func withBytes<Result>(
    of unit: Int, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Result
  ) -> Result {
    let document = document(of: unit)
    var text: String
    var range: Range<Int>? = nil
    switch index.unitFields[unit] {
    case .title: text = document.title ?? ""
    case .keyPoint: text = document.keyPoints[Int(index.unitFieldIndices[unit])]
    case .body:
      text = document.body
      range = index.unitRanges[unit]
    }
    return text.withUTF8 { bytes in body(bytes, range ?? 0..<bytes.count) }
  }
}
