import Foundation
import Testing

@testable import Brief

/// The noun a "how many" question counts.
@Suite struct CountedNounTests {
  @Test(
    arguments: [
      ("how many soldiers did he send", "soldiers"), ("how much money was paid", "money"),
      ("cuántos soldados envió", "soldados"), ("how long is the bridge", nil),
      ("how many", nil), ("were many soldiers sent", nil),
    ] as [(String, String?)])
  func theCountedNounFollowsHowMany(question: String, noun: String?) {
    let words = question.split(separator: " ").map(String.init)
    let lexicon = question.hasPrefix("cuántos") ? Lexicon.spanish : .english
    #expect(CountedNoun.position(in: words, lexicon: lexicon).map { words[$0] } == noun)
  }

  @Test func aQuantityBeforeTheCountedNounAnswersHowMany() throws {
    // The same words in both sentences; only the second puts the number before "soldiers".
    try AnsweringFixtures.expectTypeDoubled(
      "Genghis sent soldiers and 300 horses. Genghis sent 300 soldiers and horses.",
      question: "How many soldiers were sent by Genghis?")
  }
}
