import ArgumentParser
import Brief

extension BriefCommand {
  /// `brief digest`: one summary of many articles.
  struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "One digest of many articles: a section per story, each fact once, with its sources.",
      discussion: """
        Articles on the same story are grouped by the terms they share (names, places, \
        topic words); each story gets its key points, sentences of its articles, the most \
        important first. A sentence that reports what a key point already says is not \
        repeated: its article is listed among the point's sources. Stories with the most \
        articles come first. A bad file is reported on stderr and the others are still \
        read; the exit status is then 1.
        """)

    @OptionGroup var input: InputOptions

    @Option(
      name: [.customShort("n", allowingJoined: true), .customLong("points")],
      parsing: .unconditional, help: "Key points per story (default: 3).")
    var points: Int?

    @Option(
      parsing: .unconditional,
      help:
        "At most this many words in the whole digest (instead of -n), shared among the stories by their number of articles."
    )
    var words: Int?

    @Option(
      help: ArgumentHelp(
        "Key points by importance, or by time (articles by their JSONL \"date\", then by position).",
        valueName: "order"))
    var order: DigestOrder = .importance

    @Flag(help: "Treat all the articles as one story (do not group them).")
    var oneStory = false

    @Option(help: "Output format: text, markdown, json (one object) or jsonl (a story a line).")
    var format: OutputFormat = .text

    @Option(
      parsing: .unconditional,
      help: "Threads to use (1: single-threaded; default: all cores). Output is the same.")
    var jobs: Int?

    /// `name=value,...` overrides of the digest's weights (for `Scripts/duc_digest_eval.py`).
    @Option(help: .hidden)
    var parameters: String?

    func validate() throws {
      if let points, points < 1 {
        throw ValidationError("-n/--points must be at least 1, got \(points)")
      }
      if let words, words < 1 { throw ValidationError("--words must be at least 1, got \(words)") }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
      if points != nil && words != nil {
        throw ValidationError("-n/--points and --words cannot be combined")
      }
      _ = try options(language: .english)
    }

    /// The digest's options in `language`.
    func options(language: Language) throws -> DigestOptions {
      var options = DigestOptions(
        budget: words.map { .words($0) } ?? .points(points ?? 3),
        stories: oneStory ? .single : .grouped, order: order.order, language: language)
      try TuningAssignments.digestParameters(parameters, into: &options)
      return options
    }

    func run() throws {
      let (documents, failed) = Input.reportingFailures(paths: input.paths)
      let digester = try Digester(
        options: options(language: input.language(of: documents, workers: jobs)), workers: jobs)
      let progress = ProgressBar(label: "digesting \(documents.count) articles")
      let digest = try digester.digest(documents) { done, total in
        progress.update(done: done, total: total)
      }
      progress.finish()
      if !digest.emptyArticles.isEmpty {
        Terminal.report(
          "\(digest.emptyArticles.count) of \(documents.count) articles had no sentence: "
            + digest.emptyArticles.prefix(3).joined(separator: ", ")
            + (digest.emptyArticles.count > 3 ? ", …" : ""))
      }
      Terminal.write(DigestRenderer(format: format).render(digest))
      if failed { throw ExitCode.failure }
    }
  }
}

/// `--order` of `brief digest`.
enum DigestOrder: String, ExpressibleByArgument, CaseIterable {
  case importance, time

  var order: DigestOptions.Order {
    switch self {
    case .importance: return .importance
    case .time: return .time
    }
  }
}
