import Testing

@testable import Brief

@Suite struct RougeTokenizerTests {
  @Test func idsAreDenseInOrderOfFirstAppearance() {
    var tokenizer = RougeTokenizer(stemming: true)
    #expect(tokenizer.ids("bridge cars bridge the cars") == [0, 1, 0, 2, 1])
    #expect(tokenizer.terms == ["bridg", "car", "the"])
    // Ids carry over to later texts: equal stems meet across calls.
    #expect(tokenizer.ids("The car") == [2, 1])
  }

  @Test func inflectionsShareAnIdOnlyWhenStemming() {
    var stemming = RougeTokenizer(stemming: true)
    #expect(stemming.ids("running runs run") == [0, 0, 0])
    var plain = RougeTokenizer(stemming: false)
    #expect(plain.ids("running runs run") == [0, 1, 2])
    #expect(plain.terms == ["running", "runs", "run"])
  }

  @Test func linesSplitAtLineFeedsAndOnlyEmptyLinesAreLeftOut() {
    var tokenizer = RougeTokenizer(stemming: false)
    // A line of punctuation has no token, but it is a line; an empty one is not.
    #expect(tokenizer.lineIDs("a b\n\n...\nc\n") == [[0, 1], [], [2]])
    #expect(tokenizer.lineIDs("") == [])
    #expect(tokenizer.lineIDs("\n\n") == [])
    // ids() joins the lines.
    #expect(tokenizer.ids("a b\n\n...\nc") == [0, 1, 2])
  }

  @Test func tokensAreTheOnesOfRougeScore() {
    // From rouge-score's tokenize.tokenize with NLTK 3.10's PorterStemmer: "İ" lower-cases
    // to "i" and a combining dot, which separates; the Kelvin sign gives "k".
    var tokenizer = RougeTokenizer(stemming: true)
    #expect(
      tokenizer.tokens("İstanbul KELVIN \u{212A}elvin") == ["i", "stanbul", "kelvin", "kelvin"])
    #expect(tokenizer.tokens("dies lies ties") == ["die", "lie", "tie"])
    #expect(tokenizer.tokens("A1-b2_c3") == ["a1", "b2", "c3"])
  }
}
