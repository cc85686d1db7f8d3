import ArgumentParser
import Brief

extension BriefCommand {
  /// `brief eval`: ROUGE of Brief's summaries against the documents' reference key points.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Measure quality: ROUGE of summaries against key points, or answer accuracy (--questions).",
      discussion: """
        Documents with reference key points (article '- ' lines, JSONL 'highlights') are \
        summarized and scored as Google's rouge-score does (Porter stems, F1/precision/recall, \
        macro-averaged over documents, ×100). Summary and reference sentences are joined by \
        newlines: ROUGE-Lsum treats each as a sentence. Documents without key points are \
        reported on stderr and skipped; a document that cannot be read is reported too, and \
        makes the exit status 1. --scorer all sets every scorer beside lead and the \
        greedy extractive oracle (the ceiling: the sentences that best match the references). \
        A JSONL record with 'references' (a list of reference summaries, each a list of \
        sentences) is scored against each, the best F of each measure kept (rouge-score's \
        score_multi).

        --words W compares at equal length, as DUC did: every system's summary is cut to \
        exactly W words, its first W whitespace-separated words with sentences in output \
        order (a shorter summary is left as it is), as 'brief summarize --words W --cut' \
        prints it. Brief (tfidf) chooses within W words (a maximum) and is cut to W; lead is \
        the body's first W words; the oracle chooses within W. --words leadN gives each \
        document the length of its own first N sentences. Without --scorer, --words scores \
        tfidf beside lead.
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var modelOptions: ModelOptions

    @Option(
      name: [.customShort("n", allowingJoined: true), .customLong("sentences")],
      parsing: .unconditional, help: "Sentences per summary (default: 3).")
    var sentences: Int?

    /// Sentences per summary: `-n`, else 3 (optional, to tell a given `-n` from none).
    var count: Int { sentences ?? 3 }

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Score at a word budget instead of -n: every summary cut to exactly W words "
          + "(whitespace-separated; W is a maximum for the choice), or leadN: each "
          + "document's first N sentences' length.", valueName: "W|leadN"))
    var words: String?

    /// How long each summary is: `--words`, else `-n` sentences.
    var length: SummaryLength {
      // validate() rejected a bad --words.
      guard let words else { return .sentences(count) }
      return (try? WordBudgetOption.length(words)) ?? .sentences(count)
    }

    @Option(
      name: .customLong("scorer"),
      help: ArgumentHelp(
        "What to score: \(Self.scorerNames.joined(separator: ", ")), or all (default: tfidf).",
        valueName: "scorer"))
    var scorerChoice: String?

    /// The `--scorer` value, tfidf when not given.
    var scorer: String { scorerChoice ?? ScoringMethod.tfidf.rawValue }

    @Option(help: "Output format: table or json.")
    var format: EvalFormat = .table

    @Flag(name: .customLong("per-doc"), help: "One row per document as well.")
    var perDocument = false

    @Option(
      help: ArgumentHelp(
        "Measure answers instead: questions JSONL ({id, doc_id, question, answers, paragraph}), "
          + "each asked against its own document among PATH.", valueName: "file"),
      completion: .file(extensions: ["jsonl"]))
    var questions: String?

    @Option(
      name: .customLong("scope"),
      help:
        "With --questions: search the whole document, or only the question's paragraph (default: document)."
    )
    var scopeChoice: QuestionScope?

    /// The `--scope` value, the whole document when not given.
    var scope: QuestionScope { scopeChoice ?? .document }

    /// With --questions: `name=value,...` overrides of the retrieval parameters (tuning).
    @Option(help: .hidden)
    var parameters: String?

    /// Without --questions: `name=value,...` overrides of the tfidf scorer's weights, as
    /// `summarize --weights` takes them (tuning).
    @Option(help: .hidden)
    var weights: String?

    /// With --questions: writes each question's candidates and their raw feature values as
    /// JSON lines to this file (for `Scripts/fit_rerank.py`).
    @Option(name: .customLong("dump-features"), help: .hidden, completion: .file())
    var dumpFeatures: String?

    func validate() throws {
      if let sentences, sentences < 1 {
        throw ValidationError("-n/--sentences must be at least 1, got \(sentences)")
      }
      if let words { _ = try WordBudgetOption.length(words) }
      if sentences != nil && words != nil {
        throw ValidationError("-n/--sentences and --words cannot be combined")
      }
      guard Self.systems(scorer) != nil else {
        throw ValidationError(
          "--scorer must be one of \((Self.scorerNames + ["all"]).joined(separator: ", ")), "
            + "got '\(scorer)'")
      }
      _ = try TuningAssignments.retrievalParameters(parameters)
      _ = try TuningAssignments.scoringWeights(weights)
      try checkModeOptions()
    }

    /// Rejects an option of the other mode, which would be ignored: answer options without
    /// `--questions`, summary options with it.
    private func checkModeOptions() throws {
      if questions == nil {
        let answerOptions = [
          ("--scope", scopeChoice != nil), ("--model", modelOptions.model != nil),
          ("--no-model", modelOptions.noModel), ("--parameters", parameters != nil),
          ("--dump-features", dumpFeatures != nil),
        ]
        if let (name, _) = answerOptions.first(where: \.1) {
          throw ValidationError("\(name) needs --questions (it applies to answers only)")
        }
      } else {
        let summaryOptions = [
          ("-n/--sentences", sentences != nil), ("--words", words != nil),
          ("--scorer", scorerChoice != nil), ("--per-doc", perDocument),
          ("--weights", weights != nil),
        ]
        if let (name, _) = summaryOptions.first(where: \.1) {
          throw ValidationError(
            "\(name) and --questions cannot be combined (it applies to summaries only)")
        }
      }
    }

    func run() throws {
      if let questions {
        try evaluateAnswers(questionsPath: questions)
        return
      }
      let (documents, failed) = Input.reportingFailures(paths: input.paths)
      var evaluation = SummaryEvaluation(
        documents: documents, length: length, language: input.language(of: documents))
      evaluation.weights = try TuningAssignments.scoringWeights(weights)
      reportUnreferenced(evaluation)
      let referenced = evaluation.referenced.count
      guard referenced > 0 else {
        Terminal.report("nothing to evaluate: no document has reference key points")
        throw ExitCode.failure
      }
      let systems = systemsToScore
      let progress = ProgressBar(label: "evaluating \(referenced) documents")
      var results: [SummaryScores] = []
      for (step, system) in systems.enumerated() {
        let scores = try evaluation.scores(of: system) { done in
          progress.update(done: step * referenced + done, total: systems.count * referenced)
        }
        for error in scores.failures {
          Terminal.report("\(error.description) (scored as an empty summary)")
        }
        results.append(scores)
      }
      progress.finish()
      let report = EvalReport(results: results, length: length, perDocument: perDocument)
      Terminal.write(format == .json ? report.json : report.table)
      if failed { throw ExitCode.failure }
    }

    /// The systems `--scorer` names; without it, tfidf, and at a word budget lead beside it.
    var systemsToScore: [SummarySystem] {
      if scorerChoice == nil && words != nil { return [.method(.tfidf), .method(.lead)] }
      return Self.systems(scorer) ?? []
    }

    /// The names `--scorer` accepts (besides `all`).
    static var scorerNames: [String] { SummarySystem.all.map(\.name) }

    /// The systems a `--scorer` value names; nil if it names none.
    static func systems(_ value: String) -> [SummarySystem]? {
      if value == "all" { return SummarySystem.all }
      return SummarySystem(name: value).map { [$0] }
    }

    /// Names the documents without key points on stderr (they are not scored).
    private func reportUnreferenced(_ evaluation: SummaryEvaluation) {
      let unreferenced = evaluation.documents.filter(\.referenceSummaries.isEmpty).map(\.id)
      guard !unreferenced.isEmpty else { return }
      let shown = unreferenced.prefix(3).joined(separator: ", ")
      let more = unreferenced.count > 3 ? " and \(unreferenced.count - 3) more" : ""
      Terminal.report(
        "skipped \(unreferenced.count) document\(unreferenced.count == 1 ? "" : "s") "
          + "without reference key points: \(shown)\(more)")
    }
  }
}

/// How `brief eval` writes its figures.
enum EvalFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}

/// Renders evaluation results as an aligned table or as JSON.
struct EvalReport {
  var results: [SummaryScores]
  var length: SummaryLength
  var perDocument: Bool

  private static func cell(_ value: Double, width: Int = 7) -> String {
    let rounded = (value * 100).rounded() / 100
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      text += String(repeating: "0", count: max(0, 2 - decimals))
    }
    return pad(text, width)
  }

  private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
  }

  /// The table: one row per measure, F, P and R of each system side by side; with
  /// `perDocument`, first one row per document with each system's four F values.
  var table: String {
    var out = ""
    if perDocument, let first = results.first {
      let idWidth = max(8, first.perDocument.map(\.id.count).max() ?? 0)
      out += Self.pad("", idWidth, left: true)
      for result in results { out += Self.pad(result.system.name, 4 * 7 + 2) }
      out += "\n" + Self.pad("document", idWidth, left: true)
      for _ in results {
        out += "  " + ["R-1", "R-2", "R-L", "R-Lsum"].map { Self.pad($0, 7) }.joined()
      }
      out += "\n"
      for (row, entry) in first.perDocument.enumerated() {
        out += Self.pad(entry.id, idWidth, left: true)
        for result in results {
          out +=
            "  "
            + RougeMeasure.allCases.map {
              Self.cell(100 * result.perDocument[row].scores[$0].fMeasure)
            }.joined()
        }
        out += "\n"
      }
      out += "\n"
    }
    let documents = results.first?.average.documents ?? 0
    out += Self.pad("\(documents) docs", 10, left: true)
    for result in results { out += Self.pad(result.system.name, 3 * 7 + 2) }
    out += "\n" + Self.pad("measure", 10, left: true)
    for _ in results { out += "  " + ["F", "P", "R"].map { Self.pad($0, 7) }.joined() }
    out += "\n"
    for measure in RougeMeasure.allCases {
      out += Self.pad(measure.displayName, 10, left: true)
      for result in results {
        let score = result.average.points[measure]
        out +=
          "  " + [score.fMeasure, score.precision, score.recall].map { Self.cell($0) }.joined()
      }
      out += "\n"
    }
    if let budget = WordBudgetOption.describe(length) {
      out += "every summary cut to \(budget)\n"
    }
    return out
  }

  private static func json(_ score: RougeScore, scale: Double) -> JSONValue {
    func number(_ value: Double) -> JSONValue { .double((value * scale * 1e4).rounded() / 1e4) }
    return .object([
      ("f", number(score.fMeasure)), ("p", number(score.precision)), ("r", number(score.recall)),
    ])
  }

  private static func json(_ scores: RougeScores, scale: Double) -> [(String, JSONValue)] {
    RougeMeasure.allCases.map { ($0.rawValue, json(scores[$0], scale: scale)) }
  }

  private func json(_ result: SummaryScores) -> JSONValue {
    var fields = Self.json(result.average.points, scale: 1)
    fields.append(("documents", .int(result.average.documents)))
    switch length {
    case .words(let words): fields.append(("words", .int(words)))
    case .leadWords(let sentences): fields.append(("words", .string("lead\(sentences)")))
    case .sentences(let sentences): fields.append(("sentences", .int(sentences)))
    case .ratio(let ratio): fields.append(("ratio", .double(ratio)))
    }
    if perDocument {
      fields.append(
        (
          "per_document",
          .array(
            result.perDocument.map { entry in
              .object([("id", .string(entry.id))] + Self.json(entry.scores, scale: 100))
            })
        ))
    }
    return .object(fields)
  }

  /// JSON: one system's object (`rouge1`, `rouge2`, `rougeL`, `rougeLsum`, each with `f`,
  /// `p`, `r`; `documents`, `sentences` or `words`, and `per_document` with `--per-doc`), or with
  /// several systems one such object per system name.
  var json: String {
    let value: JSONValue =
      results.count == 1 ? json(results[0]) : .object(results.map { ($0.system.name, json($0)) })
    return value.serialized(pretty: true) + "\n"
  }
}
