import Collections

extension SentenceVectors {
  /// A row and its dot product with a query; the heap's order: a lower score, then a later
  /// row, is "less".
  public struct Match: Comparable, Sendable {
    /// The row.
    public var row: Int32
    /// Its dot product with the query (the cosine, for unit-length embeddings).
    public var score: Float

    public static func < (lhs: Match, rhs: Match) -> Bool {
      lhs.score != rhs.score ? lhs.score < rhs.score : lhs.row > rhs.row
    }
  }

  /// The `count` rows closest to `query` (the largest dot products), best first; ties go to
  /// the earlier row.
  ///
  /// Up to ``coarseScanThreshold`` rows every row is scored. Above it, the rows whose sign
  /// bits agree most with the query's (Hamming distance over 48 bytes a row, eight times
  /// `count` of them, at least 2,000) are scored exactly: the best rows are nearly always
  /// among them, at a tenth of the memory read.
  ///
  /// - Complexity: O(n · width) for n rows, or O(n · width / 64 + m · width) above the
  ///   threshold for m rows scored exactly.
  public func best(for query: [Float], count wanted: Int) -> [Match] {
    best(for: query, count: wanted, scanningSignsFirst: count > Self.coarseScanThreshold)
  }

  /// ``best(for:count:)``, with or without the scan of sign bits first (for tests).
  internal func best(for query: [Float], count wanted: Int, scanningSignsFirst: Bool) -> [Match] {
    guard wanted > 0, count > 0 else { return [] }
    if !scanningSignsFirst {
      return Self.top(
        wanted,
        of: scores(for: query).enumerated().lazy.map {
          Match(row: Int32($0.offset), score: $0.element)
        })
    }
    return best(for: query, count: wanted, among: signShortlists(for: [query], wanting: wanted)[0])
  }

  /// The best `wanted` of the `shortlist` rows for `query`, scored exactly.
  private func best(for query: [Float], count wanted: Int, among shortlist: [Int32]) -> [Match] {
    let exact = scores(for: query, rows: shortlist.lazy.map(Int.init))
    return Self.top(wanted, of: zip(shortlist, exact).lazy.map { Match(row: $0, score: $1) })
  }

  /// For each of `queries`, the rows ``best(for:count:)`` scores exactly: those nearest in
  /// sign bits, eight times `wanted` of them and at least 2,000.
  internal func signShortlists(for queries: [[Float]], wanting wanted: Int) -> [[Int32]] {
    signShortlists(for: queries, count: max(2_000, 8 * wanted))
  }

  /// The best `wanted` of `matches`, best first.
  private static func top(_ wanted: Int, of matches: some Sequence<Match>) -> [Match] {
    var heap = Heap<Match>()
    for match in matches { keep(match, in: &heap, wanted) }
    return ordered(heap)
  }

  /// Adds `match` to `heap` if it is among the best `wanted` so far.
  @inline(__always)
  fileprivate static func keep(_ match: Match, in heap: inout Heap<Match>, _ wanted: Int) {
    if heap.count < wanted {
      heap.insert(match)
    } else if let worst = heap.min, worst < match {
      heap.replaceMin(with: match)
    }
  }

  /// The heap's matches, best first.
  fileprivate static func ordered(_ heap: Heap<Match>) -> [Match] {
    var heap = heap
    var best: [Match] = []
    best.reserveCapacity(heap.count)
    while let next = heap.popMax() { best.append(next) }
    return best
  }
}

extension SentenceVectors {
  /// The `count` rows closest to each of `queries`, as ``best(for:count:)`` gives them one by
  /// one.
  ///
  /// Up to ``coarseScanThreshold`` rows, blocks of rows are turned into floats once for all
  /// the queries and scored by one matrix product (``BLAS``): the conversion, most of a scan's
  /// cost, is shared. Scores may differ from one query's scan in the last bits (another order
  /// of the same sums). Above it, one scan of the sign bits finds every query's shortlist
  /// (``signShortlists(for:count:)``), and each is scored exactly as one query's would be.
  public func best(for queries: [[Float]], count wanted: Int) -> [[Match]] {
    guard wanted > 0, count > 0 else { return queries.map { _ in [] } }
    if count > Self.coarseScanThreshold {
      let shortlists = signShortlists(for: queries, wanting: wanted)
      return zip(queries, shortlists).map { best(for: $0, count: wanted, among: $1) }
    }
    guard queries.count > 1, let blas = try? BLAS.shared.get()
    else { return queries.map { best(for: $0, count: wanted) } }
    let columns = queries.count
    let block = 512
    var heaps = queries.map { _ in Heap<Match>() }
    var rows = [Float](repeating: 0, count: block * width)
    var products = [Float](repeating: 0, count: block * columns)
    let flat = queries.flatMap { $0 }
    precondition(flat.count == columns * width)
    for start in stride(from: 0, to: count, by: block) {
      let taken = min(block, count - start)
      codes.withUnsafeBufferPointer { codes in
        rows.withUnsafeMutableBufferPointer { rows in
          for i in 0..<(taken * width) { rows[i] = Float(codes[start * width + i]) }
        }
      }
      blas.multiply(
        transposingB: true, m: taken, n: columns, k: width, rows, flat, into: &products)
      for row in 0..<taken {
        let scale = scales[start + row]
        for column in 0..<columns {
          let match = Match(
            row: Int32(start + row), score: products[row * columns + column] * scale)
          Self.keep(match, in: &heaps[column], wanted)
        }
      }
    }
    return heaps.map(Self.ordered)
  }
}
