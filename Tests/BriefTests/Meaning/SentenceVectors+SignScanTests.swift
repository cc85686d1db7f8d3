import Testing

@testable import Brief

/// The scan of sign bits: the shortlist of every query of a batch against a sort of all
/// rows by Hamming distance.
@Suite struct SentenceVectorsSignScanTests {
  /// The rows a full sort by distance gives: all rows at the smallest distance with at least
  /// `wanted` rows at it or nearer, in row order.
  static func expectedShortlist(_ vectors: SentenceVectors, _ query: [Float], wanted: Int)
    -> [Int32]
  {
    let words = vectors.signWords
    let signs = SentenceVectors.signs(of: vectors.codes, width: vectors.width)
    var querySigns = [UInt64](repeating: 0, count: words)
    for (i, value) in query.enumerated() where value < 0 {
      querySigns[i / 64] |= UInt64(1) << UInt64(i % 64)
    }
    let distances = (0..<vectors.count).map { row in
      (0..<words).reduce(0) { $0 + (signs[row * words + $1] ^ querySigns[$1]).nonzeroBitCount }
    }
    let sorted = distances.sorted()
    let cutoff = sorted[min(wanted, sorted.count) - 1]
    return distances.indices.filter { distances[$0] <= cutoff }.map(Int32.init)
  }

  /// Rows in which each of the first 300 comes back 20 times: many rows at each distance,
  /// as in a corpus that repeats its documents.
  static func repeatingVectors(width: Int) -> SentenceVectors {
    let distinct = SentenceVectorsTests.unitVectors(300, width: width, seed: 11)
    let rows = (0..<6_000).flatMap { row in
      distinct[(row % 300) * width..<(row % 300 + 1) * width]
    }
    return SentenceVectors(embeddings: rows, width: width)
  }

  @Test(arguments: [384, 100])
  func aBatchFindsEachQuerysShortlist(width: Int) {
    let vectors = Self.repeatingVectors(width: width)
    let queries = (0..<5).map { seed in
      SentenceVectorsTests.unitVectors(1, width: width, seed: 20 + UInt64(seed))
    }
    // 6,000 rows keep 4,096 before the cutoff first tightens: a small shortlist makes the
    // scan tighten it several times; the whole corpus never does.
    for wanted in [1, 30, 700, 6_000, 9_000] {
      let shortlists = vectors.signShortlists(for: queries, count: wanted)
      #expect(shortlists.count == queries.count)
      for (query, shortlist) in zip(queries, shortlists) {
        #expect(shortlist == Self.expectedShortlist(vectors, query, wanted: wanted))
      }
    }
  }

  @Test func theNearestRowByMeaningIsFoundThroughItsSigns() {
    let width = 384
    let vectors = Self.repeatingVectors(width: width)
    var query = vectors.vector(at: 4321)
    query[3] += 0.02
    let coarse = vectors.best(for: query, count: 5, scanningSignsFirst: true)
    let exact = vectors.best(for: query, count: 5, scanningSignsFirst: false)
    // Row 4321 repeats row 121 (4321 % 300): the earliest copies tie first.
    #expect(coarse.first?.row == 121)
    #expect(coarse.map(\.row) == exact.map(\.row))
  }
}
