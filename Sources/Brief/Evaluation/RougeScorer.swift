/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as Google's `rouge-score` 0.1.2 computes them
/// (`RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer: True)`).
///
///     var scorer = RougeScorer()
///     let scores = scorer.score(
///       reference: ["The cat sat on the mat."], candidate: ["A cat was sitting on a mat."])
///     scores.rouge1.fMeasure
///
/// Texts are tokenized as `rouge-score` does: lower case, every character other than `a`–`z`
/// and `0`–`9` a separator, Porter stems (NLTK's variant) for tokens longer than three
/// characters. ROUGE-1, ROUGE-2 and ROUGE-L read the whole text; ROUGE-Lsum treats each line
/// (`"\n"`) as a sentence. The scorer caches the stem of every token it has seen, which is
/// why scoring is `mutating`: use one scorer per thread.
public struct RougeScorer: Sendable {
  private var tokenizer: RougeTokenizer
  /// The LCS table, kept between calls to spare allocations.
  private var table: [Int32] = []

  /// Creates a scorer.
  ///
  /// - Parameter stemming: Porter-stem tokens longer than three characters (the
  ///   `use_stemmer=True` of `rouge-score`, and the default).
  public init(stemming: Bool = true) {
    tokenizer = RougeTokenizer(stemming: stemming)
  }

  /// The tokens ROUGE compares for a text: lower-cased, alphanumeric, stemmed.
  public mutating func tokens(_ text: String) -> [String] {
    tokenizer.tokens(text)
  }

  /// Scores candidate sentences against reference sentences; each list is joined with
  /// `"\n"`, so every sentence is a sentence for ROUGE-Lsum.
  public mutating func score(reference: [String], candidate: [String]) -> RougeScores {
    score(
      reference: reference.joined(separator: "\n"), candidate: candidate.joined(separator: "\n"))
  }

  /// Scores a candidate text against a reference text, lines being sentences.
  ///
  /// - Complexity: O(*r* × *c*) for *r* reference and *c* candidate tokens.
  public mutating func score(reference: String, candidate: String) -> RougeScores {
    let referenceLines = tokenizer.lineIDs(reference)
    let candidateLines = tokenizer.lineIDs(candidate)
    let referenceTokens = Array(referenceLines.joined())
    let candidateTokens = Array(candidateLines.joined())
    return RougeScores(
      rouge1: Self.ngramScore(referenceTokens, candidateTokens, n: 1),
      rouge2: Self.ngramScore(referenceTokens, candidateTokens, n: 2),
      rougeL: lcsScore(referenceTokens, candidateTokens),
      rougeLsum: summaryLevelLCSScore(referenceLines, candidateLines))
  }

  /// The key of the n-gram (n ≤ 2) starting at `start`.
  private static func ngramKey(_ tokens: [Int32], _ start: Int, n: Int) -> UInt64 {
    var key = UInt64(UInt32(bitPattern: tokens[start]))
    if n == 2 { key = key << 32 | UInt64(UInt32(bitPattern: tokens[start + 1])) }
    return key
  }

  /// ROUGE-N: clipped n-gram matches over the candidate's (precision) and the
  /// reference's (recall) n-gram counts.
  internal static func ngramScore(_ reference: [Int32], _ candidate: [Int32], n: Int)
    -> RougeScore
  {
    let referenceCount = max(reference.count - n + 1, 0)
    let candidateCount = max(candidate.count - n + 1, 0)
    var counts: [UInt64: Int32] = [:]
    counts.reserveCapacity(referenceCount)
    for start in 0..<referenceCount { counts[ngramKey(reference, start, n: n), default: 0] += 1 }
    var overlap = 0
    for start in 0..<candidateCount {
      let key = ngramKey(candidate, start, n: n)
      if let remaining = counts[key], remaining > 0 {
        overlap += 1
        counts[key] = remaining - 1
      }
    }
    return RougeScore(
      precision: Double(overlap) / Double(max(candidateCount, 1)),
      recall: Double(overlap) / Double(max(referenceCount, 1)))
  }

