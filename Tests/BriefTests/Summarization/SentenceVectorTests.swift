import Testing

@testable import Brief

@Suite struct SentenceVectorTests {
  @Test func repeatedTermsAreOneEntryWeighedByTheirFrequency() {
    var asked: [(Int, Int32)] = []
    let vector = SentenceVector(termIDs: [5, 3, 5, 9, 5]) { tf, id in
      asked.append((tf, id))
      return Double(tf)
    }
    #expect(vector.terms == [3, 5, 9])
    #expect(vector.weights == [1, 3, 1])
    #expect(asked.map(\.0) == [1, 3, 1])
    #expect(abs(vector.norm - 11.0.squareRoot()) < 1e-12)
  }

  @Test func termsWeighedZeroAreLeftOut() {
    let vector = SentenceVector(termIDs: [1, 2, 3]) { _, id in id == 2 ? 0 : 2 }
    #expect(vector.terms == [1, 3])
    #expect(vector.weights == [2, 2])
    #expect(abs(vector.norm - 8.0.squareRoot()) < 1e-12)
  }

  @Test func dotMultipliesTheSharedTermsOnly() {
    let weights: [Int32: Double] = [1: 1, 2: 2, 3: 1, 4: 3]
    let a = SentenceVector(termIDs: [4, 1, 2]) { _, id in weights[id] ?? 0 }
    let b = SentenceVector(termIDs: [3, 2, 4, 2]) { tf, id in Double(tf) * (weights[id] ?? 0) }
    // Shared: 2 (2 × 4) and 4 (3 × 3).
    #expect(a.dot(b) == 17)
    #expect(b.dot(a) == 17)
  }

  @Test func cosineIsOneForTheSameDirectionAndZeroWithoutOverlap() {
    let a = SentenceVector(termIDs: [1, 2]) { _, _ in 1 }
    let scaled = SentenceVector(termIDs: [2, 1]) { _, _ in 5 }
    let other = SentenceVector(termIDs: [3]) { _, _ in 1 }
    let empty = SentenceVector(termIDs: []) { _, _ in 1 }
    #expect(abs(a.cosine(scaled) - 1) < 1e-12)
    #expect(a.cosine(other) == 0)
    #expect(empty.norm == 0)
    #expect(a.cosine(empty) == 0)
    #expect(empty.cosine(empty) == 0)
    let half = SentenceVector(termIDs: [1, 3]) { _, _ in 1 }
    #expect(abs(a.cosine(half) - 0.5) < 1e-12)
  }
}
