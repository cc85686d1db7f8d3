import ArgumentParser
import Brief
import Foundation

extension BriefCommand.Summarize {
  /// The checks of `--about` and the options that go with it.
  func validateAbout() throws {
    let focused = about != nil || aboutFile != nil
    if about != nil && aboutFile != nil {
      throw ValidationError("--about and --about-file cannot be combined")
    }
    if !focused {
      for (given, name) in [
        (all, "--all"), (model.model != nil, "--model"), (model.noModel, "--no-model"),
        (focus != nil, "--focus"),
      ] where given {
        throw ValidationError("\(name) needs --about")
      }
      return
    }
    if explain {
      throw ValidationError(
        "--explain and --about cannot be combined (the scores of --about are not the "
          + "summarizer's alone)")
    }
    if aboutFile != nil && out != nil {
      throw ValidationError("--about-file and --out cannot be combined")
    }
    if let about, !about.contains(where: { $0.isLetter || $0.isNumber }) {
      throw ValidationError("--about needs a question or topic with a letter or digit")
    }
    _ = try focusOptions()
  }

  /// `--focus relevance=W,summary=W` over the default weights.
  func focusOptions() throws -> FocusOptions {
    var result = FocusOptions()
    for (name, value) in try TuningAssignments.parse(focus, option: "--focus") {
      switch name {
      case "relevance": result.relevance = value
      case "summary": result.summary = value
      default: throw TuningAssignments.unknown(name, option: "--focus")
      }
    }
    do {
      try result.validate()
    } catch {
      throw ValidationError("--focus: \(error.description)")
    }
    return result
  }

  /// The questions of `--about` or `--about-file` (blank lines skipped), or nil for a plain
  /// summary.
  func aboutQuestions() throws -> [String]? {
    if let about { return [about] }
    guard let aboutFile else { return nil }
    do {
      let text = try String(contentsOfFile: aboutFile, encoding: .utf8)
      return text.split(whereSeparator: \.isNewline).map(String.init).filter {
        !$0.allSatisfy(\.isWhitespace)
      }
    } catch {
      Terminal.report("\(aboutFile): cannot be read (\(error.localizedDescription))")
      throw ExitCode.failure
    }
  }

  /// `summarize --about`: for each question in turn, the key points of every document that
  /// bears on it (all of them with `--all`), and on stderr how many say nothing about it.
  func runAbout(_ questions: [String]) throws {
    let summarizer = try Summarizer(options: options, workers: jobs)
    let encoder = try model.encoder(language: input.language)
    let cache = encoder.map { encoder in
      VectorCache(
        root: VectorCache.defaultRoot(environment: ProcessInfo.processInfo.environment),
        model: encoder.modelID, width: encoder.width)
    }
    let focused = try FocusedSummarizer(
      summarizer: summarizer, focus: try focusOptions(), encoder: encoder, vectorCache: cache)
    let loaded = Input.documents(paths: input.paths, workers: jobs)
    let documents = loaded.compactMap { try? $0.get() }
    // One document: analyzed and indexed once for all the questions.
    let single: [FocusedSummary]? =
      documents.count == 1 ? try? focused.summarize(documents[0], about: questions) : nil
    var sink = try SummarySink(
      format: format, out: out, inputs: Input.files(paths: input.paths),
      corpus: loaded.count > 1, positions: positions)
    var failed = false
    for (number, question) in questions.enumerated() {
      let results: [Result<FocusedSummary, BriefError>]
      if let single {
        results = [.success(single[number])]
      } else {
        let progress = ProgressBar(label: "summarizing \(documents.count) documents")
        results = focused.summarize(documents, about: question) { done, total in
          progress.update(done: done, total: total)
        }
        progress.finish()
      }
      let silent = results.count { (try? $0.get())?.bearsOnQuestion == false }
      let summaries = results.map { result -> Result<Summary, BriefError>? in
        if !all, (try? result.get())?.bearsOnQuestion == false { return nil }
        return result.map(\.summary)
      }
      failed =
        sink.emit(summaries, texts: sink.render(summaries, workers: jobs), loaded: loaded)
        || failed
      if silent > 0 {
        let kept = all ? " (kept with --all)" : ""
        Terminal.report(
          "\(silent) of \(documents.count) documents say nothing about “\(question)”\(kept)")
      }
    }
    sink.finish()
    if failed { throw ExitCode.failure }
  }
}
