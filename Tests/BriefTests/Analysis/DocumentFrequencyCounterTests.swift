import Testing

@testable import Brief

@Suite struct DocumentFrequencyCounterTests {
  @Test func eachDistinctTermCountsOncePerUnit() {
    var counter = DocumentFrequencyCounter()
    counter.add([2, 2, 0, 2], marker: 0, termCount: 3)
    counter.add([], marker: 1, termCount: 3)
    counter.add([1, 2, 1], marker: 2, termCount: 3)
    #expect(counter.units == 3)
    #expect(Array(counter.counts.prefix(3)) == [1, 1, 2])
    // Ids past those seen have no units.
    #expect(counter.counts.dropFirst(3).allSatisfy { $0 == 0 })
  }

  @Test func theTableGrowsWithTheVocabularyAndKeepsItsCounts() {
    var counter = DocumentFrequencyCounter()
    counter.add([5], marker: 0, termCount: 6)
    let first = counter.counts.count
    counter.add([Int32(first + 10), 5], marker: 1, termCount: first + 11)
    #expect(counter.counts.count >= first + 11)
    #expect(counter.counts[5] == 2)
    #expect(counter.counts[first + 10] == 1)
    // The same marker again is the same unit: nothing is counted twice.
    counter.add([5], marker: 1, termCount: first + 11)
    #expect(counter.counts[5] == 2)
    #expect(counter.units == 3)
  }
}
