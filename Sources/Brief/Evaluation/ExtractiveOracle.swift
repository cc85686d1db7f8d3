import Dispatch
import Foundation
import Synchronization

/// The greedy extractive oracle: the sentences of a document that best match its reference
/// key points, the ceiling an extractive summarizer can reach.
///
/// PreSumm's `greedy_selection` (Liu & Lapata 2019): starting from nothing, add the sentence
/// that most raises ROUGE-1 F + ROUGE-2 F of the chosen sentences against the references,
/// computed on sets of n-grams; stop at the limit or when no sentence raises it (so some
/// documents get fewer sentences). Tokens are ROUGE's (``RougeScorer/tokens(_:)``:
/// lower-cased, alphanumeric, Porter-stemmed), so the oracle aims at the figure Brief reports.
/// The tokenizer caches stems, which is why the methods are `mutating`.
public struct ExtractiveOracle: Sendable {
  private var tokenizer = RougeTokenizer(stemming: true)
  private let splitter: SentenceSplitter

  /// Creates an oracle whose sentences come from the splitter of `language`.
  public init(language: Language = .english) {
    splitter = SentenceSplitter(language: language)
  }

  /// The indices (ascending) of at most `limit` sentences chosen greedily.
  ///
  /// - Parameters:
  ///   - sentences: the candidate sentences.
  ///   - references: the reference key points (joined with spaces, as PreSumm does).
  ///   - limit: the most sentences to choose.
  ///   - wordBudget: with `wordCounts` (one per sentence), the most words: a sentence is a
  ///     candidate only while it fits (the first one, when no sentence fits, is any).
  /// - Complexity: O(`limit` × *n* × *t*) for *n* sentences of *t* tokens.
  public mutating func choose(
    sentences: [String], references: [String], limit: Int, wordCounts: [Int]? = nil,
    wordBudget: Int = .max
  ) -> [Int] {
    let words = wordCounts ?? []
    let noneFits = !words.contains { $0 <= wordBudget }
    var used = 0
    let reference = tokenizer.ids(references.joined(separator: " "))
    let referenceSets = (Self.ngrams(reference, n: 1), Self.ngrams(reference, n: 2))
    let sentenceSets = sentences.map { sentence in
      let ids = tokenizer.ids(sentence)
      return (Self.ngrams(ids, n: 1), Self.ngrams(ids, n: 2))
    }
    var chosen: [Int] = []
    var chosenSets = (Set<UInt64>(), Set<UInt64>())
    var best = 0.0
    for _ in 0..<min(limit, sentences.count) {
      var stepBest = best
      var stepChoice: Int?
      for (index, sets) in sentenceSets.enumerated() where !chosen.contains(index) {
        if index < words.count && used + words[index] > wordBudget
          && !(chosen.isEmpty && noneFits)
        {
          continue
        }
        let score =
          Self.f1(chosenSets.0, adding: sets.0, against: referenceSets.0)
          + Self.f1(chosenSets.1, adding: sets.1, against: referenceSets.1)
        if score > stepBest {
          stepBest = score
          stepChoice = index
        }
      }
      guard let choice = stepChoice else { break }
      chosen.append(choice)
      if choice < words.count { used += words[choice] }
      chosenSets.0.formUnion(sentenceSets[choice].0)
      chosenSets.1.formUnion(sentenceSets[choice].1)
      best = stepBest
    }
    return chosen.sorted()
  }

  /// The oracle's summary of a document.
  ///
  /// Its body is split into sentences, which are chosen against its key points. The oracle
  /// does not rank: every sentence's score is 0.
  public mutating func summarize(_ document: Document, sentences limit: Int) -> Summary {
    summarize(document, length: .sentences(limit))
  }

  /// The oracle's summary of a document, of at most `length` sentences or within a word
  /// budget (cut to it, as ``SummaryOptions/cutsToBudget`` cuts; a ratio counts the body's
  /// sentences).
  ///
  /// Sentences are chosen against the key points, or with several ``Document/references``
  /// against the first.
  public mutating func summarize(_ document: Document, length: SummaryLength) -> Summary {
    let body = document.body
    let ranges = splitter.sentences(in: body)
    let texts = ranges.map { splitter.text(of: $0, in: body) }
    let references = document.referenceSummaries.first ?? []
    var limit = ranges.count
    var wordCounts: [Int]?
    var budget = Int.max
    switch length {
    case .sentences(let count): limit = count
    case .ratio(let ratio): limit = max(1, Int((ratio * Double(ranges.count)).rounded()))
    case .words, .leadWords:
      let counts = Words.counts(in: body, ranges: ranges)
      wordCounts = counts
      budget = length.wordBudget(sentenceWords: counts) ?? Int.max
    }
    let chosen = choose(
      sentences: texts, references: references, limit: limit, wordCounts: wordCounts,
      wordBudget: budget)
    let summary = Summary(
      id: document.id, title: document.title, source: document.source,
      sentences: chosen.map { index in
        Summary.Sentence(index: index, text: texts[index], range: ranges[index], score: 0)
      },
      sentenceCount: ranges.count)
    guard wordCounts != nil else { return summary }
    return summary.cut(toWords: budget, body: body, splitter: splitter)
  }

  /// The oracle's summaries of a corpus, on all cores, in input order.
  ///
  /// - Parameters:
  ///   - documents: the documents, each with its key points.
  ///   - limit: the most sentences per summary.
  ///   - progress: called from worker threads with the number of documents done.
  public func summarize(
    _ documents: [Document], sentences limit: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Summary] {
    summarize(documents, length: .sentences(limit), progress: progress)
  }

  /// The oracle's summaries of a corpus at `length` (see ``summarize(_:length:)``), on all
  /// cores, in input order.
  public func summarize(
    _ documents: [Document], length: SummaryLength,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Summary] {
    let count = documents.count
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    let results = SlotArray<Summary>(count: count)
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var oracle = self
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        if index >= count { break }
        results[index] = oracle.summarize(documents[index], length: length)
        progress?(done.add(1, ordering: .relaxed).newValue, count)
      }
    }
    return (0..<count).map { index in
      results[index]
        ?? Summary(
          id: documents[index].id, title: documents[index].title,
          source: documents[index].source, sentences: [], sentenceCount: 0)
    }
  }

  private static func ngrams(_ ids: [Int32], n: Int) -> Set<UInt64> {
    guard ids.count >= n else { return [] }
    var result = Set<UInt64>(minimumCapacity: ids.count)
    for start in 0...(ids.count - n) {
      var key = UInt64(UInt32(bitPattern: ids[start]))
      if n == 2 { key = key << 32 | UInt64(UInt32(bitPattern: ids[start + 1])) }
      result.insert(key)
    }
    return result
  }

  /// F1 of the n-gram set `chosen ∪ added` against `reference`, with PreSumm's 1e-8 guard.
  private static func f1(
    _ chosen: Set<UInt64>, adding added: Set<UInt64>, against reference: Set<UInt64>
  )
    -> Double
  {
    var size = chosen.count
    var overlap = 0
    for gram in chosen where reference.contains(gram) { overlap += 1 }
    for gram in added where !chosen.contains(gram) {
      size += 1
      if reference.contains(gram) { overlap += 1 }
    }
    guard size > 0, !reference.isEmpty else { return 0 }
    let precision = Double(overlap) / Double(size)
    let recall = Double(overlap) / Double(reference.count)
    return 2 * (precision * recall / (precision + recall + 1e-8))
  }
}
