/// The knobs of sentence retrieval: BM25's `k1` and `b`, and the weights of the features
/// added to BM25.
///
/// The defaults were tuned on the SQuAD dev split (see the README). Set a weight to 0 to turn
/// its feature off; ``validate()`` checks every value.
public struct RetrievalParameters: Sendable, Hashable {
  /// BM25 term-frequency saturation (finite, ≥ 0).
  public var k1: Double = 1.2
  /// BM25 length normalization, 0...1.
  public var b: Double = 0.3
  /// Weight of a term a sentence gets from its context (the names of the sentence before a
  /// sentence that opens with a pronoun), relative to the same term in the sentence.
  public var contextWeight: Double = 0.6
  /// Bonus per adjacent pair of question terms found adjacent in the sentence, times the
  /// pair's mean idf.
  public var pairWeight: Double = 0.35
  /// Bonus per unit of idf of the question terms found anywhere in the sentence's document;
  /// used only when several documents are loaded.
  public var documentWeight: Double = 0.3
  /// Bonus, times the question's mean idf, for a sentence holding the kind of answer the
  /// question asks for (a quantity for "how many", a year for "when"); twice that for a
  /// quantity right before the noun "how many" counts ("300 soldiers"), or for a sum of
  /// money when "how much" counts nothing ("how much did he pay?").
  public var answerTypeWeight: Double = 1.75
  /// Bonus, times the question's mean idf, for a sentence naming someone or somewhere the
  /// question does not, when it asks "who" or "where".
  public var nameWeight: Double = 0.55
  /// Bonus per unit of idf of the question terms found anywhere in the sentence's
  /// paragraph.
  public var paragraphWeight: Double = 0.4
  /// Share of the BM25 scores of the sentences just before and after (in the same
  /// paragraph) added to a sentence's.
  public var neighborWeight: Double = 0.08
  /// Bonus per unit of idf of the question terms the sentence before holds and a sentence lacks.
  ///
  /// The sentence before is the one just before in the same paragraph, and what counts is the own
  /// text of each (a name a sentence gets as context counts as lacking). An answer often follows
  /// the sentence that sets up what the question asks about ("Engineers dug the canal across the
  /// marsh. It opened to boats in 1850.").
  public var continuationWeight: Double = 0.6
  /// Bonus per unit of idf of the question terms a sentence holds in the very form the
  /// question uses ("founded", not only "found"); re-ranks the `fineDepth` best.
  public var exactWeight: Double = 0.4
  /// Bonus per phrase of the question (two adjacent words, not both stop words: "the 95",
  /// "95 theses") found in a sentence; re-ranks the `fineDepth` best.
  public var phraseWeight: Double = 0.2
  /// Bonus per unit of idf of the question's stems a sentence lacks but holds a related
  /// stem of (one begins the other: "inventor" for "invent"), stems the corpus does not
  /// know included; re-ranks the `fineDepth` best.
  public var relatedWeight: Double = 0.5
  /// Bonus per unit of idf of the question's stems a sentence lacks, and holds no related
  /// stem of, but holds a WordNet synonym of ("perished" for "die"; English only);
  /// re-ranks the `fineDepth` best.
  public var synonymWeight: Double = 0.2
  /// Bonus for a sentence's closeness in meaning to the question, when the retriever has a
  /// ``SentenceEncoder``: each question word piece's best cosine among the sentence's, in
  /// context, averaged with idf weights taken among the `fineDepth` best (a value up to 1);
  /// re-ranks the `fineDepth` best.
  public var meaningWeight: Double = 20
  /// Multiplier of a title's score.
  public var titleWeight: Double = 0.5
  /// Multiplier of a key point's score.
  public var keyPointWeight: Double = 0.8
  /// How many of the best BM25 candidates the pair feature re-ranks (≥ 1).
  public var rerankDepth: Int = 100
  /// How many of the best candidates after the pairs the exact-form and related-word
  /// features re-rank (≥ 1).
  public var fineDepth: Int = 12

  /// Creates the default parameters.
  public init() {}

  /// Checks every value.
  ///
  /// - Throws: ``BriefError/invalidParameter(name:reason:)`` naming the first bad value.
  public func validate() throws(BriefError) {
    _ = try BM25(k1: k1, b: b)
    let weights: [(String, Double)] = [
      ("contextWeight", contextWeight), ("pairWeight", pairWeight),
      ("documentWeight", documentWeight), ("answerTypeWeight", answerTypeWeight),
      ("titleWeight", titleWeight), ("nameWeight", nameWeight),
      ("paragraphWeight", paragraphWeight), ("neighborWeight", neighborWeight),
      ("continuationWeight", continuationWeight),
      ("keyPointWeight", keyPointWeight), ("relatedWeight", relatedWeight),
      ("synonymWeight", synonymWeight),
      ("exactWeight", exactWeight), ("phraseWeight", phraseWeight),
      ("meaningWeight", meaningWeight),
    ]
    for (name, value) in weights where !(value.isFinite && value >= 0) {
      throw .invalidParameter(name: name, reason: "must be finite and non-negative, got \(value)")
    }
    guard rerankDepth >= 1 else {
      throw .invalidParameter(name: "rerankDepth", reason: "must be at least 1, got \(rerankDepth)")
    }
    guard fineDepth >= 1 else {
      throw .invalidParameter(name: "fineDepth", reason: "must be at least 1, got \(fineDepth)")
    }
  }
}
