/// The ``TermRuns`` of the terms questions have used, built on a term's first use, so that
/// opening a large index does not pay for a pass over all postings.
///
/// When the runs held would pass ``budget``, the terms used least (then least recently) are
/// dropped until half the budget is free, and the others' uses halved, so a long session's
/// memory stays bounded (about two bytes per posting) while its common terms stay cached.
internal struct TermRunCache {
  private var entries: [Int32: (runs: TermRuns, uses: Int, lastUse: Int)] = [:]
  /// The runs held.
  private var held = 0
  /// The number of questions so far: when each cached term was last used.
  private var questionNumber = 0
  /// Scratch for building a term's runs, as long as the longest postings built so far.
  private var scratch = TermRuns()
  /// The most runs held (16 bytes each).
  internal var budget: Int

  /// A cache holding at most `budget` runs.
  internal init(budget: Int) {
    self.budget = budget
  }

  /// Marks the start of a new question (for the recency of uses).
  internal mutating func startQuestion() {
    questionNumber += 1
  }

  /// The runs of `term`, built now if they are not held.
  ///
  /// - Complexity: O(p) for p postings of the term on first use, then O(1).
  internal mutating func runs(
    of term: Int32, features: AnswerFeatures, canonical: [Int32]?
  ) -> TermRuns {
    if let cached = entries[term] {
      entries[term] = (cached.runs, cached.uses + 1, questionNumber)
      return cached.runs
    }
    let runs = TermRuns(
      term: Int(term), features: features, canonical: canonical, scratch: &scratch)
    if held + runs.count > budget {
      var leastUsedFirst = entries.map {
        (term: $0.key, uses: $0.value.uses, lastUse: $0.value.lastUse)
      }
      leastUsedFirst.sort { ($0.uses, $0.lastUse, $0.term) < ($1.uses, $1.lastUse, $1.term) }
      for entry in leastUsedFirst {
        if held + runs.count <= budget / 2 { break }
        held -= entries.removeValue(forKey: entry.term)?.runs.count ?? 0
      }
      for (kept, entry) in entries { entries[kept]?.uses = entry.uses / 2 }
    }
    held += runs.count
    entries[term] = (runs, 1, questionNumber)
    return runs
  }
}
