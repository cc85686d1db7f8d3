import ArgumentParser
import Brief
import Foundation

extension BriefCommand {
  /// `brief split`: one sentence a line.
  struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split text into sentences, one a line.",
      discussion: """
        Text files are split whole (a headline or list line is a sentence of its own); \
        Markdown is split after its markup is removed; JSONL splits each object's text. \
        With several documents, text output puts a blank line between them.
        """)

    @OptionGroup var input: InputOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Option(help: "text: one sentence a line; jsonl: one {\"id\", \"sentences\"} object per document.")
    var format: Format = .text

    struct Record: Encodable {
      var id: String
      var sentences: [String]
    }

    func run() throws {
      let splitter = SentenceSplitter(language: input.language)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes]
      var failed = false
      var first = true
      for item in Input.documents(paths: input.paths, textFormat: .raw) {
        switch item {
        case .failure(let error):
          Terminal.report(error.description)
          failed = true
        case .success(let document):
          var sentences = splitter.sentences(in: document.body).map {
            splitter.text(of: $0, in: document.body)
          }
          if let title = document.title { sentences.insert(title, at: 0) }
          switch format {
          case .text:
            Terminal.write((first ? "" : "\n") + sentences.map { $0 + "\n" }.joined())
          case .jsonl:
            let data = try encoder.encode(Record(id: document.id, sentences: sentences))
            Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
          }
          first = false
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}
