import ArgumentParser
import Brief
import Foundation

extension QuestionScope: ExpressibleByArgument {}

extension BriefCommand.Eval {
  /// `--questions`: asks each question against its own document (or paragraph) and reports
  /// top-1, top-3 and MRR@10 of the ranked sentences.
  func evaluateAnswers(questionsPath: String) throws {
    var (documents, failed) = Input.reportingFailures(paths: input.paths)
    let text: String
    do {
      text = try DocumentLoader.read(file: questionsPath)
    } catch {
      throw ValidationError(error.description)
    }
    var questions: [QuestionRecord] = []
    for item in QuestionRecord.records(from: text, name: questionsPath) {
      switch item {
      case .success(let question): questions.append(question)
      case .failure(let error):
        Terminal.report(error.description)
        failed = true
      }
    }
    let encoder = try modelOptions.encoder(language: input.language)
    let retrievalParameters = try TuningAssignments.retrievalParameters(parameters)
    let dump = try dumpFeatures.map { path in
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw ValidationError("--dump-features: cannot write \(path)") }
      return handle
    }
    var evaluation = AnswerEvaluation(
      documents: documents, questions: questions, scope: scope, language: input.language,
      parameters: retrievalParameters, encoder: encoder)
    evaluation.keepsFeatures = dump != nil
    let progress = ProgressBar(label: "asking \(questions.count) questions")
    let report: AnswerEvaluation.Report
    do {
      report = try evaluation.run { done, total in progress.update(done: done, total: total) }
    } catch {
      throw ValidationError(error.description)
    }
    if let dump {
      for (question, features) in zip(questions, report.features) {
        if let features { dump.write(Data(featureLine(question, features).utf8)) }
      }
      try dump.close()
    }
    progress.finish()
    let (accuracy, missing) = (report.accuracy, report.missing)
    if missing > 0 {
      Terminal.report(
        "\(missing) questions name a document or paragraph that is not loaded (counted as misses)")
    }
    guard accuracy.questions > 0 else {
      Terminal.report("nothing to evaluate: no question with an answer")
      throw ExitCode.failure
    }
    Terminal.write(
      format == .json ? json(accuracy, missing: missing) : table(accuracy, missing: missing))
    if failed { throw ExitCode.failure }
  }

  /// One JSON line: the question, its terms and their idf, and its 50 best candidates with
  /// their feature values and whether they hold an answer.
  private func featureLine(
    _ question: QuestionRecord, _ features: AnswerEvaluation.QuestionFeatures
  ) -> String {
    let (terms, idf, candidates) = (features.terms, features.idf, features.candidates)
    let answers = question.answers.map(AnswerAccuracy.normalize)
    let rows: [JSONValue] = candidates.map { candidate in
      .object([
        ("unit", .int(candidate.unit)), ("score", .double(candidate.answer.score)),
        (
          "hit",
          .int(AnswerAccuracy.contains(candidate.answer.text, normalizedAnswers: answers) ? 1 : 0)
        ),
        ("bm25", .double(candidate.bm25)), ("previous", .double(candidate.previous)),
        ("next", .double(candidate.next)), ("para", .int(candidate.paragraph)),
        ("matched", .array(candidate.answer.matchedTerms.map { .string($0) })),
        ("paragraph", .double(candidate.paragraphEvidence)),
        ("continuation", .double(candidate.continuation)),
        ("type", .double(candidate.answerType)), ("name", .double(candidate.name)),
        ("pairs", .double(candidate.pairs)),
        ("related", .double(candidate.related)), ("synonyms", .double(candidate.synonyms)),
        ("exact", .double(candidate.exact)), ("phrases", .double(candidate.phrases)),
        ("meaning", .double(candidate.meaning)),
        ("text", .string(candidate.answer.text)),
        ("terms", .array(candidate.terms.map { .string($0) })),
      ])
    }
    return JSONValue.object([
      ("id", .string(question.id)), ("doc", .string(question.documentID)),
      ("question", .string(question.question)),
      ("terms", .array(terms.map { .string($0) })), ("idf", .array(idf.map { .double($0) })),
      ("candidates", .array(rows)),
    ]).serialized(pretty: false) + "\n"
  }

  private func table(_ accuracy: AnswerAccuracy, missing: Int) -> String {
    func cell(_ value: Double) -> String { String(format: "%6.2f", value) }
    return """
      \(accuracy.questions) questions, scope \(scope.rawValue)
      top-1   top-3   MRR@10
      \(cell(accuracy.top1))  \(cell(accuracy.top3))  \(cell(accuracy.mrr10))

      """
  }

  private func json(_ accuracy: AnswerAccuracy, missing: Int) -> String {
    func number(_ value: Double) -> JSONValue { .double((value * 100).rounded() / 100) }
    return JSONValue.object([
      ("questions", .int(accuracy.questions)), ("scope", .string(scope.rawValue)),
      ("top1", number(accuracy.top1)), ("top3", number(accuracy.top3)),
      ("mrr10", number(accuracy.mrr10)), ("missing", .int(missing)),
    ]).serialized(pretty: true) + "\n"
  }
}
