import Foundation
import Testing

/// `brief summarize --positions`: each key point's place in its article, counted from 1.
@Suite struct SummarizePositionsTests {
  static let article = BriefRunner.corpus("news/001_kestrel-harbour-bridge-reopening.txt")

  /// The places (from 1) and texts of the key points, as the JSONL output gives them.
  private func keyPoints(_ extra: [String] = []) throws -> [(place: Int, text: String)] {
    let result = try BriefRunner.run(["summarize", Self.article, "--format", "jsonl"] + extra)
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let sentences = try #require(object["sentences"] as? [[String: Any]])
    return sentences.compactMap { sentence in
      guard let index = sentence["index"] as? Int, let text = sentence["text"] as? String
      else { return nil }
      return (index + 1, text)
    }
  }

  @Test func textBulletsStartWithThePlaceOfTheirSentence() throws {
    let points = try keyPoints()
    try #require(points.count == 3)
    #expect(points.first?.place == 1)  // this article's first sentence is a key point
    let result = try BriefRunner.run(["summarize", Self.article, "--positions"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let bullets = result.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets == points.map { "- [\($0.place)] \($0.text)" })
    #expect(result.lines.first?.hasPrefix("Kestrel Harbour swing bridge") == true)
    // Without the flag, no places.
    let plain = try BriefRunner.run(["summarize", Self.article])
    #expect(plain.lines.filter { $0.hasPrefix("- ") } == points.map { "- \($0.text)" })
  }

  @Test func markdownAndExplainKeepThePlaces() throws {
    let points = try keyPoints(["-n", "2"])
    let result = try BriefRunner.run([
      "summarize", Self.article, "--positions", "--format", "markdown", "--explain", "-n", "2",
    ])
    #expect(result.status == 0)
    let bullets = result.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets == points.map { "- [\($0.place)] \($0.text)" })
    // The explanation stays on its own indented line under each bullet.
    #expect(result.lines.filter { $0.hasPrefix("  centrality ") }.count == 2)
  }

  @Test func jsonIsTheSameWithOrWithoutPositions() throws {
    let arguments = ["summarize", Self.article, "--format", "jsonl"]
    let with = try BriefRunner.run(arguments + ["--positions"])
    let without = try BriefRunner.run(arguments)
    #expect(with.status == 0)
    #expect(with.stdout == without.stdout)
  }

  @Test func theHelpSaysHowPlacesAreCounted() throws {
    let help = try BriefRunner.run(["summarize", "--help"])
    #expect(help.stdout.contains("--positions"))
    #expect(help.stdout.contains("counted from 1"))
  }
}