  /// Fills `table` with the LCS lengths of every pair of prefixes, row-major with
  /// `candidate.count + 1` columns.
  private mutating func fillTable(_ reference: ArraySlice<Int32>, _ candidate: [Int32]) {
    let columns = candidate.count + 1
    let size = (reference.count + 1) * columns
    if table.count < size { table = [Int32](repeating: 0, count: size) }
    table.withUnsafeMutableBufferPointer { cells in
      for column in 0..<columns { cells[column] = 0 }
      var row = 1
      for token in reference {
        let here = row * columns
        let above = here - columns
        cells[here] = 0
        for column in 1..<columns {
          if token == candidate[column - 1] {
            cells[here + column] = cells[above + column - 1] + 1
          } else {
            cells[here + column] = max(cells[above + column], cells[here + column - 1])
          }
        }
        row += 1
      }
    }
  }

  /// ROUGE-L: the longest common subsequence of the two token sequences.
  private mutating func lcsScore(_ reference: [Int32], _ candidate: [Int32]) -> RougeScore {
    guard !reference.isEmpty, !candidate.isEmpty else { return .zero }
    fillTable(reference[...], candidate)
    let length = table[reference.count * (candidate.count + 1) + candidate.count]
    return RougeScore(
      precision: Double(length) / Double(candidate.count),
      recall: Double(length) / Double(reference.count))
  }

  /// Marks in `chosen` the reference positions of one LCS of `reference` and `candidate`,
  /// read back from the table the way `rouge-score` does (a match first, then left when
  /// the left cell is strictly larger, else up), so that ties resolve alike.
  private mutating func markLCS(
    _ reference: [Int32], _ candidate: [Int32], in chosen: inout [Bool]
  ) {
    guard !reference.isEmpty, !candidate.isEmpty else { return }
    fillTable(reference[...], candidate)
    let columns = candidate.count + 1
    var row = reference.count
    var column = candidate.count
    while row > 0 && column > 0 {
      if reference[row - 1] == candidate[column - 1] {
        chosen[row - 1] = true
        row -= 1
        column -= 1
      } else if table[row * columns + column - 1] > table[(row - 1) * columns + column] {
        column -= 1
      } else {
        row -= 1
      }
    }
  }

  /// ROUGE-Lsum: for each reference sentence, the union of its LCS with every candidate
  /// sentence; a token counts as a hit only while both texts still have an unmatched
  /// occurrence of it (ROUGE 1.5.5's guard against double counting).
  private mutating func summaryLevelLCSScore(_ reference: [[Int32]], _ candidate: [[Int32]])
    -> RougeScore
  {
    guard !reference.isEmpty, !candidate.isEmpty else { return .zero }
    let referenceCount = reference.reduce(0) { $0 + $1.count }
    let candidateCount = candidate.reduce(0) { $0 + $1.count }
    guard referenceCount > 0, candidateCount > 0 else { return .zero }
    var referenceLeft: [Int32: Int] = [:]
    var candidateLeft: [Int32: Int] = [:]
    for sentence in reference { for token in sentence { referenceLeft[token, default: 0] += 1 } }
    for sentence in candidate { for token in sentence { candidateLeft[token, default: 0] += 1 } }
    var hits = 0
    for sentence in reference {
      var chosen = [Bool](repeating: false, count: sentence.count)
      for other in candidate { markLCS(sentence, other, in: &chosen) }
      for (position, token) in sentence.enumerated() where chosen[position] {
        if let left = candidateLeft[token], left > 0, let right = referenceLeft[token], right > 0 {
          hits += 1
          candidateLeft[token] = left - 1
          referenceLeft[token] = right - 1
        }
      }
    }
    return RougeScore(
      precision: Double(hits) / Double(candidateCount),
      recall: Double(hits) / Double(referenceCount))
  }
}
