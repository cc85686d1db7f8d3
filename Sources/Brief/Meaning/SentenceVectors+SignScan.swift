import CHamming

extension SentenceVectors {
  /// For each of `queries`, the rows whose signs differ from the query's in the fewest
  /// places: every row at the smallest distance `d` such that at least `wanted` rows are at
  /// `d` or nearer (all rows when there are fewer), in row order.
  ///
  /// One pass over the sign bits serves all the queries: a block of rows is read once (from
  /// memory into cache) and compared with every query (`brief_hamming_distances`, the
  /// POPCNT instruction where there is one; `brief_hamming_within` finds the rows within a
  /// cutoff). Each query keeps the rows within its running
  /// cutoff, the cutoff of the rows kept so far, which only falls as rows come: a row it
  /// drops is farther than the final cutoff, so the result is that of a full sort by
  /// distance without one.
  ///
  /// - Complexity: O(n · q · width / 64) for n rows and q queries, plus O(m) for the m rows
  ///   kept.
  internal func signShortlists(for queries: [[Float]], count wanted: Int) -> [[Int32]] {
    let words = signWords
    let queryCount = queries.count
    guard queryCount > 0 else { return [] }
    var querySigns = [UInt64](repeating: 0, count: queryCount * words)
    for (q, query) in queries.enumerated() {
      precondition(query.count == width)
      for (i, value) in query.enumerated() where value < 0 {
        querySigns[q * words + i / 64] |= UInt64(1) << UInt64(i % 64)
      }
    }
    let signs = self.signs.isEmpty ? Self.signs(of: codes, width: width) : self.signs
    var kept = (0..<queryCount).map { _ in SignCandidates(wanted: wanted, width: width) }
    // 512 rows of 48 bytes stay in the first-level cache while every query reads them.
    let block = 512
    var distances = [UInt16](repeating: 0, count: block * queryCount)
    var offsets = [UInt32](repeating: 0, count: block)
    let rows = count
    signs.withUnsafeBufferPointer { signs in
      querySigns.withUnsafeBufferPointer { querySigns in
        distances.withUnsafeMutableBufferPointer { distances in
          offsets.withUnsafeMutableBufferPointer { offsets in
            guard let signs = signs.baseAddress, let query = querySigns.baseAddress,
              let out = distances.baseAddress, let within = offsets.baseAddress
            else { return }
            for start in stride(from: 0, to: rows, by: block) {
              let taken = min(block, rows - start)
              brief_hamming_distances(signs + start * words, taken, words, query, queryCount, out)
              for q in 0..<queryCount {
                let distances = out + q * taken
                let found = brief_hamming_within(
                  distances, taken, UInt16(clamping: kept[q].cutoff), within)
                for i in 0..<found {
                  let offset = Int(within[i])
                  kept[q].add(row: start + offset, distance: distances[offset])
                }
              }
            }
          }
        }
      }
    }
    return kept.map { $0.shortlist() }
  }
}

/// The rows one query keeps during a scan of sign bits: those within its running cutoff,
/// with their distances, in row order.
internal struct SignCandidates {
  /// How many rows the shortlist wants at least.
  let wanted: Int
  /// The largest distance there is (the vectors' width).
  let width: Int
  /// The rows kept and their distances.
  private(set) var rows: [Int32] = []
  private var distances: [UInt16] = []
  /// The largest distance a row may have to be kept.
  private(set) var cutoff: Int
  /// How many rows are kept before the cutoff is tightened.
  private var capacity: Int

  init(wanted: Int, width: Int) {
    self.wanted = wanted
    self.width = width
    self.cutoff = width
    self.capacity = max(4 * wanted, 4_096)
  }

  /// Keeps `row`, at `distance`, if it is within the cutoff (which may then fall).
  @inline(__always)
  mutating func add(row: Int, distance: UInt16) {
    guard Int(distance) <= cutoff else { return }
    rows.append(Int32(row))
    distances.append(distance)
    if rows.count >= capacity { tighten() }
  }

  /// The cutoff of the rows kept: the smallest distance with `wanted` rows at it or nearer
  /// (the largest when there are fewer).
  private func currentCutoff() -> Int {
    var buckets = [Int](repeating: 0, count: width + 1)
    for distance in distances { buckets[Int(distance)] += 1 }
    var cutoff = 0
    var taken = 0
    while cutoff < width && taken + buckets[cutoff] < wanted {
      taken += buckets[cutoff]
      cutoff += 1
    }
    return cutoff
  }

  /// Lowers the cutoff to that of the rows kept and drops the rows beyond it; makes room
  /// for more when most of them stay (many rows at one distance).
  private mutating func tighten() {
    cutoff = currentCutoff()
    var kept = 0
    for i in rows.indices where Int(distances[i]) <= cutoff {
      rows[kept] = rows[i]
      distances[kept] = distances[i]
      kept += 1
    }
    rows.removeLast(rows.count - kept)
    distances.removeLast(distances.count - kept)
    if 2 * kept > capacity { capacity *= 2 }
  }

  /// The rows within the final cutoff, in row order.
  func shortlist() -> [Int32] {
    let cutoff = currentCutoff()
    return zip(rows, distances).compactMap { Int($1) <= cutoff ? $0 : nil }
  }
}
