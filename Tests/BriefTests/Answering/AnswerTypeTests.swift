import Foundation
import Testing

@testable import Brief

/// The kind of answer a question asks for, and the bonus of units that hold it.
@Suite struct AnswerTypeTests {
  @Test(
    arguments: [
      ("when did the war end", AnswerType.year),
      ("in what year did the war end", .year),
      ("in what century was the castle built", .year),
      ("which decade saw the most floods", .year),
      ("how many troops crossed", .number),
      ("how long is the bridge", .number),
      ("what percentage of voters agreed", .number),
      ("what proportion of the land is forest", .number),
      ("who built the bridge", .name),
      ("where is the bridge", .name),
      ("what is the capital", .none),
      ("how did he build a bridge", .none),
      ("did the time pass", .none),
    ] as [(String, AnswerType)])
  func theQuestionSaysWhatKindOfAnswerItWants(question: String, type: AnswerType) {
    let words = question.split(separator: " ").map(String.init)
    #expect(AnswerType(question: words) == type)
  }

  @Test func aQuantityAnswersHowManyBetterThanAYear() throws {
    // Both sentences hold the question's terms; the first holds only a year, the second a
    // number spelled out (not before "hymns", which would count more).
    try AnsweringFixtures.expectTypeDoubled(
      "Luther wrote hymns in 1524. Luther wrote hymns for two choirs.",
      question: "How many hymns did Luther write?")
  }

  @Test func aSumOfMoneyAnswersHowMuch() throws {
    // The same words in both sentences; only the second makes 60 a sum of money.
    try AnsweringFixtures.expectTypeDoubled(
      "Westinghouse paid Tesla for 60 patents. Westinghouse paid Tesla $60 for patents.",
      question: "How much did Westinghouse pay Tesla?")
    #expect(CountedNoun.asksHowMuch(["how", "much", "did", "he", "pay"]))
    #expect(!CountedNoun.asksHowMuch(["how", "many", "did", "he", "pay"]))
  }
}
