import Testing

@testable import Brief

@Suite struct DocumentParagraphsTests {
  @Test(arguments: [
    ("One.\n\nTwo.\nThree.", ["One.", "Two.\nThree."]),
    // Split at each "\n\n" as the QA scorer does: a third newline begins the next block.
    ("a\n\n\nb", ["a", "\nb"]),
    ("a\n\n\n\nb", ["a", "", "b"]),
    ("a\n\n", ["a", ""]),
    ("", [""]),
    ("No blank line.\nJust one break.", ["No blank line.\nJust one break."]),
    ("Café.\n\nÉté — 1990.", ["Café.", "Été — 1990."]),
  ])
  func blankLineParagraphs(body: String, expected: [String]) {
    let paragraphs = Document(id: "d", body: body).blankLineParagraphs
    #expect(paragraphs.map(String.init) == expected)
  }
}
