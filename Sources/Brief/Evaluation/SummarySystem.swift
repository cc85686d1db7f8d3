/// What a ``SummaryEvaluation`` scores: a summarizer's scoring method, or the extractive
/// oracle (``ExtractiveOracle``, the ceiling: the sentences that best match the
/// references).
public enum SummarySystem: Sendable, Hashable {
  case method(ScoringMethod)
  case oracle

  /// Every scoring method, in ``ScoringMethod`` order, then the oracle.
  public static var all: [SummarySystem] { ScoringMethod.allCases.map { .method($0) } + [.oracle] }

  /// The system's name: its method's raw value, or `oracle`.
  public var name: String {
    switch self {
    case .method(let method): method.rawValue
    case .oracle: "oracle"
    }
  }

  /// The system called `name` (see ``name``), or nil.
  public init?(name: String) {
    guard let system = Self.all.first(where: { $0.name == name }) else { return nil }
    self = system
  }
}
