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
  /// `sentence_count`.
  var json: JSONValue {
    .object([
      ("id", .string(id)),
      ("title", title.map { .string($0) } ?? .null),
      ("source", .string(source)),
      ("summary", .array(sentences.map { .string($0.text) })),
      (
        "sentences",
        .array(
          sentences.map { sentence in
            .object([
              ("index", .int(sentence.index)),
              ("text", .string(sentence.text)),
              ("score", .double((sentence.score * 1e4).rounded() / 1e4)),
            ])
          })
      ),
      ("sentence_count", .int(sentenceCount)),
    ])
  }
}

/// Renders summaries in an output format.
struct SummaryRenderer {
  var format: OutputFormat
  /// Whether a heading line names each document even without a title (corpus output).
  var headingForUntitled: Bool

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
      for sentence in summary.sentences { out += "- " + sentence.text + "\n" }
      return out
    case .markdown:
      var out = ""
      if let title = summary.title ?? (headingForUntitled ? summary.id : nil) {
        out += "## " + title + "\n\n"
      }
      for sentence in summary.sentences { out += "- " + sentence.text + "\n" }
      return out
    case .json:
      return summary.json.serialized(pretty: true) + "\n"
    case .jsonl:
      return summary.json.serialized() + "\n"
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
