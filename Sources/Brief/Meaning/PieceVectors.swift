/// The word-piece vectors of every unit of a corpus, for the meaning match
/// (``MeaningMatch``), stored contiguously in 8 bits a value.
///
/// Each piece keeps its vocabulary id (the match weighs pieces by their idf among the
/// candidates), its values as signed bytes and one scale. Pieces may be projected to fewer
/// dimensions first (``PieceProjection``): 64 values a piece keep the answers' quality (a
/// 384-wide piece would take six times the room), so a sentence of 25 pieces takes about
/// 1.7 KB.
public struct PieceVectors: Sendable, Equatable {
  /// The values of a piece.
  public let width: Int
  /// Unit `u`'s pieces are `starts[u]..<starts[u + 1]`.
  internal let starts: [Int32]
  /// Each piece's vocabulary id.
  internal let ids: [Int32]
  /// Each piece's values, `width` a piece.
  internal let codes: [Int8]
  /// Each piece's scale: value = code × scale.
  internal let scales: [Float]

  /// The number of units.
  public var count: Int { starts.count - 1 }

  /// Pieces as saved.
  internal init(width: Int, starts: [Int32], ids: [Int32], codes: [Int8], scales: [Float]) {
    self.width = width
    self.starts = starts
    self.ids = ids
    self.codes = codes
    self.scales = scales
  }

  /// The pieces of `units` (each one's ids and vectors, `width` floats a piece), quantized.
  public init(_ units: [TokenVectors], width: Int) {
    var starts: [Int32] = [0]
    var ids: [Int32] = []
    var codes: [Int8] = []
    var scales: [Float] = []
    starts.reserveCapacity(units.count + 1)
    for unit in units {
      precondition(unit.width == width || unit.ids.isEmpty)
      ids += unit.ids
      for piece in 0..<unit.ids.count {
        let row = unit.vectors[(piece * width)..<((piece + 1) * width)]
        let largest = row.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 127 : 1
        scales.append(scale)
        codes += row.map { Int8(($0 / scale).rounded().clampedToCode) }
      }
      starts.append(Int32(ids.count))
    }
    self.init(width: width, starts: starts, ids: ids, codes: codes, scales: scales)
  }

  /// The units `rows` name, in that order (a unit may be taken many times): a corpus's
  /// pieces from those of its distinct texts, without expanding them to floats.
  public func gathering(_ rows: [Int]) -> PieceVectors {
    var starts: [Int32] = [0]
    starts.reserveCapacity(rows.count + 1)
    var total = 0
    for row in rows {
      total += Int(self.starts[row + 1] - self.starts[row])
      starts.append(Int32(total))
    }
    var ids: [Int32] = []
    var codes: [Int8] = []
    var scales: [Float] = []
    ids.reserveCapacity(total)
    scales.reserveCapacity(total)
    codes.reserveCapacity(total * width)
    for row in rows {
      let range = Int(self.starts[row])..<Int(self.starts[row + 1])
      ids += self.ids[range]
      scales += self.scales[range]
      codes += self.codes[(range.lowerBound * width)..<(range.upperBound * width)]
    }
    return PieceVectors(width: width, starts: starts, ids: ids, codes: codes, scales: scales)
  }

  /// The pieces of `parts`, one after another.
  public init(concatenating parts: [PieceVectors], width: Int) {
    var starts: [Int32] = [0]
    for part in parts {
      let base = starts[starts.count - 1]
      starts += part.starts.dropFirst().map { base + $0 }
    }
    self.init(
      width: width, starts: starts, ids: parts.flatMap(\.ids), codes: parts.flatMap(\.codes),
      scales: parts.flatMap(\.scales))
  }

  /// Unit `unit`'s pieces as floats.
  public func tokenVectors(of unit: Int) -> TokenVectors {
    let range = Int(starts[unit])..<Int(starts[unit + 1])
    var vectors = [Float](repeating: 0, count: range.count * width)
    for (row, piece) in range.enumerated() {
      let scale = scales[piece]
      for i in 0..<width { vectors[row * width + i] = Float(codes[piece * width + i]) * scale }
    }
    return TokenVectors(ids: Array(ids[range]), vectors: vectors, width: width)
  }
}

extension Float {
  /// The value rounded into a signed byte's range, symmetric (−127…127).
  fileprivate var clampedToCode: Float { Swift.min(Swift.max(self, -127), 127) }
}
