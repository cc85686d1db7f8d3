import Testing

@testable import Brief

@Suite struct StoryGroupingTests {
  /// A vector of the given terms, each of weight 1.
  private func vector(_ terms: [Int32]) -> SentenceVector {
    SentenceVector(termIDs: terms) { _, _ in 1 }
  }

  @Test func articlesThatShareTermsAreGroupedTheRestAlone() {
    let vectors = [
      vector([1, 2, 3, 4]), vector([10, 11, 12]), vector([1, 2, 3, 5]), vector([20]),
      vector([10, 11, 13]),
    ]
    #expect(StoryGrouping.groups(of: vectors, threshold: 0.5) == [[0, 2], [1, 4], [3]])
  }

  @Test func averageLinkDoesNotChainThroughOneArticle() {
    // 0 and 2 share nothing; 1 is like both. Single link would join all three; the mean
    // over the pairs of {0, 1} and {2} is (0 + 0.71) / 2, below the threshold.
    let vectors = [vector([1, 2]), vector([1, 2, 3, 4]), vector([3, 4])]
    let similarities = StoryGrouping.pairSimilarities(of: vectors)
    #expect(similarities[.init(0, 2)] == nil)
    #expect(abs(similarities[.init(0, 1)]! - (0.5).squareRoot()) < 1e-9)
    #expect(StoryGrouping.groups(of: vectors, threshold: 0.6) == [[0, 1], [2]])
  }

  @Test func aLowThresholdJoinsAllThatAreLinked() {
    let vectors = [vector([1, 2]), vector([1, 2, 3, 4]), vector([3, 4]), vector([9])]
    #expect(StoryGrouping.groups(of: vectors, threshold: 0.01) == [[0, 1, 2], [3]])
    #expect(StoryGrouping.groups(of: [], threshold: 0.1).isEmpty)
  }
}
