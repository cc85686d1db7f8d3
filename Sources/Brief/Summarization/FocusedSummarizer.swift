/// Key points of each document that bear on a question or topic: the summarizer and the
/// answerer together.
///
///     let focused = try FocusedSummarizer(summarizer: try Summarizer())
///     let result = try focused.summarize(document, about: ["why was the bridge closed?"])
///     result[0].summary.sentences.map(\.text)   // in document order
///
/// Per document, every body sentence gets the answerer's score for the question
/// (``Retriever`` over that document alone, by words and, with ``encoder``, by meaning, as
/// `brief ask` ranks sentences), divided by the document's best, and the summarizer's
/// score (centrality, position and the rest, by ``Summarizer/options``), divided by the
/// document's best; ``FocusOptions`` weighs the two. The sentences the answerer found are
/// chosen first, best combined score first, with the summarizer's redundancy penalty and
/// length; then, with ``FocusOptions/fillsUp``, the best of the others. The key points
/// come out in document order.
///
/// The default weights (relevance 1, summary 1) were chosen on half of the NewsQA dev
/// articles (sorted ids, every other one) among summary weights 0, 0.25, 0.5, 1 and 2, by
/// how often three key points hold an answer (859, 869, 876, 888, 863 of 1,059 questions);
/// `Scripts/about_eval.py` scores the other half.
public struct FocusedSummarizer: Sendable {
  /// The summarizer whose scores, length and language are used.
  public let summarizer: Summarizer
  /// How relevance and the summary's scores are weighed.
  public let focus: FocusOptions
  /// The answerer's parameters.
  public let parameters: RetrievalParameters
  /// The sentence model that finds relevant sentences by meaning too (nil: by words alone).
  public let encoder: SentenceEncoder?
  /// Where sentence vectors are kept between runs (nil: encoded every time).
  public let vectorCache: VectorCache?

  /// Creates a focused summarizer.
  ///
  /// - Parameters:
  ///   - summarizer: the summarizer whose scores, length, language and threads are used.
  ///   - focus: the weights of relevance and summary scores.
  ///   - parameters: the answerer's parameters.
  ///   - encoder: the sentence model (English); nil answers by words alone.
  ///   - vectorCache: a cache for the sentence vectors of `encoder`.
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for bad weights or parameters.
  public init(
    summarizer: Summarizer, focus: FocusOptions = FocusOptions(),
    parameters: RetrievalParameters = RetrievalParameters(), encoder: SentenceEncoder? = nil,
    vectorCache: VectorCache? = nil
  ) throws(BriefError) {
    try focus.validate()
    try parameters.validate()
    self.summarizer = summarizer
    self.focus = focus
    self.parameters = parameters
    self.encoder = encoder
    self.vectorCache = vectorCache
  }

  /// The key points of one document about each of several questions, weighing terms by
  /// how few of its sentences hold them (as ``Summarizer/summarize(_:)``).
  ///
  /// The document is analyzed and indexed once for all the questions.
  /// - Returns: one focused summary per question, in order.
  /// - Throws: ``BriefError/emptyBody(source:)`` when the body has no sentence,
  ///   ``BriefError/stemmerUnavailable(language:)``.
  public func summarize(_ document: Document, about questions: [String]) throws(BriefError)
    -> [FocusedSummary]
  {
    let (analyzed, idf) = try summarizer.analyzedAlone(document)
    return try summarize(analyzed, idf: idf, about: questions)
  }

  /// The key points of every document of a corpus about a question, on all cores (the
  /// summarizer's ``Summarizer/workers``), with terms weighed over the corpus as
  /// ``Summarizer/summarize(_:progress:)`` weighs them.
  ///
  /// - Parameters:
  ///   - documents: the corpus.
  ///   - question: the question or topic.
  ///   - progress: called from worker threads with the steps done out of
  ///     `2 × documents.count`.
  /// - Returns: one result per document, in input order; a document that says nothing
  ///   about the question is summarized too, with ``FocusedSummary/bearsOnQuestion`` false.
  public func summarize(
    _ documents: [Document], about question: String,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Result<FocusedSummary, BriefError>] {
    summarizer.map(documents, progress: progress) { analyzed, idf throws(BriefError) in
      try summarize(analyzed, idf: idf, about: [question])[0]
    }
  }

  /// The focused summaries of one analyzed document.
  private func summarize(_ analyzed: AnalyzedDocument, idf: [Double], about questions: [String])
    throws(BriefError) -> [FocusedSummary]
  {
    var scored = try summarizer.score(analyzed, idf: idf)
    scored.explain = nil  // The scores shown are the combined ones.
    let top = scored.scores.max() ?? 0
    let summaryScores = scored.scores.map { top > 0 ? max(0, $0) / top : 0 }
    let relevance = try self.relevance(
      of: analyzed.document, to: questions, sentenceCount: analyzed.sentenceCount)
    let wordCounts = summarizer.budgetWordCounts(analyzed)
    return zip(questions, relevance).map { question, relevance in
      let combined = zip(relevance.scores, summaryScores).map { r, s in
        focus.relevance * r + focus.summary * s
      }
      let preferred = relevance.scores.map { $0 > 0 }
      let chosen = Selection.choose(
        scores: combined, vectors: scored.vectors, wordCounts: wordCounts,
        length: summarizer.options.length, redundancy: summarizer.redundancy,
        preferred: preferred, fillsFromRest: focus.fillsUp || !relevance.byWords)
      return FocusedSummary(
        summary: summarizer.cutToBudget(
          summarizer.summary(of: scored, chosen: chosen, scores: combined),
          budget: summarizer.options.length.wordBudget(sentenceWords: wordCounts),
          body: analyzed.document.body),
        question: question, bearsOnQuestion: relevance.byWords,
        relevantSentences: preferred.count(where: { $0 }))
    }
  }

  /// Per question, the answerer's score of each body sentence over the best (0 for one it
  /// did not find, or found only as the closest in meaning outside its pool), and whether a
  /// body sentence matched one of the question's words.
  internal func relevance(of document: Document, to questions: [String], sentenceCount: Int)
    throws(BriefError) -> [(scores: [Double], byWords: Bool)]
  {
    var index = try CorpusIndex(documents: [document], language: summarizer.options.language)
    if let encoder { index = index.encoded(with: encoder, cache: vectorCache, workers: 1) }
    let retriever = try Retriever(index: index, parameters: parameters)
    retriever.encoder = encoder
    let answers = retriever.answers(to: questions, limit: retriever.sentenceCount)
    return answers.map { answers in
      var scores = [Double](repeating: 0, count: sentenceCount)
      var byWords = false
      for answer in answers where answer.field == .body && answer.sentenceIndex < sentenceCount {
        if !answer.matchedTerms.isEmpty { byWords = true }
        if answer.contributions.contains(where: { $0.term == Retriever.fillTerm }) { continue }
        scores[answer.sentenceIndex] = max(scores[answer.sentenceIndex], answer.score)
      }
      let best = scores.max() ?? 0
      return (best > 0 ? scores.map { $0 / best } : scores, byWords)
    }
  }
}
