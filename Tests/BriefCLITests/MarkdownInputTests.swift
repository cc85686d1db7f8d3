import Foundation
import Testing

/// READMEs and posts in Markdown, end to end: key points are sentences, never markup.
@Suite struct MarkdownInputTests {
  static let readme = BriefRunner.packageRoot
    .appendingPathComponent("Tests/Fixtures/markdown/readme.md").path

  /// Whether a line holds markup: a tag, a link or image, a table row, a heading
  /// underline, a footnote mark, strike-through, emphasis or code ticks.
  static func holdsMarkup(_ line: Substring) -> Bool {
    ["<", "](", "![", " | ", "===", "---", "[^", "~~", "**", "`"].contains { line.contains($0) }
  }

  @Test func aREADMESummarizesToSentencesNotMarkup() throws {
    for path in [Self.readme, BriefRunner.packageRoot.appendingPathComponent("README.md").path] {
      let result = try BriefRunner.run(["summarize", path, "-n", "5"])
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.lines.filter { !$0.isEmpty }
      #expect(lines.first == (path == Self.readme ? "Tidewater" : "Brief"))
      let bullets = lines.dropFirst()
      #expect(bullets.count == 5)
      for bullet in bullets {
        // The project's README quotes markup in code spans in its prose; the fixture does not.
        let markup = path == Self.readme && Self.holdsMarkup(bullet.dropFirst(2))
        #expect(bullet.hasPrefix("- ") && !markup, "\(bullet)")
        #expect(!bullet.dropFirst(2).hasPrefix("http") && !bullet.hasPrefix("- |"), "\(bullet)")
        #expect(!bullet.contains("`") && !bullet.contains("!["), "\(bullet)")
      }
    }
  }

  @Test func splitGivesTheHeadlineThenOnlyProse() throws {
    let result = try BriefRunner.run(["split", Self.readme])
    #expect(result.status == 0)
    let sentences = result.lines.filter { !$0.isEmpty }
    #expect(sentences.first == "Tidewater")
    #expect(sentences.count == 15)
    #expect(!sentences.contains(where: { Self.holdsMarkup(Substring($0)) }))
    for heading in ["Features", "Installation", "Licence"] { #expect(!sentences.contains(heading)) }
  }
}
