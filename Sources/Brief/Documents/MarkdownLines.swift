/// What a line of Markdown is, by its first characters: the block-level syntax
/// ``MarkdownReader`` reads (CommonMark with GitHub's tables, footnotes and alerts, and
/// the front matter of static site generators).
internal enum MarkdownLines {
  /// Front matter at the very start (`---` YAML or `+++` TOML, up to its closing line):
  /// its `title`, and the index of the first line after it.
  static func frontMatter(_ lines: [Substring]) -> (title: String?, end: Int)? {
    guard let first = lines.first?.trimmed, first == "---" || first == "+++" else { return nil }
    var title: String?
    for index in 1..<min(lines.count, 200) {
      let line = lines[index].trimmed
      if line == first || (first == "---" && line == "...") { return (title, index + 1) }
      for key in ["title:", "title ="] where title == nil && line.hasPrefix(key) {
        let value = line.dropFirst(key.count).trimmed
        let unquoted =
          value.count >= 2 && (value.first == "\"" || value.first == "'")
          && value.last == value.first
        title = unquoted ? String(value.dropFirst().dropLast()) : value
      }
    }
    return nil
  }

  /// The labels of the link reference definitions (`[label]: destination`), lower case.
  static func referenceLabels(_ lines: [Substring]) -> Set<String> {
    var labels: Set<String> = []
    for line in lines {
      let content = line.drop(while: { $0 == " " })
      guard isReferenceDefinition(content), let close = content.firstIndex(of: "]") else {
        continue
      }
      labels.insert(content[content.index(after: content.startIndex)..<close].lowercased())
    }
    return labels
  }

  /// The columns of white space a line starts with (a tab counts four).
  static func indent(of line: Substring) -> Int {
    var columns = 0
    for character in line {
      if character == " " {
        columns += 1
      } else if character == "\t" {
        columns += 4 - columns % 4
      } else {
        break
      }
    }
    return columns
  }

  /// A code fence: three or more backticks or tildes.
  static func fenceOpening(_ content: Substring) -> (byte: UInt8, length: Int)? {
    guard let first = content.utf8.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~")
    else { return nil }
    let length = content.utf8.prefix(while: { $0 == first }).count
    return length >= 3 ? (first, length) : nil
  }

