import Testing

@testable import Brief

/// The scan of sign bits: the shortlist of every query of a batch against a sort of all
/// rows by Hamming distance.
@Suite struct SentenceVectorsSignScanTests {
  /// Each row's Hamming distance to `query`: the places where their signs differ.
  static func distances(_ vectors: SentenceVectors, _ query: [Float]) -> [Int] {
    let width = vectors.width
    return vectors.codes.withUnsafeBufferPointer { codes in
      (0..<vectors.count).map { row in
        var differ = 0
        for i in 0..<width where (codes[row * width + i] < 0) != (query[i] < 0) { differ += 1 }
        return differ
      }
    }
  }

  /// The rows a full sort by distance gives: all rows at the smallest distance with at least
  /// `wanted` rows at it or nearer, in row order.
  static func expectedShortlist(_ distances: [Int], wanted: Int) -> [Int32] {
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
    let distances = queries.map { Self.distances(vectors, $0) }
    for wanted in [1, 30, 700, 6_000, 9_000] {
      let shortlists = vectors.signShortlists(for: queries, count: wanted)
      #expect(shortlists.count == queries.count)
      for (distances, shortlist) in zip(distances, shortlists) {
        #expect(shortlist == Self.expectedShortlist(distances, wanted: wanted))
      }
    }
  }

  @Test(arguments: [384, 100, 64, 7])
  func signBitsAreTheCodesSigns(width: Int) {
    let vectors = SentenceVectors(
      embeddings: SentenceVectorsTests.unitVectors(9, width: width, seed: 5), width: width)
    let signs = SentenceVectors.signs(of: vectors.codes, width: width)
    let words = vectors.signWords
    #expect(signs.count == 9 * words)
    for row in 0..<9 {
      for i in 0..<(words * 64) {
        let bit = signs[row * words + i / 64] >> UInt64(i % 64) & 1
        #expect(bit == (i < width && vectors.codes[row * width + i] < 0 ? 1 : 0))
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
