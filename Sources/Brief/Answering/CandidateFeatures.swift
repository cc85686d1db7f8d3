/// The raw values of the ranking features of one candidate sentence, for fitting the
/// weights of ``RetrievalParameters`` (`Scripts/fit_rerank.py`).
///
/// The score is the weighted sum of the values, `exact`, `phrases`, `related` and `synonyms`
/// counting only for the ``RetrievalParameters/fineDepth`` best candidates after the pairs.
@_spi(Tuning) public struct CandidateFeatures: Sendable {
  /// The answer the retriever gives for the candidate, its score included.
  public var answer: Answer
  /// The sentence's position among the corpus's searchable sentences.
  public var unit: Int
  /// The sentence's paragraph, numbered over the corpus.
  public var paragraph: Int
  /// BM25 of the question's terms in the sentence (own text and context), times the field
  /// weight.
  public var bm25: Double
  /// The BM25 scores of the sentences just before and after in the same paragraph (0 for
  /// none), times the field weight.
  public var previous: Double
  public var next: Double
  /// The idf sum of the question terms found in the sentence's paragraph.
  public var paragraphEvidence: Double
  /// The idf sum of the question terms the text of the sentence just before (same
  /// paragraph) holds and the sentence's own text lacks.
  public var continuation: Double
  /// The answer-type match (1, or ½ for a number when a year is asked for or for years
  /// alone when a quantity is; 1 more for a quantity right before the noun a "how many"
  /// question counts, or for a sum of money when "how much" counts nothing) times the question's mean idf, for questions that ask for a quantity
  /// ("how many") or a date ("when").
  public var answerType: Double
  /// The same for "who" and "where" questions (a name the question does not hold).
  public var name: Double
  /// The mean idf of each question pair found adjacent in the sentence, summed.
  public var pairs: Double
  /// The idf sum of the question terms the sentence lacks but holds a related word of
  /// (one stem begins the other).
  public var related: Double
  /// The idf sum of the question terms the sentence lacks and holds no related word of, but
  /// a WordNet synonym of (English only).
  public var synonyms: Double
  /// The idf sum of the question terms the sentence holds in one of the question's own word
  /// forms.
  public var exact: Double
  /// The number of the question's phrases (adjacent words, not both stop words) the
  /// sentence holds.
  public var phrases: Double
  /// The meaning match (``RetrievalParameters/meaningWeight``'s feature) when the
  /// retriever has an encoder and the sentence is among the `fineDepth` best, else 0.
  public var meaning: Double
  /// The sentence's terms (stems), in order.
  public var terms: [String]
}
