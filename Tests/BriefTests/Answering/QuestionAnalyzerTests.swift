import Foundation
import Testing

@testable import Brief

/// The analysis of a question: frame words, terms.
@Suite struct QuestionAnalyzerTests {
  @Test(
    arguments: [
      ("how many troops crossed", ["many"]),
      ("in what year did the war end", ["year"]),
      ("what type of engine was used", ["type"]),
      ("which kind of fish", ["kind"]),
      ("how long is the bridge", ["long"]),
      ("what was the year of the flood", []),
      ("how did he build a long bridge", []),
      ("what is the type", []),
    ] as [(String, [String])])
  func frameWordsSayWhatKindOfAnswerIsWanted(question: String, frame: [String]) {
    let words = question.split(separator: " ").map(String.init)
    #expect(QuestionAnalyzer.frameWords(words) == frame)
  }

  @Test func frameWordsAreNotSearched() throws {
    let retriever = try Retriever(documents: [
      Document(id: "d", body: "Many troops crossed the river. Twelve troops crossed in 1990.")
    ])
    let terms = { (question: String) in retriever.candidateFeatures(for: question, limit: 1).terms }
    #expect(terms("How many troops crossed?") == ["troop", "cross"])
    #expect(terms("Were many troops there?") == ["mani", "troop"])
    let first = try #require(retriever.answers(to: "How many troops crossed?", limit: 1).first)
    #expect(first.text == "Twelve troops crossed in 1990.")
  }
}
