import Foundation

/// A question with reference answers, for measuring retrieval.
public struct QuestionRecord: Sendable, Hashable {
  /// The question's id.
  public var id: String
  /// The id of the document that answers it.
  public var documentID: String
  /// The question text.
  public var question: String
  /// Strings any one of which, found in a retrieved sentence, makes it a hit.
  public var answers: [String]
  /// The index of the blank-line paragraph of the document that holds the answer, if known.
  public var paragraph: Int?

  /// Creates a question record.
  public init(
    id: String, documentID: String, question: String, answers: [String], paragraph: Int? = nil
  ) {
    self.id = id
    self.documentID = documentID
    self.question = question
    self.answers = answers
    self.paragraph = paragraph
  }

  /// Reads JSON Lines of `{"id", "doc_id", "question", "answers": [...], "paragraph"}`, one
  /// result per non-blank line so that a bad line is reported and the rest are read.
  public static func records(from text: String, name: String) -> [Result<
    QuestionRecord, BriefError
  >] {
    var results: [Result<QuestionRecord, BriefError>] = []
    for (index, line) in text.lines.enumerated() where !line.isBlankText {
      let number = index + 1
      results.append(
        Result { () throws(BriefError) in
          guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
          else { throw .malformedJSONL(path: name, line: number, reason: "not a JSON object") }
          guard let question = object["question"] as? String else {
            throw .malformedJSONL(path: name, line: number, reason: "no \"question\" string")
          }
          guard let document = object["doc_id"] as? String else {
            throw .malformedJSONL(path: name, line: number, reason: "no \"doc_id\" string")
          }
          let answers = (object["answers"] as? [Any] ?? []).compactMap { $0 as? String }
          let id = (object["id"] as? String) ?? "\(name):\(number)"
          return QuestionRecord(
            id: id, documentID: document, question: question, answers: answers,
            paragraph: object["paragraph"] as? Int)
        })
    }
    return results
  }
}

/// Top-1, top-3 and MRR@10 of ranked sentences against reference answers.
///
/// A sentence is a hit when it holds one of the answers after both are lower-cased, their
/// punctuation turned into spaces and their whitespace collapsed, on word boundaries (so
/// "1" does not match "1990") — the rule of the project's QA scorer.
public struct AnswerAccuracy: Sendable, Hashable {
  /// Questions counted (those with at least one non-empty answer).
  public private(set) var questions = 0
  /// Questions whose first sentence is a hit.
  public private(set) var top1Hits = 0
  /// Questions with a hit among the first three sentences.
  public private(set) var top3Hits = 0
  /// The sum of 1/rank of the first hit within ten sentences.
  public private(set) var reciprocalRankSum = 0.0

  /// Creates an empty tally.
  public init() {}

  /// Counts one question given its ranked sentences, best first.
  ///
  /// Questions without a non-empty answer are not counted.
  public mutating func add(ranked sentences: [String], answers: [String]) {
    let normalized = answers.map(Self.normalize).filter { !$0.isEmpty }
    guard !normalized.isEmpty else { return }
    questions += 1
    for (rank, sentence) in sentences.prefix(10).enumerated()
    where Self.contains(sentence, normalizedAnswers: normalized) {
      if rank == 0 { top1Hits += 1 }
      if rank < 3 { top3Hits += 1 }
      reciprocalRankSum += 1 / Double(rank + 1)
      return
    }
  }

  /// Top-1 accuracy ×100.
  public var top1: Double { percent(Double(top1Hits)) }
  /// Top-3 accuracy ×100.
  public var top3: Double { percent(Double(top3Hits)) }
  /// Mean reciprocal rank of the first hit within ten, ×100.
  public var mrr10: Double { percent(reciprocalRankSum) }

  private func percent(_ value: Double) -> Double {
    questions == 0 ? 0 : 100 * value / Double(questions)
  }

  /// Lower-case, punctuation (ASCII and ‘ ’ “ ” – — …) to spaces, whitespace collapsed.
  public static func normalize(_ text: String) -> String {
    let punctuation: Set<Character> = Set(
      "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u{2018}\u{2019}\u{201C}\u{201D}\u{2013}\u{2014}\u{2026}")
    let folded = String(text.lowercased().map { punctuation.contains($0) ? " " : $0 })
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// True when the normalized sentence holds one of the normalized answers as whole words.
  public static func contains(_ sentence: String, normalizedAnswers: [String]) -> Bool {
    let padded = " " + normalize(sentence) + " "
    return normalizedAnswers.contains { !$0.isEmpty && padded.contains(" " + $0 + " ") }
  }
}
