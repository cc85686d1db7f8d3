/// The prose of a Markdown document, block by block, and its headline.
///
/// Headings are structure: the first (ATX `#`, setext `===`/`---`, an HTML block's
/// `<h1>`, or front matter's `title:`) is the headline when no prose comes before it; the
/// others end paragraphs and are never sentences. Code (fenced and indented), tables,
/// thematic breaks, link reference definitions, HTML comments and script or style blocks
/// are not prose; an HTML block is read as HTML (``HTMLArticle``).
/// Paragraphs, list items, block quotes and footnotes are, with their inline markup reduced
/// to text (``MarkdownInline``); a paragraph left with no letter or digit (a row of badges)
/// or only a web address is dropped.
internal struct MarkdownReader {
  /// The headline, if the document has one.
  private(set) var title: String?
  /// The prose paragraphs, in order.
  private(set) var paragraphs: [String] = []

  private var inline = MarkdownInline()
  /// The raw lines of the paragraph being read.
  private var paragraph: [Substring] = []
  /// Whether that paragraph is a list item (a setext underline cannot make it a heading).
  private var paragraphIsItem = false
  /// Whether prose has been read (a heading after it is not the headline).
  private var sawProse = false

  /// Reads a Markdown document.
  init(_ text: String) {
    let lines = text.lines
    var start = 0
    if let front = MarkdownLines.frontMatter(lines) {
      title = front.title
      start = front.end
    }
    inline.references = MarkdownLines.referenceLabels(lines)
    read(lines, from: start)
    flush()
  }

  /// What the reader is inside of, line after line.
  private enum Inside {
    case fence(byte: UInt8, length: Int)
    case comment
    /// A raw HTML block (script, style, pre, textarea) until its closing tag.
    case rawHTML(closing: String)
    /// A link reference definition whose destination and title go on over lines.
    case definition
  }

  private mutating func read(_ lines: [Substring], from start: Int) {
    var inside: Inside?
    var listColumn: Int?  // where the open list item's text starts
    var blank = true  // the line before was blank (or there was none)
    var inCode = false  // an indented code block
    var quoted = false  // the paragraph is a block quote's
    var index = start
    while index < lines.count {
      let line = lines[index]
      index += 1
      switch inside {
      case .fence(let byte, let length)?:
        let closing = MarkdownLines.unquoted(line)  // a fence may sit in a block quote
        if MarkdownLines.closesFence(closing, byte: byte, length: length) { inside = nil }
        continue
      case .comment?:
        if line.contains("-->") { inside = nil }
        continue
      case .rawHTML(let closing)?:
        if line.lowercased().contains(closing) { inside = nil }
        continue
      case .definition?:
        if line.isBlankText || !MarkdownLines.continuesDefinition(line) {
          inside = nil
        } else {
          continue
        }
      case nil:
        break
      }
      if line.isBlankText {
        flush()
        blank = true
        continue
      }
      let indent = MarkdownLines.indent(of: line)
      let codeColumn = (listColumn ?? 0) + 4
      if inCode && indent >= codeColumn { continue }
      inCode = false
      // Indented code cannot interrupt a paragraph; inside a list it is indented further.
      if indent >= codeColumn && paragraph.isEmpty {
        inCode = true
        continue
      }
      var content = line.drop(while: { $0 == " " || $0 == "\t" })
      if let column = listColumn, blank, indent < column, MarkdownLines.listItem(content) == nil {
        listColumn = nil
      }
      blank = false
      let isQuote = content.first == ">"
      if isQuote {
        content = MarkdownLines.unquoted(content)
      }
      if isQuote != quoted {
        flush()
        quoted = isQuote
      }
      if let fence = MarkdownLines.fenceOpening(content) {
        flush()
        inside = .fence(byte: fence.byte, length: fence.length)
        continue
      }
      if content.isBlankText || (isQuote && MarkdownLines.isAlertMarker(content)) {
        flush()
        continue
      }
      if let heading = MarkdownLines.atxHeading(content) {
        self.heading(heading)
        continue
      }
      if !paragraph.isEmpty && !paragraphIsItem && MarkdownLines.isSetextUnderline(content) {
        let text = paragraph.joined(separator: "\n")
        paragraph = []
        self.heading(Substring(text))
        continue
      }
      if MarkdownLines.isThematicBreak(content) {
        flush()
        continue
      }
      if content.utf8.contains(UInt8(ascii: "|")), index < lines.count,
        MarkdownLines.isTableDelimiter(lines[index], header: content)
      {
        flush()
        index += 1
        while index < lines.count, lines[index].utf8.contains(UInt8(ascii: "|")),
          !lines[index].isBlankText
        {
          index += 1
        }
        continue
      }
      if MarkdownLines.isTableRow(content) {
        flush()
        continue
      }
      if MarkdownLines.isReferenceDefinition(content) {  // even under a paragraph
        if MarkdownLines.isLabelOnly(content) { inside = .definition }
        continue
      }
      if let note = MarkdownLines.footnoteText(content) {
        flush()
        paragraph = [note]
        continue
      }
      if content.first == "<" {
        if content.hasPrefix("<!--") {
          flush()
          if !content.contains("-->") { inside = .comment }
          continue
        }
        if let closing = MarkdownLines.rawHTMLClosing(content) {
          flush()
          if !content.lowercased().contains(closing) { inside = .rawHTML(closing: closing) }
          continue
        }
        if MarkdownLines.startsWithBlockTag(content) {
          // An HTML block runs to a blank line; the HTML reader makes prose of it.
          var block = [line]
          while index < lines.count, !lines[index].isBlankText {
            block.append(lines[index])
            index += 1
          }
          html(block.joined(separator: "\n"))
          continue
        }
      }
      if let item = MarkdownLines.listItem(content) {
        flush()
        paragraphIsItem = true
        listColumn = indent + item.offset
        content = item.text
      }
      if !content.isBlankText { paragraph.append(content) }
    }
  }

  /// An HTML block: its first `<h1>` is a heading, its prose paragraphs are paragraphs,
  /// read as an HTML page's would be (tags, images and link lists go).
  private mutating func html(_ block: String) {
    flush()
    var block = block
    guard let article = block.withUTF8({ HTMLArticle.read($0, encoding: "UTF-8") }) else {
      return
    }
    if let headline = article.headline { heading(Substring(headline)) }
    for text in article.body.components(separatedBy: "\n\n") where MarkdownLines.isProse(text) {
      paragraphs.append(text)
      sawProse = true
    }
  }

  /// A heading: the headline when it is the first and no prose came before it; otherwise
  /// it only ends the paragraph before it.
  private mutating func heading(_ raw: Substring) {
    flush()
    let text = inline.text(raw)
    if title == nil && !sawProse && !text.isEmpty { title = text }
  }

  /// Ends the paragraph being read, keeping its text when it is prose.
  private mutating func flush() {
    let lines = paragraph
    let isItem = paragraphIsItem
    paragraph = []
    paragraphIsItem = false
    guard !lines.isEmpty else { return }
    if !isItem, lines.count == 1, let heading = MarkdownLines.boldHeading(lines[0]) {
      self.heading(heading)  // a line of bold text alone: a heading in all but name
      return
    }
    let text = inline.text(lines.joined(separator: "\n"))
    guard MarkdownLines.isProse(text) else { return }
    paragraphs.append(text)
    sawProse = true
  }
}
