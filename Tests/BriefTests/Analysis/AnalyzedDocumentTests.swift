import Testing

@testable import Brief

@Suite struct AnalyzedDocumentTests {
  private let splitter = SentenceSplitter(language: .english)

  @Test func aSummaryReadsTheTitleAndEachSentence() throws {
    let analyzer = try Analyzer(language: .english)
    let body = "The bridges reopened. Cars crossed the old bridge!"
    let analyzed = AnalyzedDocument(
      Document(id: "s", title: "Bridge reopens", keyPoints: ["Not analyzed."], body: body),
      splitter: splitter, analyzer: analyzer)
    let stems = { (terms: ArraySlice<Int32>) in terms.map { analyzer.vocabulary[$0] } }
    #expect(stems(analyzed.titleTerms) == ["bridg", "reopen"])
    #expect(
      analyzed.sentenceTerms.map(stems) == [
        ["bridg", "reopen"], ["car", "cross", "old", "bridg"],
      ])
    // Words with the stop words, byte ranges into the body.
    #expect(analyzed.sentenceWordCounts == [3, 5])
    let texts = analyzed.sentenceRanges.map { Array(body.utf8)[$0] }
    #expect(
      texts.map { String(decoding: $0, as: UTF8.self) } == [
        "The bridges reopened.", "Cars crossed the old bridge!",
      ])
    #expect(analyzed.unitCount == 3 && analyzed.sentenceCount == 2)
  }

  @Test func aSearchCarriesNamesToThePronounsThatFollow() throws {
    let analyzer = try Analyzer(language: .english)
    let document = Document(
      id: "n", title: "Mayor Brennan visits", keyPoints: ["Ferry staff met Ortiz."],
      body: "She praised the ferry crews.\n\nOrtiz left early. He waved.")
    var scratch = AnalyzedDocument.Scratch()
    let analyzed = AnalyzedDocument(
      document, splitter: splitter, analyzer: analyzer, contents: .search, scratch: &scratch)
    func stems(_ ids: [Int32], _ ends: [Int32]) -> [[String]] {
      ends.indices.map { unit in
        ids[(unit == 0 ? 0 : Int(ends[unit - 1]))..<Int(ends[unit])].map {
          analyzer.vocabulary[$0]
        }
      }
    }
    // Units: title, key point, three sentences. Capitalized words are names ("She" is a
    // stop word, so no term).
    #expect(
      stems(analyzed.names, analyzed.nameEnds) == [
        ["mayor", "brennan"], ["ferri", "ortiz"], [], ["ortiz"], [],
      ])
    // The body borrows the title's names, not the key point's; "He" the sentence before's.
    #expect(
      stems(analyzed.context, analyzed.contextEnds) == [
        [], [], ["mayor", "brennan"], [], ["ortiz"],
      ])
    #expect(analyzed.paragraphStarts == [true, true, true, true, false])
    // The same buffers serve the next document, and give what fresh ones give.
    let again = AnalyzedDocument(
      document, splitter: splitter, analyzer: analyzer, contents: .search, scratch: &scratch)
    #expect(again.names == analyzed.names && again.context == analyzed.context)
    #expect(Array(again.sentenceTerms.joined()) == Array(analyzed.sentenceTerms.joined()))
  }

  @Test func renumberingMapsEveryKindOfID() throws {
    let analyzer = try Analyzer(language: .english)
    var scratch = AnalyzedDocument.Scratch()
    var analyzed = AnalyzedDocument(
      Document(id: "r", title: "Ortiz wins", body: "Crowds cheered. He smiled."),
      splitter: splitter, analyzer: analyzer, contents: .search, scratch: &scratch)
    let before = (analyzed.terms, analyzed.names, analyzed.context)
    let map = (0..<Int32(analyzer.vocabulary.count)).map { 100 + $0 * 2 }
    map.withUnsafeBufferPointer { analyzed.renumberTerms($0) }
    #expect(analyzed.terms == before.0.map { 100 + $0 * 2 })
    #expect(analyzed.names == before.1.map { 100 + $0 * 2 })
    #expect(analyzed.context == before.2.map { 100 + $0 * 2 })
    #expect(!before.2.isEmpty)
  }
}
