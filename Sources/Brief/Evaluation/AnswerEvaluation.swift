import Dispatch
import Synchronization

/// Measures answers against reference answers: each question is asked against its own
/// document, or only its paragraph, and its best sentences scored at top-1, top-3 and
/// MRR@10 (``AnswerAccuracy``).
///
///     let evaluation = AnswerEvaluation(
///       documents: documents, questions: questions, scope: .paragraph)
///     let report = try evaluation.run()
///     report.accuracy.top1   // per cent
///
/// The questions are grouped by what they search (a document, or a paragraph as a document
/// of its own); each group is answered by a retriever of its own, the groups on all cores.
/// A question whose document or paragraph is not among the documents is not asked: it
/// counts as a miss (``Report/missing``).
public struct AnswerEvaluation: Sendable {
  /// The documents the questions name by ``Document/id`` (of several with one id, the last).
  public var documents: [Document]
  /// The questions, each naming its document.
  public var questions: [QuestionRecord]
  /// What each question is asked against.
  public var scope: QuestionScope
  /// The language of the documents and questions.
  public var language: Language
  /// The retrievers' parameters.
  public var parameters: RetrievalParameters
  /// The encoder every retriever re-ranks by meaning with, or nil for answers by words
  /// alone.
  public var encoder: SentenceEncoder?
  /// Whether ``Report/features`` keeps each question's best candidates and their feature
  /// values (for fitting the weights of ``RetrievalParameters``).
  package var keepsFeatures = false

  /// The sentences asked for per question: MRR@10 reads ten.
  public static let depth = 10
  /// The candidates whose features are kept per question.
  package static let featureDepth = 50

  /// Creates an evaluation.
  public init(
    documents: [Document], questions: [QuestionRecord], scope: QuestionScope = .document,
    language: Language = .english, parameters: RetrievalParameters = RetrievalParameters(),
    encoder: SentenceEncoder? = nil
  ) {
    self.documents = documents
    self.questions = questions
    self.scope = scope
    self.language = language
    self.parameters = parameters
    self.encoder = encoder
  }

  /// What an evaluation found.
  public struct Report: Sendable {
    /// The tally over every question with an answer, those not asked included (as misses).
    public var accuracy: AnswerAccuracy
    /// The questions that were not asked: their document, or their paragraph (with
    /// ``QuestionScope/paragraph``), is not among the documents.
    public var missing: Int
    /// Per question, in order: its best sentences (at most ``AnswerEvaluation/depth``), best
    /// first; nil for a question that was not asked.
    public var ranked: [[String]?]
    /// Per question, with ``AnswerEvaluation/keepsFeatures``: its candidates' features; nil
    /// for a question that was not asked, or when features are not kept.
    package var features: [QuestionFeatures?]
  }

  /// A question's known terms (stems), their idf, and the features of its best candidates.
  package struct QuestionFeatures: Sendable {
    package var terms: [String]
    package var idf: [Double]
    package var candidates: [CandidateFeatures]
  }

  /// Asks every question and scores the answers.
  ///
  /// - Parameter progress: called from worker threads with the number of questions asked so
  ///   far, out of all the questions.
  /// - Throws: what making a retriever throws (``BriefError/invalidParameter(name:reason:)``
  ///   for bad ``parameters``, ``BriefError/stemmerUnavailable(language:)``).
  /// - Complexity: one retriever per document (or paragraph) asked about, built on all
  ///   cores; each question then costs what ``Retriever/answers(to:limit:)`` does.
  public func run(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil)
    throws(BriefError) -> Report
  {
    let (groups, missing) = groupedQuestions()
    let total = questions.count
    let answers = SlotArray<(ranked: [String], features: QuestionFeatures?)>(count: total)
    let failure = Mutex<BriefError?>(nil)
    let answered = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: groups.count) { group in
      let retriever: Retriever
      do throws(BriefError) {
        retriever = try Retriever(
          documents: [groups[group].searched], language: language, parameters: parameters)
      } catch {
        failure.withLock { $0 = $0 ?? error }
        return
      }
      retriever.encoder = encoder
      for number in groups[group].questions {
        let question = questions[number].question
        let ranked = retriever.answers(to: question, limit: Self.depth).map(\.text)
        let features = keepsFeatures ? Self.features(of: question, by: retriever) : nil
        answers[number] = (ranked, features)
        progress?(answered.add(1, ordering: .relaxed).newValue, total)
      }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    var report = Report(
      accuracy: AnswerAccuracy(), missing: missing, ranked: [], features: [])
    for (number, question) in questions.enumerated() {
      let answer = answers[number]
      report.accuracy.add(ranked: answer?.ranked ?? [], answers: question.answers)
      report.ranked.append(answer?.ranked)
      report.features.append(answer?.features)
    }
    return report
  }

  /// The questions by what they search, in order of first appearance, and how many
  /// questions search something that is not there.
  private func groupedQuestions() -> (
    groups: [(searched: Document, questions: [Int])], missing: Int
  ) {
    let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    var groups: [(searched: Document, questions: [Int])] = []
    var groupOfSearched: [String: Int] = [:]
    var paragraphs: [String: [Substring]] = [:]
    var missing = 0
    for (number, question) in questions.enumerated() {
      guard let searched = searchedDocument(for: question, in: byID, paragraphs: &paragraphs)
      else {
        missing += 1
        continue
      }
      if let group = groupOfSearched[searched.id] {
        groups[group].questions.append(number)
      } else {
        groupOfSearched[searched.id] = groups.count
        groups.append((searched, [number]))
      }
    }
    return (groups, missing)
  }

  /// What a question searches; nil when that is not there.
  ///
  /// That is its document, or with ``QuestionScope/paragraph`` its paragraph as a document
  /// of its own (id `DOC#N`). `paragraphs` keeps each document's paragraphs.
  private func searchedDocument(
    for question: QuestionRecord, in documents: [String: Document],
    paragraphs: inout [String: [Substring]]
  ) -> Document? {
    guard let document = documents[question.documentID] else { return nil }
    guard scope == .paragraph else { return document }
    guard let paragraph = question.paragraph else { return nil }
    let blocks = paragraphs[document.id] ?? document.blankLineParagraphs
    paragraphs[document.id] = blocks
    guard blocks.indices.contains(paragraph) else { return nil }
    return Document(
      id: "\(document.id)#\(paragraph)", title: document.title, body: String(blocks[paragraph]),
      source: document.source)
  }

  private static func features(of question: String, by retriever: Retriever)
    -> QuestionFeatures
  {
    let (terms, idf, candidates) = retriever.candidateFeatures(
      for: question, limit: featureDepth)
    return QuestionFeatures(terms: terms, idf: idf, candidates: candidates)
  }
}
