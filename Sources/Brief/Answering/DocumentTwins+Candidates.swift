extension DocumentTwins {
  /// The best `depth` of `candidates` (units of canonical documents) and the same units of
  /// their twins, which score the same: the best `depth` of all units. (Had a twin's unit a
  /// place among them, so would its canonical unit, which scores the same and comes first.)
  internal func expanding(
    _ candidates: [Candidate], depth: Int, _ index: SentenceIndex
  ) -> [Candidate] {
    let sorted = candidates.sorted { $1 < $0 }
    var result: [Candidate] = []
    result.reserveCapacity(depth)
    var start = 0
    // Equal scores, ordered by unit, across the twins.
    while start < sorted.count && result.count < depth {
      var end = start + 1
      while end < sorted.count && sorted[end].score == sorted[start].score { end += 1 }
      var group: [Candidate] = []
      for candidate in sorted[start..<end] {
        group.append(candidate)
        let unit = Int(candidate.unit)
        let document = Int(index.unitDocuments[unit])
        let offset = unit - Int(index.documentStarts[document])
        for twin in copies(of: document) {
          group.append(
            Candidate(
              score: candidate.score,
              unit: Int32(Int(index.documentStarts[Int(twin)]) + offset)))
        }
      }
      group.sort { $1 < $0 }
      result.append(contentsOf: group.prefix(depth - result.count))
      start = end
    }
    return result
  }
}
