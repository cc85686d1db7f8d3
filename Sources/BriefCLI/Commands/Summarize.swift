import ArgumentParser
import Brief
import Dispatch
import Foundation

extension ScoringMethod: ExpressibleByArgument {}

extension BriefCommand {
  /// `brief summarize`: key points of each document.
  struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Turn each article into bullet key points chosen from its own sentences.",
      discussion: """
        One file is summarized on its own; a corpus (several files, a folder, a JSONL file) \
        is summarized document by document, in input order, on all cores, with terms \
        weighed by their document frequency over the corpus. A bad document is reported \
        on stderr and the others are still summarized; the exit status is then 1.
        """)

    @OptionGroup var input: InputOptions

    @Option(
      name: [.customShort("n", allowingJoined: true), .customLong("sentences")],
      parsing: .unconditional, help: "Key points per document (default: 3).")
    var sentences: Int?

    /// Key points per document: `-n`, else 3 (optional, to tell a given `-n` from none).
    var count: Int { sentences ?? 3 }

    @Option(
      parsing: .unconditional,
      help: "Key points as a fraction of the body's sentences, in (0, 1] (instead of -n).")
    var ratio: Double?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Word budget per summary, a maximum (instead of -n): the sentences of highest total "
          + "score that fit, in document order (when none fits, the best cut short at W words "
          + "and marked …). "
          + "Words are whitespace-separated, as DUC counts them; leadN: as many as the "
          + "document's first N sentences.", valueName: "W|leadN"))
    var words: String?

    @Flag(
      help: ArgumentHelp(
        "With --words: cut each summary to exactly W words, as brief eval --words scores it "
          + "(the last key point may end mid-sentence; with --scorer lead, the first W words)."
      ))
    var cut = false

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(
      help:
        "How sentences are ranked: tfidf (centrality, position, headline, names, length, quote and number cues) or lead (first sentences)."
    )
    var scorer: ScoringMethod = .tfidf

    @Option(
      help: ArgumentHelp(
        "Write one file per document into this folder (atomically) instead of stdout.",
        valueName: "dir"),
      completion: .directory)
    var out: String?

    @Flag(
      help:
        "Show what each key point's score is made of: the shares of centrality, position and headline, and the factors for length, quote, referring word and number."
    )
    var explain = false

    @Flag(
      help: ArgumentHelp(
        "Start each key point with its place in the article, counted from 1: `- [3] ...` "
          + "is the body's third sentence (text and markdown; JSON always has it as `index`, "
          + "from 0)."))
    var positions = false

    @Option(
      parsing: .unconditional,
      help: "Threads to use (1: single-threaded; default: all cores). Output is the same.")
    var jobs: Int?

    @Option(
      help: ArgumentHelp(
        "Only the key points that bear on this question or topic (the answerer's relevance "
          + "with the summarizer's scores); documents that say nothing about it are left out.",
        valueName: "question"))
    var about: String?

    @Flag(help: "With --about: keep the documents that say nothing about it too.")
    var all = false

    @OptionGroup var model: ModelOptions

    /// One question a line, each answered as `--about` would (for `Scripts/about_eval.py`).
    @Option(help: .hidden, completion: .file())
    var aboutFile: String?

    /// `relevance=W,summary=W` (for tuning `--about`).
    @Option(help: .hidden)
    var focus: String?

    @Option(help: .hidden)
    var weights: String?

    @Flag(help: .hidden)
    var timing = false

    func validate() throws {
      if let sentences, sentences < 1 {
        throw ValidationError("-n/--sentences must be at least 1, got \(sentences)")
      }
      if let ratio, !(ratio > 0 && ratio <= 1) {
        throw ValidationError("--ratio must be in (0, 1], got \(ratio)")
      }
      if let words { _ = try WordBudgetOption.length(words) }
      if cut && words == nil {
        throw ValidationError("--cut needs --words (it cuts to the word budget)")
      }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
      if sentences != nil && ratio != nil {
        throw ValidationError("-n/--sentences and --ratio cannot be combined")
      }
      if sentences != nil && words != nil {
        throw ValidationError("-n/--sentences and --words cannot be combined")
      }
      if ratio != nil && words != nil {
        throw ValidationError("--ratio and --words cannot be combined")
      }
      if explain && scorer != .tfidf {
        throw ValidationError(
          "--explain and --scorer \(scorer.rawValue) cannot be combined "
            + "(only tfidf scores have parts to show)")
      }
      _ = try scoringWeights()
      try validateAbout()
      if let out {
        do {
          try OutputDirectory.checkOutside(out, inputFolders: Input.folders(paths: input.paths))
        } catch {
          throw ValidationError(error.description)
        }
      }
    }

    var options: SummaryOptions { options(language: input.language) }

    /// The options, in `language`.
    func options(language: Language) -> SummaryOptions {
      // validate() rejected a bad --words and bad --weights.
      let length: SummaryLength =
        if let ratio { .ratio(ratio) } else if let words {
          (try? WordBudgetOption.length(words)) ?? .words(1)
        } else {
          .sentences(count)
        }
      return SummaryOptions(
        length: length, method: scorer, language: language,
        weights: (try? scoringWeights()) ?? ScoringWeights(), cutsToBudget: cut)
    }

    /// Feature weights, with `--weights name=value,...` overrides (for tuning).
    func scoringWeights() throws -> ScoringWeights {
      try TuningAssignments.scoringWeights(weights)
    }

    func run() throws {
      if let questions = try aboutQuestions() { return try runAbout(questions) }
      var clock = Timing(enabled: timing)
      let loaded = Input.documents(paths: input.paths, workers: jobs)
      let documents = loaded.compactMap { try? $0.get() }
      clock.lap("load_s")
      let language = input.language(of: documents, workers: jobs)
      clock.lap("language_s")
      if explain {
        let how = input.languageChoice == nil ? "detected" : "given"
        Terminal.report("language: \(language.rawValue) (\(how))")
      }
      let summarizer = try Summarizer(options: options(language: language), workers: jobs)
      let progress = ProgressBar(label: "summarizing \(documents.count) documents")
      let summaries = summarizer.summarize(documents) { done, total in
        progress.update(done: done, total: total)
      }
      progress.finish()
      clock.lap("summarize_s")
      var sink = try SummarySink(
        format: format, out: out, inputs: Input.files(paths: input.paths),
        corpus: loaded.count > 1, explain: explain, positions: positions)
      let texts = sink.render(summaries, workers: jobs)
      clock.lap("render_s")
      let failed = sink.emit(summaries, texts: texts, loaded: loaded)
      sink.finish()
      clock.lap("write_s")
      clock.report([("documents", .int(documents.count))])
      if failed { throw ExitCode.failure }
    }
  }
}

