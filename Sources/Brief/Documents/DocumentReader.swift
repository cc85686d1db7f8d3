import Dispatch
import Foundation

/// Turns the text of an input into documents. Pure: text in, documents out.
///
///     let docs = try DocumentReader.documents(from: text, name: "a.txt", format: .text)
///
/// Text and Markdown give one document; JSON Lines gives one result per non-blank line, so
/// that one malformed line is reported while the others are still read.
public enum DocumentReader {
  /// Parses one input in the given format. Text (``DocumentFormat/text`` or
  /// ``DocumentFormat/raw``) that starts like an HTML page (`<!DOCTYPE html`, `<html`) is
  /// read as HTML.
  ///
  /// - Parameters:
  ///   - text: the decoded input.
  ///   - name: the file name or `-`, used as id and in errors.
  ///   - format: the layout of `text`.
  ///   - workers: the most threads JSON Lines are parsed on; nil for one per active core.
  /// - Returns: one result per document, in input order.
  public static func documents(
    from text: String, name: String, format: DocumentFormat, workers: Int? = nil
  ) -> [Result<Document, BriefError>] {
    var format = format
    if (format == .text || format == .raw) && DocumentFormat.looksLikeHTML(text.utf8) {
      format = .html
    }
    switch format {
    case .html: return [Result { () throws(BriefError) in try html(from: text, name: name) }]
    case .text: return [Result { () throws(BriefError) in try article(from: text, name: name) }]
    case .markdown:
      return [Result { () throws(BriefError) in try markdown(from: text, name: name) }]
    case .jsonl: return jsonLines(from: text, name: name, workers: workers)
    case .raw:
      guard !text.isBlankText else { return [.failure(.emptyBody(source: name))] }
      return [.success(Document(id: name, body: text, source: name))]
    }
  }

  /// Reads the article format, or plain text when there are no key-point lines.
  ///
  /// The first line is the headline when key-point lines (`- `) follow it, or when it looks
  /// like a headline: short, no final full stop, and more text after it.
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when no body text remains.
  public static func article(from text: String, name: String) throws(BriefError) -> Document {
    var lines = text.lines[...]
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
    var title: String?
    var keyPoints: [String] = []
    if let first = lines.first {
      var rest = lines.dropFirst()
      while let line = rest.first, line.allSatisfy(\.isWhitespace), rest.count > 1 {
        rest = rest.dropFirst()
      }
      let followedByKeyPoint = rest.first.map(isKeyPointLine) ?? false
      if followedByKeyPoint || (looksLikeHeadline(first) && !rest.allSatisfy(\.isBlankText)) {
        title = String(first).trimmed
        lines = rest
        while let line = lines.first, isKeyPointLine(line) {
          keyPoints.append(String(line.drop(while: \.isWhitespace).dropFirst(2)).trimmed)
          lines = lines.dropFirst()
        }
      }
    }
    let body = lines.joined(separator: "\n").trimmed
    guard !body.isEmpty else { throw .emptyBody(source: name) }
    return Document(id: name, title: title, keyPoints: keyPoints, body: body, source: name)
  }

