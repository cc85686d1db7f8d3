import ArgumentParser
@_spi(Tuning) import Brief
import Foundation

/// Where `brief eval --questions` searches for each question's answer.
enum QuestionScope: String, ExpressibleByArgument, CaseIterable {
  /// All sentences of the question's document.
  case document
  /// Only the sentences of the question's paragraph (a blank-line block).
  case paragraph
}

extension BriefCommand.Eval {
  /// `--questions`: asks each question against its own document (or paragraph) and reports
  /// top-1, top-3 and MRR@10 of the ranked sentences.
  func evaluateAnswers(questionsPath: String) throws {
    var (loaded, failed) = Input.reportingFailures(paths: input.paths)
    let documents = Dictionary(loaded.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
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
    var accuracy = AnswerAccuracy()
    var missing = 0
    var retrievers: [String: Retriever] = [:]
    let encoder = try modelOptions.encoder(language: input.language)
    let dump = try dumpFeatures.map { path in
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw ValidationError("--dump-features: cannot write \(path)") }
      return handle
    }
    let progress = ProgressBar(label: "asking \(questions.count) questions")
    for (done, question) in questions.enumerated() {
      progress.update(done: done, total: questions.count)
      guard
        let retriever = try retriever(
          for: question, in: documents, encoder: encoder, cache: &retrievers)
      else {
        missing += 1
        accuracy.add(ranked: [], answers: question.answers)
        continue
      }
      let ranked = retriever.answers(to: question.question, limit: 10).map(\.text)
      accuracy.add(ranked: ranked, answers: question.answers)
      if let dump { dump.write(Data(featureLine(question, retriever: retriever).utf8)) }
    }
    try dump?.close()
    progress.finish()
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

  /// The retriever over the question's document or paragraph, built once and cached.
  private func retriever(
    for question: QuestionRecord, in documents: [String: Document], encoder: SentenceEncoder?,
    cache: inout [String: Retriever]
  ) throws -> Retriever? {
    guard let document = documents[question.documentID] else { return nil }
    var key = document.id
    var unit = document
    if scope == .paragraph {
      guard let paragraph = question.paragraph else { return nil }
      key += "#\(paragraph)"
      if let cached = cache[key] { return cached }
      let blocks = Self.paragraphs(of: document.body)
      guard blocks.indices.contains(paragraph) else { return nil }
      unit = Document(
        id: key, title: document.title, body: String(blocks[paragraph]), source: document.source)
    }
    if let cached = cache[key] { return cached }
    let retriever = try Retriever(
      documents: [unit], language: input.language,
      parameters: TuningAssignments.retrievalParameters(parameters))
    retriever.encoder = encoder
    cache[key] = retriever
    return retriever
  }

  /// The blank-line blocks of a text (split at each "\n\n", as the QA scorer does),
  /// found by scanning bytes.
  static func paragraphs(of text: String) -> [Substring] {
    var blocks: [Substring] = []
    let view = text.utf8
    var start = view.startIndex
    var index = start
    while index != view.endIndex {
      let next = view.index(after: index)
      if view[index] == 0x0A, next != view.endIndex, view[next] == 0x0A {
        blocks.append(text[start..<index])
        start = view.index(after: next)
        index = start
        continue
      }
      index = next
    }
    blocks.append(text[start..<view.endIndex])
    return blocks
  }

  /// One JSON line: the question, its terms and their idf, and its 50 best candidates with
  /// their feature values and whether they hold an answer.
  private func featureLine(_ question: QuestionRecord, retriever: Retriever) -> String {
    let (terms, idf, candidates) = retriever.candidateFeatures(for: question.question, limit: 50)
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
