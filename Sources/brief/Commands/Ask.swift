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
        document is reported on stderr and skipped; the exit status is non-zero only when \
        nothing could be loaded.
        """)

    @OptionGroup var input: InputOptions

    @Option(name: .customShort("k"), help: "Answers per question.")
    var count: Int = 3

    @Option(help: "A question to answer (repeatable); answers and exits.")
    var question: [String] = []

    @Flag(help: "One JSON object per question, one a line.")
    var json = false

    @Option(help: .hidden)
    var parameters: String?

    func validate() throws {
      guard count >= 1 else { throw ValidationError("-k must be at least 1, got \(count)") }
      if question.isEmpty && (input.paths.isEmpty || input.paths.contains("-")) {
        throw ValidationError(
          "documents on stdin need --question (questions cannot come on stdin too)")
      }
      _ = try retrievalParameters()
    }

    /// `--parameters name=value,...` overrides of the retrieval parameters (for tuning).
    func retrievalParameters() throws -> RetrievalParameters {
      var result = RetrievalParameters()
      for pair in (parameters ?? "").split(separator: ",") {
        let parts = pair.split(separator: "=")
        guard parts.count == 2, let value = Double(parts[1]) else {
          throw ValidationError("--parameters: expected name=value, got \(pair)")
        }
        switch parts[0] {
        case "k1": result.k1 = value
        case "b": result.b = value
        case "context": result.contextWeight = value
        case "pair": result.pairWeight = value
        case "document": result.documentWeight = value
        case "type": result.answerTypeWeight = value
        case "title": result.titleWeight = value
        case "name": result.nameWeight = value
        case "paragraph": result.paragraphWeight = value
        case "neighbor": result.neighborWeight = value
        case "keypoint": result.keyPointWeight = value
        case "depth": result.rerankDepth = Int(value)
        default: throw ValidationError("--parameters: unknown name \(parts[0])")
        }
      }
      do { try result.validate() } catch { throw ValidationError(error.description) }
      return result
    }

    func run() throws {
      var documents: [Document] = []
      for item in Input.documents(paths: input.paths) {
        switch item {
        case .success(let document): documents.append(document)
        case .failure(let error): Terminal.report(error.description)
        }
      }
      guard !documents.isEmpty else { throw ExitCode.failure }
      let retriever = try Retriever(
        documents: documents, language: input.language, parameters: try retrievalParameters())
      let renderer = AnswerRenderer(json: json)
      if !question.isEmpty {
        for text in question {
          Terminal.write(renderer.render(text, retriever.answers(to: text, limit: count)))
        }
      } else if Terminal.standardInputIsTerminal {
        try AskREPL.run(retriever: retriever, limit: count)
      } else {
        while let line = readLine(strippingNewline: true) {
          let text = line.trimmingCharacters(in: .whitespaces)
          if text.isEmpty || text.hasPrefix("#") { continue }
          Terminal.write(renderer.render(text, retriever.answers(to: text, limit: count)))
        }
      }
    }
  }
}

/// Renders the answers to one question: a plain-text block or one JSON line.
struct AnswerRenderer {
  var json: Bool

  /// The text for one question, ending with a line end (plain text: and a blank line).
  func render(_ question: String, _ answers: [Answer]) -> String {
    json ? renderJSON(question, answers) + "\n" : renderText(question, answers)
  }

  /// `? question`, then `n. [score] sentence` and `   — title (id, where)` per answer.
  func renderText(_ question: String, _ answers: [Answer]) -> String {
    var out = "? \(question)\n"
    if answers.isEmpty { out += "   no match\n" }
    for (rank, answer) in answers.enumerated() {
      out += "\(rank + 1). [\(String(format: "%.4f", answer.score))] \(answer.text)\n"
      out += "   — \(answer.title ?? answer.documentID) (\(answer.documentID), \(place(answer)))\n"
    }
    return out + "\n"
  }

  /// Where an answer is in its document: `sentence n`, `title` or `key point n`.
  func place(_ answer: Answer) -> String {
    switch answer.field {
    case .body: return "sentence \(answer.sentenceIndex)"
    case .title: return "title"
    case .keyPoint: return "key point \(answer.sentenceIndex)"
    }
  }

  func renderJSON(_ question: String, _ answers: [Answer]) -> String {
    let items: [JSONValue] = answers.map { answer in
      .object([
        ("document", .string(answer.documentID)),
        ("title", answer.title.map(JSONValue.string) ?? .null),
        ("sentence", .string(answer.text)),
        ("index", .int(answer.sentenceIndex)),
        ("field", .string(answer.field.rawValue)),
        ("score", .double((answer.score * 10_000).rounded() / 10_000)),
        ("terms", .array(answer.matchedTerms.map(JSONValue.string))),
      ])
    }
    return JSONValue.object([("question", .string(question)), ("answers", .array(items))])
      .serialized()
  }
}
