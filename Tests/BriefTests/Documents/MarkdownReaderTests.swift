import Foundation
import Testing

@testable import Brief

/// Markdown as READMEs and posts are written: structure is structure, prose is prose.
@Suite struct MarkdownReaderTests {
  /// The package root, from this file (Tests/BriefTests/Documents/…).
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private func read(_ text: String) throws -> Document {
    try DocumentReader.markdown(from: text, name: "r.md")
  }

  private func paragraphs(_ text: String) throws -> [String] {
    try read(text).body.components(separatedBy: "\n\n")
  }

  /// Whether a sentence still holds markup: a tag, a link or image, a table row, a heading
  /// underline, a footnote mark, strike-through, emphasis or code ticks.
  static func holdsMarkup(_ text: String) -> Bool {
    ["<", "](", "![", " | ", "===", "---", "[^", "~~", "**", "`"].contains { text.contains($0) }
  }

  @Test func headingsAreStructureAndTheFirstIsTheHeadline() throws {
    let setext = try read(
      "Tidewater\n=========\n\nIt predicts tides.\n\nFeatures\n--------\n\nIt is fast.\n")
    #expect(setext.title == "Tidewater")
    #expect(setext.body == "It predicts tides.\n\nIt is fast.")
    // Any level, when no prose comes before it; a heading after prose is not the headline.
    #expect(try read("## Usage ##\n\nRun it.").title == "Usage")
    let late = try read("It predicts tides.\n\n# Tidewater\n\nIt is fast.")
    #expect(late.title == nil)
    #expect(late.body == "It predicts tides.\n\nIt is fast.")
    // A heading ends the paragraph above it; a rule is not a setext underline after a blank.
    #expect(
      try paragraphs("One line\n## Two\nThree.\n\n---\n\nFour.") == ["One line", "Three.", "Four."])
    // Front matter's title is the headline; a bold line alone is a heading.
    let post = try read(
      "---\nlayout: post\ntitle: \"Tides in May\"\n---\n# Other\n\n**Summary**\n\nHigh water at noon."
    )
    #expect(post.title == "Tides in May")
    #expect(post.body == "High water at noon.")
  }

  @Test func linksKeepTheirTextAndImagesAndBadgesVanish() throws {
    let text = """
      [![Build](https://ci.example.org/badge.svg)](https://ci.example.org) ![MIT](https://img.example.org/mit.svg)

      Read the [guide](https://example.org/guide "The guide"), the [manual][m], the [FAQ][] and [notes].
      See <https://example.org/install> or write to <team@example.org>.

      https://example.org/just-an-address

      [m]: https://example.org/manual
      [faq]: <https://example.org/faq> "Questions"
      [notes]:
          https://example.org/notes
          "Notes"
      """
    #expect(
      try paragraphs(text) == [
        "Read the guide, the manual, the FAQ and notes. See https://example.org/install or "
          + "write to team@example.org."
      ])
  }

  @Test func codeTablesAndCommentsAreNotProse() throws {
    let text = """
      Intro line.

      ```sh
      cargo install tidewater
      ~~~
      ```

      ~~~~
      ```
      still code
      ~~~~

          indented code

      | Port | Error |
      |:-----|------:|
      | Dunmere | 4.1 |

      Port | Error
      --- | ---
      Saltry | 6.3

      | a lone | row |

      <!-- a comment
      over lines -->

      <script>
      var x = "not prose";
      </script>

      > ```
      > quoted code
      > ```

      It is dual-licensed under LGPLv3+|GPLv2+.
      """
    #expect(try paragraphs(text) == ["Intro line.", "It is dual-licensed under LGPLv3+|GPLv2+."])
  }

  @Test func listsQuotesAndFootnotesAreProse() throws {
    let text = """
      - [x] Exports calendars.
      * Reads 4,000 ports,
        in under a second.

          still part of the item, not code

      1. First step.

      > [!NOTE]
      > Not a substitute for official tables.

      Written for the lifeboat crews[^crew].

      [^crew]: The station launched 41 times.
      """
    #expect(
      try paragraphs(text) == [
        "Exports calendars.", "Reads 4,000 ports, in under a second.",
        "still part of the item, not code", "First step.", "Not a substitute for official tables.",
        "Written for the lifeboat crews.", "The station launched 41 times.",
      ])
  }

  @Test func inlineMarkupIsReducedToItsText() throws {
    let text =
      "It is *very* __fast__ and ***bold***, with `code` and a snake_case name; 2 * 3 is 6. "
      + "~~Needs a network~~ Works offline. \\*Not emphasis\\*. Caf&eacute; &amp; bar&nbsp;&mdash; "
      + "&#8220;quoted&#x201D;. <b>Bold</b> HTML<br>breaks and <span class=\"x\">spans</span>."
    #expect(
      try read(text).body
        == "It is very fast and bold, with code and a snake_case name; 2 * 3 is 6. Works offline. "
        + "*Not emphasis*. Café & bar — “quoted”. Bold HTML breaks and spans.")
  }

  @Test func htmlBlocksAreReadAsHTML() throws {
    let text = """
      <p align="center">
        <img src="logo.svg" alt="Logo">
      </p>
      <h1 align="center">Tidewater</h1>

      <p align="center"><a href="docs">Docs</a> · <a href="faq">FAQ</a> · <a href="chat">Chat</a></p>

      <div>
      <p>Tide tables for <b>every</b> harbour.</p>
      </div>

      Markdown again.
      """
    let document = try read(text)
    #expect(document.title == "Tidewater")
    #expect(document.body == "Tide tables for every harbour.\n\nMarkdown again.")
  }

  @Test func aREADMEFixtureHoldsOnlyProse() throws {
    let path = Self.root.appendingPathComponent("Tests/Fixtures/markdown/readme.md").path
    let document = try read(try String(contentsOfFile: path, encoding: .utf8))
    #expect(document.title == "Tidewater")
    let paragraphs = document.body.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 12)
    #expect(!paragraphs.contains(where: Self.holdsMarkup))
    for absent in ["Features", "Installation", "Licence", "cargo", "Dunmere  |", "TODO", "layout"] {
      #expect(!document.body.contains(absent), "\(absent)")
    }
    #expect(paragraphs.last == "The station launched 41 times last year, 12 of them at night.")
  }

  @Test func theProjectsOwnREADMEReadsAsProse() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let document = try read(text)
    #expect(document.title == "Brief")
    let splitter = SentenceSplitter(language: .english)
    let sentences = splitter.sentences(in: document.body).map {
      splitter.text(of: $0, in: document.body)
    }
    #expect(sentences.count > 80)
    // Its headings, tables, usage synopses and examples are not sentences. (Its prose quotes
    // markup in code spans, `<h1>` or `[text](url)`: those are words of its sentences.)
    let headings = Set(
      text.split(separator: "\n").filter { $0.hasPrefix("#") }
        .map { $0.drop(while: { $0 == "#" }).trimmed })
    for sentence in sentences {
      #expect(!headings.contains(sentence), "\(sentence)")
      #expect(!sentence.hasPrefix("|") && !sentence.hasPrefix("$ "), "\(sentence)")
      #expect(!sentence.contains("[PATH") && !sentence.contains("![") && !sentence.contains("`"))
    }
  }

  @Test func pathologicalInputStaysLinear() throws {
    let brackets = String(repeating: "[", count: 20_000) + " text."
    #expect(try read(brackets).body.hasSuffix("text."))
    let ticks = String(repeating: "`a", count: 50_000)
    #expect(try read(ticks).body == String(repeating: "a", count: 50_000))
  }
}
