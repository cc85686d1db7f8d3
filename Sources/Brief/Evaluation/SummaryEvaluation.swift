/// Measures summaries against the documents' reference key points: ROUGE-1, ROUGE-2,
/// ROUGE-L and ROUGE-Lsum (``RougeScorer``), macro-averaged over the documents that have
/// key points.
///
///     let evaluation = SummaryEvaluation(documents: documents, sentences: 3)
///     let lead = try evaluation.scores(of: .method(.lead))
///     lead.average.points.rouge1.fMeasure   // per cent
///
/// A scoring method summarizes every document, as ``Summarizer`` summarizes a corpus (terms
/// weighed over all of them), and the documents with key points are scored; the oracle
/// summarizes only those. Summary and reference sentences are joined by newlines, so that
/// ROUGE-Lsum treats each as a sentence.
///
/// At a word budget (``SummaryLength/words(_:)``, ``SummaryLength/leadWords(_:)``) every
/// system's summary is cut to exactly the budget, as DUC scored summaries
/// (``SummaryOptions/cutsToBudget``): the lead baseline is then the body's first words. A
/// document with several ``Document/references`` is scored against each, the best F of
/// each measure kept (``RougeScorer/score(references:candidate:)``).
public struct SummaryEvaluation: Sendable {
  /// The documents, with or without key points.
  public var documents: [Document]
  /// How long each summary is.
  public var length: SummaryLength
  /// The documents' language.
  public var language: Language
  /// The weights of the ``ScoringMethod/tfidf`` method (the defaults unless tuning).
  public var weights = ScoringWeights()

  /// Creates an evaluation of `sentences`-sentence summaries.
  public init(documents: [Document], sentences: Int = 3, language: Language = .english) {
    self.init(documents: documents, length: .sentences(sentences), language: language)
  }

  /// Creates an evaluation of summaries of `length`; a word budget cuts every summary to it.
  public init(documents: [Document], length: SummaryLength, language: Language = .english) {
    self.documents = documents
    self.length = length
    self.language = language
  }

  /// The indices of the documents that have key points or references: those scored.
  public var referenced: [Int] {
    documents.indices.filter { !documents[$0].referenceSummaries.isEmpty }
  }

  /// Summarizes the documents with `system` and scores the summaries of those with key
  /// points.
  ///
  /// - Parameter progress: called from worker threads with the number of scored documents
  ///   summarized so far.
  /// - Throws: what making the summarizer throws (``BriefError/invalidParameter(name:reason:)``
  ///   for a bad ``length``, ``BriefError/stemmerUnavailable(language:)``).
  public func scores(
    of system: SummarySystem, progress: (@Sendable (_ done: Int) -> Void)? = nil
  ) throws(BriefError) -> SummaryScores {
    let referenced = self.referenced
    let scored = referenced.map { documents[$0] }
    var candidates: [[String]]
    var failures: [BriefError] = []
    switch system {
    case .method(let method):
      let summarizer = try Summarizer(
        options: SummaryOptions(
          length: length, method: method, language: language, weights: weights,
          cutsToBudget: length.isWordBudget))
      let summaries = summarizer.summarize(documents) { done, total in
        progress?(done * scored.count / max(total, 1))
      }
      candidates = referenced.map { index in
        switch summaries[index] {
        case .success(let summary): return summary.sentences.map(\.text)
        case .failure(let error):
          failures.append(error)
          return []
        }
      }
    case .oracle:
      try SummaryOptions(length: length).validate()
      let oracle = ExtractiveOracle(language: language)
      candidates = oracle.summarize(scored, length: length) { done, _ in progress?(done) }
        .map { $0.sentences.map(\.text) }
    }
    var scorer = RougeScorer()
    var average = RougeAverage()
    var perDocument: [SummaryScores.DocumentScores] = []
    for (document, candidate) in zip(scored, candidates) {
      let scores = scorer.score(references: document.referenceSummaries, candidate: candidate)
      average.add(scores)
      perDocument.append(SummaryScores.DocumentScores(id: document.id, scores: scores))
    }
    return SummaryScores(
      system: system, average: average, perDocument: perDocument, failures: failures)
  }
}
