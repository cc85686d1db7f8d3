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

  /// The format a file name implies: `.md`/`.markdown` Markdown, `.jsonl` JSON Lines,
  /// anything else text.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
      self = .markdown
    } else if lower.hasSuffix(".jsonl") {
      self = .jsonl
    } else {
      self = .text
    }
  }

  /// The format of unnamed input (stdin) guessed from its first bytes: JSON Lines when it
  /// starts with `{`, Markdown when it starts with `# `, text otherwise.
  public init(sniffing text: String) {
    self.init(sniffing: text.utf8)
  }

  /// The format of unnamed input guessed from its first bytes (after a byte-order mark), as
  /// ``init(sniffing:)-(String)`` does for decoded text.
  public init(sniffing bytes: some Collection<UInt8>) {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes.dropFirst(0)
    let head = start.drop(while: \.isJSONWhitespace)
    if head.first == UInt8(ascii: "{") {
      self = .jsonl
    } else if head.starts(with: "# ".utf8) {
      self = .markdown
    } else {
      self = .text
    }
  }

  /// The file extensions a folder walk picks up.
  public static let fileExtensions: Set<String> = ["txt", "md", "markdown", "jsonl"]
}
