import ArgumentParser
import Brief

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

    @Option(
      help: "text: one sentence a line; jsonl: one {\"id\", \"sentences\"} object per document.")
    var format: Format = .text

    func run() throws {
      let splitters = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, SentenceSplitter(language: $0)) })
      var failed = false
      var first = true
      for item in Input.documents(paths: input.paths, textFormat: .raw) {
        switch item {
        case .failure(let error):
          Terminal.report(error.description)
          failed = true
        case .success(let document):
          let splitter = splitters[input.language(of: document)] ?? SentenceSplitter()
          var sentences = splitter.sentences(in: document.body).map {
            splitter.text(of: $0, in: document.body)
          }
          if let title = document.title { sentences.insert(title, at: 0) }
          switch format {
          case .text:
            Terminal.write((first ? "" : "\n") + sentences.map { $0 + "\n" }.joined())
          case .jsonl:
            let record = JSONValue.object([
              ("id", .string(document.id)), ("sentences", .array(sentences.map { .string($0) })),
            ])
            Terminal.write(record.serialized() + "\n")
          }
          first = false
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}
