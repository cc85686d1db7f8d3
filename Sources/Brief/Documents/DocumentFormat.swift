/// How the bytes of an input are laid out.
public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
  /// Text: the article format (a headline line, `- ` key-point lines, then the body) or
  /// plain prose, whose first line is a title only when it looks like a headline.
  case text
  /// Markdown: a leading `# ` heading is the title; markup is stripped from the body.
  case markdown
  /// JSON Lines: one object a line with `id`, `title`, `text` and optional `highlights`.
  case jsonl
  /// Unstructured text: all of it is the body, with no title or key points set apart.
  case raw
  /// HTML: a saved web page. The headline is the page's `<title>` or its article's `<h1>`;
  /// the body is the text of the main content, without menus, scripts and link lists.
  case html

  /// The format a file name implies: `.md`/`.markdown` Markdown, `.jsonl` JSON Lines,
  /// `.html`/`.htm`/`.xhtml` HTML, anything else text.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
      self = .markdown
    } else if lower.hasSuffix(".jsonl") {
      self = .jsonl
    } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
      self = .html
    } else {
      self = .text
    }
  }

  /// The format of unnamed input (stdin) guessed from its first bytes: JSON Lines when it
  /// starts with `{`, Markdown when it starts with `# `, HTML when it starts with
  /// `<!DOCTYPE html` or `<html` (in any case, after comments), text otherwise.
  public init(sniffing text: String) {
    self.init(sniffing: text.utf8)
  }

  /// The format of unnamed input guessed from its first bytes (after a byte-order mark, of
  /// UTF-8 or UTF-16), as ``init(sniffing:)-(String)`` does for decoded text.
  public init(sniffing bytes: some Collection<UInt8>) {
    let head = Self.asciiHead(bytes)
    if head.first == UInt8(ascii: "{") {
      self = .jsonl
    } else if head.starts(with: "# ".utf8) {
      self = .markdown
    } else if Self.startsLikeHTML(head) {
      self = .html
    } else {
      self = .text
    }
  }

  /// The file extensions a folder walk picks up.
  public static let fileExtensions: Set<String> = [
    "txt", "md", "markdown", "jsonl", "html", "htm", "xhtml",
  ]

  /// Whether text that came as text (a `.txt` file, stdin) is an HTML page: it starts with
  /// `<!DOCTYPE html` or `<html`, after a byte-order mark, blank space and comments.
  internal static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
    startsLikeHTML(asciiHead(bytes))
  }

  /// The first bytes of the input without a byte-order mark and leading white space, as
  /// ASCII: UTF-16 (after its mark) keeps the low byte of each code unit up to the first
  /// one beyond ASCII.
  private static func asciiHead(_ bytes: some Collection<UInt8>) -> ArraySlice<UInt8> {
    var head: [UInt8]
    let prefix = Array(bytes.prefix(1024))
    if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
      head = Array(prefix.dropFirst(3))
    } else if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
      let little = prefix[0] == 0xFF
      head = []
      var index = 2
      while index + 1 < prefix.count {
        let (low, high) =
          little ? (prefix[index], prefix[index + 1]) : (prefix[index + 1], prefix[index])
        guard high == 0, low < 0x80 else { break }
        head.append(low)
        index += 2
      }
    } else {
      head = prefix
    }
    return head.drop(while: \.isJSONWhitespace)
  }

  /// Whether ASCII bytes start with `<!DOCTYPE html` or `<html` (any case), after comments.
  private static func startsLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
    var rest = head
    // Pages saved by browsers may open with a comment ("<!-- saved from url=... -->").
    while rest.starts(with: "<!--".utf8) {
      guard let end = rest.indices.first(where: { rest[$0...].starts(with: "-->".utf8) }) else {
        return false
      }
      rest = rest[(end + 3)...].drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
      )
    }
    let lower = rest.prefix(14).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    if lower.starts(with: "<!doctype html".utf8) { return true }
    guard lower.starts(with: "<html".utf8), lower.count > 5 else { return false }
    return [0x20, 0x3E, 0x0A, 0x0D, 0x09].contains(lower[5])  // "<html>", "<html lang=…>"
  }
}
