import Foundation
import Testing

@testable import Brief

/// Sentence embeddings stored in 8 bits a value, and the search for the closest rows.
@Suite struct SentenceVectorsTests {
  /// `count` random unit vectors of `width` floats, from a fixed seed.
  static func unitVectors(_ count: Int, width: Int, seed: UInt64) -> [Float] {
    var state = seed
    func next() -> Float {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(Int64(bitPattern: state >> 11) % 2_000_001 - 1_000_000) / 1_000_000
    }
    var values: [Float] = []
    for _ in 0..<count {
      let row = (0..<width).map { _ in next() }
      let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
      values += row.map { $0 / norm }
    }
    return values
  }

  @Test func quantizedDotProductsStayCloseToTheExactOnes() {
    let width = 384
    let rows = Self.unitVectors(50, width: width, seed: 1)
    let query = Self.unitVectors(1, width: width, seed: 2)
    let vectors = SentenceVectors(embeddings: rows, width: width)
    #expect(vectors.count == 50)
    let scores = vectors.scores(for: query)
    for row in 0..<50 {
      var exact: Float = 0
      for i in 0..<width { exact += rows[row * width + i] * query[i] }
      #expect(abs(scores[row] - exact) < 0.003)
      #expect(abs(vectors.vector(at: row)[7] - rows[row * width + 7]) < 0.01)
    }
  }

  @Test func theBestRowsComeBestFirstTiesToTheEarlierRow() {
    let width = 16
    var rows = Self.unitVectors(200, width: width, seed: 3)
    // Row 150 repeats row 20: the same score, and row 20 comes first.
    rows.replaceSubrange(150 * width..<151 * width, with: rows[20 * width..<21 * width])
    let vectors = SentenceVectors(embeddings: rows, width: width)
    let query = Array(rows[20 * width..<21 * width])
    let best = vectors.best(for: query, count: 5)
    let expected = vectors.scores(for: query).enumerated()
      .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
      .prefix(5).map { Int32($0.offset) }
    #expect(best.map(\.row) == expected)
    #expect(best.prefix(2).map(\.row) == [20, 150])
    #expect(vectors.best(for: query, count: 0).isEmpty)
    #expect(SentenceVectors(width: width).best(for: query, count: 3).isEmpty)
  }

  @Test func scanningSignsFirstFindsTheNearestRows() {
    let width = 128
    let rows = Self.unitVectors(5_000, width: width, seed: 4)
    let vectors = SentenceVectors(embeddings: rows, width: width)
    // A query near row 1234: that row must be found through its signs.
    var query = Array(rows[1234 * width..<1235 * width])
    query[0] += 0.05
    let exact = vectors.best(for: query, count: 10, scanningSignsFirst: false)
    let coarse = vectors.best(for: query, count: 10, scanningSignsFirst: true)
    #expect(coarse.first?.row == 1234)
    #expect(exact.first?.row == 1234)
    // Of the exact ten, the shortlist of 2,000 keeps nearly all.
    let kept = Set(coarse.map(\.row)).intersection(exact.map(\.row)).count
    #expect(kept >= 8)
  }
}
