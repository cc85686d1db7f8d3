import Testing

@testable import Brief

@Suite("SentenceSplitter.Scanner: quotes, brackets and dashes")
internal struct SentenceSplitterPunctuationTests {
  @Test(arguments: ["\"", "'", ")", "]", "}", "\u{00BB}", "\u{201D}", "\u{2019}", "\u{203A}"])
  func closersAreReadWhole(_ closer: String) {
    let text = "x" + closer + "y"
    withScanner(text) { scanner in
      #expect(scanner.closerLength(at: 1, end: scanner.bytes.count) == closer.utf8.count)
      #expect(scanner.closerLength(before: 1 + closer.utf8.count, from: 0) == closer.utf8.count)
    }
  }

  @Test(arguments: [
    "\"", "'", "(", "[", "{", "\u{00AB}", "\u{00BF}", "\u{00A1}", "\u{201C}", "\u{2018}",
    "\u{2039}",
  ])
  func openersAreReadWhole(_ opener: String) {
    withScanner(opener + "Word") { scanner in
      #expect(scanner.openerLength(at: 0, end: scanner.bytes.count) == opener.utf8.count)
      #expect(scanner.skipOpeners(from: 0, end: scanner.bytes.count) == opener.utf8.count)
    }
  }

  @Test func straightQuotesOpenAndClose() {
    withScanner("\"'") { scanner in
      #expect(scanner.openerLength(at: 0, end: 2) == 1 && scanner.closerLength(at: 0, end: 2) == 1)
      #expect(scanner.openerLength(at: 1, end: 2) == 1 && scanner.closerLength(at: 1, end: 2) == 1)
    }
  }

  @Test func otherMarksAreNeitherOpenersNorClosers() {
    for mark in ["a", ".", "-", "\u{2014}", "\u{2026}", "\u{00E9}", "\u{00B7}", "\u{2022}"] {
      withScanner(mark + " ") { scanner in
        #expect(scanner.openerLength(at: 0, end: scanner.bytes.count) == 0, "\(mark)")
        #expect(scanner.closerLength(at: 0, end: scanner.bytes.count) == 0, "\(mark)")
      }
    }
  }

  @Test func aMarkCutOffByTheEndIsNone() {
    // The first two bytes of ” (E2 80 9D), then the end of the range.
    withScanner("\u{201D}") { scanner in
      #expect(scanner.closerLength(at: 0, end: 2) == 0)
      #expect(scanner.closerLength(at: 0, end: 3) == 3)
      #expect(!scanner.isEllipsisCharacter(at: 0, end: 3))
    }
  }

  @Test func runsOfClosersAndOpenersAreSkipped() {
    withScanner("\u{201C}(\"Hi.\")\u{201D} x") { scanner in
      let end = scanner.bytes.count
      #expect(scanner.skipOpeners(from: 0, end: end) == 5)
      #expect(scanner.skipClosers(from: 8, end: end) == 13)
    }
  }

  @Test func aDetachedClosingQuoteAfterFinalPunctuationIsSkipped() {
    // Tokenized sources: `?' " he said`.
    withScanner("Who?' \" he said") { scanner in
      let end = scanner.bytes.count
      #expect(scanner.skipTerminalClosers(from: 4, end: end) == 7)
      #expect(scanner.skipClosers(from: 4, end: end) == 5)
    }
    // Not when the quote opens the next word.
    withScanner("Who?' \"He said") { scanner in
      #expect(scanner.skipTerminalClosers(from: 4, end: scanner.bytes.count) == 5)
    }
  }

  @Test func longDashesAndTheEllipsisCharacter() {
    withScanner("\u{2013}\u{2014}\u{2026}-") { scanner in
      let end = scanner.bytes.count
      #expect(scanner.isLongDash(at: 0, end: end))
      #expect(scanner.isLongDash(at: 3, end: end))
      #expect(!scanner.isLongDash(at: 6, end: end))
      #expect(scanner.isEllipsisCharacter(at: 6, end: end))
      #expect(!scanner.isLongDash(at: 9, end: end))
    }
  }

  @Test func openingQuotesAloneAreSkippedBeforeACapitalAfterAnEllipsis() {
    withScanner("\"\u{201C}'(Smith") { scanner in
      #expect(scanner.skipOpeningQuotes(from: 0, end: scanner.bytes.count) == 5)
    }
  }
}
