import Dispatch
import Foundation

/// Turns the text of an input into documents.
///
/// Pure: text in, documents out.
///
///     let docs = try DocumentReader.documents(from: text, name: "a.txt", format: .text)
///
/// Text and Markdown give one document; JSON Lines gives one result per non-blank line, so
/// that one malformed line is reported while the others are still read.
public enum DocumentReader {
  /// Parses one input in the given format.
  ///
  /// Text (``DocumentFormat/text`` or ``DocumentFormat/raw``) that starts like an HTML page
  /// (`<!DOCTYPE html`, `<html`) is read as HTML.
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
      let blankAfter = rest.count < lines.count - 1
      if followedByKeyPoint
        || (looksLikeHeadline(first) && !rest.allSatisfy(\.isBlankText)
          && (blankAfter || !isContinued(first, by: rest)))
      {
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

  /// Reads Markdown: its title and the prose of its body, without markup.
  ///
  /// The first heading (or front matter's `title:`) is the title when no prose comes before
  /// it; the body is the prose of paragraphs, list items, quotes and footnotes without
  /// their markup (links keep their text, images go). Other headings, code, tables, HTML
  /// comments and lines that are only a web address are not prose (see ``MarkdownReader``).
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when no body text remains.
  public static func markdown(from text: String, name: String) throws(BriefError) -> Document {
    let reader = MarkdownReader(text)
    let body = reader.paragraphs.joined(separator: "\n\n")
    guard !body.isEmpty else { throw .emptyBody(source: name) }
    return Document(id: name, title: reader.title, body: body, source: name)
  }

  /// Reads JSON Lines, one object a line.
  ///
  /// An object has a string `text`, an optional `id` (string or number; the line's position
  /// otherwise), `title` (string or null) and `highlights` (array of strings, or one string). Other
  /// fields are ignored; blank lines are skipped. Lines are parsed on up to `workers` threads (nil:
  /// one per active core; 1: this thread).
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
        source: source, date: fields.date)
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
    var read = try document(
      body: body, id: id, title: fields["title"] as? String, keyPoints: keyPoints, source: source,
      date: fields["date"] as? String)
    if let value = fields["references"] {
      read.references = try references(value, name: name, lineNumber: lineNumber)
    }
    return read
  }

  /// The reference summaries of a `references` field: a list whose items are lists of
  /// sentences (or strings, one sentence a line); each trimmed, blank ones dropped, as key
  /// points are.
  ///
  /// - Throws: ``BriefError/malformedJSONL(path:line:reason:)`` for another shape.
  private static func references(_ value: Any, name: String, lineNumber: Int)
    throws(BriefError) -> [[String]]
  {
    let shape = "\"references\" is not a list of lists of strings"
    guard let list = value as? [Any] else {
      throw .malformedJSONL(path: name, line: lineNumber, reason: shape)
    }
    var references: [[String]] = []
    for item in list {
      let sentences: [String]
      if let single = item as? String {
        sentences = keyPointLines(single)
      } else if let items = item as? [Any], let strings = items as? [String] {
        sentences = strings.map(\.trimmed).filter { !$0.isEmpty }
      } else {
        throw .malformedJSONL(path: name, line: lineNumber, reason: shape)
      }
      if !sentences.isEmpty { references.append(sentences) }
    }
    return references
  }

  /// The key points of a `highlights` string: its non-blank lines, trimmed.
  private static func keyPointLines(_ text: String) -> [String] {
    text.lines.map(\.trimmed).filter { !$0.isEmpty }
  }

  /// The document of a JSON line's fields (a blank title or date counts as none).
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` for a blank body.
  private static func document(
    body: String, id: String, title: String?, keyPoints: [String], source: String, date: String?
  ) throws(BriefError) -> Document {
    let title = title.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
    let date = date.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
    guard !body.isBlankText else { throw .emptyBody(source: "\(source) (id \(id))") }
    // Key points are references: trimmed, blank ones dropped, whichever parser read them.
    let keyPoints = keyPoints.map(\.trimmed).filter { !$0.isEmpty }
    return Document(
      id: id, title: title, keyPoints: keyPoints, body: body, source: source, date: date)
  }

  /// True for a key-point line of the article format: `- ` then text.
  private static func isKeyPointLine(_ line: Substring) -> Bool {
    let content = line.drop(while: { $0 == " " })
    return content.hasPrefix("- ") && content.dropFirst(2).contains(where: { !$0.isWhitespace })
  }

  /// Whether the line after `first` (the first of `rest`, not blank) goes on with its
  /// sentence, so that `first` is a hard-wrapped line and not a headline: it starts in
  /// lower case, or `first` ends in a letter or digit and is near the width the paragraph
  /// that follows is wrapped at (at least 85 % of its longest line but its last, of 30 to
  /// 120 characters).
  internal static func isContinued(_ first: Substring, by rest: ArraySlice<Substring>) -> Bool {
    guard let next = rest.first?.trimmed, let start = next.first else { return false }
    if start.isLowercase { return true }
    guard let last = first.trimmed.last, last.isLetter || last.isNumber else { return false }
    let paragraph = rest.prefix { !$0.isBlankText }
    guard paragraph.count >= 2 else { return false }
    let width = paragraph.dropLast().map { $0.trimmed.count }.max() ?? 0
    return (30...120).contains(width) && first.trimmed.count * 20 >= width * 17
  }

  /// A headline is short, has letters, and does not end like a sentence or a clause.
  internal static func looksLikeHeadline(_ line: Substring) -> Bool {
    let text = line.trimmed
    guard !text.isEmpty, text.utf8.count <= 200, let last = text.last else { return false }
    if ".,;:!?".contains(last) && !text.hasSuffix("?") && !text.hasSuffix("!") { return false }
    let words = text.split(whereSeparator: \.isWhitespace).count
    return words <= 25 && text.contains(where: \.isLetter)
  }
}