/// Where rendered summaries go: standard output, or one file each under `--out`.
struct SummarySink {
  private let renderer: SummaryRenderer
  private var directory: OutputDirectory?
  private var written = 0
  /// Standard output is written in blocks rather than once per document.
  private var pending = ""

  init(
    format: OutputFormat, out: String?, inputs: [String], corpus: Bool, explain: Bool = false,
    positions: Bool = false
  ) throws {
    renderer = SummaryRenderer(
      format: format, headingForUntitled: corpus && out == nil, explain: explain,
      positions: positions)
    if let out {
      do {
        directory = try OutputDirectory(
          path: out, fileExtension: format.fileExtension, inputs: inputs)
      } catch {
        throw ValidationError(error.description)
      }
    }
  }

  /// The renderings of the summaries (nil for a failure), made on up to `workers` threads
  /// (nil: one per active core) since rendering is a good part of the work.
  func render(_ summaries: [Result<Summary, BriefError>?], workers: Int?) -> [String?] {
    let renderer = self.renderer
    let results = RenderSlots(count: summaries.count)
    let chunk = 64
    let chunks = (summaries.count + chunk - 1) / chunk
    let work = { @Sendable (chunkIndex: Int) in
      for index in (chunkIndex * chunk)..<min(summaries.count, (chunkIndex + 1) * chunk) {
        if case .success(let summary)? = summaries[index] {
          results[index] = renderer.render(summary)
        }
      }
    }
    if chunks > 1 && (workers ?? ProcessInfo.processInfo.activeProcessorCount) > 1 {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
    } else {
      for chunkIndex in 0..<chunks { work(chunkIndex) }
    }
    return results.values
  }

  /// Writes the summaries of the loaded documents (`summaries` and their renderings `texts`:
  /// one per document loaded, nil for one left out) and reports the documents that failed
  /// to load or to be summarized; true when one failed.
  mutating func emit(
    _ summaries: [Result<Summary, BriefError>?], texts: [String?],
    loaded: [Result<Document, BriefError>]
  ) -> Bool {
    var failed = false
    var next = zip(summaries, texts).makeIterator()
    for item in loaded {
      let result: Result<(Summary, String), BriefError>?
      switch item {
      case .failure(let error): result = .failure(error)
      case .success:
        if let (summary, text) = next.next() {
          result = summary.map { $0.map { ($0, text ?? "") } }
        } else {
          result = .failure(.emptyBody(source: "?"))
        }
      }
      switch result {
      case .success(let (summary, text)): failed = !emit(summary, text: text) || failed
      case .failure(let error):
        Terminal.report(error.description)
        failed = true
      case nil: break
      }
    }
    return failed
  }

  /// Writes one summary, already rendered (see ``render(_:workers:)``); false (after
  /// reporting) when it could not be written.
  mutating func emit(_ summary: Summary, text: String) -> Bool {
    if directory != nil {
      do {
        _ = try directory?.write(text, id: summary.id)
        return true
      } catch {
        Terminal.report(error.description)
        return false
      }
    }
    pending += (written == 0 ? renderer.envelope.open : renderer.separator) + text
    written += 1
    if pending.utf8.count >= 1 << 16 {
      Terminal.write(pending)
      pending = ""
    }
    return true
  }

  /// Closes the output.
  mutating func finish() {
    if directory == nil && written > 0 { pending += renderer.envelope.close }
    Terminal.write(pending)
    pending = ""
  }
}

/// Renderings written from several threads, each slot by one thread only.
///
/// The slots are read after the writers are done (`concurrentPerform` returns only then). They live
/// in one fixed allocation that is never resized, so distinct slots never share mutable state: that
/// is what makes the `@unchecked Sendable` sound.
private final class RenderSlots: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<String?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  subscript(index: Int) -> String? {
    get { storage[index] }
    set { storage[index] = newValue }
  }

  var values: [String?] { Array(storage) }
}
