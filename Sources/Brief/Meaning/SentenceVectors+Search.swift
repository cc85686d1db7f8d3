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
    let shortlist = signShortlist(for: query, count: max(2_000, 8 * wanted))
    let exact = scores(for: query, rows: shortlist.lazy.map(Int.init))
    return Self.top(wanted, of: zip(shortlist, exact).lazy.map { Match(row: $0, score: $1) })
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

  /// The rows whose signs differ from the query's in the fewest places, `wanted` of them.
  private func signShortlist(for query: [Float], count wanted: Int) -> [Int32] {
    let words = signWords
    var querySigns = [UInt64](repeating: 0, count: words)
    for (i, value) in query.enumerated() where value < 0 {
      querySigns[i / 64] |= UInt64(1) << UInt64(i % 64)
    }
    // Distances are counted into buckets (at most `width` + 1 of them), then rows are taken
    // from the nearest buckets: no sort of n rows.
    var distances = [UInt16](repeating: 0, count: count)
    var buckets = [Int](repeating: 0, count: width + 1)
    let signs = self.signs.isEmpty ? Self.signs(of: codes, width: width) : self.signs
    let rows = count
    // Raw buffers: a million rows of array writes with uniqueness and bounds checks cost
    // ten times the popcounts.
    signs.withUnsafeBufferPointer { signs in
      querySigns.withUnsafeBufferPointer { query in
        distances.withUnsafeMutableBufferPointer { distances in
          buckets.withUnsafeMutableBufferPointer { buckets in
            var offset = 0
            for row in 0..<rows {
              var distance = 0
              for word in 0..<words {
                distance += (signs[offset + word] ^ query[word]).nonzeroBitCount
              }
              offset += words
              distances[row] = UInt16(distance)
              buckets[distance] += 1
            }
          }
        }
      }
    }
    var cutoff = 0
    var taken = 0
    while cutoff < buckets.count && taken + buckets[cutoff] < wanted {
      taken += buckets[cutoff]
      cutoff += 1
    }
    var shortlist: [Int32] = []
    shortlist.reserveCapacity(wanted + (cutoff < buckets.count ? buckets[cutoff] : 0))
    for row in 0..<count where Int(distances[row]) <= cutoff { shortlist.append(Int32(row)) }
    return shortlist
  }
}

extension SentenceVectors {
  /// The `count` rows closest to each of `queries`, as ``best(for:count:)`` gives them one by
  /// one.
  ///
  /// Up to ``coarseScanThreshold`` rows, blocks of rows are turned into floats once for all
  /// the queries and scored by one matrix product (``BLAS``): the conversion, most of a scan's
  /// cost, is shared. Scores may differ from one query's scan in the last bits (another order
  /// of the same sums).
  public func best(for queries: [[Float]], count wanted: Int) -> [[Match]] {
    guard queries.count > 1, count <= Self.coarseScanThreshold, wanted > 0,
      let blas = try? BLAS.shared.get()
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
