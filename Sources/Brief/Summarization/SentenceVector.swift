/// A sparse term-weight vector, sorted by term id.
public struct SentenceVector: Sendable, Hashable {
  /// Term ids, ascending.
  public private(set) var terms: [Int32]
  /// The weight of each term.
  public private(set) var weights: [Double]
  /// The Euclidean norm.
  public let norm: Double

  /// Builds the vector of a bag of term ids, weighing each distinct term by `weight(tf, id)`.
  public init(termIDs: some Sequence<Int32>, weight: (_ termFrequency: Int, _ id: Int32) -> Double)
  {
    let sorted = termIDs.sorted()
    var terms: [Int32] = []
    var weights: [Double] = []
    terms.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    var index = 0
    var sumOfSquares = 0.0
    while index < sorted.count {
      let id = sorted[index]
      var end = index + 1
      while end < sorted.count && sorted[end] == id { end += 1 }
      let value = weight(end - index, id)
      if value > 0 {
        terms.append(id)
        weights.append(value)
        sumOfSquares += value * value
      }
      index = end
    }
    self.terms = terms
    self.weights = weights
    self.norm = sumOfSquares.squareRoot()
  }

  /// The dot product with another vector.
  ///
  /// - Complexity: O(m + n), a merge of the two sorted term lists.
  public func dot(_ other: SentenceVector) -> Double {
    var i = 0
    var j = 0
    var sum = 0.0
    while i < terms.count && j < other.terms.count {
      let a = terms[i]
      let b = other.terms[j]
      if a == b {
        sum += weights[i] * other.weights[j]
        i += 1
        j += 1
      } else if a < b {
        i += 1
      } else {
        j += 1
      }
    }
    return sum
  }

  /// The cosine similarity with another vector, 0 when either is empty.
  public func cosine(_ other: SentenceVector) -> Double {
    let denominator = norm * other.norm
    return denominator > 0 ? dot(other) / denominator : 0
  }
}
