/// Answers questions with the sentences of a corpus that best match them.
///
///     let retriever = try Retriever(documents: documents)
///     let best = retriever.answers(to: "What did Sheinbaum reject?", limit: 3)
///     best.first?.text        // "In recent statements made by Claudia Sheinbaum, …"
///     best.first?.field       // .body
///
/// Every body sentence, title and key point is searchable (``Answer/field`` says which).
/// Answering is a pipeline of small stages:
/// 1. the question is analyzed against the index (``QuestionAnalyzer``): its terms, pairs,
///    word forms and the kind of answer it asks for; words that only frame the question
///    ("many" in "how many", "year" in "what year") are not searched;
/// 2. the first stage (``LexicalSearch``) finds the units that best match its terms through
///    their postings only: BM25 (Lucene's idf) plus context (a sentence that opens with a
///    pronoun also counts the names of the sentence before it), neighbours, the question
///    terms of the sentence before that the sentence lacks (it may go on to give the
///    answer), paragraph and document evidence and the kind of answer (a number, a year);
/// 3. the re-ranking (``Reranker``) adds adjacent question-term pairs, then, for the best
///    few, the question's own word forms ("founded", not only "found"), its phrases, words
///    related to the question's ("invented" for "inventor"; in English also WordNet
///    synonyms, "perished" for "die") and, with an ``encoder``, closeness in meaning.
///
/// Every feature is one function of ``AnswerFeatures``, which the ranking and an answer's
/// ``Answer/contributions`` share. See ``RetrievalParameters`` for the weights.
///
/// A retriever owns an analyzer for questions and scratch buffers, so it is not
/// thread-safe: use one per thread or task.
public final class Retriever {
  /// The documents searched, in input order.
  public let documents: [Document]
  /// The parameters in use.
  public let parameters: RetrievalParameters
  internal let features: AnswerFeatures
  private let questions: QuestionAnalyzer
  private var lexical: LexicalSearch
  internal let reranker: Reranker
  private var meaning = MeaningCache()
  private var corpusWords: CorpusWords

  /// The encoder whose word-piece vectors re-rank the best candidates by meaning.
  ///
  /// Weighed by ``RetrievalParameters/meaningWeight``; nil answers by the words alone. Encoding a
  /// sentence costs milliseconds (about 10 on one core of a 2020s server), so each unit's
  /// vectors are kept once computed (``MeaningCache``).
  public var encoder: SentenceEncoder? {
    didSet { meaning.removeAll() }
  }

  /// Indexes `documents`, analyzing them on all cores.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for bad `parameters`,
  ///   ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(n) in the corpus length.
  public convenience init(
    documents: [Document], language: Language = .english,
    parameters: RetrievalParameters = RetrievalParameters()
  ) throws(BriefError) {
    try parameters.validate()
    try self.init(
      index: CorpusIndex(documents: documents, language: language), parameters: parameters)
  }

  /// Searches an index built or opened before, with questions analyzed by its settings.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` for bad `parameters`,
  ///   ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(u) for u units (their length norms, and finding repeated documents on
  ///   all cores); the bounds of the early termination are built per question term on its
  ///   first use.
  public convenience init(
    index corpus: CorpusIndex, parameters: RetrievalParameters = RetrievalParameters()
  ) throws(BriefError) {
    try self.init(index: corpus, parameters: parameters, collapsingTwins: true)
  }

  /// `collapsingTwins` false scores every copy of a repeated document itself (for tests:
  /// the answers are the same).
  internal init(index corpus: CorpusIndex, parameters: RetrievalParameters, collapsingTwins: Bool)
    throws(BriefError)
  {
    let language = corpus.settings.language
    let features = try AnswerFeatures(index: corpus.sentences, parameters: parameters)
    self.documents = corpus.documents
    self.parameters = parameters
    self.features = features
    self.questions = try QuestionAnalyzer(
      language: language, vocabulary: corpus.sentences.vocabulary, idf: features.idf)
    self.lexical = LexicalSearch(features: features, collapsingTwins: collapsingTwins)
    let texts = UnitTexts(documents: corpus.documents, index: corpus.sentences, language: language)
    let tokenizer = try Analyzer(language: language).tokenizer
    self.reranker = Reranker(
      features: features, texts: texts, tokenizer: tokenizer, language: language)
    self.corpusWords = CorpusWords(
      documents: corpus.documents, tokenizer: tokenizer, canonical: lexical.twins?.canonical)
  }

