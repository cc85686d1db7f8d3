import Testing

@testable import Brief

@Suite struct PieceVectorsTests {
  /// Three units of 4-wide pieces: two pieces, none, one.
  static let units = [
    TokenVectors(ids: [7, 8], vectors: [0.5, -0.25, 0, 1, 0.1, 0.2, -0.3, 0.4], width: 4),
    TokenVectors(ids: [], vectors: [], width: 4),
    TokenVectors(ids: [9], vectors: [-1, 0.5, 0.25, 0], width: 4),
  ]

  @Test func piecesComeBackWithinTheirRounding() {
    let pieces = PieceVectors(Self.units, width: 4)
    #expect(pieces.count == 3)
    for (unit, original) in Self.units.enumerated() {
      let back = pieces.tokenVectors(of: unit)
      #expect(back.ids == original.ids)
      for (a, b) in zip(back.vectors, original.vectors) { #expect(abs(a - b) <= 1.0 / 127) }
    }
  }

  @Test func gatheringRepeatsUnitsAsBuildingThemAgainWould() {
    let distinct = PieceVectors(Self.units, width: 4)
    let rows = [2, 0, 0, 1, 2]
    let gathered = distinct.gathering(rows)
    #expect(gathered == PieceVectors(rows.map { Self.units[$0] }, width: 4))
    #expect(distinct.gathering([]).count == 0)
  }
}
