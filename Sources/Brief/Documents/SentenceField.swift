/// Which part of a document a searchable sentence comes from.
public enum SentenceField: String, Sendable, Codable {
  /// A sentence of the body.
  case body
  /// The headline or title.
  case title
  /// One of the document's key points (the `- ` lines of the article format).
  case keyPoint = "key_point"
}

extension SentenceField {
  /// The field's code in a saved index.
  internal var code: UInt8 {
    switch self {
    case .body: return 0
    case .title: return 1
    case .keyPoint: return 2
    }
  }

  /// The field with a saved index's `code`, or nil.
  internal init?(code: UInt8) {
    switch code {
    case 0: self = .body
    case 1: self = .title
    case 2: self = .keyPoint
    default: return nil
    }
  }
}
