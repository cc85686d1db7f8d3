import ArgumentParser
import Brief
import Foundation

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

/// The JSON shape of one summary: the summaries format that rouge_eval.py reads.
struct SummaryRecord: Encodable {
  struct Sentence: Encodable {
    var index: Int
    var text: String
    var score: Double
  }
  var id: String
  var title: String?
  var source: String
  var summary: [String]
  var sentences: [Sentence]
  var sentenceCount: Int

  init(_ summary: Summary) {
    id = summary.id
    title = summary.title
    source = summary.source
    self.summary = summary.sentences.map(\.text)
    sentences = summary.sentences.map {
      Sentence(index: $0.index, text: $0.text, score: ($0.score * 1e4).rounded() / 1e4)
    }
    sentenceCount = summary.sentenceCount
  }

  enum CodingKeys: String, CodingKey {
    case id, title, source, summary, sentences
    case sentenceCount = "sentence_count"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)  // null when absent
    try container.encode(source, forKey: .source)
    try container.encode(summary, forKey: .summary)
    try container.encode(sentences, forKey: .sentences)
    try container.encode(sentenceCount, forKey: .sentenceCount)
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
      return encode(SummaryRecord(summary), pretty: true) + "\n"
    case .jsonl:
      return encode(SummaryRecord(summary), pretty: false) + "\n"
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

  private func encode<Value: Encodable>(_ value: Value, pretty: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
