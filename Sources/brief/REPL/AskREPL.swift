import Brief

/// The interactive side of `brief ask`: a prompt over ``LineEditor``, one question a line.
enum AskREPL {
  /// Asks for questions until end of input and prints the answers to each.
  static func run(retriever: Retriever, limit: Int) throws {
    let editor = LineEditor()
    let renderer = AnswerRenderer(json: false)
    while let line = editor.readLine(prompt: "? ") {
      let question = line.trimmingCharacters(in: .whitespaces)
      if question.isEmpty { continue }
      if question == ":quit" { break }
      Terminal.write(renderer.render(question, retriever.answers(to: question, limit: limit)))
    }
  }
}
