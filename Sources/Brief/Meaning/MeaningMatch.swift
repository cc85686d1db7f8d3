import Foundation

/// How close in meaning each of a few candidate sentences is to a question.
///
/// It is late interaction over word-piece vectors in context (as ColBERT scores passages). Each
/// question piece takes its best cosine among a sentence's pieces; the average weights each
/// piece by its idf among the candidates themselves, so the pieces every candidate shares
/// (the topic's words) count less than the ones that set a candidate apart.
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
    return candidates.map { candidate in
      guard !candidate.ids.isEmpty, candidate.width == width else { return 0 }
      var sum = 0.0
      question.vectors.withUnsafeBufferPointer { q in
        candidate.vectors.withUnsafeBufferPointer { s in
          for (piece, weight) in weights.enumerated() {
            var best = -Float.infinity
            let row = piece * width
            for other in 0..<candidate.ids.count {
              let column = other * width
              var dot: Float = 0
              for i in 0..<width { dot += q[row + i] * s[column + i] }
              best = max(best, dot)
            }
            sum += weight * Double(best)
          }
        }
      }
      return sum / total
    }
  }
}
