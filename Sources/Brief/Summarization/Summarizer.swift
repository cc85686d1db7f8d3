import Dispatch
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
    let analyzer = try Analyzer(language: options.language)
    let analyzed = AnalyzedDocument(document, splitter: splitter, analyzer: analyzer)
    // Each sentence is a unit of the document-frequency count.
    let counter = DocumentFrequencyCounter()
    for (index, sentence) in analyzed.sentenceTerms.enumerated() {
      counter.add(sentences: CollectionOfOne(sentence), marker: Int32(truncatingIfNeeded: index))
    }
    let idf = Self.idfTable(
      counts: counter.counts, termCount: analyzer.vocabulary.count,
      documentCount: counter.documents)
    return try summarize(analyzed, idf: idf)
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
    let count = documents.count
    if count == 0 { return [] }
    if count == 1 {
      progress?(2, 2)
      return [Result { () throws(BriefError) in try summarize(documents[0]) }]
    }
    let workerCount = max(
      1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
    var analyzers: [Analyzer] = []
    for _ in 0..<workerCount {
      guard let analyzer = try? Analyzer(language: options.language) else {
        return documents.map { _ in
          .failure(.stemmerUnavailable(language: options.language.rawValue))
        }
      }
      analyzers.append(analyzer)
    }
    let pool = WorkerPool(workers: analyzers)
    let total = 2 * count
    let done = Atomic<Int>(0)

    // 1. Split and analyze, each worker with its own analyzer, and count document
    // frequencies by the worker's own term ids (no hashing).
    let analyzed = SlotArray<(AnalyzedDocument, Int)>(count: count)
    let counters = analyzers.map { _ in DocumentFrequencyCounter() }
    pool.run(count: count) { index, worker, analyzer in
      let document = AnalyzedDocument(documents[index], splitter: splitter, analyzer: analyzer)
      counters[worker].add(document, marker: Int32(truncatingIfNeeded: index))
      analyzed[index] = (document, worker)
      progress?(done.add(1, ordering: .relaxed).newValue, total)
    }

    // 2. Merge the counts by term text, since ids differ between analyzers.
    let documentCount = counters.reduce(0) { $0 + $1.documents }
    let weighting = TFIDF()
    let idfTables: [[Double]]
    if analyzers.count == 1 {
      // One analyzer: its ids are the corpus's, no merge by term text is needed.
      idfTables = [
        Self.idfTable(
          counts: counters[0].counts, termCount: analyzers[0].vocabulary.count,
          documentCount: documentCount)
      ]
    } else {
      // The first analyzer's ids number the merged counts; another worker's terms are
      // looked up there by text once (new ones numbered after), so that each table is then
      // filled through an id map, without hashing.
      let first = analyzers[0].vocabulary
      var merged = [Int](repeating: 0, count: first.count)
      // (A counter's array may run past its vocabulary, with zeros.)
      for (id, count) in counters[0].counts.prefix(first.count).enumerated() {
        merged[id] = Int(count)
      }
      var unseen: [String: Int] = [:]
      var maps: [[Int]] = [Array(0..<first.count)]
      for worker in 1..<analyzers.count {
        let counts = counters[worker].counts
        var map: [Int] = []
        map.reserveCapacity(analyzers[worker].vocabulary.count)
        for (id, term) in analyzers[worker].vocabulary.terms.enumerated() {
          let slot: Int
          if let known = first.id(of: term) {
            slot = Int(known)
          } else if let known = unseen[term] {
            slot = known
          } else {
            slot = merged.count
            unseen[term] = slot
            merged.append(0)
          }
          if id < counts.count { merged[slot] += Int(counts[id]) }
          map.append(slot)
        }
        maps.append(map)
      }
      let frequencies = merged
      let slotMaps = maps
      let tables = SlotArray<[Double]>(count: analyzers.count)
      DispatchQueue.concurrentPerform(iterations: slotMaps.count) { worker in
        tables[worker] = slotMaps[worker].map { slot in
          weighting.idf(documentFrequency: frequencies[slot], documentCount: documentCount)
        }
      }
      idfTables = (0..<analyzers.count).map { tables[$0] ?? [] }
    }

    // 3. Score and select.
    let results = SlotArray<Result<Summary, BriefError>>(count: count)
    pool.run(count: count) { index, _, _ in
      guard let (document, worker) = analyzed[index] else { return }
      analyzed[index] = nil  // freed here, on this thread, rather than all at the end
      results[index] = Result { () throws(BriefError) in
        try summarize(document, idf: idfTables[worker])
      }
      progress?(done.add(1, ordering: .relaxed).newValue, total)
    }
    return (0..<count).map { results[$0] ?? .failure(.emptyBody(source: documents[$0].source)) }
  }

  /// The TF-IDF idf of every term id `0..<termCount`, from per-id unit counts (ids past
  /// the end of `counts` are in no unit).
  private static func idfTable(counts: [Int32], termCount: Int, documentCount: Int) -> [Double] {
    let weighting = TFIDF()
    return (0..<termCount).map { id in
      weighting.idf(
        documentFrequency: id < counts.count ? Int(counts[id]) : 0, documentCount: documentCount)
    }
  }

  /// Scores and selects the sentences of an analyzed document.
  private func summarize(_ analyzed: AnalyzedDocument, idf: [Double]) throws(BriefError) -> Summary
  {
    let document = analyzed.document
    guard analyzed.sentenceCount > 0 else { throw .emptyBody(source: document.source) }
    let vectors = analyzed.sentenceTerms.map { terms in
      SentenceVector(termIDs: terms) { tf, id in tfidfWeight(tf, idf[Int(id)]) }
    }
    let scores: [Double]
    // Explanations are made for the chosen sentences only.
    var explain: ((Int) -> ScoreExplanation)? = nil
    switch options.method {
    case .tfidf:
      let scorer = TFIDFScorer(weights: options.weights)
      let features = scorer.features(for: analyzed, vectors: vectors, idf: idf)
      scores = features.map(scorer.score)
      explain = { scorer.explain(features[$0]) }
    case .lead:
      scores = LeadScorer().scores(for: analyzed, vectors: vectors, idf: idf)
    }
    let redundancy = options.method == .lead ? 0 : options.weights.redundancy
    let chosen = Selection.choose(
      scores: scores, vectors: vectors, wordCounts: analyzed.sentenceWordCounts,
      length: options.length, redundancy: redundancy)
    let sentences = chosen.map { index in
      let range = analyzed.sentenceRanges[index]
      return Summary.Sentence(
        index: index, text: splitter.text(of: range, in: document.body), range: range,
        score: scores[index], explanation: explain?(index))
    }
    return Summary(
      id: document.id, title: document.title, source: document.source, sentences: sentences,
      sentenceCount: analyzed.sentenceCount)
  }
}

