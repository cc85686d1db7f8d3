import Foundation
import Testing

@Suite struct SplitCommandTests {
  @Test func splitsStdinOneSentenceALine() throws {
    let result = try BriefRunner.run(
      ["split"],
      stdin:
        "Mr. Smith arrived at 5 p.m. on Friday. He met U.S. President Donald Trump. Then he left!")
    #expect(result.status == 0)
    #expect(
      result.lines.filter { !$0.isEmpty } == [
        "Mr. Smith arrived at 5 p.m. on Friday.", "He met U.S. President Donald Trump.",
        "Then he left!",
      ])
  }

  @Test func seedArticleKeepsTheUSPresidentInOneSentence() throws {
    let result = try BriefRunner.run(["split", BriefRunner.corpus("news/000_6afff10da7a3cbd5.txt")])
    #expect(result.status == 0)
    let lines = result.lines.filter { !$0.isEmpty }
    #expect(
      lines.first
        == "Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels")
    #expect(lines.contains { $0.contains("U.S. President Donald Trump to deploy American troops") })
    #expect(!lines.contains { $0.hasSuffix("from U.S.") })
  }

  @Test func jsonlGivesIdsAndSentences() throws {
    let result = try BriefRunner.run(
      ["split", "--format", "jsonl"], stdin: "{\"id\": \"x\", \"text\": \"One. Two.\"}\n")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["id"] as? String == "x")
    #expect(object["sentences"] as? [String] == ["One.", "Two."])
  }

  @Test func helpListsTheSubcommands() throws {
    let result = try BriefRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("summarize"))
    #expect(result.stdout.contains("split"))
  }
}
