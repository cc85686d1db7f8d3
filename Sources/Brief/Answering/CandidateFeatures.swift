/// The raw values of the ranking features of one candidate sentence, for fitting the
/// weights of ``RetrievalParameters`` (`Scripts/fit_rerank.py`).
///
/// The score is the weighted sum of the values, `exact`, `phrases`, `related` and `synonyms`
/// counting only for the ``RetrievalParameters/fineDepth`` best candidates after the pairs.
package struct CandidateFeatures: Sendable {
  /// The answer the retriever gives for the candidate, its score included.
  package var answer: Answer
  /// The sentence's position among the corpus's searchable sentences.
  package var unit: Int
  /// The sentence's paragraph, numbered over the corpus.
  package var paragraph: Int
  /// BM25 of the question's terms in the sentence (own text and context), times the field
  /// weight.
  package var bm25: Double
  /// The BM25 scores of the sentences just before and after in the same paragraph (0 for
  /// none), times the field weight.
  package var previous: Double
  package var next: Double
  /// The idf sum of the question terms found in the sentence's paragraph.
  package var paragraphEvidence: Double
  /// The idf sum of the question terms the text of the sentence just before (same
  /// paragraph) holds and the sentence's own text lacks.
  package var continuation: Double
  /// The answer-type match (1, or ½ for a number when a year is asked for or for years
  /// alone when a quantity is; 1 more for a quantity right before the noun a "how many"
  /// question counts, or for a sum of money when "how much" counts nothing) times the question's mean idf, for questions that ask for a quantity
  /// ("how many") or a date ("when").
  package var answerType: Double
  /// The same for "who" and "where" questions (a name the question does not hold).
  package var name: Double
  /// The mean idf of each question pair found adjacent in the sentence, summed.
  package var pairs: Double
  /// The idf sum of the question terms the sentence lacks but holds a related word of
  /// (one stem begins the other).
  package var related: Double
  /// The idf sum of the question terms the sentence lacks and holds no related word of, but
  /// a WordNet synonym of (English only).
  package var synonyms: Double
  /// The idf sum of the question terms the sentence holds in one of the question's own word
  /// forms.
  package var exact: Double
  /// The number of the question's phrases (adjacent words, not both stop words) the
  /// sentence holds.
  package var phrases: Double
  /// The meaning match (``RetrievalParameters/meaningWeight``'s feature) when the
  /// retriever has an encoder and the sentence is among the `fineDepth` best, else 0.
  package var meaning: Double
  /// The sentence's terms (stems), in order.
  package var terms: [String]
}
