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
