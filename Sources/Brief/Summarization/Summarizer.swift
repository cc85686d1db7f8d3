import Foundation
import Synchronization

/// Chooses key points: the sentences of a document that best summarize it.
///
///     let summarizer = try Summarizer(options: SummaryOptions(length: .sentences(3)))
///     let summary = try summarizer.summarize(document)
///     summary.sentences.map(\.text)   // three sentences, in document order
///
/// One document is weighed against its own sentences (a term in few sentences weighs
/// more); a corpus is weighed by document frequencies over the corpus. Output is
/// deterministic: ties go to the earlier sentence.
public struct Summarizer: Sendable {
  /// The options every summary uses.
  public let options: SummaryOptions
  /// The most threads a corpus is summarized on; nil for one per active core.
  public let workers: Int?
  private let splitter: SentenceSplitter

  /// Creates a summarizer.
  ///
  /// - Parameters:
  ///   - options: the options every summary uses.
  ///   - workers: the most threads ``summarize(_:progress:)`` uses for a corpus (1: the
  ///     calling thread only); nil, the default, for one per active core. Output does not
  ///     depend on it.
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for an out-of-range length,
  ///   ``BriefError/stemmerUnavailable(language:)`` if the language has no stemmer.
  public init(options: SummaryOptions = SummaryOptions(), workers: Int? = nil)
    throws(BriefError)
  {
    try options.validate()
    if let workers, workers < 1 {
      throw .invalidParameter(name: "workers", reason: "must be at least 1, got \(workers)")
    }
    self.workers = workers
    _ = try Stemmer(language: options.language)
    self.options = options
    self.splitter = SentenceSplitter(language: options.language)
  }

  /// Summarizes one document, weighing terms by how few of its sentences hold them.
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when the body has no sentence.
  public func summarize(_ document: Document) throws(BriefError) -> Summary {
    let (analyzed, idf) = try analyzedAlone(document)
    return try summarize(analyzed, idf: idf)
  }

  /// A document analyzed on its own (terms weighed by how few of its sentences hold them),
  /// as ``summarize(_:)`` analyzes it, and its idf table.
  internal func analyzedAlone(_ document: Document) throws(BriefError) -> (
    AnalyzedDocument, [Double]
  ) {
    let analyzer = try Analyzer(language: options.language)
    let analyzed = AnalyzedDocument(document, splitter: splitter, analyzer: analyzer)
    var counter = DocumentFrequencyCounter()
    let termCount = analyzer.vocabulary.count
    for (index, sentence) in analyzed.sentenceTerms.enumerated() {
      counter.add(sentence, marker: Int32(truncatingIfNeeded: index), termCount: termCount)
    }
    let idf = Self.idfTable(
      counts: counter.counts, termCount: termCount, documentCount: counter.units)
    return (analyzed, idf)
  }

  /// Summarizes a corpus on all cores (or ``workers`` threads), weighing terms by document frequency over the
  /// corpus (a single document is weighed by its sentences, as in ``summarize(_:)``).
  ///
  /// - Parameters:
  ///   - documents: the corpus.
  ///   - progress: called from worker threads with the number of steps done out of
  ///     `2 × documents.count` (analysis, then selection).
  /// - Returns: one result per document, in input order.
  public func summarize(
    _ documents: [Document], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Result<Summary, BriefError>] {
    map(documents, progress: progress) { document, idf throws(BriefError) in
      try summarize(document, idf: idf)
    }
  }

  /// `transform` of every document of a corpus analyzed as ``summarize(_:progress:)``
  /// analyzes it (a single document on its own, as ``summarize(_:)`` does), on all cores
  /// (or ``workers`` threads); each analyzed document is given with the idf of every term id.
  ///
  /// - Returns: one result per document, in input order.
  internal func map<T: Sendable>(
    _ documents: [Document], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?,
    _ transform: @Sendable (AnalyzedDocument, [Double]) throws(BriefError) -> T
  ) -> [Result<T, BriefError>] {
    let count = documents.count
    if count == 0 { return [] }
    if count == 1 {
      progress?(2, 2)
      return [
        Result { () throws(BriefError) in
          let (analyzed, idf) = try analyzedAlone(documents[0])
          return try transform(analyzed, idf)
        }
      ]
    }
    let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
    let total = 2 * count
    let done = Atomic<Int>(0)

    // 1. Split and analyze on all threads; count the documents holding each term.
    let corpus: AnalyzedCorpus
    do {
      corpus = try CorpusAnalysis(
        language: options.language, contents: .summary, workers: threads,
        countsDocumentFrequencies: true
      ).analyze(documents) { progress?(done.add(1, ordering: .relaxed).newValue, total) }
    } catch {
      return documents.map { _ in .failure(error) }
    }

    // 2. The idf of every corpus term.
    let weighting = TFIDF()
    let idf = corpus.documentFrequencies.map { frequency in
      weighting.idf(documentFrequency: Int(frequency), documentCount: count)
    }

    // 3. Transform, each document taken (and freed) on the thread that handles it.
    let results = SlotArray<Result<T, BriefError>>(count: count)
    WorkerPool(threads: threads).run(count: count) { index, _, _ in
      guard let document = corpus.take(index) else { return }
      results[index] = Result { () throws(BriefError) in try transform(document, idf) }
      progress?(done.add(1, ordering: .relaxed).newValue, total)
    }
    return (0..<count).map { results[$0] ?? .failure(.emptyBody(source: documents[$0].source)) }
  }

