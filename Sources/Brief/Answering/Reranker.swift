import Collections

/// The last stages of answering: the first stage's candidates gain the pair bonus, then the
/// best ``RetrievalParameters/fineDepth`` gain the features that read a sentence's words
/// (exact forms, phrases, related words, synonyms) and, with an encoder, its meaning.
internal struct Reranker: Sendable {
  internal let features: AnswerFeatures
  internal let texts: UnitTexts
  private let tokenizer: Tokenizer
  private let language: Language

  internal init(
    features: AnswerFeatures, texts: UnitTexts, tokenizer: Tokenizer, language: Language
  ) {
    self.features = features
    self.texts = texts
    self.tokenizer = tokenizer
    self.language = language
  }

  /// The best `limit` of `candidates`, best first, re-ranked.
  ///
  /// - Parameter meaning: the meaning match of each of the given units with the question
  ///   (``MeaningMatch``), or nil to leave meaning out.
  internal func rerank(
    _ candidates: [Candidate], question: Question, limit: Int,
    meaning: (([Int32]) -> [Double])?
  ) -> [Candidate] {
    let parameters = features.parameters
    var candidates = candidates
    if parameters.pairWeight > 0 && !question.pairs.isEmpty {
      for position in candidates.indices {
        candidates[position].score += features.pairBonus(
          unit: Int(candidates[position].unit), question)
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
    let related = relatedTerms(question)
    let useWords = parameters.exactWeight > 0 || parameters.phraseWeight > 0
    let useRelated =
      (parameters.relatedWeight > 0 || parameters.synonymWeight > 0) && related.isActive
    for position in 0..<fine {
      let unit = Int(candidates[position].unit)
      var bonuses = FineBonuses()
      if useWords {
        let words = wordEvidence(unit: unit, question)
        bonuses.exact = parameters.exactWeight * words.exact
        bonuses.phrases = parameters.phraseWeight * words.phrases
      }
      if useRelated {
        let evidence = relatedEvidence(unit: unit, question, related: related)
        bonuses.related = parameters.relatedWeight * evidence.related
        bonuses.synonyms = parameters.synonymWeight * evidence.synonyms
      }
      candidates[position].fine = bonuses
      candidates[position].score += bonuses.words
    }
    if let meaning, parameters.meaningWeight > 0, fine > 0 {
      let matches = meaning(candidates[..<fine].map(\.unit))
      for (position, match) in matches.enumerated() {
        candidates[position].fine?.meaningMatch = match
        candidates[position].score += parameters.meaningWeight * match
      }
    }
    candidates.sort { $1 < $0 }
    return Array(candidates.prefix(limit))
  }

  /// What the unit's words share with the question's, word for word: the idf sum of the
  /// question terms it holds in one of the question's own forms ("founded", not "found"),
  /// and the number of the question's phrases (pairs of adjacent words, not both stop
  /// words: "the 95", "95 theses") it holds.
  internal func wordEvidence(unit: Int, _ question: Question) -> (exact: Double, phrases: Double) {
    let words = question.words
    guard !words.isEmpty else { return (0, 0) }
    var mask: UInt64 = 0
    var found: UInt64 = 0
    var previous = -1
    texts.withBytes(of: unit) { bytes, range in
      tokenizer.forEachToken(in: bytes, range: range) { word, _ in
        let current = words.index(of: word)
        if current >= 0 {
          mask |= words.formBit(current)
          if previous >= 0 { found |= words.phraseBits(after: previous, current) }
        }
        previous = current
      }
    }
    return (question.idfSum(mask), Double(found.nonzeroBitCount))
  }

  /// The question's stems, those the corpus knows and those it does not, ready to find
  /// their related terms (and, in English, their WordNet synonyms).
  internal func relatedTerms(_ question: Question) -> RelatedTerms {
    let vocabulary = features.index.vocabulary
    let known = zip(question.terms, question.idf).map { (vocabulary[$0], $1) }
    let unknown = question.unknown.prefix(64 - known.count).map { ($0, features.unseenIDF) }
    var synonyms: ((String) -> [String])? = nil
    if language == .english { synonyms = RelatedTerms.englishSynonyms(of:) }
    return RelatedTerms(
      questionTerms: known + unknown, vocabulary: vocabulary, synonyms: synonyms)
  }

  /// The idf sums of the question's stems a unit lacks but holds a related word of, and of
  /// those it lacks and holds no related word of but a synonym of (see ``RelatedTerms``); a
  /// context term counts as held.
  internal func relatedEvidence(
    unit: Int, _ question: Question, related: RelatedTerms
  ) -> (related: Double, synonyms: Double) {
    let index = features.index
    var held: UInt64 = 0
    var near: UInt64 = 0
    var synonyms: UInt64 = 0
    for position in Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1]) {
      let term = index.terms[position]
      if let bit = question.bit(of: term) { held |= bit }
      near |= related.mask(of: term)
      synonyms |= related.synonymMask(of: term)
    }
    for position in Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1]) {
      if let bit = question.bit(of: index.contextTerms[position]) { held |= bit }
    }
    return (related.idfSum(near & ~held), related.idfSum(synonyms & ~held & ~near))
  }
}
