/// One of the ROUGE measures Brief computes.
public enum RougeMeasure: String, Sendable, CaseIterable, Codable {
  /// Unigram overlap.
  case rouge1
  /// Bigram overlap.
  case rouge2
  /// Longest common subsequence of the whole texts, sentence breaks ignored.
  case rougeL
  /// Summary-level LCS: the union LCS of each reference sentence with every candidate
  /// sentence (sentences are the lines of the texts).
  case rougeLsum

  /// The usual display name: `ROUGE-1`, `ROUGE-2`, `ROUGE-L`, `ROUGE-Lsum`.
  public var displayName: String {
    switch self {
    case .rouge1: return "ROUGE-1"
    case .rouge2: return "ROUGE-2"
    case .rougeL: return "ROUGE-L"
    case .rougeLsum: return "ROUGE-Lsum"
    }
  }
}

/// Precision, recall and their harmonic mean for one measure.
public struct RougeScore: Sendable, Hashable, Codable {
  /// The share of the candidate that matches the reference.
  public var precision: Double
  /// The share of the reference that the candidate matches.
  public var recall: Double
  /// F1: the harmonic mean of precision and recall (0 when both are 0).
  public var fMeasure: Double

  /// Creates a score from its three parts.
  public init(precision: Double, recall: Double, fMeasure: Double) {
    self.precision = precision
    self.recall = recall
    self.fMeasure = fMeasure
  }

  /// The score of a precision and a recall, with their F1.
  public init(precision: Double, recall: Double) {
    let sum = precision + recall
    self.init(
      precision: precision, recall: recall,
      fMeasure: sum > 0 ? 2 * precision * recall / sum : 0)
  }

  /// All zero: what an empty candidate or reference scores.
  public static let zero = RougeScore(precision: 0, recall: 0, fMeasure: 0)
}

/// The four ROUGE measures of one candidate against one reference.
public struct RougeScores: Sendable, Hashable, Codable {
  /// ROUGE-1.
  public var rouge1: RougeScore
  /// ROUGE-2.
  public var rouge2: RougeScore
  /// ROUGE-L.
  public var rougeL: RougeScore
  /// ROUGE-Lsum.
  public var rougeLsum: RougeScore

  /// Creates scores from the four measures.
  public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore, rougeLsum: RougeScore) {
    self.rouge1 = rouge1
    self.rouge2 = rouge2
    self.rougeL = rougeL
    self.rougeLsum = rougeLsum
  }

  /// The score of one measure.
  public subscript(measure: RougeMeasure) -> RougeScore {
    get {
      switch measure {
      case .rouge1: return rouge1
      case .rouge2: return rouge2
      case .rougeL: return rougeL
      case .rougeLsum: return rougeLsum
      }
    }
    set {
      switch measure {
      case .rouge1: rouge1 = newValue
      case .rouge2: rouge2 = newValue
      case .rougeL: rougeL = newValue
      case .rougeLsum: rougeLsum = newValue
      }
    }
  }

  /// All zero.
  public static let zero = RougeScores(
    rouge1: .zero, rouge2: .zero, rougeL: .zero, rougeLsum: .zero)
}

/// The macro average of ROUGE scores over documents, in points (×100).
///
///     var average = RougeAverage()
///     for scores in perDocument { average.add(scores) }
///     average.points.rouge1.fMeasure   // e.g. 31.61
public struct RougeAverage: Sendable, Hashable, Codable {
  /// How many documents were added.
  public private(set) var documents: Int = 0
  private var sums: RougeScores = .zero

  /// An empty average (zero documents).
  public init() {}

  /// Adds one document's scores.
  public mutating func add(_ scores: RougeScores) {
    documents += 1
    for measure in RougeMeasure.allCases {
      sums[measure].precision += scores[measure].precision
      sums[measure].recall += scores[measure].recall
      sums[measure].fMeasure += scores[measure].fMeasure
    }
  }

  /// The mean of each figure over the documents, ×100 (zero when there are none).
  ///
  /// F is the mean of the documents' F values, not the F of the mean P and R.
  public var points: RougeScores {
    guard documents > 0 else { return .zero }
    var result = RougeScores.zero
    let scale = 100 / Double(documents)
    for measure in RougeMeasure.allCases {
      result[measure] = RougeScore(
        precision: sums[measure].precision * scale, recall: sums[measure].recall * scale,
        fMeasure: sums[measure].fMeasure * scale)
    }
    return result
  }
}
