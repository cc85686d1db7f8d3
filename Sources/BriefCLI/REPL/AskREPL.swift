import Brief
import Foundation

/// The interactive side of `brief ask`: a readline REPL over a loaded corpus.
///
/// Anything typed is a question, except the commands `:help`, `:docs`, `:summary DOC`,
/// `:k N`, `:why` and `:quit`. History lives in `$XDG_STATE_HOME/brief/history` (default
/// `~/.local/state/brief/history`); Tab completes commands and corpus words; Ctrl-C cancels
/// the line, or the answer being computed, and Ctrl-D leaves.
enum AskREPL {
  static let commands = [":help", ":docs", ":summary", ":k", ":why", ":quit"]

  /// Runs the REPL until `:quit` or end of input.
  static func run(retriever: Retriever, limit: Int, language: Language) throws {
    var session = try Session(retriever: retriever, limit: limit, language: language)
    session.loop()
  }

  /// The history file: `$XDG_STATE_HOME/brief/history`, else `~/.local/state/brief/history`.
  static var historyPath: String {
    BaseDirectory.state.path(environment: ProcessInfo.processInfo.environment)
      + "/brief/history"
  }

  private struct Session {
    let retriever: Retriever
    var limit: Int
    var lastAnswers: [Answer] = []
    var lastQuestion: String?
    let language: Language
    let renderer: AnswerRenderer
    /// Where the retriever is used (it is not thread-safe), so that Ctrl-C can abandon an
    /// answer.
    let work = InterruptibleWork()

    init(retriever: Retriever, limit: Int, language: Language) throws {
      self.retriever = retriever
      self.limit = limit
      self.language = language
      renderer = AnswerRenderer(
        json: false, style: TextStyle.forStandardOutput(),
        analyzer: try Analyzer(language: language))
    }

    mutating func loop() {
      nonisolated(unsafe) let retriever = self.retriever
      let work = self.work
      let editor = LineEditor(historyFile: AskREPL.historyPath) { line, word in
        if line.hasPrefix(":") && !line.contains(" ") {
          return AskREPL.commands.filter { $0.hasPrefix(word) || $0.hasPrefix(":" + word) }
        }
        // Keep what the user typed (its capitals) and complete the rest of the word.
        let words = work.wait { retriever.words(withPrefix: word.lowercased(), limit: 200) }
        return words.map { word + $0.dropFirst(word.count) }
      }
      let documents = retriever.documents.count
      Terminal.write(
        "brief: \(documents) document\(documents == 1 ? "" : "s"), \(retriever.sentenceCount) sentences. Ask a question, or :help.\n"
      )
      while let line = editor.readLine(prompt: "brief> ") {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { continue }
        if text.hasPrefix(":") {
          if !command(text) { break }
        } else {
          ask(text)
        }
      }
      Terminal.write("\n")
    }

    /// Runs one command; false for `:quit`.
    mutating func command(_ text: String) -> Bool {
      let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
      let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
      switch parts[0] {
      case ":quit", ":q", ":exit":
        return false
      case ":help", ":h", ":?":
        Terminal.write(AskREPL.help)
      case ":docs":
        var out = ""
        for (index, document) in retriever.documents.enumerated() {
          out +=
            "\(index + 1). \(document.title ?? document.id)  \(renderer.style.dim("(\(document.id))"))\n"
        }
        Terminal.write(out)
      case ":k":
        if let value = Int(argument), value >= 1 {
          limit = value
          Terminal.write("answers per question: \(value)\n")
        } else {
          Terminal.write("usage: :k N  (N ≥ 1; now \(limit))\n")
        }
      case ":why":
        Terminal.write(explanation())
      case ":summary", ":s":
        Terminal.write(summary(of: argument))
      default:
        Terminal.write("unknown command \(parts[0]); :help lists them\n")
      }
      return true
    }

    /// Answers a question, unless Ctrl-C comes first.
    mutating func ask(_ question: String) {
      nonisolated(unsafe) let retriever = self.retriever
      let limit = self.limit
      guard let answers = work.run({ retriever.answers(to: question, limit: limit) }) else {
        Terminal.write("\n")  // after the terminal's ^C
        return
      }
      lastQuestion = question
      lastAnswers = answers
      // The question is on the screen already, as typed at the prompt.
      Terminal.write(renderer.renderAnswers(answers))
    }

    func explanation() -> String {
      guard let question = lastQuestion else { return "no question asked yet\n" }
      guard !lastAnswers.isEmpty else { return "no match for \"\(question)\"\n" }
      var out = "why, for \"\(question)\":\n"
      for (rank, answer) in lastAnswers.enumerated() {
        out +=
          "\(rank + 1). score \(String(format: "%.3f", answer.score)) — \(answer.documentID), \(renderer.place(answer))\n"
        for contribution in answer.contributions {
          out += "     \(contribution.term): \(String(format: "%.3f", contribution.score))\n"
        }
      }
      return out
    }

    /// `:summary DOC` or `:summary DOC about QUESTION` (the key points that bear on it, as
    /// `summarize --about` chooses them, with the REPL's sentence model if it has one).
    func summary(of argument: String) -> String {
      let (argument, question) = AskREPL.splitAbout(argument)
      let documents = retriever.documents
      let document: Document? =
        if let number = Int(argument), (1...documents.count).contains(number) {
          documents[number - 1]
        } else if argument.isEmpty {
          nil
        } else {
          documents.first {
            $0.id == argument || $0.id.hasSuffix("/" + argument) || $0.id.hasSuffix(argument)
          }
        }
      guard let document else {
        return "usage: :summary DOC [about QUESTION]  (a number from :docs, or a document id)\n"
      }
      let language = self.language
      let encoder = question == nil ? nil : retriever.encoder
      let summary = work.run {
        Result { () throws(BriefError) in
          let summarizer = try Summarizer(options: SummaryOptions(language: language))
          guard let question else { return (try summarizer.summarize(document), true) }
          let focused = try FocusedSummarizer(summarizer: summarizer, encoder: encoder)
            .summarize(document, about: [question])[0]
          return (focused.summary, focused.bearsOnQuestion)
        }
      }
      switch summary {
      case .success(let (summary, bears)):
        let note = bears ? "" : "(it says nothing about \"\(question ?? "")\"; its key points:)\n"
        return note + SummaryRenderer(format: .text, headingForUntitled: true).render(summary)
      case .failure(let error):
        return "\(document.id): \(error)\n"
      case nil:
        return "\n"  // Ctrl-C: after the terminal's ^C
      }
    }
  }

  /// `DOC about QUESTION` split into the document and the question (nil without `about`).
  static func splitAbout(_ argument: String) -> (document: String, question: String?) {
    guard let range = argument.range(of: " about ") else { return (argument, nil) }
    let question = argument[range.upperBound...].trimmingCharacters(in: .whitespaces)
    return (
      argument[..<range.lowerBound].trimmingCharacters(in: .whitespaces),
      question.isEmpty ? nil : question
    )
  }

  static let help = """
    Type a question to get the sentences that answer it. Commands:
      :docs          list the loaded documents
      :summary DOC   key points of a document (its number from :docs, or its id);
                     :summary DOC about QUESTION, those that bear on the question
      :k N           answers per question
      :why           how the last answers were scored
      :help          this text
      :quit          leave (or Ctrl-D); Ctrl-C cancels the line or answer; Tab completes

    """
}
