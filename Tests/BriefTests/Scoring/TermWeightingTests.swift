import Testing

@testable import Brief

@Suite struct TermWeightingTests {
  @Test func bm25ValidatesItsParameters() {
    #expect(throws: BriefError.self) { try BM25(k1: -1) }
    #expect(throws: BriefError.self) { try BM25(b: 1.5) }
    #expect(throws: BriefError.self) { try BM25(k1: .infinity) }
    #expect((try? BM25(k1: 0.9, b: 0.4))?.description == "BM25(k1=0.9,b=0.4)")
  }

  private func weighting(_ name: String) throws -> any TermWeighting {
    name == "bm25" ? try BM25() : TFIDF()
  }

  @Test(arguments: ["tfidf", "bm25"])
  func weightGrowsWithFrequencyAndNotWithLength(name: String) throws {
    let weighting = try weighting(name)
    let idf = weighting.idf(documentFrequency: 3, documentCount: 100)
    var previous = 0.0
    for tf in 1...20 {
      let weight = weighting.weight(termFrequency: tf, idf: idf, length: 20, averageLength: 15)
      #expect(weight >= previous)
      previous = weight
    }
    var longer = Double.infinity
    for length in stride(from: 5, through: 200, by: 5) {
      let weight = weighting.weight(termFrequency: 2, idf: idf, length: length, averageLength: 15)
      #expect(weight <= longer)
      longer = weight
    }
  }

  @Test(arguments: ["tfidf", "bm25"])
  func idfFallsAsTermsSpreadAndStaysPositive(name: String) throws {
    let weighting = try weighting(name)
    var previous = Double.infinity
    for df in 1...100 {
      let idf = weighting.idf(documentFrequency: df, documentCount: 100)
      #expect(idf < previous)
      #expect(idf > 0)
      previous = idf
    }
  }

}
