/// What each question of an ``AnswerEvaluation`` is asked against.
public enum QuestionScope: String, Sendable, Hashable, CaseIterable {
  /// All sentences of the question's document.
  case document
  /// Only the sentences of the question's paragraph: the blank-line block of its document
  /// (``Document/blankLineParagraphs``) that ``QuestionRecord/paragraph`` numbers.
  case paragraph
}
