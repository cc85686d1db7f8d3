/// The documents of a corpus analyzed (``CorpusAnalysis``), with one vocabulary for all.
///
/// Each document is taken once, by ``take(_:)``, which hands it over with the corpus's term
/// ids and frees its slot; several threads may take different documents at once.
internal final class AnalyzedCorpus: @unchecked Sendable {
  /// The terms of the whole corpus, numbered as one analyzer reading the documents in order
  /// would number them.
  internal let vocabulary: Vocabulary
  /// The number of documents whose body holds each term (empty unless counted).
  internal let documentFrequencies: [Int32]
  /// The number of documents.
  internal let count: Int
  /// The corpus's units, term ids, names and context ids in all (each document's
  /// ``AnalyzedDocument/unitCount`` and id lists summed).
  internal let totals: (units: Int, terms: Int, names: Int, context: Int)

  /// Where one document was analyzed, what its analysis added, and its sizes.
  internal struct Provenance: Sendable {
    /// The worker whose analyzer numbered the document's terms.
    let worker: Int32
    /// The ids the document's analysis added to that analyzer's vocabulary.
    let newTerms: Range<Int32>
    let units: Int
    let terms: Int
    let names: Int
    let context: Int
  }

  private let documents: SlotArray<AnalyzedDocument>
  /// The worker that analyzed each document.
  private let workers: [Int32]
  /// Each worker's ids to the corpus's; nil when one worker analyzed everything (its ids
  /// are the corpus's).
  private let corpusIDs: [[Int32]]?

  /// Merges the workers' vocabularies: the documents are walked in order and the terms each
  /// one added to its worker's vocabulary are numbered in the corpus's where not there yet,
  /// which gives the ids a single analyzer would have given (a worker analyzes its
  /// documents in order, so a term's first document is the first that added it to some
  /// worker's vocabulary).
  ///
  /// - Parameters:
  ///   - documents: the analyzed documents, in their workers' ids.
  ///   - provenance: where each document was analyzed.
  ///   - count: the number of documents.
  ///   - analyzers: each worker's analyzer.
  ///   - frequencies: each worker's document counts by its own ids, if counted.
  internal init(
    documents: SlotArray<AnalyzedDocument>, provenance: SlotArray<Provenance>, count: Int,
    analyzers: [Analyzer], frequencies: [[Int32]]?
  ) {
    self.documents = documents
    self.count = count
    var workers = [Int32](repeating: 0, count: count)
    var totals = (units: 0, terms: 0, names: 0, context: 0)
    var vocabulary = Vocabulary()
    var corpusIDs: [[Int32]] = []
    let merging = analyzers.count > 1
    let workerTerms = merging ? analyzers.map(\.vocabulary.terms) : []
    if merging {
      vocabulary.reserveCapacity(workerTerms.reduce(0) { $0 + $1.count })
      corpusIDs = workerTerms.map { [Int32](repeating: -1, count: $0.count) }
    } else {
      vocabulary = analyzers.first?.vocabulary ?? Vocabulary()
    }
    for index in 0..<count {
      guard let analyzed = provenance[index] else { continue }
      workers[index] = analyzed.worker
      totals.units += analyzed.units
      totals.terms += analyzed.terms
      totals.names += analyzed.names
      totals.context += analyzed.context
      guard merging else { continue }
      let worker = Int(analyzed.worker)
      for id in analyzed.newTerms {
        corpusIDs[worker][Int(id)] = vocabulary.intern(workerTerms[worker][Int(id)])
      }
    }
    self.workers = workers
    self.totals = totals
    self.vocabulary = vocabulary
    self.corpusIDs = merging ? corpusIDs : nil

    guard let frequencies else {
      documentFrequencies = []
      return
    }
    var merged = [Int32](repeating: 0, count: vocabulary.count)
    for (worker, counts) in frequencies.enumerated() {
      // (A count may run past its vocabulary, with zeros.)
      let termCount = min(counts.count, analyzers[worker].vocabulary.count)
      for id in 0..<termCount {
        let corpusID = merging ? Int(corpusIDs[worker][id]) : id
        merged[corpusID] += counts[id]
      }
    }
    documentFrequencies = merged
  }

  /// The document at `index` with the corpus's term ids, moved out of the corpus (nil if it
  /// was taken before).
  internal func take(_ index: Int) -> AnalyzedDocument? {
    guard var document = documents.take(index) else { return nil }
    if let corpusIDs {
      corpusIDs[Int(workers[index])].withUnsafeBufferPointer { document.renumberTerms($0) }
    }
    return document
  }
}
