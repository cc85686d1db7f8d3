import Foundation

/// How close in meaning each of a few candidate sentences is to a question.
///
/// Late interaction over word-piece vectors in context (as ColBERT scores passages): each
/// question piece takes its best cosine among a sentence's pieces; the average weights each
/// piece by its idf among the candidates themselves, so the pieces every candidate shares
/// (the topic's words) count less than the ones that set a candidate apart. The cosines of
/// every question piece with every candidate piece are one matrix product (``BLAS``).
internal enum MeaningMatch {
  /// Per candidate, a value in [−1, 1] (1: every question piece has its exact match); 0 for
  /// an empty question or sentence.
  static func scores(question: TokenVectors, candidates: [TokenVectors]) -> [Double] {
    let count = Double(candidates.count)
    guard !question.ids.isEmpty else { return candidates.map { _ in 0 } }
    var holders: [Int32: Int] = [:]
    for candidate in candidates {
      for id in Set(candidate.ids) { holders[id, default: 0] += 1 }
    }
    let weights = question.ids.map { id in
      log(1 + (count + 0.5) / (Double(holders[id] ?? 0) + 0.5))
    }
    let total = weights.reduce(0, +)
    let width = question.width
    // The candidates' pieces one after another (those of a usable candidate), and where
    // each candidate's start.
    let usable = candidates.map { !$0.ids.isEmpty && $0.width == width }
    var pieces: [Float] = []
    pieces.reserveCapacity(
      zip(candidates, usable).reduce(0) { $0 + ($1.1 ? $1.0.vectors.count : 0) })
    var starts: [Int] = []
    for (candidate, usable) in zip(candidates, usable) {
      starts.append(pieces.count / width)
      if usable { pieces += candidate.vectors }
    }
    let columns = pieces.count / width
    let cosines = products(question.vectors, rows: question.ids.count, pieces, columns, width)
    return candidates.indices.map { index in
      guard usable[index] else { return 0 }
      let range = starts[index]..<(starts[index] + candidates[index].ids.count)
      var sum = 0.0
      for (piece, weight) in weights.enumerated() {
        let row = piece * columns
        var best = -Float.infinity
        for column in range { best = max(best, cosines[row + column]) }
        sum += weight * Double(best)
      }
      return sum / total
    }
  }

  /// `a · bᵀ` for `a` rows × width and `b` columns × width, row-major; by BLAS when loaded.
  private static func products(
    _ a: [Float], rows: Int, _ b: [Float], _ columns: Int, _ width: Int
  ) -> [Float] {
    var c = [Float](repeating: 0, count: rows * columns)
    guard columns > 0 else { return c }
    if let blas = try? BLAS.shared.get() {
      blas.multiply(transposingB: true, m: rows, n: columns, k: width, a, b, into: &c)
      return c
    }
    for row in 0..<rows {
      for column in 0..<columns {
        var dot: Float = 0
        for i in 0..<width { dot += a[row * width + i] * b[column * width + i] }
        c[row * columns + column] = dot
      }
    }
    return c
  }
}
