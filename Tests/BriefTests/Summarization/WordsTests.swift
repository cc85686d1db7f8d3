import Testing

@testable import Brief

@Suite struct WordsTests {
  @Test func wordsAreRunsBetweenWhitespaceAsPythonSplits() {
    #expect(Words.count("The U.S.-led talks — again.") == 5)
    #expect(Words.count("  two\twords\n") == 2)
    // A no-break space, a thin space and a separator control split; a zero-width space
    // does not (Python's str.split() alike).
    #expect(Words.count("a\u{00A0}b\u{2009}c\u{1F}d") == 4)
    #expect(Words.count("a\u{200B}b") == 1)
    #expect(Words.count("") == 0)
  }

  @Test func endsAreByteOffsetsInTheWholeText() {
    let text = "Héllo wörld, again"
    let ends = Words.ends(in: text, range: 0..<text.utf8.count)
    #expect(ends == [6, 14, 20])
    // A range inside the text: offsets stay the text's.
    #expect(Words.ends(in: text, range: 7..<20) == [14, 20])
  }
}