  /// Reads Markdown: a leading `# ` heading is the title, and the body keeps the prose of
  /// paragraphs, headings and list items without their markup; code blocks are dropped.
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when no body text remains.
  public static func markdown(from text: String, name: String) throws(BriefError) -> Document {
    var title: String?
    var out: [String] = []
    var inFence = false
    var sawContent = false
    for rawLine in text.lines {
      let line = rawLine.drop(while: { $0 == " " })
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        inFence.toggle()
        continue
      }
      if inFence { continue }
      if line.allSatisfy(\.isWhitespace) {
        out.append("")
        continue
      }
      var content = Substring(line)
      if let heading = headingText(content) {
        if !sawContent && title == nil && content.hasPrefix("# ") {
          title = MarkdownInline.strip(heading).trimmed
          sawContent = true
          continue
        }
        out.append("")
        out.append(MarkdownInline.strip(heading))
        out.append("")
        sawContent = true
        continue
      }
      sawContent = true
      while content.hasPrefix(">") { content = content.dropFirst().drop(while: { $0 == " " }) }
      if let item = listItemText(content) {
        out.append("")
        content = item
      }
      out.append(MarkdownInline.strip(content))
    }
    let body = out.joined(separator: "\n").trimmed
    guard !body.isEmpty else { throw .emptyBody(source: name) }
    return Document(id: name, title: title, body: body, source: name)
  }

  /// Reads JSON Lines: one object a line with a string `text`, an optional `id` (string or
  /// number; the line's position otherwise), `title` (string or null) and `highlights`
  /// (array of strings, or one string). Other fields are ignored; blank lines are skipped.
  /// Lines are parsed on up to `workers` threads (nil: one per active core; 1: this thread).
  public static func jsonLines(from text: String, name: String, workers: Int? = nil)
    -> [Result<Document, BriefError>]
  {
    let numbered: [(line: Substring, number: Int)] = text.lines.enumerated().compactMap {
      $0.element.isBlankText ? nil : ($0.element, $0.offset + 1)
    }
    // Lines parse independently: large inputs are parsed on all cores.
    let results = SlotArray<Result<Document, BriefError>>(count: numbered.count)
    let chunk = 256
    let chunks = (numbered.count + chunk - 1) / chunk
    let work = { @Sendable (chunkIndex: Int) in
      let end = min(numbered.count, (chunkIndex + 1) * chunk)
      for index in (chunkIndex * chunk)..<end {
        let (line, number) = numbered[index]
        results[index] = Result { () throws(BriefError) in
          try jsonLine(line, name: name, lineNumber: number)
        }
      }
    }
    if chunks > 1 && (workers ?? 2) > 1 {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
    } else {
      for chunkIndex in 0..<chunks { work(chunkIndex) }
    }
    return (0..<numbered.count).map {
      results[$0]
        ?? .failure(.malformedJSONL(path: name, line: numbered[$0].number, reason: "not parsed"))
    }
  }

  internal static func jsonLine(_ line: Substring, name: String, lineNumber: Int) throws(BriefError)
    -> Document
  {
    let source = "\(name):\(lineNumber)"
    if let fields = JSONLineFields(line) {
      let keyPoints: [String]
      switch fields.highlights {
      case .absent: keyPoints = []
      case .list(let list): keyPoints = list
      case .single(let single): keyPoints = keyPointLines(single)
      }
      return try document(
        body: fields.text, id: fields.id ?? source, title: fields.title, keyPoints: keyPoints,
        source: source)
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
    } catch {
      throw .malformedJSONL(path: name, line: lineNumber, reason: "not valid JSON")
    }
    guard let fields = object as? [String: Any] else {
      throw .malformedJSONL(path: name, line: lineNumber, reason: "not a JSON object")
    }
    guard let body = fields["text"] as? String else {
      let reason = fields["text"] == nil ? "no \"text\" field" : "\"text\" is not a string"
      throw .malformedJSONL(path: name, line: lineNumber, reason: reason)
    }
    let id: String
    switch fields["id"] {
    case let string as String: id = string
    case let number as NSNumber: id = number.stringValue
    default: id = source
    }
    var keyPoints: [String] = []
    if let list = fields["highlights"] as? [Any] {
      keyPoints = list.compactMap { $0 as? String }
    } else if let single = fields["highlights"] as? String {
      keyPoints = keyPointLines(single)
    }
    return try document(
      body: body, id: id, title: fields["title"] as? String, keyPoints: keyPoints, source: source)
  }

  /// The key points of a `highlights` string: its non-blank lines, trimmed.
  private static func keyPointLines(_ text: String) -> [String] {
    text.lines.map(\.trimmed).filter { !$0.isEmpty }
  }

  /// The document of a JSON line's fields (a blank title counts as none).
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` for a blank body.
  private static func document(
    body: String, id: String, title: String?, keyPoints: [String], source: String
  ) throws(BriefError) -> Document {
    let title = title.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
    guard !body.isBlankText else { throw .emptyBody(source: "\(source) (id \(id))") }
    // Key points are references: trimmed, blank ones dropped, whichever parser read them.
    let keyPoints = keyPoints.map(\.trimmed).filter { !$0.isEmpty }
    return Document(id: id, title: title, keyPoints: keyPoints, body: body, source: source)
  }

  /// True for a key-point line of the article format: `- ` then text.
  private static func isKeyPointLine(_ line: Substring) -> Bool {
    let content = line.drop(while: { $0 == " " })
    return content.hasPrefix("- ") && content.dropFirst(2).contains(where: { !$0.isWhitespace })
  }

  /// A headline is short, has letters, and does not end like a sentence or a clause.
  internal static func looksLikeHeadline(_ line: Substring) -> Bool {
    let text = line.trimmed
    guard !text.isEmpty, text.utf8.count <= 200, let last = text.last else { return false }
    if ".,;:!?".contains(last) && !text.hasSuffix("?") && !text.hasSuffix("!") { return false }
    let words = text.split(whereSeparator: \.isWhitespace).count
    return words <= 25 && text.contains(where: \.isLetter)
  }

  private static func headingText(_ line: Substring) -> Substring? {
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.first == " " else { return nil }
    var text = rest.drop(while: { $0 == " " })
    while text.last == "#" || text.last == " " { text = text.dropLast() }
    return text
  }

  private static func listItemText(_ line: Substring) -> Substring? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
      return line.dropFirst(2)
    }
    let digits = line.prefix(while: \.isNumber)
    if !digits.isEmpty, digits.count <= 3 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return rest.dropFirst(2) }
    }
    return nil
  }
}

/// Inline Markdown markup removal: emphasis markers, code ticks, links and images.
internal enum MarkdownInline {
  internal static func strip(_ text: Substring) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "!" || character == "[" {
        let open = character == "!" ? text.index(after: index) : index
        if open < text.endIndex, text[open] == "[",
          let close = text[open...].firstIndex(of: "]")
        {
          let label = text[text.index(after: open)..<close]
          var next = text.index(after: close)
          if next < text.endIndex, text[next] == "(",
            let end = text[next...].firstIndex(of: ")")
          {
            next = text.index(after: end)
            if character == "[" { out += strip(label) }
            index = next
            continue
          }
        }
      }
      if character == "`" {
        index = text.index(after: index)
        continue
      }
      if character == "*" || character == "_" {
        let next = text.index(after: index)
        if next < text.endIndex, text[next] == character {
          index = text.index(after: next)
          continue
        }
        if character == "*" {
          index = next
          continue
        }
      }
      out.append(character)
      index = text.index(after: index)
    }
    return out
  }
}
