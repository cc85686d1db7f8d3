import ArgumentParser
import Brief
import Testing

@testable import BriefCLI

@Suite struct ParseTests {
  @Test func summarizeDefaults() throws {
    let command = try #require(
      try BriefCommand.parseAsRoot(["summarize", "a.txt"]) as? BriefCommand.Summarize)
    #expect(command.input.paths == ["a.txt"])
    #expect(command.options == SummaryOptions())
    #expect(command.format == .text)
    #expect(command.out == nil)
  }

  @Test func summarizeOptionsMapToTheLibrary() throws {
    let command = try #require(
      try BriefCommand.parseAsRoot([
        "summarize", "-", "--ratio", "0.2", "--scorer", "lead", "--language", "spanish",
        "--format", "jsonl",
      ]) as? BriefCommand.Summarize)
    #expect(command.options.length == .ratio(0.2))
    #expect(command.options.method == .lead)
    #expect(command.options.language == .spanish)
    #expect(command.format == .jsonl)
    let words = try #require(
      try BriefCommand.parseAsRoot(["summarize", "--words", "50"]) as? BriefCommand.Summarize)
    #expect(words.options.length == .words(50))
    #expect(!words.options.cutsToBudget)
    let lead = try #require(
      try BriefCommand.parseAsRoot(["summarize", "--words", "lead3", "--cut"])
        as? BriefCommand.Summarize)
    #expect(lead.options.length == .leadWords(3))
    #expect(lead.options.cutsToBudget)
    let eval = try #require(
      try BriefCommand.parseAsRoot(["eval", "--words", "75"]) as? BriefCommand.Eval)
    #expect(eval.length == .words(75))
    #expect(eval.systemsToScore == [.method(.tfidf), .method(.lead)])
    #expect(BriefCommand.Summarize.helpMessage(columns: 400).contains("a maximum"))
    #expect(BriefCommand.Eval.helpMessage(columns: 400).contains("W is a maximum"))
  }

  @Test func defaultsOfOptionsThatCanConflict() throws {
    let summarize = try #require(
      try BriefCommand.parseAsRoot(["summarize"]) as? BriefCommand.Summarize)
    #expect(summarize.sentences == nil)
    #expect(summarize.options.length == .sentences(3))
    let eval = try #require(try BriefCommand.parseAsRoot(["eval"]) as? BriefCommand.Eval)
    #expect(eval.count == 3)
    #expect(eval.scorer == "tfidf")
    #expect(eval.scope == .document)
    // The defaults are still shown, now in the help text.
    #expect(BriefCommand.Summarize.helpMessage().contains("Key points per document (default: 3)."))
    let evalHelp = BriefCommand.Eval.helpMessage(columns: 200)
    #expect(evalHelp.contains("Sentences per summary (default: 3)."))
    #expect(evalHelp.contains("or all (default: tfidf)."))
    #expect(evalHelp.contains("paragraph (default: document)."))
  }

  @Test(arguments: [
    (["summarize", "-n", "2", "--ratio", "0.5"], "-n/--sentences and --ratio cannot be combined"),
    (["summarize", "-n3", "--words", "10"], "-n/--sentences and --words cannot be combined"),
    (
      ["summarize", "--explain", "--scorer", "lead"],
      "--explain and --scorer lead cannot be combined"
    ),
    (["eval", "--scope", "paragraph"], "--scope needs --questions"),
    (["eval", "--scope", "document"], "--scope needs --questions"),
    (["eval", "--no-model"], "--no-model needs --questions"),
    (["eval", "--questions", "q", "-n", "3"], "-n/--sentences and --questions cannot be combined"),
    (["eval", "--questions", "q", "--per-doc"], "--per-doc and --questions cannot be combined"),
    (["eval", "-n", "3", "--words", "75"], "-n/--sentences and --words cannot be combined"),
    (["eval", "--questions", "q", "--words", "75"], "--words and --questions cannot be combined"),
    (
      ["eval", "--questions", "q", "--weights", "position=1"],
      "--weights and --questions cannot be combined"
    ),
    (["summarize", "--cut"], "--cut needs --words"),
    (["summarize", "-n", "2", "--cut"], "--cut needs --words"),
  ])
  func conflictingOptionsAreRejected(arguments: [String], message: String) throws {
    let error = try #require(parseError(arguments))
    #expect(BriefCommand.message(for: error).hasPrefix(message))
  }

  @Test func joinedShortOptionsTakeTheirValue() throws {
    let summarize = try #require(
      try BriefCommand.parseAsRoot(["summarize", "-n1"]) as? BriefCommand.Summarize)
    #expect(summarize.options.length == .sentences(1))
    let eval = try #require(try BriefCommand.parseAsRoot(["eval", "-n2"]) as? BriefCommand.Eval)
    #expect(eval.count == 2)
    let ask = try #require(
      try BriefCommand.parseAsRoot(["ask", "-k1", "--question", "x"]) as? BriefCommand.Ask)
    #expect(ask.count == 1)
  }

  @Test(arguments: [
    (["summarize", "-n", "-1"], "-n/--sentences must be at least 1, got -1"),
    (["summarize", "--ratio", "-0.5"], "--ratio must be in (0, 1], got -0.5"),
    (["summarize", "--words", "-5"], "--words must be at least 1, got -5"),
    (["eval", "--words", "0"], "--words must be at least 1, got 0"),
    (
      ["eval", "--words", "lead"],
      "--words must be a number of words or leadN (the first N sentences' length), got 'lead'"
    ),
    (
      ["summarize", "--words", "lead0"],
      "--words must be a number of words or leadN (the first N sentences' length), got 'lead0'"
    ),
    (["summarize", "--jobs", "-1"], "--jobs must be at least 1, got -1"),
    (["eval", "-n", "-1"], "-n/--sentences must be at least 1, got -1"),
    (["ask", "-k", "-1", "--question", "x"], "-k must be at least 1, got -1"),
  ])
  func negativeNumbersAreValuesNotOptions(arguments: [String], message: String) throws {
    let error = try #require(parseError(arguments))
    #expect(BriefCommand.message(for: error) == message)
  }

  @Test(arguments: [
    ["summarize", "-n", "0"],
    ["summarize", "--ratio", "0"],
    ["summarize", "--ratio", "1.5"],
    ["summarize", "--words", "-3"],
    ["summarize", "--jobs", "0"],
    ["summarize", "--ratio", "0.5", "--words", "10"],
    ["summarize", "--format", "yaml"],
    ["summarize", "--language", "klingon"],
    ["split", "--format", "json"],
  ])
  func outOfRangeOptionsAreRejected(arguments: [String]) {
    #expect(throws: (any Error).self) { try BriefCommand.parseAsRoot(arguments) }
  }
}

/// The error parsing `arguments` throws (nil when they parse).
private func parseError(_ arguments: [String]) -> (any Error)? {
  do {
    _ = try BriefCommand.parseAsRoot(arguments)
    return nil
  } catch {
    return error
  }
}
