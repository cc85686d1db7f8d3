import ArgumentParser
import Brief
import Foundation

extension BriefCommand {
  /// `brief ask`: the sentences of a corpus that answer questions.
  struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Answer questions with the best-matching sentences of the documents.",
      discussion: """
        Questions come from --question, else from a prompt when stdin is a terminal, else \
        one a line from stdin (blank lines and lines starting with # skipped). A bad \
        document is reported on stderr and skipped: the questions are answered from the \
        others, and the exit status is then 1.
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var modelOptions: ModelOptions

    @Option(
      name: .customShort("k", allowingJoined: true), parsing: .unconditional,
      help: "Answers per question.")
    var count: Int = 3

    @Option(help: "A question to answer (repeatable); answers and exits.")
    var question: [String] = []

    @Flag(help: "One JSON object per question, one a line.")
    var json = false

    @Option(
      name: .customLong("index"),
      help: ArgumentHelp(
        "Search an index saved by `brief index` instead of paths.", valueName: "file"),
      completion: .file())
    var indexFile: String?

    @Option(help: .hidden)
    var parameters: String?

    @Flag(help: .hidden)
    var timing = false

    func validate() throws {
      guard count >= 1 else { throw ValidationError("-k must be at least 1, got \(count)") }
      if indexFile != nil && !input.paths.isEmpty {
        throw ValidationError("give documents or --index, not both")
      }
      let stdinPaths: Set = ["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]
      if indexFile == nil && question.isEmpty
        && (input.paths.isEmpty || input.paths.contains(where: stdinPaths.contains))
      {
        throw ValidationError(
          "documents on stdin need --question (questions cannot come on stdin too)")
      }
      _ = try retrievalParameters()
    }

    /// `--parameters name=value,...` overrides of the retrieval parameters (for tuning).
    func retrievalParameters() throws -> RetrievalParameters {
      try TuningAssignments.retrievalParameters(parameters)
    }

    func run() throws {
      var clock = Timing(enabled: timing)
      let corpus: CorpusIndex
      var failed = false
      if let indexFile {
        do {
          corpus = try CorpusIndex(contentsOf: indexFile, language: input.languageChoice)
        } catch {
          Terminal.report(error.description)
          throw ExitCode.failure
        }
        clock.lap("open_s")
      } else {
        let documents: [Document]
        (documents, failed) = Input.reportingFailures(paths: input.paths)
        guard !documents.isEmpty else { throw ExitCode.failure }
        clock.lap("load_s")
        corpus = try CorpusIndex(documents: documents, language: input.language(of: documents))
        clock.lap("index_s")
      }
      let encoder = try modelOptions.encoder(language: corpus.settings.language)
      clock.lap("model_s")
      var searched = corpus
      if let encoder {
        searched = ModelOptions.withVectors(corpus, encoder: encoder, from: indexFile)
        clock.lap("encode_s")
      }
      let documents = searched.documents
      let retriever = try Retriever(index: searched, parameters: try retrievalParameters())
      retriever.encoder = encoder
      clock.lap("retriever_s")
      let renderer = AnswerRenderer(
        json: json, analyzer: try Analyzer(language: corpus.settings.language))
      // Questions that arrive together are answered together (one batch for the encoder);
      // each question's time is its batch's, shared out.
      func answer(_ texts: [String]) {
        guard !texts.isEmpty else { return }
        let start = clock.now
        let answers = retriever.answers(to: texts, limit: count)
        let each = (clock.now - start) / Double(texts.count)
        clock.latencies += texts.map { _ in each }
        for (text, found) in zip(texts, answers) { Terminal.write(renderer.render(text, found)) }
      }
      if !question.isEmpty {
        answer(question)
      } else if Terminal.standardInputIsTerminal {
        try AskREPL.run(retriever: retriever, limit: count, language: corpus.settings.language)
      } else {
        var lines = LineBatches()
        while let batch = lines.next() {
          answer(
            batch.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
              !$0.isEmpty && !$0.hasPrefix("#")
            })
        }
      }
      clock.lap("questions_s")
      clock.report(documents: documents, sentences: retriever.sentenceCount)
      if failed { throw ExitCode.failure }
    }
  }
}

/// `--timing`: wall-clock figures on standard error, one JSON line (for benchmarks).
struct Timing {
  var enabled: Bool
  var laps: [(String, Double)] = []
  var latencies: [Double] = []
  private var last = Date().timeIntervalSinceReferenceDate

  init(enabled: Bool) { self.enabled = enabled }

  var now: Double { Date().timeIntervalSinceReferenceDate }

  mutating func lap(_ name: String) {
    let time = now
    laps.append((name, time - last))
    last = time
  }

  /// Writes the laps after `fields`, as one JSON line on standard error.
  func report(_ fields: [(String, JSONValue)]) {
    guard enabled else { return }
    Terminal.writeError(
      JSONValue.object(fields + laps.map { ($0.0, .double($0.1)) }).serialized() + "\n")
  }

  func report(documents: [Document], sentences: Int) {
    guard enabled else { return }
    let bytes = documents.reduce(0) { $0 + $1.body.utf8.count }
    let sorted = latencies.sorted()
    func percentile(_ p: Double) -> Double {
      sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(p * Double(sorted.count)))] * 1000
    }
    var fields: [(String, JSONValue)] = [
      ("documents", .int(documents.count)), ("bytes", .int(bytes)),
      ("sentences", .int(sentences)),
    ]
    fields += laps.map { ($0.0, .double($0.1)) }
    // Ready to answer: the index built (or opened) and the retriever set up.
    let indexSeconds = laps.filter { ["index_s", "retriever_s"].contains($0.0) }.reduce(0) {
      $0 + $1.1
    }
    let answering = latencies.reduce(0, +)
    fields += [
      ("index_mb_per_s", .double(Double(bytes) / 1e6 / max(indexSeconds, 1e-9))),
      ("questions", .int(latencies.count)), ("answering_s", .double(answering)),
      ("p50_ms", .double(percentile(0.5))), ("p99_ms", .double(percentile(0.99))),
      ("max_ms", .double((sorted.last ?? 0) * 1000)),
      ("questions_per_s", .double(Double(latencies.count) / max(answering, 1e-9))),
    ]
    Terminal.writeError(JSONValue.object(fields).serialized() + "\n")
  }
}