  /// The TF-IDF idf of every term id `0..<termCount`, from per-id unit counts (ids past
  /// the end of `counts` are in no unit).
  internal static func idfTable(counts: [Int32], termCount: Int, documentCount: Int) -> [Double] {
    let weighting = TFIDF()
    return (0..<termCount).map { id in
      weighting.idf(
        documentFrequency: id < counts.count ? Int(counts[id]) : 0, documentCount: documentCount)
    }
  }

  /// The sentences of an analyzed document with their scores, before selection.
  internal struct Scored {
    /// The analyzed document.
    var analyzed: AnalyzedDocument
    /// The sentences' term-weight vectors, for similarity.
    var vectors: [SentenceVector]
    /// One score per sentence, higher is better.
    var scores: [Double]
    /// The explanation of a sentence's score (nil for scorers without features).
    var explain: ((Int) -> ScoreExplanation)?
  }

  /// Scores the sentences of an analyzed document by ``options``' method.
  ///
  /// - Throws: ``BriefError/emptyBody(source:)`` when the body has no sentence.
  internal func score(_ analyzed: AnalyzedDocument, idf: [Double]) throws(BriefError) -> Scored {
    guard analyzed.sentenceCount > 0 else { throw .emptyBody(source: analyzed.document.source) }
    let vectors = analyzed.sentenceTerms.map { terms in
      SentenceVector(termIDs: terms) { tf, id in tfidfWeight(tf, idf[Int(id)]) }
    }
    switch options.method {
    case .tfidf:
      let scorer = TFIDFScorer(weights: options.weights)
      let features = scorer.features(for: analyzed, vectors: vectors, idf: idf)
      // Explanations are made for the chosen sentences only.
      return Scored(
        analyzed: analyzed, vectors: vectors, scores: features.map(scorer.score),
        explain: { scorer.explain(features[$0]) })
    case .lead:
      return Scored(
        analyzed: analyzed, vectors: vectors,
        scores: LeadScorer().scores(for: analyzed, vectors: vectors, idf: idf), explain: nil)
    }
  }

  /// The summary of the chosen sentences (indices ascending), with their `scores`.
  internal func summary(of scored: Scored, chosen: [Int], scores: [Double]) -> Summary {
    let analyzed = scored.analyzed
    let document = analyzed.document
    let sentences = chosen.map { index in
      let range = analyzed.sentenceRanges[index]
      return Summary.Sentence(
        index: index, text: splitter.text(of: range, in: document.body), range: range,
        score: scores[index], explanation: scored.explain?(index))
    }
    return Summary(
      id: document.id, title: document.title, source: document.source, sentences: sentences,
      sentenceCount: analyzed.sentenceCount)
  }

  /// The MMR redundancy penalty of ``options``' method (none for the lead baseline).
  internal var redundancy: Double { options.method == .lead ? 0 : options.weights.redundancy }

  /// Scores and selects the sentences of an analyzed document.
  private func summarize(_ analyzed: AnalyzedDocument, idf: [Double]) throws(BriefError) -> Summary
  {
    let scored = try score(analyzed, idf: idf)
    let wordCounts = budgetWordCounts(analyzed)
    let budget = options.length.wordBudget(sentenceWords: wordCounts)
    let chosen: [Int]
    if options.method == .lead, let budget {
      chosen = Selection.leading(
        wordCounts: wordCounts, budget: budget, covering: options.cutsToBudget)
    } else {
      chosen = Selection.choose(
        scores: scored.scores, vectors: scored.vectors, wordCounts: wordCounts,
        length: options.length, redundancy: redundancy)
    }
    return cutToBudget(
      summary(of: scored, chosen: chosen, scores: scored.scores), budget: budget,
      body: analyzed.document.body)
  }

  /// The words of each sentence that a word budget counts (``Words``); for a length in
  /// sentences, the analyzer's counts (which selection then does not read).
  internal func budgetWordCounts(_ analyzed: AnalyzedDocument) -> [Int] {
    guard options.length.isWordBudget else { return analyzed.sentenceWordCounts }
    return Words.counts(in: analyzed.document.body, ranges: analyzed.sentenceRanges)
  }

  /// The summary within a word budget: cut to `budget` words when
  /// ``SummaryOptions/cutsToBudget`` or when it is longer (only when no sentence fits, and
  /// the one chosen is then cut short); as it is without a budget.
  internal func cutToBudget(_ summary: Summary, budget: Int?, body: String) -> Summary {
    guard let budget else { return summary }
    return summary.cut(toWords: budget, body: body, splitter: splitter)
  }
}
