import Testing

@testable import Brief

@Suite struct SelectionTests {
  /// A vector of the given term ids, each of weight 1.
  private func vector(_ terms: [Int32]) -> SentenceVector {
    SentenceVector(termIDs: terms) { _, _ in 1 }
  }

  /// Sentences that share no term: similarity never matters.
  private func unrelated(_ count: Int) -> [SentenceVector] {
    (0..<count).map { vector([Int32($0)]) }
  }

  private func choose(
    _ scores: [Double], vectors: [SentenceVector]? = nil, wordCounts: [Int]? = nil,
    _ length: SummaryLength, redundancy: Double = 0.3
  ) -> [Int] {
    Selection.choose(
      scores: scores, vectors: vectors ?? unrelated(scores.count),
      wordCounts: wordCounts ?? Array(repeating: 10, count: scores.count), length: length,
      redundancy: redundancy)
  }

  @Test func theBestScoresAreChosenAndComeBackInDocumentOrder() {
    #expect(choose([0.2, 0.9, 0.5, 0.8], .sentences(2)) == [1, 3])
    #expect(choose([0.2, 0.9, 0.5, 0.8], .sentences(3)) == [1, 2, 3])
    // More than there are: all of them.
    #expect(choose([0.2, 0.9], .sentences(5)) == [0, 1])
    #expect(choose([], .sentences(3)) == [])
  }

  @Test func preferredSentencesAreAllConsideredBeforeTheRest() {
    let scores: [Double] = [0.9, 0.2, 0.8, 0.3, 0.7]
    let preferred = [false, true, false, true, false]
    func pick(_ length: SummaryLength, fills: Bool) -> [Int] {
      Selection.choose(
        scores: scores, vectors: unrelated(5), wordCounts: Array(repeating: 10, count: 5),
        length: length, redundancy: 0.3, preferred: preferred, fillsFromRest: fills)
    }
    #expect(pick(.sentences(2), fills: true) == [1, 3])
    #expect(pick(.sentences(3), fills: true) == [0, 1, 3])  // then the best of the rest
    #expect(pick(.sentences(3), fills: false) == [1, 3])
    #expect(pick(.words(25), fills: true) == [1, 3])
  }

  @Test func tiesGoToTheEarlierSentence() {
    #expect(choose([1, 1, 1], .sentences(1)) == [0])
    #expect(choose([0.5, 1, 1], .sentences(1)) == [1])
  }

  @Test func aRatioRoundsAndTakesAtLeastOne() {
    let scores: [Double] = [0.1, 0.4, 0.3, 0.9, 0.2]
    #expect(choose(scores, .ratio(0.4)) == [1, 3])
    #expect(choose(scores, .ratio(0.01)) == [3])
    #expect(choose(scores, .ratio(1)) == [0, 1, 2, 3, 4])
  }

  @Test func aWordBudgetAddsSentencesWhileTheyFitAndAlwaysTakesOne() {
    let scores: [Double] = [1, 0.9, 0.8]
    #expect(choose(scores, wordCounts: [10, 5, 8], .words(15)) == [0, 1])
    // The second best does not fit, nor the third: one sentence.
    #expect(choose(scores, wordCounts: [10, 5, 8], .words(12)) == [0])
    // The second best does not fit, a shorter one further down does.
    #expect(choose(scores, wordCounts: [10, 9, 5], .words(16)) == [0, 2])
    // The first sentence is taken even when it alone is over the budget.
    #expect(choose(scores, wordCounts: [10, 5, 8], .words(3)) == [0])
  }

  @Test func nearDuplicatesAreNeverBothChosen() {
    let same = vector([1, 2, 3])
    let vectors = [same, same, vector([7, 8])]
    #expect(choose([1, 0.99, 0.1], vectors: vectors, .sentences(2), redundancy: 0) == [0, 2])
    // A body that only repeats itself gives a shorter summary than asked.
    #expect(choose([1, 0.9], vectors: [same, same], .sentences(2), redundancy: 0) == [0])
  }

  @Test func redundancyTradesScoreForNovelty() {
    // Sentence 1 shares half its weight with sentence 0 (cosine 0.5); sentence 2 nothing.
    let vectors = [vector([1, 2]), vector([1, 3]), vector([4])]
    let scores: [Double] = [1, 0.9, 0.7]
    #expect(choose(scores, vectors: vectors, .sentences(2), redundancy: 0) == [0, 1])
    // 0.9 - 0.5 × 0.5 = 0.65 falls below 0.7.
    #expect(choose(scores, vectors: vectors, .sentences(2), redundancy: 0.5) == [0, 2])
    // 0.9 - 0.5 × 0.3 = 0.75 stays above it.
    #expect(choose(scores, vectors: vectors, .sentences(2), redundancy: 0.3) == [0, 1])
  }
}
