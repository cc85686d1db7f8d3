import Brief
import Foundation
import Testing

@testable import BriefCLI

@Suite struct JSONOutputTests {
  /// The digit-by-digit spelling of rounded scores must be exactly `String(value)`'s.
  @Test func roundedNumbersAreSpelledAsSwiftSpellsThem() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0.0001, 0.001, 0.5, 1, 12, 12.5, 12.0625, 99_999_999.9999, 1e8, 0, -3.25,
    ]
    for _ in 0..<20_000 {
      let units = Double(Int.random(in: 0...2_000_000_000, using: &generator))
      values.append(units / 10_000)
      values.append(Double.random(in: 0..<100, using: &generator))
    }
    for value in values {
      var out: [UInt8] = []
      JSONValue.writeDouble(value, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(value), "\(value)")
    }
    var out: [UInt8] = []
    JSONValue.writeDouble(.nan, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "null")
  }

  @Test func integersAreSpelledAsSwiftSpellsThem() {
    for value in [0, 1, 9, 10, 99, 100, 12_345, Int.max, -1, -120, Int.min] {
      var out: [UInt8] = []
      JSONValue.writeInt(value, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
  }

  /// The answers' JSON reads back with every field, escapes included.
  @Test func answersJSONReadsBack() throws {
    let answer = Answer(
      documentID: "d\"1", title: nil, source: "x", field: .body, sentenceIndex: 3,
      text: "She rejected \"the Offer\"\n\\ then.", score: 12.67134,
      matchedTerms: ["reject", "offer", "sheinbaum"], contributions: [])
    let line = AnswerRenderer(json: true, analyzer: try Analyzer()).renderJSON(
      "why?", [answer, answer])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["question"] as? String == "why?")
    let answers = try #require(object["answers"] as? [[String: Any]])
    #expect(answers.count == 2)
    #expect(answers[0]["document"] as? String == "d\"1")
    #expect(answers[0]["title"] is NSNull)
    #expect(answers[0]["sentence"] as? String == "She rejected \"the Offer\"\n\\ then.")
    #expect(answers[0]["index"] as? Int == 3)
    #expect(answers[0]["field"] as? String == "body")
    #expect(answers[0]["score"] as? Double == 12.6713)
    // The sentence's words as written; the stems, one matched only in context among them.
    #expect(answers[0]["terms"] as? [String] == ["rejected", "Offer"])
    #expect(answers[0]["stems"] as? [String] == ["reject", "offer", "sheinbaum"])
  }
}