  /// Whether a line closes the fence: the same character, at least as many, nothing after.
  static func closesFence(_ line: Substring, byte: UInt8, length: Int) -> Bool {
    let content = line.drop(while: { $0 == " " || $0 == "\t" })
    let run = content.utf8.prefix(while: { $0 == byte }).count
    return run >= length && content.utf8.dropFirst(run).allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// The text of an ATX heading (`## Title ##`), nil for other lines.
  static func atxHeading(_ content: Substring) -> Substring? {
    let hashes = content.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = content.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.drop(while: { $0 == " " || $0 == "\t" })
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    let closing = text.reversed().prefix(while: { $0 == "#" }).count
    if closing > 0 {
      let before = text.dropLast(closing)
      if before.isEmpty || before.last == " " { text = before }
    }
    return text
  }

  /// A setext heading's underline: only `=` or only `-` (trailing spaces allowed).
  static func isSetextUnderline(_ content: Substring) -> Bool {
    guard content.first == "=" || content.first == "-" else { return false }
    let text = content.trimmed
    guard let first = text.first, first == "=" || first == "-" else { return false }
    return text.allSatisfy { $0 == first }
  }

  /// A thematic break: three or more `-`, `*` or `_`, spaces between allowed.
  static func isThematicBreak(_ content: Substring) -> Bool {
    guard let lead = content.utf8.first,
      lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_")
    else { return false }
    var marks = 0
    for byte in content.utf8 where byte != 0x20 && byte != 0x09 {
      guard byte == lead else { return false }
      marks += 1
    }
    return marks >= 3
  }

  /// A table's delimiter row (`|---|:--:|`) with as many columns as its header row.
  static func isTableDelimiter(_ line: Substring, header: Substring) -> Bool {
    let text = line.trimmed
    guard text.contains("-"), text.allSatisfy({ "|:- \t".contains($0) }) else { return false }
    return cells(text) == cells(header.trimmed) && cells(text) > 0
  }

  /// A table row without its delimiter row: between pipes, with a pipe inside.
  static func isTableRow(_ content: Substring) -> Bool {
    guard content.first == "|" else { return false }
    let text = content.trimmed
    return text.count >= 3 && text.hasPrefix("|") && text.hasSuffix("|")
      && text.utf8.dropFirst().dropLast().contains(UInt8(ascii: "|"))
  }

  /// The number of cells of a table row (pipes at the ends not counted).
  private static func cells(_ row: String) -> Int {
    var inner = Substring(row)
    if inner.hasPrefix("|") { inner = inner.dropFirst() }
    if inner.hasSuffix("|") { inner = inner.dropLast() }
    return inner.split(separator: "|", omittingEmptySubsequences: false).count
  }

  /// A link reference definition: `[label]: destination`, or `[label]:` alone with its
  /// destination on the next lines (footnotes are not).
  static func isReferenceDefinition(_ content: Substring) -> Bool {
    guard content.first == "[", content.dropFirst().first != "^",
      let close = content.firstIndex(of: "]")
    else { return false }
    let rest = content[content.index(after: close)...]
    guard rest.first == ":" else { return false }
    // A destination, then nothing or a title: "[Note]: read this first" is prose.
    let words = rest.dropFirst().split(separator: " ", maxSplits: 1)
    guard let destination = words.first else { return true }
    let title = words.count > 1 ? words[1].trimmed : ""
    let address =
      destination.first == "<" || destination.contains("://") || destination.first == "/"
      || destination.first == "#" || destination.hasPrefix("./") || destination.hasPrefix("mailto:")
    return address
      || (title.isEmpty || "\"'(".contains(title.first ?? " ")) && destination.contains(".")
  }

  /// Whether a definition's line holds its label only (`[label]:`).
  static func isLabelOnly(_ content: Substring) -> Bool {
    guard let colon = content.firstIndex(of: "]").map(content.index(after:)) else { return false }
    return content[content.index(after: colon)...].isBlankText
  }

  /// Whether a line goes on with a definition begun above: an indented destination
  /// (`<https://…>`, an address) or title (`"…"`, `'…'`, `(…)`).
  static func continuesDefinition(_ line: Substring) -> Bool {
    guard line.first == " " || line.first == "\t" else { return false }
    let text = line.trimmed
    guard let first = text.first else { return false }
    return "<\"'(".contains(first) || text.contains("://")
  }

  /// The text of a footnote definition (`[^note]: text`), nil for other lines.
  static func footnoteText(_ content: Substring) -> Substring? {
    guard content.hasPrefix("[^"), let close = content.firstIndex(of: "]") else { return nil }
    let rest = content[content.index(after: close)...]
    guard rest.first == ":" else { return nil }
    return rest.dropFirst().drop(while: { $0 == " " })
  }

  /// A GitHub alert's marker line in a block quote (`[!NOTE]`, `[!WARNING]`…).
  static func isAlertMarker(_ content: Substring) -> Bool {
    let text = content.trimmed
    return (text.hasPrefix("[!") || text.hasPrefix("\\[!")) && text.hasSuffix("]")
      && !text.contains(" ")
  }

  /// The line without the block-quote markers (`>`) it starts with.
  static func unquoted(_ line: Substring) -> Substring {
    var content = line.drop(while: { $0 == " " || $0 == "\t" })
    while content.first == ">" { content = content.dropFirst().drop(while: { $0 == " " }) }
    return content
  }

  /// A list item (`- `, `* `, `+ `, `1. `, `1) `): where its text starts after the line's
  /// indentation, and the text, a task box (`[ ]`, `[x]`) removed.
  static func listItem(_ content: Substring) -> (offset: Int, text: Substring)? {
    var marker = 0
    if let first = content.first, "-*+".contains(first) {
      marker = 1
    } else {
      let digits = content.prefix(while: { $0.isASCII && $0.isNumber }).count
      guard (1...9).contains(digits) else { return nil }
      let after = content.dropFirst(digits).first
      guard after == "." || after == ")" else { return nil }
      marker = digits + 1
    }
    let rest = content.dropFirst(marker)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.drop(while: { $0 == " " || $0 == "\t" })
    let offset = marker + (rest.count - text.count)
    for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) { text = text.dropFirst(4) }
    return (offset, text)
  }

  /// The closing tag of a raw HTML block that opens on this line (`<script`, `<style`,
  /// `<pre`, `<textarea`): nothing in it is prose.
  static func rawHTMLClosing(_ content: Substring) -> String? {
    let lower = content.prefix(10).lowercased()
    for name in ["script", "style", "pre", "textarea"] {
      let open = "<" + name
      guard lower.hasPrefix(open) else { continue }
      let next = lower.dropFirst(open.count).first
      if next == nil || next == ">" || next == " " { return "</" + name + ">" }
    }
    return nil
  }

  /// Whether a line starts with an HTML block-level tag (it ends the paragraph before it).
  static func startsWithBlockTag(_ content: Substring) -> Bool {
    var name = content.dropFirst().lowercased().prefix(while: { $0.isLetter || $0.isNumber })
    if content.dropFirst().first == "/" {
      name = content.dropFirst(2).lowercased().prefix(while: { $0.isLetter || $0.isNumber })
    }
    return blockTags.contains(String(name))
  }

  private static let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "br", "center", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "picture", "section", "source", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
  ]

  /// The text of a paragraph that is one line of bold text without final punctuation
  /// (`**Installation**`), which reads as a heading.
  static func boldHeading(_ line: Substring) -> Substring? {
    let text = Substring(line.trimmed)
    for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) {
      let inner = text.dropFirst(2).dropLast(2)
      guard !inner.isEmpty, !inner.contains(marker), let last = inner.last else { return nil }
      return ".!?:;,".contains(last) ? nil : inner
    }
    return nil
  }

  /// Whether the text of a paragraph is prose: it holds a letter or digit, and is not only
  /// web addresses.
  static func isProse(_ text: String) -> Bool {
    guard
      text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
      )
    else { return false }
    return !text.split(separator: " ").allSatisfy { HTMLText.isOnlyAddress($0.utf8) }
  }
}
