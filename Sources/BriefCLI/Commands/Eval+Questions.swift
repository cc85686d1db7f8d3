import ArgumentParser
import Brief
import Foundation
import Synchronization

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
    let encoder = try modelOptions.encoder(language: input.language)
    let retrievalParameters = try TuningAssignments.retrievalParameters(parameters)
    let dump = try dumpFeatures.map { path in
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw ValidationError("--dump-features: cannot write \(path)") }
      return handle
    }
    // The questions by what they search (a document or a paragraph), in order of first
    // appearance; each group is answered by its own retriever, the groups on all cores.
    var groups: [(searched: Document, questions: [Int])] = []
    var groupOfSearched: [String: Int] = [:]
    var paragraphCache: [String: [Substring]] = [:]
    var missing = 0
    for (number, question) in questions.enumerated() {
      guard let searched = searchedDocument(for: question, in: documents, cache: &paragraphCache)
      else {
        missing += 1
        continue
      }
      if let group = groupOfSearched[searched.id] {
        groups[group].questions.append(number)
      } else {
        groupOfSearched[searched.id] = groups.count
        groups.append((searched, [number]))
      }
    }
    let progress = ProgressBar(label: "asking \(questions.count) questions")
    let results = Mutex<[Int: (ranked: [String], features: String?)]>([:])
    let failure = Mutex<String?>(nil)
    let answered = Mutex(0)
    let dumping = dump != nil
    let work = groups
    let asked = questions
    DispatchQueue.concurrentPerform(iterations: work.count) { group in
      let retriever: Retriever
      do {
        retriever = try Retriever(
          documents: [work[group].searched], language: input.language,
          parameters: retrievalParameters)
      } catch {
        failure.withLock { $0 = $0 ?? "\(error)" }
        return
      }
      retriever.encoder = encoder
      var local: [(Int, [String], String?)] = []
      for number in work[group].questions {
        let question = asked[number]
        let ranked = retriever.answers(to: question.question, limit: 10).map(\.text)
        local.append(
          (number, ranked, dumping ? featureLine(question, retriever: retriever) : nil))
        let done = answered.withLock { count in
          count += 1
          return count
        }
        progress.update(done: done, total: asked.count)
      }
      results.withLock { results in
        for (number, ranked, features) in local { results[number] = (ranked, features) }
      }
    }
    if let error = failure.withLock({ $0 }) { throw ValidationError(error) }
    let answers = results.withLock { $0 }
    for (number, question) in questions.enumerated() {
      guard let result = answers[number] else {
        accuracy.add(ranked: [], answers: question.answers)
        continue
      }
      accuracy.add(ranked: result.ranked, answers: question.answers)
      if let dump, let features = result.features { dump.write(Data(features.utf8)) }
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

  /// What a question searches: its document, or with `--scope paragraph` its paragraph as a
  /// document of its own (id `DOC#N`); nil when that is not loaded. `cache` keeps each
  /// document's paragraphs.
  private func searchedDocument(
    for question: QuestionRecord, in documents: [String: Document],
    cache: inout [String: [Substring]]
  ) -> Document? {
    guard let document = documents[question.documentID] else { return nil }
    guard scope == .paragraph else { return document }
    guard let paragraph = question.paragraph else { return nil }
    let blocks = cache[document.id] ?? Self.paragraphs(of: document.body)
    cache[document.id] = blocks
    guard blocks.indices.contains(paragraph) else { return nil }
    return Document(
      id: "\(document.id)#\(paragraph)", title: document.title, body: String(blocks[paragraph]),
      source: document.source)
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
