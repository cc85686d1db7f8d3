/// Terms interned to dense integer ids, both ways.
public struct Vocabulary: Sendable {
  /// The terms, indexed by id.
  public private(set) var terms: [String] = []
  private var ids: [String: Int32] = [:]

  /// Creates an empty vocabulary.
  public init() {}

  /// The number of terms.
  public var count: Int { terms.count }

  /// The id of `term`, added if new.
  ///
  /// - Complexity: amortized O(1).
  public mutating func intern(_ term: String) -> Int32 {
    if let id = ids[term] { return id }
    let id = Int32(terms.count)
    terms.append(term)
    ids[term] = id
    return id
  }

  /// Makes room for `count` terms in all, so that interning up to that many rehashes nothing.
  internal mutating func reserveCapacity(_ count: Int) {
    terms.reserveCapacity(count)
    ids.reserveCapacity(count)
  }

  /// The id of `term`, or nil if it was never interned.
  public func id(of term: String) -> Int32? { ids[term] }

  /// The term with the given id.
  public subscript(id: Int32) -> String { terms[Int(id)] }
}