  /// The number of searchable sentences: body sentences, titles and key points.
  public var sentenceCount: Int { features.index.unitCount }

  /// The most term runs the first stage keeps cached (for tests).
  internal var runBudget: Int {
    get { lexical.runs.budget }
    set { lexical.runs.budget = newValue }
  }

  /// The most floats of sentence vectors kept (for tests).
  internal var meaningBudget: Int {
    get { meaning.budget }
    set { meaning.budget = newValue }
  }

  /// The best sentences for a question, best first.
  ///
  /// The question goes through the same analysis as the corpus (question words and stop
  /// words dropped, words stemmed). Ties go to the earlier sentence.
  ///
  /// - Parameters:
  ///   - question: any text.
  ///   - limit: the most answers wanted.
  /// - Returns: at most `limit` answers; empty when the question has no word the corpus
  ///   knows (never a random sentence).
  /// - Complexity: O(p + m log k) for p postings of the question's terms and m matching
  ///   sentences; independent of the corpus size otherwise. A document repeated in the
  ///   corpus (the same sentences, whatever its id) is scored once.
  public func answers(to question: String, limit: Int) -> [Answer] {
    guard limit > 0 else { return [] }
    let analyzed = questions.analyze(question)
    guard !analyzed.terms.isEmpty else { return [] }
    return rank(analyzed, limit: limit).map { answer($0, analyzed) }
  }

  /// Corpus words (surface forms, lowercased) that start with `prefix`, in alphabetical
  /// order, for tab completion.
  ///
  /// - Complexity: O(log w + limit) after a first call that collects the w words.
  public func words(withPrefix prefix: String, limit: Int) -> [String] {
    corpusWords.words(withPrefix: prefix, limit: limit)
  }

  /// An analyzed question (for tests and the tuning dump).
  internal func analyze(_ question: String) -> Question {
    questions.analyze(question)
  }

  /// The best `limit` candidates for a question, best first, through every stage.
  internal func rank(_ question: Question, limit: Int) -> [Candidate] {
    let candidates = lexical.candidates(question, depth: max(parameters.rerankDepth, limit))
    var meaning: (([Int32]) -> [Double])? = nil
    if let encoder {
      meaning = { units in self.meaningMatches(question, units: units, encoder: encoder) }
    }
    return reranker.rerank(candidates, question: question, limit: limit, meaning: meaning)
  }

  /// The meaning match of each unit with the question (``MeaningMatch``).
  private func meaningMatches(_ question: Question, units: [Int32], encoder: SentenceEncoder)
    -> [Double]
  {
    let texts = reranker.texts
    let (questionVectors, unitVectors) = meaning.vectors(
      question: question.text, units: units, encoder: encoder, text: texts.text(of:))
    return MeaningMatch.scores(question: questionVectors, candidates: unitVectors)
  }

  /// The answer for a candidate, with its explanation.
  internal func answer(_ candidate: Candidate, _ question: Question) -> Answer {
    let unit = Int(candidate.unit)
    let index = features.index
    let document = reranker.texts.document(of: unit)
    let (matched, contributions) = features.explanation(
      unit: unit, question, fine: candidate.fine)
    return Answer(
      documentID: document.id, title: document.title, source: document.source,
      field: index.unitFields[unit], sentenceIndex: Int(index.unitFieldIndices[unit]),
      text: reranker.texts.text(of: unit), score: candidate.score, matchedTerms: matched,
      contributions: contributions)
  }
}
