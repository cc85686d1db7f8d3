import Brief
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// ANSI styling for a terminal, off when standard output is not one, `NO_COLOR` is set or
/// `TERM` is `dumb`.
struct TextStyle {
  /// Whether escape sequences are written.
  let enabled: Bool

  /// The style for standard output: colour on a terminal unless `NO_COLOR` is set (to
  /// anything but the empty string) or the terminal is `TERM=dumb`.
  static func forStandardOutput(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminal: Bool = isatty(1) != 0
  ) -> TextStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TextStyle(
      enabled: isTerminal && !noColor && Terminal.understandsEscapes(environment: environment))
  }

  /// Dimmed text (the source of an answer).
  func dim(_ text: String) -> String { wrap(text, "2") }
  /// Highlighted text (a matched word): bold yellow.
  func highlight(_ text: String) -> String { wrap(text, "1;33") }
  /// Bold text.
  func bold(_ text: String) -> String { wrap(text, "1") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Renders the answers to one question: a plain-text block or one JSON line.
struct AnswerRenderer {
  var json: Bool
  var style = TextStyle(enabled: false)
  /// Finds the words of a sentence that match the question's terms (highlighted, and the
  /// JSON `terms`): an analyzer of the corpus's language.
  var analyzer: Analyzer

  /// The text for one question, ending with a line end (plain text: and a blank line).
  func render(_ question: String, _ answers: [Answer]) -> String {
    json ? renderJSON(question, answers) + "\n" : renderText(question, answers)
  }

  /// `? question`, then the answers (``renderAnswers(_:)``).
  func renderText(_ question: String, _ answers: [Answer]) -> String {
    "? \(question)\n" + renderAnswers(answers)
  }

  /// `n. [score] sentence` and `   — title (id, where)` per answer (`   no match` for none),
  /// then a blank line: the REPL's output, where the terminal already shows the question.
  func renderAnswers(_ answers: [Answer]) -> String {
    var out = ""
    if answers.isEmpty { out += "   no match\n" }
    for (rank, answer) in answers.enumerated() {
      let text = highlighted(answer.text, terms: answer.matchedTerms)
      out += "\(rank + 1). [\(String(format: "%.4f", answer.score))] \(text)\n"
      out +=
        style.dim(
          "   — \(answer.title ?? answer.documentID) (\(answer.documentID), \(place(answer)))")
        + "\n"
    }
    return out + "\n"
  }

  /// Where an answer is in its document, for people: `sentence n`, `title` or `key point n`,
  /// counted from 1 (the JSON `index` is ``Answer/sentenceIndex``, from 0).
  func place(_ answer: Answer) -> String {
    switch answer.field {
    case .body: return "sentence \(answer.sentenceIndex + 1)"
    case .title: return "title"
    case .keyPoint: return "key point \(answer.sentenceIndex + 1)"
    }
  }

  /// `text` with the words whose stems are among `terms` highlighted (when styled).
  func highlighted(_ text: String, terms: [String]) -> String {
    guard style.enabled, !terms.isEmpty else { return text }
    let bytes = Array(text.utf8)
    var out = ""
    var cursor = 0
    for range in analyzer.ranges(ofWordsStemmedTo: Set(terms), in: text) {
      out += String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)
      out += style.highlight(String(decoding: bytes[range], as: UTF8.self))
      cursor = range.upperBound
    }
    out += String(decoding: bytes[cursor...], as: UTF8.self)
    return out
  }

  /// One object a question: `question`, then `answers`, each with `document`, `title`,
  /// `sentence`, `index` (from 0), `field`, `score`, `terms` (the sentence's words that
  /// matched, as written) and `stems` (the question's stems it matched, context included).
  func renderJSON(_ question: String, _ answers: [Answer]) -> String {
    // Written straight to bytes (no value tree: this runs once per question), in the key
    // order and spelling `JSONValue` gives.
    var out: [UInt8] = []
    out.reserveCapacity(256 + 320 * answers.count)
    JSONValue.writeRaw(#"{"question":"#, to: &out)
    JSONValue.writeString(question, to: &out)
    JSONValue.writeRaw(#","answers":["#, to: &out)
    for (position, answer) in answers.enumerated() {
      if position > 0 { out.append(UInt8(ascii: ",")) }
      JSONValue.writeRaw(#"{"document":"#, to: &out)
      JSONValue.writeString(answer.documentID, to: &out)
      JSONValue.writeRaw(#","title":"#, to: &out)
      if let title = answer.title {
        JSONValue.writeString(title, to: &out)
      } else {
        JSONValue.writeRaw("null", to: &out)
      }
      JSONValue.writeRaw(#","sentence":"#, to: &out)
      JSONValue.writeString(answer.text, to: &out)
      JSONValue.writeRaw(#","index":"#, to: &out)
      JSONValue.writeInt(answer.sentenceIndex, to: &out)
      JSONValue.writeRaw(#","field":"#, to: &out)
      JSONValue.writeString(answer.field.rawValue, to: &out)
      JSONValue.writeRaw(#","score":"#, to: &out)
      JSONValue.writeDouble((answer.score * 10_000).rounded() / 10_000, to: &out)
      JSONValue.writeRaw(#","terms":"#, to: &out)
      Self.writeStrings(answer.matchedWords(analyzer: analyzer), to: &out)
      JSONValue.writeRaw(#","stems":"#, to: &out)
      Self.writeStrings(answer.matchedTerms, to: &out)
      JSONValue.writeRaw("}", to: &out)
    }
    JSONValue.writeRaw("]}", to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// A JSON array of strings.
  private static func writeStrings(_ strings: [String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      JSONValue.writeString(string, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }
}
