import Testing

@testable import Brief

@Suite struct RougeScorerTests {
  private func expectScore(
    _ score: RougeScore, precision: Double, recall: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let sum = precision + recall
    let f = sum > 0 ? 2 * precision * recall / sum : 0
    #expect(abs(score.precision - precision) < 1e-12, sourceLocation: sourceLocation)
    #expect(abs(score.recall - recall) < 1e-12, sourceLocation: sourceLocation)
    #expect(abs(score.fMeasure - f) < 1e-12, sourceLocation: sourceLocation)
  }

  @Test func unigramsBigramsAndLCSOnAHandComputedPair() {
    var scorer = RougeScorer()
    // reference: the cat sat on the mat (6 tokens); candidate: the cat on the mat (5).
    let scores = scorer.score(
      reference: "The cat sat on the mat.", candidate: "The cat on the mat.")
    // Unigrams: the ×2, cat, on, mat = 5 matches.
    expectScore(scores.rouge1, precision: 5.0 / 5.0, recall: 5.0 / 6.0)
    #expect(abs(scores.rouge1.fMeasure - 10.0 / 11.0) < 1e-12)
    // Bigrams: "the cat", "on the", "the mat" of 4 candidate and 5 reference bigrams.
    expectScore(scores.rouge2, precision: 3.0 / 4.0, recall: 3.0 / 5.0)
    #expect(abs(scores.rouge2.fMeasure - 2.0 / 3.0) < 1e-12)
    // LCS: the cat on the mat.
    expectScore(scores.rougeL, precision: 5.0 / 5.0, recall: 5.0 / 6.0)
  }

  @Test func repeatedNgramsAreClipped() {
    var scorer = RougeScorer()
    let scores = scorer.score(reference: "the the the", candidate: "the")
    expectScore(scores.rouge1, precision: 1, recall: 1.0 / 3.0)
    // One token has no bigram: precision 0 / max(0, 1).
    expectScore(scores.rouge2, precision: 0, recall: 0)
  }

  @Test func tokensAreLowerCasedFoldedAndStemmed() {
    var scorer = RougeScorer()
    #expect(scorer.tokens("Running runs RAN") == ["run", "run", "ran"])
    #expect(scorer.tokens("U.S.-led, co-op's £5bn!") == ["u", "s", "led", "co", "op", "s", "5bn"])
    // Only tokens longer than three characters are stemmed.
    #expect(scorer.tokens("was uses used") == ["was", "use", "use"])
    // NLTK's Porter, not the original: "they" and "monday" keep their y, "news" stays.
    #expect(scorer.tokens("they met on Monday news") == ["they", "met", "on", "monday", "news"])
    // Python's str.lower: the Kelvin sign lower-cases to k; accented letters separate.
    #expect(scorer.tokens("\u{212A}elvin café") == ["kelvin", "caf"])
    var plain = RougeScorer(stemming: false)
    #expect(plain.tokens("Running runs") == ["running", "runs"])
  }

  @Test func stemmingMakesInflectionsMatch() {
    var scorer = RougeScorer()
    let scores = scorer.score(reference: "The dogs were running.", candidate: "the dog runs")
    expectScore(scores.rouge1, precision: 3.0 / 3.0, recall: 3.0 / 4.0)
  }

  @Test func emptyTextsScoreZero() {
    var scorer = RougeScorer()
    #expect(scorer.score(reference: "", candidate: "a cat") == .zero)
    #expect(scorer.score(reference: "a cat", candidate: "") == .zero)
    #expect(scorer.score(reference: "...", candidate: "!!!") == .zero)
    #expect(scorer.score(reference: [], candidate: []) == .zero)
  }

  @Test func lsumIsTheUnionLCSOverSentences() {
    var scorer = RougeScorer()
    // The ROUGE paper's example: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    let scores = scorer.score(
      reference: ["one two three four five"],
      candidate: ["one three eight nine five", "one two six seven eight"])
    // Union LCS: one two (c2) ∪ one three five (c1) = 4 hits of 5 and 10 tokens.
    expectScore(scores.rougeLsum, precision: 4.0 / 10.0, recall: 4.0 / 5.0)
    // ROUGE-L on the whole text finds only one three five.
    expectScore(scores.rougeL, precision: 3.0 / 10.0, recall: 3.0 / 5.0)
  }

  @Test func lsumCountsEachTokenOnlyWhileBothSidesHaveItLeft() {
    var scorer = RougeScorer()
    let scores = scorer.score(reference: "cat\ncat", candidate: "cat")
    expectScore(scores.rougeLsum, precision: 1, recall: 1.0 / 2.0)
    let other = scorer.score(reference: "cat dog", candidate: "cat\ncat dog")
    expectScore(other.rougeLsum, precision: 2.0 / 3.0, recall: 1)
  }

  @Test func lsumBreaksLCSTiesAsRougeScoreDoes() {
    var scorer = RougeScorer()
    // "a b" against "b a" has two LCS of length 1; rouge-score's read-back takes "a", which
    // leaves the candidate's "b" for the second reference sentence: 2 hits, not 1.
    let scores = scorer.score(reference: "a b\nb", candidate: "b a")
    expectScore(scores.rougeLsum, precision: 1, recall: 2.0 / 3.0)
  }

  @Test func emptyLinesAreIgnoredByLsum() {
    var scorer = RougeScorer()
    #expect(
      scorer.score(reference: "a b\n\nc d", candidate: "c d\n\n\na b")
        == scorer.score(reference: "a b\nc d", candidate: "c d\na b"))
  }
}
