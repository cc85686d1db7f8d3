import Foundation

/// Splits and analyzes the documents of a corpus on all cores, and numbers their terms for
/// the whole corpus: the stage both summaries and the sentence index start from.
///
///     let corpus = try CorpusAnalysis(language: .english, contents: .search)
///       .analyze(documents)
///     let first = corpus.take(0)   // its term ids are the corpus's: corpus.vocabulary
///
/// Each thread analyzes with its own ``Analyzer`` (analyzers are not thread-safe), so each
/// numbers terms its own way; the vocabularies are then merged, and every document is
/// renumbered to the corpus's ids as it is taken. Corpus ids are those one analyzer would
/// give reading the documents in order (a term is numbered where it first appears), so
/// they depend neither on the number of threads nor on which thread analyzed what.
internal struct CorpusAnalysis: Sendable {
  /// The language of the analyzers and the sentence splitter.
  internal let language: Language
  /// What each document's analysis reads beyond its terms.
  internal let contents: AnalyzedDocument.Contents
  /// The most threads to analyze on; nil for one per active core.
  internal let workers: Int?
  /// Whether to count the documents whose body holds each term.
  internal let countsDocumentFrequencies: Bool
  private let splitter: SentenceSplitter

  /// Creates the stage.
  ///
  /// - Parameters:
  ///   - language: the language of the analyzers and the sentence splitter.
  ///   - contents: what each document's analysis reads beyond its terms.
  ///   - workers: the most threads to analyze on (at least 1); nil for one per active core.
  ///   - countsDocumentFrequencies: whether to count the documents whose body holds each
  ///     term (``AnalyzedCorpus/documentFrequencies``).
  internal init(
    language: Language, contents: AnalyzedDocument.Contents, workers: Int? = nil,
    countsDocumentFrequencies: Bool = false
  ) {
    self.language = language
    self.contents = contents
    self.workers = workers.map { max(1, $0) }
    self.countsDocumentFrequencies = countsDocumentFrequencies
    self.splitter = SentenceSplitter(language: language)
  }

  /// The resources of one analyzing thread.
  internal struct Worker {
    /// Numbers the terms of the documents this worker analyzes.
    internal let analyzer: Analyzer
    fileprivate var scratch = AnalyzedDocument.Scratch()
    fileprivate var frequencies = DocumentFrequencyCounter()

    /// A worker with a fresh analyzer.
    ///
    /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
    internal init(language: Language) throws(BriefError) {
      analyzer = try Analyzer(language: language)
    }
  }

  /// The documents as the workers analyze them, with where each was analyzed.
  internal final class Slots: Sendable {
    fileprivate let documents: SlotArray<AnalyzedDocument>
    fileprivate let provenance: SlotArray<AnalyzedCorpus.Provenance>
    fileprivate let count: Int

    /// Room for `count` documents.
    internal init(count: Int) {
      documents = SlotArray(count: count)
      provenance = SlotArray(count: count)
      self.count = count
    }
  }

  /// Analyzes `documents`.
  ///
  /// - Parameters:
  ///   - documents: the corpus.
  ///   - progress: called from the analyzing threads once per document analyzed.
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(n) in the corpus length; the merge is O(v) in the threads' summed
  ///   vocabulary sizes.
  internal func analyze(_ documents: [Document], progress: @Sendable () -> Void = {})
    throws(BriefError) -> AnalyzedCorpus
  {
    let count = documents.count
    let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
    var workers: [Worker] = []
    for _ in 0..<threads { workers.append(try Worker(language: language)) }
    let pool = WorkerPool(workers: workers)
    let slots = Slots(count: count)
    pool.run(count: count) { index, worker, resource in
      analyze(documents[index], at: index, worker: worker, with: &resource, into: slots)
      progress()
    }
    return corpus(of: slots, workers: pool.workers)
  }

  /// Analyzes the document at `index` of the corpus with a worker's resources (worker
  /// number `worker`), into its slot; a worker must be given its documents in order.
  internal func analyze(
    _ document: Document, at index: Int, worker: Int, with resource: inout Worker,
    into slots: Slots
  ) {
    let analyzer = resource.analyzer
    let firstNew = analyzer.vocabulary.count
    let analyzed = AnalyzedDocument(
      document, splitter: splitter, analyzer: analyzer, contents: contents,
      scratch: &resource.scratch)
    let termCount = analyzer.vocabulary.count
    if countsDocumentFrequencies {
      // A document holds the terms of its body.
      let first = analyzed.firstSentenceUnit
      let bodyStart = first == 0 ? 0 : Int(analyzed.termEnds[first - 1])
      resource.frequencies.add(
        analyzed.terms[bodyStart...], marker: Int32(truncatingIfNeeded: index),
        termCount: termCount)
    }
    slots.provenance[index] = AnalyzedCorpus.Provenance(
      worker: Int32(worker), newTerms: Int32(firstNew)..<Int32(termCount),
      units: analyzed.unitCount, terms: analyzed.terms.count, names: analyzed.names.count,
      context: analyzed.context.count)
    slots.documents[index] = analyzed
  }

  /// The corpus of the analyzed `slots`, its vocabulary merged from the `workers`' (in
  /// worker-number order).
  internal func corpus(of slots: Slots, workers: [Worker]) -> AnalyzedCorpus {
    AnalyzedCorpus(
      documents: slots.documents, provenance: slots.provenance, count: slots.count,
      analyzers: workers.map(\.analyzer),
      frequencies: countsDocumentFrequencies ? workers.map(\.frequencies.counts) : nil)
  }
}
