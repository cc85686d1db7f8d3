import Testing

@testable import Brief

@Suite("SentenceSplitter: lists and bullets")
internal struct SentenceSplitterListsTests {
  // MARK: Lists and bullets

  @Test(arguments: [
    SentenceSplitCase(
      "1.) Buy flour 2.) Bake bread", ["1.) Buy flour", "2.) Bake bread"]),
    SentenceSplitCase(
      "1.) Buy flour. 2.) Bake bread.", ["1.) Buy flour.", "2.) Bake bread."]),
    SentenceSplitCase(
      "1) Buy flour 2) Bake bread", ["1) Buy flour", "2) Bake bread"]),
    SentenceSplitCase(
      "1. Buy flour 2. Bake bread", ["1. Buy flour", "2. Bake bread"]),
    SentenceSplitCase(
      "1. Buy flour. 2. Bake bread.", ["1. Buy flour.", "2. Bake bread."]),
    SentenceSplitCase(
      "\u{2022} 9. Buy flour \u{2022} 10. Bake bread",
      ["\u{2022} 9. Buy flour", "\u{2022} 10. Bake bread"]),
    SentenceSplitCase(
      "\u{2043}9. Buy flour \u{2043}10. Bake bread",
      ["\u{2043}9. Buy flour", "\u{2043}10. Bake bread"]),
    SentenceSplitCase(
      "a. Flour and salt b. Water and yeast c. Time and patience",
      ["a. Flour and salt", "b. Water and yeast", "c. Time and patience"]),
  ])
  func listsAndBullets(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  // MARK: Markers at line starts

  @Test(arguments: [
    SentenceSplitCase(
      "Groceries\n- milk\n- eggs and bread\n- coffee",
      ["Groceries", "milk", "eggs and bread", "coffee"]),
    SentenceSplitCase(
      "Steps:\n1. Open the box\n2. Take it out", ["Steps:", "Open the box", "Take it out"]),
    SentenceSplitCase(
      "So, to summarize:\n\n* New systems will have a real\ndirectory and a symlink to it.\n\n* Upgraded systems keep theirs.",
      [
        "So, to summarize:", "New systems will have a real directory and a symlink to it.",
        "Upgraded systems keep theirs.",
      ]),
    SentenceSplitCase("+ flour\n+ water", ["flour", "water"]),
    SentenceSplitCase("\u{2022} flour\n\u{2022} water", ["flour", "water"]),
    SentenceSplitCase("a) flour and salt\nb) water", ["flour and salt", "water"]),
    SentenceSplitCase("Buy:\n1. eggs\n2. milk 3. tea", ["Buy:", "eggs", "milk", "tea"]),
    SentenceSplitCase(
      "\u{2022} 9. Buy flour\n\u{2022} 10. Bake bread", ["Buy flour", "Bake bread"]),
  ])
  func lineStartMarkersAreStructure(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test(arguments: [
    // A number starting a line is a list marker only when the next or the one before starts
    // another line.
    SentenceSplitCase(
      "Die Saison war lang.\n1. FC Köln won the derby.\nThe fans cheered.",
      ["Die Saison war lang.", "1. FC Köln won the derby.", "The fans cheered."]),
    SentenceSplitCase("The year\n2024. was a record.", ["The year", "2024. was a record."]),
    SentenceSplitCase(
      "Results:\n3. Lyon won\n1. Paris lost", ["Results:", "3. Lyon won", "1. Paris lost"]),
    // A text of one line keeps its markers: the items run together on it.
    SentenceSplitCase("- milk and eggs", ["- milk and eggs"]),
    SentenceSplitCase("1. Buy flour 2. Bake bread", ["1. Buy flour", "2. Bake bread"]),
  ])
  func markersThatAreTextStay(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }
}

@Suite("SentenceSplitter.Scanner: list markers and bullets")
internal struct SentenceSplitterScannerListsTests {
  /// The list marker at the start of `text`, as (value, letter, suffix, end).
  private func marker(_ text: String) -> SentenceSplitter.Scanner.ListMarker? {
    withScanner(text) { $0.listMarker(at: 0, end: $0.bytes.count) }
  }

  @Test func markersAreOneOrTwoDigitsOrALetterThenTheirSuffix() throws {
    let one = try #require(marker("1. Buy"))
    #expect(one.value == 1 && !one.style.isLetter && one.style.suffix == .period && one.end == 2)
    let twelve = try #require(marker("12) Buy"))
    #expect(twelve.value == 12 && twelve.style.suffix == .parenthesis && twelve.end == 3)
    let three = try #require(marker("3.) Buy"))
    #expect(three.value == 3 && three.style.suffix == .periodParenthesis && three.end == 3)
    let letter = try #require(marker("b) Water"))
    #expect(letter.value == Int(UInt8(ascii: "b")) && letter.style.isLetter)
  }

  @Test(arguments: ["123. Buy", "B. Buy", "1.Buy", "1 Buy", "1.", "a-) x", ""])
  func notMarkers(_ text: String) {
    #expect(marker(text) == nil)
  }

  @Test(arguments: [
    ("\u{2022} x", 3), ("\u{2023} x", 3), ("\u{2043}x", 3), ("\u{25E6} x", 3), ("\u{25AA} x", 3),
    ("\u{25B8} x", 3), ("\u{00B7} x", 2), ("- x", 1), ("*\tx", 1), ("-x", 0), ("* ", 1),
    ("+ x", 1), ("+1", 0),
    ("\u{2026} x", 0), ("\u{00AB} x", 0), ("x", 0),
  ])
  func bullets(_ text: String, _ length: Int) {
    #expect(withScanner(text) { $0.bulletLength(at: 0, end: $0.bytes.count) } == length)
  }

  @Test func aListWaitsForItsNextMarker() {
    withScanner("1. eggs 3. milk 2. tea") { scanner in
      let end = scanner.bytes.count
      var list: SentenceSplitter.Scanner.ListState?
      #expect(scanner.sentenceBody(at: 0, end: end, list: &list, paragraphStart: true) == 2)
      #expect(list?.next == 2)
      // " 3." is not the next marker; " 2." is.
      guard case .noBoundary = scanner.nextListItem(after: 7, end: end, list: list) else {
        Issue.record("a boundary before the wrong marker")
        return
      }
      guard
        case .boundary(let sentenceEnd, _) = scanner.nextListItem(after: 15, end: end, list: list)
      else {
        Issue.record("no boundary before the next marker")
        return
      }
      #expect(sentenceEnd == 15)
    }
  }
}
