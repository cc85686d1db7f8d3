import Foundation
import Testing

@testable import Brief

@Suite struct JSONLineFieldsTests {
  /// Lines of the common shape: the fast path reads them, exactly as JSONSerialization does.
  @Test(arguments: [
    #"{"id": "a", "title": "A", "text": "First story.", "highlights": ["One.", "Two."]}"#,
    #"  {"text":"x","title":null,"source":"cnn","split":"dev"}  "#,
    #"{"text": "Quotes \"in\" it, a \\ and a \/ and \b\f\n\r\t tabs.", "id": "q"}"#,
    #"{"text": "Caf\u00e9 \u00E9 \u2019 and a pair \ud83d\ude00 and raw é ’ 😀.", "id": "u"}"#,
    #"{"text": "T", "highlights": "Line one.\n  Line two.  \n\n", "extra": [true, false, null, {"k": ["v"]}]}"#,
    #"{"text": "", "highlights": []}"#,
    #"{"text": "T", "nested": {}, "empty": [], "n": null}"#,
    #"{"text": "A long run of plain words, then an escape at the very end\"", "id": "0123456789abcdef"}"#,
    #"{"text": "\"Quote\" first, then a long run of plain words and a \\ late \u00e9 escape."}"#,
  ])
  func commonLinesMatchJSONSerialization(line: String) throws {
    let fields = try #require(JSONLineFields(line[...]))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(fields.text == object["text"] as? String)
    #expect(fields.id == object["id"] as? String)
    #expect(fields.title == object["title"] as? String)
    switch fields.highlights {
    case .absent: #expect(object["highlights"] == nil)
    case .list(let list): #expect(list == object["highlights"] as? [String])
    case .single(let single): #expect(single == object["highlights"] as? String)
    }
  }

  /// A raw U+FEFF that opens a key or a run of unescaped text is left to JSONSerialization.
  ///
  /// JSONSerialization drops it, so that both paths read the line alike. Found by Fuzz/documents.
  @Test(arguments: [
    "{\"text\":\"\u{FEFF}Headline and body.\"}",
    "{\"text\":\"Caf\\u00e9\u{FEFF} after an escape.\"}",
    "{\"text\":\"a\",\"\u{FEFF}text\":\"b\"}",
    "{\"title\":\"\u{FEFF}T\",\"text\":\"Body.\"}",
  ])
  func aRawByteOrderMarkOpeningARunGoesTheSlowWay(line: String) throws {
    #expect(JSONLineFields(line[...]) == nil)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let document = try DocumentReader.jsonLines(from: line, name: "b.jsonl", workers: 1)[0].get()
    #expect(document.body == object["text"] as? String)
    #expect(document.title == object["title"] as? String)
  }

  /// A U+FEFF inside a run, or escaped, is plain text to both parsers.
  @Test func aByteOrderMarkInsideARunStaysOnTheFastPath() throws {
    let line = "{\"text\":\"a\u{FEFF}b \\ufeffc\"}"
    let fields = try #require(JSONLineFields(line[...]))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(fields.text == object["text"] as? String)
  }

  /// Everything else is left to JSONSerialization, which names the problem.
  @Test(arguments: [
    #"{"id": 7, "text": "Numbers go the slow way."}"#,
    #"{"text": "T", "count": 3}"#,
    #"{"text": "T", "text": "Twice."}"#,
    #"{"te\u0078t": "Escaped key."}"#,
    #"{"text": "Lone \ud83d surrogate."}"#,
    #"{"text": "Bad \x escape."}"#,
    "{\"text\": \"Raw\tcontrol.\"}",
    "{\"text\": \"A long run of plain words, then a raw\ncontrol byte.\"}",
    "{\"text\": \"\\\"Escape first, then a long run of words and a raw\ncontrol byte.\"}",
    #"{"text": "T"} trailing"#,
    #"{"text": "T",}"#,
    #"{"text": 5}"#,
    #"{"id": "d"}"#,
    #"{"text": "T", "title": 3}"#,
    #"{"text": "T", "highlights": ["a", 1]}"#,
    #"["text"]"#,
    #"{"text": "Unterminated"#,
    "",
  ])
  func otherLinesAreLeftToTheGeneralParser(line: String) {
    #expect(JSONLineFields(line[...]) == nil)
  }

  @Test func readerResultsAreTheSameEitherWay() throws {
    let text = """
      {"id": "a", "title": "  ", "text": "First story.", "highlights": "One.\\n Two. "}
      {"id": 7, "title": "  ", "text": "First story.", "highlights": "One.\\n Two. "}
      {"id": "c", "text": "  \\n "}
      """
    let results = DocumentReader.jsonLines(from: text, name: "r.jsonl", workers: 1)
    let fast = try results[0].get()
    let slow = try results[1].get()
    #expect(fast.title == nil && slow.title == nil)
    #expect(fast.keyPoints == ["One.", "Two."] && slow.keyPoints == fast.keyPoints)
    #expect(fast.body == slow.body && slow.id == "7")
    #expect(throws: BriefError.emptyBody(source: "r.jsonl:3 (id c)")) { try results[2].get() }
  }
}
