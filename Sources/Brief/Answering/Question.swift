/// A question analyzed against an index (``QuestionAnalyzer``): what every later stage of
/// answering reads of it.
internal struct Question {
  /// The question as asked, for the ``SentenceEncoder``.
  var text: String
  /// Distinct known terms (index ids), in question order; at most 64.
  ///
  /// A term's position here is its bit in the term masks of every stage.
  var terms: [Int32]
  /// The idf of each of ``terms``.
  var idf: [Double]
  /// The mean of ``idf``: the scale of the answer-type bonus.
  var meanIDF: Double
  /// Adjacent known term pairs of the question (index ids), each once.
  var pairs: [(Int32, Int32)]
  /// Distinct stems of the question's words that no unit holds, in question order.
  var unknown: [String]
  /// The question's words as the tokenizer gives them, each with the bit of its term, and
  /// its phrases: distinct pairs of adjacent words, neither a frame word, not both stop
  /// words.
  var words: QuestionWords
  /// The kind of answer asked for.
  var answerType: AnswerType
  /// The noun a "how many" question counts, when the corpus knows it.
  var counted: CountedNoun?
  /// Whether the question asks "how much" of nothing it counts ("how much did he pay?").
  var asksForASum = false

  /// The bit of `term` in the question's term masks, or nil when it is not a question term.
  @inline(__always)
  func bit(of term: Int32) -> UInt64? {
    terms.firstIndex(of: term).map { UInt64(1) << UInt64($0) }
  }

  /// The idf sum of the question terms whose bits are set in `mask`.
  @inline(__always)
  func idfSum(_ mask: UInt64) -> Double {
    var sum = 0.0
    var rest = mask
    while rest != 0 {
      sum += idf[rest.trailingZeroBitCount]
      rest &= rest - 1
    }
    return sum
  }
}
