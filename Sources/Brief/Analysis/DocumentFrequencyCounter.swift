/// Counts, for each term id of one analyzer, the units (documents, or sentences) that hold
/// it: each distinct term of a unit counts once.
internal struct DocumentFrequencyCounter: Sendable {
  /// The units holding each term id (ids past the end: none).
  internal private(set) var counts: [Int32] = []
  /// The marker of the last unit that counted each id.
  private var lastSeen: [Int32] = []
  /// The units counted.
  internal private(set) var units = 0

  /// An empty count.
  internal init() {}

  /// Counts each distinct id of one unit once.
  ///
  /// - Parameters:
  ///   - ids: the unit's term ids, repeats allowed.
  ///   - marker: differs between units.
  ///   - termCount: more than the greatest id (the analyzer's vocabulary size).
  internal mutating func add(_ ids: ArraySlice<Int32>, marker: Int32, termCount: Int) {
    units += 1
    if termCount > counts.count {
      let size = max(termCount, counts.count * 2, 1024)
      counts.append(contentsOf: repeatElement(0, count: size - counts.count))
      lastSeen.append(contentsOf: repeatElement(-1, count: size - lastSeen.count))
    }
    counts.withUnsafeMutableBufferPointer { counts in
      lastSeen.withUnsafeMutableBufferPointer { lastSeen in
        ids.withUnsafeBufferPointer { ids in
          for id in ids {
            let index = Int(id)
            if lastSeen[index] != marker {
              lastSeen[index] = marker
              counts[index] += 1
            }
          }
        }
      }
    }
  }
}
