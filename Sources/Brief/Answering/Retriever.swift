import Algorithms
import Collections
import Foundation

/// Answers questions with the sentences of a corpus that best match them.
///
///     let retriever = try Retriever(documents: documents)
///     let best = retriever.answers(to: "What did Sheinbaum reject?", limit: 3)
///     best.first?.text        // "In recent statements made by Claudia Sheinbaum, …"
///     best.first?.field       // .body
///
/// Every body sentence, title and key point is searchable (``Answer/field`` says which).
/// Scoring is BM25 (Lucene's idf) over the postings of the question's terms only, plus:
/// context (a sentence that opens with a pronoun also counts the names of the sentence
/// before it), adjacent question-term pairs found adjacent in the sentence, evidence from the
/// sentence's whole document (when several are loaded), the question terms of the sentence
/// before that the sentence lacks (it may go on to give the answer), and the kind of answer
/// the question asks for (a number, a year). The best candidates are then re-ranked by the question's
/// own word forms found in them ("founded", not only "found") and by words related to the
/// question's that they hold instead ("invented" for "inventor"; in English also WordNet
/// synonyms, "perished" for "die"). Words that only frame the question ("many" in "how
/// many", "year" in "what year") are not searched. See ``RetrievalParameters``.
///
/// A retriever owns an analyzer for questions and scratch buffers, so it is not
/// thread-safe: use one per thread or task.
public final class Retriever {
  /// The documents searched, in input order.
  public let documents: [Document]
  /// The parameters in use.
  public let parameters: RetrievalParameters
  private let index: SentenceIndex
  private let splitter: SentenceSplitter
  private let analyzer: Analyzer
  /// The question analyzer's term id → the index's term id, or -1 (grown lazily).
  private var questionTerms: [Int32] = []
  /// Lucene idf per index term.
  private let idf: [Double]
  /// The idf of a term no unit holds.
  private let unseenIDF: Double
  /// BM25's length norm `k1 · (1 − b + b · length / average)` per unit length, up to the
  /// longest unit's (see ``norm(_:)``).
  private let lengthNorms: [Double]
  /// Per unit, its paragraph (low 32 bits) and its length in terms (high 32 bits): what
  /// building a term's runs reads of a posting's unit, in one load.
  private let unitShapes: [UInt64]
  /// Per index term, the documents its postings (own text or context) reach and what bounds
  /// a unit's score from the term in each (see ``TermRuns``). Built on a term's first use,
  /// so that opening a large index does not pay for a pass over all postings.
  private var termRuns: [Int32: (runs: TermRuns, uses: Int, lastUse: Int)] = [:]
  /// The runs held in `termRuns`. When they would pass ``runBudget``, the terms used least
  /// (then least recently) are dropped until half the budget is free, and the others' uses
  /// halved, so a long session's memory stays bounded (about two bytes per posting) while
  /// its common terms stay cached.
  private var cachedRuns = 0
  /// The number of questions ranked so far: when each cached term was last used.
  private var questionNumber = 0
  /// Scratch for building a term's runs, as long as the longest postings built so far.
  private var runScratch = TermRuns()
  internal var runBudget: Int
  /// The document of each paragraph.
  private let paragraphDocuments: [Int32]
  /// The unit after each paragraph's last.
  private let paragraphEnds: [Int32]
  /// Scratch for the document being scored, indexed from its first unit (paragraph):
  /// accumulated score and matched-term bits per unit, matched-term bits per paragraph.
  /// As long as the longest document, so they stay in cache.
  private var scores: [Double]
  private var masks: [UInt64]
  /// The same bits for the unit's own text only (not its context).
  private var ownMasks: [UInt64]
  private var paragraphMasks: [UInt64]
  /// Scratch: the question terms each document holds, and the bounds of the documents and
  /// paragraphs they reach.
  private var documentMasks: [UInt64]
  private var documentBounds: [Double]
  private var paragraphBounds: [Double]
  /// Repeated documents, when there are any: only the first of each kind is scored.
  private let twins: DocumentTwins?
  /// Sorted distinct lowercased words of the corpus, built on first use.
  private var surfaceWords: [String]?
  /// The index terms of the numbers spelled out (``CountedNoun/numberTerms``), found on
  /// first use.
  private var numberTerms: Set<Int32>?
  /// The encoder whose word-piece vectors re-rank the best candidates by meaning
  /// (``RetrievalParameters/meaningWeight``); nil answers by the words alone. Encoding a
  /// sentence costs milliseconds (about 10 on one core of a 2020s server), so each unit's
  /// vectors are kept once computed, up to ``meaningBudget`` floats (about 4,000
  /// sentences); past it the cache starts afresh.
  public var encoder: SentenceEncoder? {
    didSet {
      meaningCache.removeAll()
      meaningCacheFloats = 0
    }
  }
  private var meaningCache: [Int32: TokenVectors] = [:]
  private var meaningCacheFloats = 0
  /// 2²⁶ floats: about 270 MB of vectors.
  internal var meaningBudget = 1 << 26

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
    try parameters.validate()
    let language = corpus.settings.language
    self.documents = corpus.documents
    self.parameters = parameters
    self.splitter = SentenceSplitter(language: language)
    self.analyzer = try Analyzer(language: language)
    let index = corpus.sentences
    self.index = index
    // Sixteen bytes per run: two bytes per posting.
    runBudget = max(1 << 15, index.postingUnits.count / 8)
    let weighting = try BM25(k1: parameters.k1, b: parameters.b)
    let unitCount = index.unitCount
    idf = index.documentFrequencies.map {
      weighting.idf(documentFrequency: Int($0), documentCount: unitCount)
    }
    unseenIDF = weighting.idf(documentFrequency: 0, documentCount: unitCount)
    let longestUnit = (0..<unitCount).reduce(0) { max($0, index.length(of: $1)) }
    lengthNorms = (0...longestUnit).map { length in
      weighting.lengthNorm(length: length, averageLength: index.averageLength)
    }
    unitShapes = (0..<unitCount).map { unit in
      UInt64(UInt32(bitPattern: index.unitParagraphs[unit]))
        | UInt64(index.length(of: unit)) << 32
    }
    var longest = 0
    for document in 0..<(index.documentStarts.count - 1) {
      longest = max(
        longest, Int(index.documentStarts[document + 1] - index.documentStarts[document]))
    }
    // A document has no more paragraphs than units.
    scores = [Double](repeating: 0, count: longest)
    masks = [UInt64](repeating: 0, count: longest)
    ownMasks = masks
    paragraphMasks = [UInt64](repeating: 0, count: longest)
    documentMasks = [UInt64](repeating: 0, count: documents.count)
    documentBounds = [Double](repeating: 0, count: documents.count)
    paragraphBounds = [Double](repeating: 0, count: index.paragraphCount)
    var paragraphDocuments = [Int32](repeating: 0, count: index.paragraphCount)
    var paragraphEnds = [Int32](repeating: 0, count: index.paragraphCount)
    for (unit, paragraph) in index.unitParagraphs.enumerated() {
      paragraphDocuments[Int(paragraph)] = index.unitDocuments[unit]
      paragraphEnds[Int(paragraph)] = Int32(unit + 1)
    }
    self.paragraphDocuments = paragraphDocuments
    self.paragraphEnds = paragraphEnds
    let twins = collapsingTwins ? DocumentTwins(canonical: index.canonicalDocuments) : nil
    self.twins = twins?.isEmpty == false ? twins : nil
  }

  /// The number of searchable sentences: body sentences, titles and key points.
  public var sentenceCount: Int { index.unitCount }

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
    let query = analyze(question)
    guard !query.terms.isEmpty else { return [] }
    let ranked = rank(query, limit: limit)
    return ranked.map { answer(unit: Int($0.unit), score: $0.score, fine: $0.fine, query: query) }
  }

  /// Corpus words (surface forms, lowercased) that start with `prefix`, in alphabetical
  /// order, for tab completion.
  ///
  /// - Complexity: O(log w + limit) after a first call that collects the w words.
  public func words(withPrefix prefix: String, limit: Int) -> [String] {
    guard limit > 0 else { return [] }
    let words = surfaceWords ?? collectSurfaceWords()
    surfaceWords = words
    let prefix = prefix.lowercased()
    var low = words.partitioningIndex { $0 >= prefix }
    var result: [String] = []
    while low < words.count, result.count < limit, words[low].hasPrefix(prefix) {
      result.append(words[low])
      low += 1
    }
    return result
  }

  // MARK: - Questions

  /// An analyzed question.
  internal struct Query {
    /// Distinct known terms (index ids), in question order; at most 64.
    var terms: [Int32]
    /// Adjacent known term pairs of the question (index ids), each once.
    var pairs: [(Int32, Int32)]
    /// Distinct stems of the question's words that no unit holds, in question order.
    var unknown: [String]
    /// The question's words as the tokenizer gives them, each with the bit of its term, and
    /// its phrases: distinct pairs of adjacent words, neither a frame word, not both stop
    /// words.
    var words: QuestionWords
    var answerType: AnswerType
    /// The noun a "how many" question counts, when the corpus knows it.
    var counted: CountedNoun?
    /// Whether the question asks "how much" of nothing it counts ("how much did he pay?").
    var asksForASum = false
    /// The question as asked, for the ``SentenceEncoder``.
    var text = ""
  }

  /// The words that, after "how", ask for a number ("how many", "how long").
  internal static let numberQuestions: Set<String> = [
    "many", "much", "long", "old", "far", "large", "big", "tall", "high", "often", "percentage",
    "percent", "cuánto", "cuántos", "cuántas",
  ]

  /// Nouns that name a kind of thing asked for ("what type of", "what kind of").
  private static let kindWords: Set<String> = ["type", "kind", "sort", "types", "kinds"]

  /// The words of a question that say what kind of answer it wants rather than what it is
  /// about ("many" in "how many", "year" in "what year", "type" in "what type of"): the
  /// answer's sentence seldom holds them.
  internal static func frameWords(_ words: [String]) -> [String] {
    var frame: [String] = []
    for (position, word) in words.enumerated() {
      let before = position > 0 ? words[position - 1] : ""
      let after = position + 1 < words.count ? words[position + 1] : ""
      if before == "how" && numberQuestions.contains(word) {
        frame.append(word)
      } else if word == "year" && (before == "what" || before == "which") {
        frame.append(word)
      } else if kindWords.contains(word) && (before == "what" || before == "which") && after == "of"
      {
        frame.append(word)
      }
    }
    return frame
  }

  internal func analyze(_ question: String) -> Query {
    // One pass gives each word and its term (nil for a stop word).
    var words: [String] = []
    var wordTerms: [Int32?] = []
    var text = question
    text.withUTF8 { bytes in
      analyzer.forEachTermID(bytes: bytes, range: 0..<bytes.count) { id, word, _ in
        words.append(String(decoding: word, as: UTF8.self))
        wordTerms.append(id >= 0 ? id : nil)
      }
    }
    let frameWords = Set(Self.frameWords(words))
    var frame = Set<Int32>()
    for (word, id) in zip(words, wordTerms) where frameWords.contains(word) {
      if let id { frame.insert(id) }
    }
    let ids = wordTerms.compactMap { $0 }
    if questionTerms.count < analyzer.vocabulary.count {
      for id in questionTerms.count..<analyzer.vocabulary.count {
        questionTerms.append(index.vocabulary.id(of: analyzer.vocabulary[Int32(id)]) ?? -1)
      }
    }
    var terms: [Int32] = []
    var pairs: [(Int32, Int32)] = []
    var previous: Int32 = -1
    var unknown: [String] = []
    for id in ids {
      let term = frame.contains(id) ? -1 : questionTerms[Int(id)]
      if term < 0 && !frame.contains(id) && !unknown.contains(analyzer.vocabulary[id]) {
        unknown.append(analyzer.vocabulary[id])
      }
      if term >= 0 && !terms.contains(term) && terms.count < 64 { terms.append(term) }
      // Each pair once (its bonus counts once).
      if term >= 0 && previous >= 0 && term != previous
        && !pairs.contains(where: { $0 == (previous, term) })
      {
        pairs.append((previous, term))
      }
      previous = term
    }
    let answerType = AnswerType(question: words)
    var counted: CountedNoun?
    if answerType == .number, let position = CountedNoun.position(in: words),
      let id = wordTerms[position], questionTerms[Int(id)] >= 0
    {
      if numberTerms == nil {
        let numbers = analyzer.terms(in: SentenceIndex.Flag.numberWords.joined(separator: " "))
        numberTerms = Set(numbers.compactMap { index.vocabulary.id(of: $0) })
      }
      counted = CountedNoun(term: questionTerms[Int(id)], numberTerms: numberTerms ?? [])
    }
    var forms: [(word: [UInt8], bit: UInt64)] = []
    for (word, id) in zip(words, wordTerms) {
      guard let id, !frame.contains(id),
        let bit = terms.firstIndex(of: questionTerms[Int(id)]),
        !forms.contains(where: { $0.word.elementsEqual(word.utf8) })
      else { continue }
      forms.append((Array(word.utf8), UInt64(1) << UInt64(bit)))
    }
    var phrases: [(first: [UInt8], second: [UInt8])] = []
    for position in words.indices.dropFirst() where phrases.count < 64 {
      let first = words[position - 1]
      let second = words[position]
      guard !frameWords.contains(first), !frameWords.contains(second),
        !(wordTerms[position - 1] == nil && wordTerms[position] == nil),
        !phrases.contains(where: {
          $0.first.elementsEqual(first.utf8) && $0.second.elementsEqual(second.utf8)
        })
      else { continue }
      phrases.append((Array(first.utf8), Array(second.utf8)))
    }
    return Query(
      terms: terms, pairs: pairs, unknown: unknown,
      words: QuestionWords(forms: forms, phrases: phrases), answerType: answerType,
      counted: counted,
      asksForASum: answerType == .number && counted == nil && CountedNoun.asksHowMuch(words),
      text: question)
  }

  // MARK: - Scoring

  /// A scored unit in the heap: a lower score, then a later unit, is "less".
  private struct Candidate: Comparable {
    var score: Double
    var unit: Int32
    /// The weighted word-form, phrase and related-word bonuses, for the `fineDepth` best.
    var fine: FineBonuses? = nil
    static func < (lhs: Candidate, rhs: Candidate) -> Bool {
      lhs.score != rhs.score ? lhs.score < rhs.score : lhs.unit > rhs.unit
    }
    static func == (lhs: Candidate, rhs: Candidate) -> Bool {
      lhs.score == rhs.score && lhs.unit == rhs.unit
    }
  }

  /// The bonuses of the re-ranking of the best few candidates, weighted.
  private struct FineBonuses {
    var exact = 0.0
    var phrases = 0.0
    var related = 0.0
    var synonyms = 0.0
    /// The meaning match (``MeaningMatch``) before its weight: the feature dumps need it,
    /// and it cannot be worked out again without the encoder.
    var meaningMatch = 0.0
  }

  /// A document to score and the most its units can score.
  private struct DocumentBound: Comparable {
    var bound: Double
    var document: Int32
    static func < (lhs: DocumentBound, rhs: DocumentBound) -> Bool { lhs.bound < rhs.bound }
  }

  /// The top units for a query, best first.
  ///
  /// Every feature but the pair bonus stays inside a document, so documents are scored one
  /// at a time, most promising first, and the search stops when no document left can
  /// place a unit among the `rerankDepth` best: each document's bound comes from the
  /// question terms it holds and how well its best units match each (``TermRuns``). The
  /// result is exactly that of scoring every matching unit.
  private func rank(_ query: Query, limit: Int) -> [Candidate] {
    // Work on local copies of the scratch arrays (moved out, not copied): a class's array
    // property pays an exclusivity and uniqueness check on every write.
    var scores: [Double] = []
    var masks: [UInt64] = []
    var ownMasks: [UInt64] = []
    var documentMasks: [UInt64] = []
    var paragraphMasks: [UInt64] = []
    var documentBounds: [Double] = []
    var paragraphBounds: [Double] = []
    swap(&scores, &self.scores)
    swap(&masks, &self.masks)
    swap(&ownMasks, &self.ownMasks)
    swap(&documentMasks, &self.documentMasks)
    swap(&paragraphMasks, &self.paragraphMasks)
    swap(&documentBounds, &self.documentBounds)
    swap(&paragraphBounds, &self.paragraphBounds)
    defer {
      swap(&scores, &self.scores)
      swap(&masks, &self.masks)
      swap(&ownMasks, &self.ownMasks)
      swap(&documentMasks, &self.documentMasks)
      swap(&paragraphMasks, &self.paragraphMasks)
      swap(&documentBounds, &self.documentBounds)
      swap(&paragraphBounds, &self.paragraphBounds)
    }
    let index = self.index

    // 1. The question terms each document holds (own text or context), and each
    // paragraph's bound: per term, the most a unit of the paragraph can get from it (own or
    // context score, times the largest field weight, plus both neighbours' shares, plus
    // paragraph evidence).
    let meanIDF = query.terms.reduce(0) { $0 + idf[Int($1)] } / Double(query.terms.count)
    let useDocuments = documents.count > 1 && parameters.documentWeight > 0
    let useParagraphs = parameters.paragraphWeight > 0
    let largestField = max(1, parameters.titleWeight, parameters.keyPointWeight)
    let ownFactor = (parameters.k1 + 1) * largestField * (1 + 2 * parameters.neighborWeight)
    questionNumber += 1
    let termRuns = query.terms.map { runs(of: $0) }
    let runCount = termRuns.reduce(0) { $0 + $1.paragraphs.count }
    // Every run is written to the lists and counted only when it is the first of its
    // document or paragraph (no branch to mispredict).
    var touchedDocuments = [Int32](repeating: 0, count: runCount)
    var touchedParagraphs = [(paragraph: Int32, document: Int32)](
      repeating: (0, 0), count: runCount)
    var documentCount = 0
    var paragraphCount = 0
    for (position, term) in query.terms.enumerated() {
      let bit = UInt64(1) << UInt64(position)
      let runs = termRuns[position]
      let termIDF = idf[Int(term)]
      let saturationWeight = termIDF * ownFactor
      // Paragraph evidence, and the continuation bonus: a unit gets a term's idf from the
      // unit before it only when that unit, in the same paragraph, holds the term.
      let evidenceBound =
        (useParagraphs ? termIDF * parameters.paragraphWeight : 0)
        + termIDF * parameters.continuationWeight
      documentMasks.withUnsafeMutableBufferPointer { documentMasks in
        paragraphBounds.withUnsafeMutableBufferPointer { paragraphBounds in
          touchedDocuments.withUnsafeMutableBufferPointer { touchedDocuments in
            touchedParagraphs.withUnsafeMutableBufferPointer { touchedParagraphs in
              for run in runs.paragraphs.indices {
                let paragraph = Int(runs.paragraphs[run])
                let document = paragraphDocuments[paragraph]
                let mask = documentMasks[Int(document)]
                touchedDocuments[documentCount] = document
                documentCount += mask == 0 ? 1 : 0
                documentMasks[Int(document)] = mask | bit
                let bound = paragraphBounds[paragraph]
                touchedParagraphs[paragraphCount] = (runs.paragraphs[run], document)
                paragraphCount += bound == 0 ? 1 : 0
                paragraphBounds[paragraph] =
                  bound + (saturationWeight * Double(runs.saturations[run]) + evidenceBound)
              }
            }
          }
        }
      }
    }
    touchedDocuments.removeLast(runCount - documentCount)
    touchedParagraphs.removeLast(runCount - paragraphCount)

    // 2. Each document's bound: its best paragraph's, plus its document evidence, plus the
    // largest answer-type bonus; documents in order of their bounds.
    documentBounds.withUnsafeMutableBufferPointer { documentBounds in
      for (paragraph, document) in touchedParagraphs {
        documentBounds[Int(document)] = max(
          documentBounds[Int(document)], paragraphBounds[Int(paragraph)])
      }
    }
    let typeBound: Double
    switch query.answerType {
    case .none: typeBound = 0
    case .name: typeBound = parameters.nameWeight * meanIDF
    case .number, .year:
      let most: Double = query.counted == nil && !query.asksForASum ? 1 : 2
      typeBound = parameters.answerTypeWeight * meanIDF * most
    }
    var bounds: [DocumentBound] = []
    bounds.reserveCapacity(touchedDocuments.count)
    documentBounds.withUnsafeMutableBufferPointer { documentBounds in
      for document in touchedDocuments {
        var bound = typeBound + documentBounds[Int(document)]
        if useDocuments {
          bound += parameters.documentWeight * idfSum(documentMasks[Int(document)], query: query)
        }
        documentBounds[Int(document)] = 0
        // A margin for rounding: the bound must not fall below a score computed in another
        // order.
        bounds.append(DocumentBound(bound: bound * (1 + 1e-9) + 1e-12, document: document))
      }
    }
    // A heap, not a sort: the search usually stops after a small share of the documents.
    var order = Heap(bounds)

    // 3. Score documents, best bound first, until none can reach the heap.
    let depth = max(parameters.rerankDepth, limit)
    var heap = Heap<Candidate>()
    // The units of the document being scored that hold a question term (one more slot, as
    // every posting is written before it is counted).
    let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: scores.count + 1)
    defer { touched.deallocate() }
    paragraphBounds.withUnsafeBufferPointer { paragraphBounds in
      scores.withUnsafeMutableBufferPointer { scores in
        masks.withUnsafeMutableBufferPointer { masks in
          ownMasks.withUnsafeMutableBufferPointer { ownMasks in
            paragraphMasks.withUnsafeMutableBufferPointer { paragraphMasks in
              while let (bound, document32) = order.popMax().map({ ($0.bound, $0.document) }) {
                if heap.count >= depth, let worst = heap.min, bound < worst.score { break }
                let document = Int(document32)
                let base = Int(index.documentStarts[document])
                let paragraphBase = Int(index.unitParagraphs[base])
                var touchedCount = 0
                let documentEvidence =
                  useDocuments
                  ? parameters.documentWeight * idfSum(documentMasks[document], query: query) : 0
                // A paragraph whose bound cannot reach the heap is not scored (the same test
                // as a unit's in `insertCandidates`).
                var cut = -Double.infinity
                if heap.count >= depth, let worst = heap.min { cut = worst.score }
                scoreDocument(
                  document, holding: documentMasks[document], base: base, query: query,
                  runs: termRuns, paragraphBounds: paragraphBounds,
                  cut: cut, rest: documentEvidence + typeBound,
                  scores: scores, masks: masks, ownMasks: ownMasks, touched: touched,
                  touchedCount: &touchedCount)
                let touchedUnits = UnsafeBufferPointer(rebasing: touched[..<touchedCount])
                if useParagraphs {
                  for unit in touchedUnits {
                    paragraphMasks[Int(index.unitParagraphs[Int(unit)]) - paragraphBase] |=
                      masks[Int(unit) - base]
                  }
                }
                insertCandidates(
                  touchedUnits, query: query, meanIDF: meanIDF, typeBound: typeBound,
                  documentEvidence: documentEvidence,
                  base: base, scores: UnsafeBufferPointer(scores),
                  ownMasks: UnsafeBufferPointer(ownMasks), paragraphBase: paragraphBase,
                  paragraphMasks: UnsafeBufferPointer(paragraphMasks),
                  paragraphBounds: paragraphBounds,
                  depth: depth, heap: &heap)
                for unit in touchedUnits {
                  scores[Int(unit) - base] = 0
                  masks[Int(unit) - base] = 0
                  ownMasks[Int(unit) - base] = 0
                  if useParagraphs {
                    paragraphMasks[Int(index.unitParagraphs[Int(unit)]) - paragraphBase] = 0
                  }
                }
              }
            }
          }
        }
      }
    }
    documentMasks.withUnsafeMutableBufferPointer { documentMasks in
      for document in touchedDocuments { documentMasks[Int(document)] = 0 }
    }
    paragraphBounds.withUnsafeMutableBufferPointer { paragraphBounds in
      for (paragraph, _) in touchedParagraphs { paragraphBounds[Int(paragraph)] = 0 }
    }

    var candidates = heap.unordered
    if let twins { candidates = Self.withTwins(candidates, twins: twins, depth: depth, index) }
    if parameters.pairWeight > 0 && !query.pairs.isEmpty {
      for position in candidates.indices {
        candidates[position].score += pairBonus(unit: Int(candidates[position].unit), query: query)
      }
    }
    // The word-form, phrase and related-word features are dearer (they read each
    // sentence's text or every term's spelling): they re-rank only the `fineDepth` best.
    // Bonuses only raise the best `fine`: the answers are among them and the `limit` next,
    // taken best first from a heap (no need to sort the rest).
    let fine = min(candidates.count, parameters.fineDepth)
    var pool = Heap(candidates)
    candidates.removeAll(keepingCapacity: true)
    while candidates.count < fine + limit, let best = pool.popMax() { candidates.append(best) }
    let related = relatedTerms(query)
    let useRelated =
      (parameters.relatedWeight > 0 || parameters.synonymWeight > 0) && related.isActive
    for position in 0..<fine {
      let unit = Int(candidates[position].unit)
      var bonuses = FineBonuses()
      if parameters.exactWeight > 0 || parameters.phraseWeight > 0 {
        let words = wordEvidence(unit: unit, query: query)
        bonuses.exact = parameters.exactWeight * words.exact
        bonuses.phrases = parameters.phraseWeight * words.phrases
      }
      if useRelated {
        let evidence = relatedEvidence(unit: unit, query: query, related: related)
        bonuses.related = parameters.relatedWeight * evidence.related
        bonuses.synonyms = parameters.synonymWeight * evidence.synonyms
      }
      candidates[position].fine = bonuses
      candidates[position].score +=
        bonuses.exact + bonuses.phrases + bonuses.related + bonuses.synonyms
    }
    if let encoder, parameters.meaningWeight > 0, fine > 0 {
      let (question, sentences) = vectors(
        question: query.text, units: candidates[..<fine].map(\.unit), encoder: encoder)
      let matches = MeaningMatch.scores(question: question, candidates: sentences)
      for (position, match) in matches.enumerated() {
        candidates[position].fine?.meaningMatch = match
        candidates[position].score += parameters.meaningWeight * match
      }
    }
    candidates.sort { $1 < $0 }
    return Array(candidates.prefix(limit))
  }

  /// The word-piece vectors of a question and of units, the units' from the cache or
  /// encoded now, together with the question (one batch).
  private func vectors(question: String, units: [Int32], encoder: SentenceEncoder) -> (
    question: TokenVectors, units: [TokenVectors]
  ) {
    // Take what the cache holds first: a full cache is emptied below.
    var found = units.map { meaningCache[$0] }
    var seen = Set<Int32>()
    let missing = units.filter { meaningCache[$0] == nil && seen.insert($0).inserted }
    let encoded = encoder.tokenVectors(of: [question] + missing.map { text(of: Int($0)) })
    let added = encoded.dropFirst().reduce(0) { $0 + $1.vectors.count }
    if meaningCacheFloats + added > meaningBudget {
      meaningCache.removeAll()
      meaningCacheFloats = 0
    }
    for (unit, vectors) in zip(missing, encoded.dropFirst()) { meaningCache[unit] = vectors }
    meaningCacheFloats += added
    for position in found.indices where found[position] == nil {
      found[position] = meaningCache[units[position]]
    }
    return (encoded[0], found.map { $0! })
  }

  /// The best `depth` of `candidates` (units of canonical documents) and the same units of
  /// their twins, which score the same: the best `depth` of all units. (Had a twin's unit a
  /// place among them, so would its canonical unit, which scores the same and comes first.)
  private static func withTwins(
    _ candidates: [Candidate], twins: DocumentTwins, depth: Int, _ index: SentenceIndex
  ) -> [Candidate] {
    let sorted = candidates.sorted { $1 < $0 }
    var result: [Candidate] = []
    result.reserveCapacity(depth)
    var start = 0
    // Equal scores, ordered by unit, across the twins.
    while start < sorted.count && result.count < depth {
      var end = start + 1
      while end < sorted.count && sorted[end].score == sorted[start].score { end += 1 }
      var group: [Candidate] = []
      for candidate in sorted[start..<end] {
        group.append(candidate)
        let unit = Int(candidate.unit)
        let document = Int(index.unitDocuments[unit])
        let offset = unit - Int(index.documentStarts[document])
        for twin in twins.copies(of: document) {
          group.append(
            Candidate(
              score: candidate.score,
              unit: Int32(Int(index.documentStarts[Int(twin)]) + offset)))
        }
      }
      group.sort { $1 < $0 }
      result.append(contentsOf: group.prefix(depth - result.count))
      start = end
    }
    return result
  }

  /// The paragraphs a term's postings (own text or context) reach, in order, and per
  /// paragraph the largest `tf / (tf + norm)` of its units holding the
  /// term, or for context the largest `contextWeight / (1 + norm)` (a unit never has a term
  /// both ways), rounded up: the most any unit of the paragraph, or its neighbours, gets from
  /// the term, per unit of `idf · (k1 + 1)`.
  ///
  /// Per run also the first of the term's postings (own text, and context), counted from
  /// the term's first, that falls in the run's paragraph or a later one: a document is
  /// scored paragraph by paragraph, from its runs, without searching the postings.
  private struct TermRuns {
    var paragraphs: [Int32] = []
    var saturations: [Float] = []
    var ownStarts: [UInt32] = []
    var contextStarts: [UInt32] = []
  }

  /// The runs of `term`, built on first use.
  ///
  /// - Complexity: O(p) for p postings of the term on first use, then O(1).
  private func runs(of term: Int32) -> TermRuns {
    if let cached = termRuns[term] {
      termRuns[term] = (cached.runs, cached.uses + 1, questionNumber)
      return cached.runs
    }
    let term = Int(term)
    let runs = buildRuns(of: term)
    if cachedRuns + runs.paragraphs.count > runBudget {
      var leastUsedFirst = termRuns.map {
        (term: $0.key, uses: $0.value.uses, lastUse: $0.value.lastUse)
      }
      leastUsedFirst.sort { ($0.uses, $0.lastUse, $0.term) < ($1.uses, $1.lastUse, $1.term) }
      for entry in leastUsedFirst {
        if cachedRuns + runs.paragraphs.count <= runBudget / 2 { break }
        cachedRuns -= termRuns.removeValue(forKey: entry.term)?.runs.paragraphs.count ?? 0
      }
      for (kept, entry) in termRuns { termRuns[kept]?.uses = entry.uses / 2 }
    }
    cachedRuns += runs.paragraphs.count
    termRuns[Int32(term)] = (runs, 1, questionNumber)
    return runs
  }

  /// The runs of `term` from its postings, own text and context merged in unit order.
  ///
  /// - Complexity: O(p) for p postings of the term.
  private func buildRuns(of term: Int) -> TermRuns {
    let index = self.index
    let ownBase = index.postingStarts[term]
    let ownEnd = index.postingStarts[term + 1]
    let contextBase = index.contextPostingStarts[term]
    let contextEnd =
      parameters.contextWeight > 0 ? index.contextPostingStarts[term + 1] : contextBase
    let capacity = (ownEnd - ownBase) + (contextEnd - contextBase)
    var scratch = TermRuns()
    swap(&scratch, &runScratch)
    defer { swap(&scratch, &runScratch) }
    if scratch.paragraphs.count < capacity {
      scratch = TermRuns(
        paragraphs: [Int32](repeating: 0, count: capacity),
        saturations: [Float](repeating: 0, count: capacity),
        ownStarts: [UInt32](repeating: 0, count: capacity),
        contextStarts: [UInt32](repeating: 0, count: capacity))
    }
    // Twins are scored through their canonical document: their units have no runs.
    let canonical = twins?.canonical
    let contextWeight = parameters.contextWeight
    var count = 0
    scratch.paragraphs.withUnsafeMutableBufferPointer { paragraphs in
      scratch.saturations.withUnsafeMutableBufferPointer { saturations in
        scratch.ownStarts.withUnsafeMutableBufferPointer { ownStarts in
          scratch.contextStarts.withUnsafeMutableBufferPointer { contextStarts in
            var own = ownBase
            var context = contextBase
            // The run being built, kept in registers; the loop has no branch on a
            // unit's paragraph (a load that misses the cache), so that the loads of
            // several postings overlap.
            var lastParagraph: Int32 = -1
            var best: Float = 0
            var runOwnStart: UInt32 = 0
            var runContextStart: UInt32 = 0
            while own < ownEnd || context < contextEnd {
              let ownStart = UInt32(own - ownBase)
              let contextStart = UInt32(context - contextBase)
              let unit: Int
              let numerator: Double
              let tf: Double
              // A unit never holds a term both ways.
              if context == contextEnd
                || (own < ownEnd && index.postingUnits[own] < index.contextUnits[context])
              {
                unit = Int(index.postingUnits[own])
                tf = Double(index.postingFrequencies[own])
                numerator = tf
                own += 1
              } else {
                unit = Int(index.contextUnits[context])
                tf = 1
                numerator = contextWeight
                context += 1
              }
              if let canonical {
                let document = Int(index.unitDocuments[unit])
                if canonical[document] != Int32(document) {
                  // The rest of the twin's postings, of both kinds, are skipped at once.
                  let next = index.documentStarts[document + 1]
                  while own < ownEnd && index.postingUnits[own] < next { own += 1 }
                  while context < contextEnd && index.contextUnits[context] < next {
                    context += 1
                  }
                  continue
                }
              }
              let shape = unitShapes[unit]
              let saturation = numerator / (tf + lengthNorms[Int(shape >> 32)])
              // Rounded up (`nextUp` of a positive float is its next bit pattern).
              let nearest = Float(saturation)
              let rounded = Float(
                bitPattern: nearest.bitPattern &+ (Double(nearest) < saturation ? 1 : 0))
              let paragraph = Int32(truncatingIfNeeded: shape)
              let isNew = paragraph != lastParagraph
              let slot = isNew ? count : count - 1
              best = isNew || rounded > best ? rounded : best
              runOwnStart = isNew ? ownStart : runOwnStart
              runContextStart = isNew ? contextStart : runContextStart
              paragraphs[slot] = paragraph
              saturations[slot] = best
              ownStarts[slot] = runOwnStart
              contextStarts[slot] = runContextStart
              count = slot + 1
              lastParagraph = paragraph
            }
          }
        }
      }
    }
    return TermRuns(
      paragraphs: Array(scratch.paragraphs[..<count]),
      saturations: Array(scratch.saturations[..<count]),
      ownStarts: Array(scratch.ownStarts[..<count]),
      contextStarts: Array(scratch.contextStarts[..<count]))
  }

  /// Accumulates the BM25 scores (own text and context) and term masks of one document's
  /// units, term by term in question order, and lists the units touched. `scores` and
  /// `masks` are indexed from the document's first unit, `base`; `documentMask` has the
  /// bits of the terms the document holds (no postings of the others are read). The
  /// postings are found through the terms' `runs`, paragraph by paragraph; a paragraph
  /// whose bound plus `rest` (rounded up) is below `cut` is skipped.
  private func scoreDocument(
    _ document: Int, holding documentMask: UInt64, base: Int, query: Query,
    runs termRuns: [TermRuns], paragraphBounds: UnsafeBufferPointer<Double>,
    cut: Double, rest: Double,
    scores: UnsafeMutableBufferPointer<Double>,
    masks: UnsafeMutableBufferPointer<UInt64>, ownMasks: UnsafeMutableBufferPointer<UInt64>,
    touched: UnsafeMutableBufferPointer<Int32>, touchedCount: inout Int
  ) {
    let index = self.index
    let k1Plus1 = parameters.k1 + 1
    let useContext = parameters.contextWeight > 0
    let firstParagraph = index.unitParagraphs[base]
    let endParagraph = index.unitParagraphs[Int(index.documentStarts[document + 1]) - 1] + 1
    for (position, term) in query.terms.enumerated() {
      let bit = UInt64(1) << UInt64(position)
      if documentMask & bit == 0 { continue }
      let termIDF = idf[Int(term)]
      let contextWeight = parameters.contextWeight * termIDF * k1Plus1
      let runs = termRuns[position]
      let ownBase = index.postingStarts[Int(term)]
      let ownEnd = index.postingStarts[Int(term) + 1]
      let contextBase = index.contextPostingStarts[Int(term)]
      let contextEnd = index.contextPostingStarts[Int(term) + 1]
      var run = runs.paragraphs.partitioningIndex { $0 >= firstParagraph }
      while run < runs.paragraphs.count && runs.paragraphs[run] < endParagraph {
        let paragraph = Int(runs.paragraphs[run])
        defer { run += 1 }
        if (paragraphBounds[paragraph] + rest) * (1 + 1e-9) + 1e-12 < cut { continue }
        let end = paragraphEnds[paragraph]
        var posting = ownBase + Int(runs.ownStarts[run])
        while posting < ownEnd && index.postingUnits[posting] < end {
          let unit = Int(index.postingUnits[posting])
          let tf = Double(index.postingFrequencies[posting])
          touched[touchedCount] = Int32(unit)
          touchedCount += masks[unit - base] == 0 ? 1 : 0
          scores[unit - base] += termIDF * tf * k1Plus1 / (tf + norm(unit))
          ownMasks[unit - base] |= bit
          masks[unit - base] |= bit
          posting += 1
        }
        guard useContext else { continue }
        posting = contextBase + Int(runs.contextStarts[run])
        while posting < contextEnd && index.contextUnits[posting] < end {
          let unit = Int(index.contextUnits[posting])
          touched[touchedCount] = Int32(unit)
          touchedCount += masks[unit - base] == 0 ? 1 : 0
          scores[unit - base] += contextWeight / (1 + norm(unit))
          masks[unit - base] |= bit
          posting += 1
        }
      }
    }
  }

  /// Scores the touched units of one document with every feature but the pairs, keeping
  /// the best `depth` in `heap`.
  private func insertCandidates(
    _ touched: UnsafeBufferPointer<Int32>, query: Query, meanIDF: Double, typeBound: Double,
    documentEvidence: Double,
    base: Int, scores: UnsafeBufferPointer<Double>, ownMasks: UnsafeBufferPointer<UInt64>,
    paragraphBase: Int,
    paragraphMasks: UnsafeBufferPointer<UInt64>, paragraphBounds: UnsafeBufferPointer<Double>,
    depth: Int,
    heap: inout Heap<Candidate>
  ) {
    let index = self.index
    let neighborWeight = parameters.neighborWeight
    let continuationWeight = parameters.continuationWeight
    let useParagraphs = parameters.paragraphWeight > 0
    let lastUnit = index.unitCount - 1
    // What a unit gets besides its paragraph's bound, with the margin for rounding.
    let rest = documentEvidence + typeBound
    for unit32 in touched {
      let unit = Int(unit32)
      if heap.count >= depth, let worst = heap.min,
        (paragraphBounds[Int(index.unitParagraphs[unit])] + rest) * (1 + 1e-9) + 1e-12
          < worst.score
      {
        continue
      }
      var own = scores[unit - base]
      if neighborWeight > 0 {
        let paragraph = index.unitParagraphs[unit]
        if unit > 0 && index.unitParagraphs[unit - 1] == paragraph {
          own += neighborWeight * scores[unit - 1 - base]
        }
        if unit < lastUnit && index.unitParagraphs[unit + 1] == paragraph {
          own += neighborWeight * scores[unit + 1 - base]
        }
      }
      var score = own * fieldWeight(index.unitFields[unit])
      if continuationWeight > 0 && unit > 0
        && index.unitParagraphs[unit - 1] == index.unitParagraphs[unit]
      {
        score +=
          continuationWeight
          * idfSum(ownMasks[unit - 1 - base] & ~ownMasks[unit - base], query: query)
      }
      if useParagraphs {
        score +=
          parameters.paragraphWeight
          * idfSum(paragraphMasks[Int(index.unitParagraphs[unit]) - paragraphBase], query: query)
      }
      score += documentEvidence
      // The answer-type bonus is at most `typeBound` (and rounding is monotonic): skip
      // reading it for a unit that could not enter the heap even with the largest bonus.
      if heap.count >= depth, let worst = heap.min, score + typeBound < worst.score { continue }
      score += typeBonus(unit: unit, query: query, meanIDF: meanIDF)
      let candidate = Candidate(score: score, unit: unit32)
      if heap.count < depth {
        heap.insert(candidate)
      } else if let worst = heap.min, worst < candidate {
        heap.replaceMin(with: candidate)
      }
    }
  }

  /// BM25's length norm of a unit.
  private func norm(_ unit: Int) -> Double {
    lengthNorms[Int(unitShapes[unit] >> 32)]
  }

  private func fieldWeight(_ field: SentenceField) -> Double {
    switch field {
    case .body: return 1
    case .title: return parameters.titleWeight
    case .keyPoint: return parameters.keyPointWeight
    }
  }

  private func idfSum(_ mask: UInt64, query: Query) -> Double {
    var sum = 0.0
    var rest = mask
    while rest != 0 {
      sum += idf[Int(query.terms[rest.trailingZeroBitCount])]
      rest &= rest - 1
    }
    return sum
  }

  private func typeBonus(unit: Int, query: Query, meanIDF: Double) -> Double {
    let weight = query.answerType == .name ? parameters.nameWeight : parameters.answerTypeWeight
    return weight * meanIDF * typeMatch(unit: unit, query: query)
  }

  /// How well the unit holds the kind of answer the question asks for: 1, ½ for a number
  /// when a year is asked for or for years alone when a quantity is, or 0; plus 1 for a
  /// quantity right before the noun a "how many" question counts, or for a sum of money when
  /// "how much" counts nothing.
  private func typeMatch(unit: Int, query: Query) -> Double {
    let flags = index.unitFlags[unit]
    switch query.answerType {
    case .none: return 0
    case .name:
      let names = index.names[Int(index.nameStarts[unit])..<Int(index.nameStarts[unit + 1])]
      return names.contains(where: { !query.terms.contains($0) }) ? 1 : 0
    case .number:
      let quantity: Double =
        flags & SentenceIndex.Flag.quantity != 0
        ? 1 : flags & SentenceIndex.Flag.number != 0 ? 0.5 : 0
      if query.asksForASum {
        return quantity + (flags & SentenceIndex.Flag.money != 0 ? 1 : 0)
      }
      // A quantity before the counted noun needs a quantity.
      guard let counted = query.counted, quantity == 1 else { return quantity }
      let isCounted = index.terms.withUnsafeBufferPointer { terms in
        counted.isCounted(
          in: UnsafeBufferPointer(
            rebasing: terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]),
          vocabulary: index.vocabulary)
      }
      return isCounted ? 2 : 1
    case .year:
      if flags & (SentenceIndex.Flag.year | SentenceIndex.Flag.month) != 0 { return 1 }
      return flags & SentenceIndex.Flag.number != 0 ? 0.5 : 0
    }
  }

  /// The pairs of the question found adjacent in the unit, each once.
  private func matchedPairs(unit: Int, query: Query) -> [(Int32, Int32)] {
    query.pairs.filter { contains(pair: $0, unit: unit) }
  }

  /// Whether the unit holds the two terms of `pair` next to each other, in order.
  private func contains(pair: (Int32, Int32), unit: Int) -> Bool {
    let start = Int(index.termStarts[unit])
    let end = Int(index.termStarts[unit + 1])
    guard end - start >= 2 else { return false }
    return index.terms.withUnsafeBufferPointer { terms in
      for position in start..<(end - 1)
      where terms[position] == pair.0 && terms[position + 1] == pair.1 {
        return true
      }
      return false
    }
  }

  /// The question's stems, those the corpus knows and those it does not, ready to find
  /// their related terms (and, in English, their WordNet synonyms).
  private func relatedTerms(_ query: Query) -> RelatedTerms {
    let known = query.terms.map { (index.vocabulary[$0], idf[Int($0)]) }
    let unknown = query.unknown.prefix(64 - known.count).map { ($0, unseenIDF) }
    var synonyms: ((String) -> [String])? = nil
    if analyzer.language == .english { synonyms = RelatedTerms.englishSynonyms(of:) }
    return RelatedTerms(
      questionTerms: known + unknown, vocabulary: index.vocabulary, synonyms: synonyms)
  }

  /// The idf sums of the question's stems a unit lacks but holds a related word of, and of
  /// those it lacks and holds no related word of but a synonym of (see ``RelatedTerms``); a
  /// context term counts as held.
  private func relatedEvidence(
    unit: Int, query: Query, related: RelatedTerms
  ) -> (related: Double, synonyms: Double) {
    var held: UInt64 = 0
    var near: UInt64 = 0
    var synonyms: UInt64 = 0
    for position in Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1]) {
      let term = index.terms[position]
      if let bit = query.terms.firstIndex(of: term) { held |= UInt64(1) << UInt64(bit) }
      near |= related.mask(of: term)
      synonyms |= related.synonymMask(of: term)
    }
    for position in Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1]) {
      if let bit = query.terms.firstIndex(of: index.contextTerms[position]) {
        held |= UInt64(1) << UInt64(bit)
      }
    }
    return (related.idfSum(near & ~held), related.idfSum(synonyms & ~held & ~near))
  }

  /// What the unit's words share with the question's, word for word: the idf sum of the
  /// question terms it holds in one of the question's own forms ("founded", not "found"),
  /// and the number of the question's phrases (pairs of adjacent words, not both stop
  /// words: "the 95", "95 theses") it holds.
  private func wordEvidence(unit: Int, query: Query) -> (exact: Double, phrases: Double) {
    let words = query.words
    guard !words.isEmpty else { return (0, 0) }
    let document = documents[Int(index.unitDocuments[unit])]
    var text: String
    var range: Range<Int>? = nil
    switch index.unitFields[unit] {
    case .title: text = document.title ?? ""
    case .keyPoint: text = document.keyPoints[Int(index.unitFieldIndices[unit])]
    case .body:
      text = document.body
      range = index.unitRanges[unit]
    }
    var mask: UInt64 = 0
    var found: UInt64 = 0
    var previous = -1
    text.withUTF8 { bytes in
      analyzer.tokenizer.forEachToken(in: bytes, range: range ?? 0..<bytes.count) { word, _ in
        let current = words.index(of: word)
        if current >= 0 {
          mask |= words.formBit(current)
          if previous >= 0 { found |= words.phraseBits(after: previous, current) }
        }
        previous = current
      }
    }
    return (idfSum(mask, query: query), Double(found.nonzeroBitCount))
  }

  /// The text of a unit: a body sentence, the title or a key point.
  private func text(of unit: Int) -> String {
    let document = documents[Int(index.unitDocuments[unit])]
    switch index.unitFields[unit] {
    case .title: return document.title ?? ""
    case .keyPoint: return document.keyPoints[Int(index.unitFieldIndices[unit])]
    case .body: return splitter.text(of: index.unitRanges[unit], in: document.body)
    }
  }

  private func pairBonus(unit: Int, query: Query) -> Double {
    var sum = 0.0
    for pair in query.pairs where contains(pair: pair, unit: unit) {
      sum += parameters.pairWeight * (idf[Int(pair.0)] + idf[Int(pair.1)]) / 2
    }
    return sum
  }

  // MARK: - Answers

  /// Builds the answer for a unit, with its explanation.
  private func answer(unit: Int, score: Double, fine: FineBonuses?, query: Query) -> Answer {
    let documentIndex = Int(index.unitDocuments[unit])
    let document = documents[documentIndex]
    let field = index.unitFields[unit]
    let fieldIndex = Int(index.unitFieldIndices[unit])
    let text = self.text(of: unit)
    let ownTerms = index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]
    // A unit has few context terms: a scan beats building a set.
    let contextTerms =
      index.contextTerms[Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1])]
    let k1Plus1 = parameters.k1 + 1
    let weight = fieldWeight(field)
    var matched: [String] = []
    matched.reserveCapacity(query.terms.count)
    var contributions: [TermContribution] = []
    contributions.reserveCapacity(query.terms.count + query.pairs.count + 6)
    for term in query.terms {
      let tf = ownTerms.reduce(0) { $0 + ($1 == term ? 1 : 0) }
      let name = index.vocabulary[term]
      if tf > 0 {
        let value = idf[Int(term)] * Double(tf) * k1Plus1 / (Double(tf) + norm(unit))
        matched.append(name)
        contributions.append(TermContribution(term: name, score: value * weight))
      } else if contextTerms.contains(term) && parameters.contextWeight > 0 {
        let value = parameters.contextWeight * idf[Int(term)] * k1Plus1 / (1 + norm(unit))
        matched.append(name)
        contributions.append(TermContribution(term: "\(name) (context)", score: value * weight))
      }
    }
    for pair in matchedPairs(unit: unit, query: query) where parameters.pairWeight > 0 {
      let value = parameters.pairWeight * (idf[Int(pair.0)] + idf[Int(pair.1)]) / 2
      let name = "(pair) \(index.vocabulary[pair.0]) \(index.vocabulary[pair.1])"
      contributions.append(TermContribution(term: name, score: value))
    }
    let continuation =
      parameters.continuationWeight > 0
      ? parameters.continuationWeight * continuationEvidence(unit: unit, query: query) : 0
    func bonus(_ name: String, _ value: Double?) {
      if let value, value > 0 { contributions.append(TermContribution(term: name, score: value)) }
    }
    bonus("(sentence before)", continuation)
    bonus("(exact form)", fine?.exact)
    bonus("(phrase)", fine?.phrases)
    bonus("(related word)", fine?.related)
    bonus("(synonym)", fine?.synonyms)
    bonus("(meaning)", fine.map { parameters.meaningWeight * $0.meaningMatch })
    let bonuses = score - contributions.reduce(0) { $0 + $1.score }
    if abs(bonuses) > 1e-9 {
      let name =
        query.answerType != .none && index.unitFlags[unit] != 0
        ? "(answer type, document)" : "(document)"
      contributions.append(TermContribution(term: name, score: bonuses))
    }
    contributions.sort { $0.score > $1.score }
    return Answer(
      documentID: document.id, title: document.title, source: document.source, field: field,
      sentenceIndex: fieldIndex, text: text, score: score, matchedTerms: matched,
      contributions: contributions)
  }

  private func collectSurfaceWords() -> [String] {
    let documents = self.documents
    let tokenizer = analyzer.tokenizer
    let canonical = twins?.canonical
    let chunk = 64
    let chunks = (documents.count + chunk - 1) / chunk
    let found = SlotArray<Set<String>>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { part in
      var words = Set<String>()
      for number in (part * chunk)..<min(documents.count, (part + 1) * chunk) {
        let document = documents[number]
        // A copy of an earlier document's text has no words of its own.
        if let first = canonical.map({ Int($0[number]) }), first != number,
          documents[first].body == document.body, documents[first].title == document.title,
          documents[first].keyPoints == document.keyPoints
        {
          continue
        }
        for text in [document.title ?? "", document.body] + document.keyPoints {
          for token in tokenizer.tokens(in: text) where token.text.utf8.count >= 2 {
            words.insert(token.text)
          }
        }
      }
      found[part] = words
    }
    var words = Set<String>()
    for part in 0..<chunks { words.formUnion(found[part] ?? []) }
    return words.sorted()
  }
}