/// Document frequencies by one analyzer's term ids, counted by the one worker thread that
/// owns that analyzer (``WorkerPool`` hands each worker index to one thread at a time,
/// which is what makes the `@unchecked Sendable` sound).
private final class DocumentFrequencyCounter: @unchecked Sendable {
  /// Documents holding each term id (ids past the end: none).
  private(set) var counts: [Int32] = []
  /// The marker of the last document that counted each id.
  private var lastSeen: [Int32] = []
  /// Documents counted.
  private(set) var documents = 0

  /// Counts each distinct term of `document` once; `marker` must differ between documents.
  func add(_ document: AnalyzedDocument, marker: Int32) {
    add(sentences: document.sentenceTerms, marker: marker)
  }

  /// Counts each distinct term of one unit, given as its sentences' term ids, once.
  func add(sentences: some Collection<[Int32]>, marker: Int32) {
    documents += 1
    // Worked on as locals (moved out and back, so never copied): no exclusivity check
    // per term on the stored properties.
    var counts = self.counts
    var lastSeen = self.lastSeen
    self.counts = []
    self.lastSeen = []
    defer {
      self.counts = counts
      self.lastSeen = lastSeen
    }
    for sentence in sentences {
      for id in sentence {
        let index = Int(id)
        if index >= counts.count {
          let size = max(index + 1, counts.count * 2, 1024)
          counts.append(contentsOf: repeatElement(0, count: size - counts.count))
          lastSeen.append(contentsOf: repeatElement(-1, count: size - lastSeen.count))
        }
        if lastSeen[index] != marker {
          lastSeen[index] = marker
          counts[index] += 1
        }
      }
    }
  }
}
