extension DocumentReader {
  /// Reads an HTML page, a saved news page say: the headline is the first `<h1>` of its
  /// article (or main content), else its `<title>` without a " | Site name" suffix; the
  /// body is the prose of the main content (see ``DocumentFormat/html``), paragraph by
  /// paragraph, entities decoded and white space collapsed.
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when the page holds no prose.
  public static func html(from text: String, name: String) throws(BriefError) -> Document {
    var text = text
    let article = text.withUTF8 { HTMLArticle.read($0, encoding: "UTF-8") }
    return try document(article, name: name)
  }

  /// Reads an HTML page from its bytes.
  ///
  /// UTF-8 (or UTF-16 with a byte-order mark) is read as such; other bytes in the charset
  /// the page declares (`<meta charset>`), or in Windows-1252, the web's default for pages
  /// that declare none.
  ///
  /// - Throws: as ``DocumentLoader/decode(_:name:)`` does for bytes that are not text (or
  ///   are invalid in the UTF-8 they declare), and ``BriefError/emptyBody(source:)``.
  internal static func html(bytes: [UInt8], name: String) throws(BriefError) -> Document {
    let text: String
    do {
      text = try TextDecoding.decode(bytes, name: name)
    } catch {
      guard case .invalidUTF8 = error, let encoding = legacyCharset(bytes) else { throw error }
      guard
        let article = bytes.withUnsafeBufferPointer({ HTMLArticle.read($0, encoding: encoding) })
      else { throw error }
      return try document(article, name: name)
    }
    return try html(from: text, name: name)
  }

  private static func document(_ article: HTMLArticle?, name: String) throws(BriefError)
    -> Document
  {
    guard let article, !article.body.isBlankText else { throw .emptyBody(source: name) }
    return Document(id: name, title: article.headline, body: article.body, source: name)
  }

  /// The charset a page that is not UTF-8 is in: the one its `<meta>` (or XML declaration)
  /// names in its first 4 KB, else Windows-1252; nil when it declares UTF-8, which its
  /// bytes then break.
  internal static func legacyCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    var declared: String?
    for key in ["charset=", "encoding="] {
      guard let start = firstIndex(of: Array(key.utf8), in: head) else { continue }
      let value = head[(start + key.utf8.count)...]
        .drop(while: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0x20 })
        .prefix(while: { byte in
          (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            || "-_:.".utf8.contains(byte)
        })
      if !value.isEmpty {
        declared = String(decoding: value, as: UTF8.self)
        break
      }
    }
    guard let declared else { return "windows-1252" }
    if declared == "utf-8" || declared == "utf8" { return nil }
    // As browsers do, Latin-1 and ASCII labels are read as their superset, Windows-1252.
    let western: Set = ["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"]
    return western.contains(declared) ? "windows-1252" : declared
  }

  private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    return (0...(haystack.count - needle.count)).first { start in
      haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }
}