// MARK: - Features (for fitting weights)

extension Retriever {
  /// The question's known terms (stems) and their idf, and the features of the `limit`
  /// best sentences, best first.
  package func candidateFeatures(for question: String, limit: Int) -> (
    terms: [String], idf: [Double], candidates: [CandidateFeatures]
  ) {
    let query = analyze(question)
    let names = query.terms.map { index.vocabulary[$0] }
    let idfs = query.terms.map { idf[Int($0)] }
    guard !query.terms.isEmpty, limit > 0 else { return (names, idfs, []) }
    let meanIDF = idfs.reduce(0, +) / Double(idfs.count)
    let related = relatedTerms(query)
    let candidates = rank(query, limit: limit).map { candidate in
      let unit = Int(candidate.unit)
      let paragraph = index.unitParagraphs[unit]
      let weight = fieldWeight(index.unitFields[unit])
      var previous = 0.0
      var next = 0.0
      if unit > 0 && index.unitParagraphs[unit - 1] == paragraph {
        previous = ownScore(unit: unit - 1, query: query).score * weight
      }
      if unit + 1 < index.unitCount && index.unitParagraphs[unit + 1] == paragraph {
        next = ownScore(unit: unit + 1, query: query).score * weight
      }
      var first = unit
      while first > 0 && index.unitParagraphs[first - 1] == paragraph { first -= 1 }
      var mask: UInt64 = 0
      var member = first
      while member < index.unitCount && index.unitParagraphs[member] == paragraph {
        mask |= ownScore(unit: member, query: query).mask
        member += 1
      }
      let continuation = continuationEvidence(unit: unit, query: query)
      let type: Double = typeMatch(unit: unit, query: query) * meanIDF
      let isName = query.answerType == .name
      var pairs = 0.0
      for pair in matchedPairs(unit: unit, query: query) {
        pairs += (idf[Int(pair.0)] + idf[Int(pair.1)]) / 2
      }
      let own: Double = ownScore(unit: unit, query: query).score
      let words = wordEvidence(unit: unit, query: query)
      let evidence = relatedEvidence(unit: unit, query: query, related: related)
      let termIDs = index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]
      return CandidateFeatures(
        answer: answer(unit: unit, score: candidate.score, fine: candidate.fine, query: query),
        unit: unit,
        paragraph: Int(paragraph), bm25: own * weight, previous: previous, next: next,
        paragraphEvidence: idfSum(mask, query: query), continuation: continuation,
        answerType: isName ? 0 : type,
        name: isName ? type : 0, pairs: pairs,
        related: evidence.related, synonyms: evidence.synonyms,
        exact: words.exact, phrases: words.phrases,
        meaning: candidate.fine?.meaningMatch ?? 0,
        terms: termIDs.map { index.vocabulary[$0] })
    }
    return (names, idfs, candidates)
  }

  /// The idf sum of the question terms the own text of the unit before (in the same
  /// paragraph) holds and the unit's own text lacks: the continuation feature, unweighted,
  /// as the ranking works it out from its scratch masks.
  private func continuationEvidence(unit: Int, query: Query) -> Double {
    guard unit > 0 && index.unitParagraphs[unit - 1] == index.unitParagraphs[unit] else {
      return 0
    }
    let before = ownTextMask(unit: unit - 1, query: query)
    return idfSum(before & ~ownTextMask(unit: unit, query: query), query: query)
  }

  /// The bits of the question terms a unit's own text (not its context) holds.
  private func ownTextMask(unit: Int, query: Query) -> UInt64 {
    var mask: UInt64 = 0
    for position in Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1]) {
      if let bit = query.terms.firstIndex(of: index.terms[position]) {
        mask |= UInt64(1) << UInt64(bit)
      }
    }
    return mask
  }

  /// A unit's BM25 score (own text and context, before the field weight) and the bits of
  /// the question terms it holds.
  private func ownScore(unit: Int, query: Query) -> (score: Double, mask: UInt64) {
    let ownTerms = index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])]
    let contextTerms = index.contextTerms[
      Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1])]
    let k1Plus1 = parameters.k1 + 1
    var score = 0.0
    var mask: UInt64 = 0
    for (position, term) in query.terms.enumerated() {
      let tf = ownTerms.reduce(0) { $0 + ($1 == term ? 1 : 0) }
      if tf > 0 {
        score += idf[Int(term)] * Double(tf) * k1Plus1 / (Double(tf) + norm(unit))
      } else if parameters.contextWeight > 0 && contextTerms.contains(term) {
        score += parameters.contextWeight * idf[Int(term)] * k1Plus1 / (1 + norm(unit))
      } else {
        continue
      }
      mask |= UInt64(1) << UInt64(position)
    }
    return (score, mask)
  }
}
