import ArgumentParser
import Brief

/// How summaries are written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json, jsonl

  /// The file extension of one document's output under `--out`.
  var fileExtension: String {
    switch self {
    case .text: return "txt"
    case .markdown: return "md"
    case .json: return "json"
    case .jsonl: return "jsonl"
    }
  }
}

extension Summary {
  /// The JSON shape of a summary: `id`, `title` (null when absent), `source`, `summary`
  /// (the sentences, the format rouge_eval.py reads), `sentences` (index, text, score) and
  /// `sentence_count`; with `explain`, each sentence also has a `features` object (see
  /// ``ScoreExplanation``).
  func json(explain: Bool = false) -> JSONValue {
    .object([
      ("id", .string(id)),
      ("title", title.map { .string($0) } ?? .null),
      ("source", .string(source)),
      ("summary", .array(sentences.map { .string($0.text) })),
      (
        "sentences",
        .array(
          sentences.map { sentence in
            var fields: [(String, JSONValue)] = [
              ("index", .int(sentence.index)),
              ("text", .string(sentence.text)),
              ("score", .double(rounded(sentence.score))),
            ]
            if sentence.isCut { fields.append(("cut", .bool(true))) }
            if explain, let explanation = sentence.explanation {
              fields.append(
                (
                  "features",
                  .object(explanation.namedValues.map { ($0.name, .double(rounded($0.value))) })
                ))
            }
            return .object(fields)
          })
      ),
      ("sentence_count", .int(sentenceCount)),
    ])
  }
}

/// A value rounded to 4 decimals, for JSON output.
private func rounded(_ value: Double) -> Double { (value * 1e4).rounded() / 1e4 }

extension ScoreExplanation {
  /// The shares, then the factors, by output name.
  var namedValues: [(name: String, value: Double)] {
    [
      ("centrality", centrality), ("position", position), ("headline", title), ("names", names),
      ("length", length), ("quote", quote), ("reference", reference), ("number", number),
    ]
  }

  /// One line: the shares of the weighted sum in percent, then the factors that are not 1.
  var line: String {
    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
    var text =
      "centrality \(percent(centrality)), position \(percent(position)), headline \(percent(title)), names \(percent(names))"
    let factors = [
      ("length", length), ("quote", quote), ("reference", reference), ("number", number),
    ]
    .filter { abs($0.1 - 1) > 1e-9 }
    .map { "\($0.0) ×\(($0.1 * 100).rounded() / 100)" }
    if !factors.isEmpty { text += "; " + factors.joined(separator: ", ") }
    return text
  }
}

/// Renders summaries in an output format.
struct SummaryRenderer {
  var format: OutputFormat
  /// Whether a heading line names each document even without a title (corpus output).
  var headingForUntitled: Bool
  /// Whether each sentence shows what its score is made of.
  var explain = false
  /// Whether each bullet (text and Markdown) starts with the sentence's place among the
  /// body's sentences, counted from 1: `- [3] …`.
  var positions = false

  /// The bullet of one sentence, with its explanation on an indented line when asked.
  private func bullet(_ sentence: Summary.Sentence) -> String {
    let place = positions ? "[\(sentence.index + 1)] " : ""
    var out = "- " + place + sentence.text + (sentence.isCut ? " …" : "") + "\n"
    if explain, let explanation = sentence.explanation { out += "  " + explanation.line + "\n" }
    return out
  }

  /// The rendering of one summary, ending with a newline.
  func render(_ summary: Summary) -> String {
    switch format {
    case .text:
      var out = ""
      if let title = summary.title {
        out += title + "\n"
      } else if headingForUntitled {
        out += summary.id + "\n"
      }
      for sentence in summary.sentences { out += bullet(sentence) }
      return out
    case .markdown:
      var out = ""
      if let title = summary.title ?? (headingForUntitled ? summary.id : nil) {
        out += "## " + title + "\n\n"
      }
      for sentence in summary.sentences { out += bullet(sentence) }
      return out
    case .json:
      return summary.json(explain: explain).serialized(pretty: true) + "\n"
    case .jsonl:
      return summary.json(explain: explain).serialized() + "\n"
    }
  }

  /// The separator written between two documents on standard output.
  var separator: String {
    switch format {
    case .text, .markdown: return "\n"
    case .json: return ",\n"
    case .jsonl: return ""
    }
  }

  /// What opens and closes the output of several documents.
  var envelope: (open: String, close: String) {
    format == .json ? ("[\n", "]\n") : ("", "")
  }
}
