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
