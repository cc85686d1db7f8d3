import Testing

@testable import Brief

@Suite struct CorpusAnalysisTests {
  /// Documents that share terms, first seen in different documents and orders.
  static let documents = [
    Document(
      id: "a", title: "Harbour bridge reopens", keyPoints: ["The bridge reopened."],
      body: "The harbour bridge reopened on Monday. Cars crossed it.\n\nShops opened."),
    Document(id: "b", body: "Comet seen near Jupiter. Astronomers watched the comet."),
    Document(
      id: "c", title: "Comet returns",
      body: "The comet returns to the harbour sky. Astronomers cheered the bridge."),
    Document(id: "d", body: "Frost hit the orchards. Growers lost cherries and pears."),
    Document(id: "e", body: "Cherries, pears and comets: the harbour fair opened."),
    Document(
      id: "f", title: "Traders gain", body: "Shops near the bridge reported more customers."),
  ]

  /// The documents' stems, unit by unit, as one analyzer gives them.
  private func stems(_ corpus: AnalyzedCorpus) -> [[[String]]] {
    (0..<corpus.count).map { index in
      guard let document = corpus.take(index) else { return [] }
      let units = AnalyzedDocument.UnitTerms(
        terms: document.terms, ends: document.termEnds, first: 0)
      return units.map { unit in unit.map { corpus.vocabulary[$0] } }
    }
  }

  /// Analyzes the documents on two workers in a fixed schedule: `workers[i]` analyzes
  /// document `i`.
  private func corpus(
    _ documents: [Document], workers schedule: [Int], contents: AnalyzedDocument.Contents,
    countsFrequencies: Bool = false
  ) throws -> AnalyzedCorpus {
    let stage = CorpusAnalysis(
      language: .english, contents: contents, countsDocumentFrequencies: countsFrequencies)
    var workers = [
      try CorpusAnalysis.Worker(language: .english), try CorpusAnalysis.Worker(language: .english),
    ]
    let slots = CorpusAnalysis.Slots(count: documents.count)
    for (index, document) in documents.enumerated() {
      let worker = schedule[index]
      stage.analyze(document, at: index, worker: worker, with: &workers[worker], into: slots)
    }
    return stage.corpus(of: slots, workers: workers)
  }

  @Test func aTermHasOneCorpusIDWhicheverWorkerSawIt() throws {
    let single = try corpus(
      Self.documents, workers: [0, 0, 0, 0, 0, 0], contents: .search, countsFrequencies: true)
    // The second worker sees "comet" first (document b), the first worker sees it later.
    let split = try corpus(
      Self.documents, workers: [0, 1, 0, 1, 1, 0], contents: .search, countsFrequencies: true)
    #expect(split.vocabulary.terms == single.vocabulary.terms)
    #expect(split.documentFrequencies == single.documentFrequencies)
    let comet = try #require(split.vocabulary.id(of: "comet"))
    for index in 0..<Self.documents.count {
      let one = try #require(single.take(index))
      let two = try #require(split.take(index))
      #expect(two.terms == one.terms, "document \(index)")
      #expect(two.names == one.names, "document \(index)")
      #expect(two.context == one.context, "document \(index)")
      #expect(two.flags == one.flags)
      #expect(two.paragraphStarts == one.paragraphStarts)
      // Every document that mentions a comet holds the one id.
      let mentions = Self.documents[index].body.lowercased().contains("comet")
      #expect(two.terms.contains(comet) == mentions, "document \(index)")
    }
  }

  @Test func corpusIDsAreThoseOfOneAnalyzerReadingInOrder() throws {
    let split = try corpus(Self.documents, workers: [1, 1, 0, 0, 1, 0], contents: .search)
    // One analyzer over the units in order: title, key points, body sentences.
    let analyzer = try Analyzer(language: .english)
    let splitter = SentenceSplitter(language: .english)
    var expected: [[[String]]] = []
    for document in Self.documents {
      var units: [[String]] = []
      if let title = document.title { units.append(analyzer.terms(in: title)) }
      units += document.keyPoints.map { analyzer.terms(in: $0) }
      units += splitter.sentences(in: document.body).map { range in
        analyzer.terms(in: splitter.text(of: range, in: document.body))
      }
      expected.append(units)
    }
    #expect(split.vocabulary.terms == analyzer.vocabulary.terms)
    #expect(stems(split) == expected)
  }

  @Test func documentFrequenciesCountTheDocumentsWhoseBodyHoldsATerm() throws {
    let corpus = try corpus(
      Self.documents, workers: [0, 1, 1, 0, 0, 1], contents: .summary, countsFrequencies: true)
    func frequency(_ term: String) throws -> Int32 {
      corpus.documentFrequencies[Int(try #require(corpus.vocabulary.id(of: term)))]
    }
    #expect(try frequency("comet") == 3)  // b, c, e (plural "comets" stems alike)
    #expect(try frequency("bridg") == 3)  // a, c, f
    // "return" is in c's title and body, counted once; "trader" only in f's title, which
    // does not count.
    #expect(try frequency("return") == 1)
    #expect(try frequency("shop") == 2)
    #expect(try frequency("trader") == 0)
  }

  @Test func theStageGivesTheSameCorpusOnAnyNumberOfThreads() throws {
    let documents = (0..<60).map { index in
      Document(
        id: "d\(index)", title: index % 3 == 0 ? "Title \(index % 5)" : nil,
        body: "Word\(index) and word\(index % 7) met. Then word\(index % 11) left town.")
    }
    func analyzed(_ workers: Int) throws -> (terms: [String], stems: [[[String]]]) {
      let corpus = try CorpusAnalysis(language: .english, contents: .search, workers: workers)
        .analyze(documents)
      return (corpus.vocabulary.terms, stems(corpus))
    }
    let one = try analyzed(1)
    for workers in [2, 3, 8] {
      let many = try analyzed(workers)
      #expect(many.terms == one.terms, "\(workers) workers")
      #expect(many.stems == one.stems, "\(workers) workers")
    }
  }

  @Test func summaryAnalysisSkipsKeyPointsAndSearchCues() throws {
    let document = Self.documents[0]
    let splitter = SentenceSplitter(language: .english)
    let analyzer = try Analyzer(language: .english)
    let summary = AnalyzedDocument(document, splitter: splitter, analyzer: analyzer)
    #expect(summary.unitCount == 1 + summary.sentenceCount)
    #expect(summary.keyPointCount == 0)
    #expect(summary.flags.isEmpty && summary.names.isEmpty && summary.paragraphStarts.isEmpty)
    #expect(summary.sentenceCues.count == summary.sentenceCount)
    #expect(summary.titleTerms.map { analyzer.vocabulary[$0] } == ["harbour", "bridg", "reopen"])

    var scratch = AnalyzedDocument.Scratch()
    let search = AnalyzedDocument(
      document, splitter: splitter, analyzer: analyzer, contents: .search, scratch: &scratch)
    #expect(search.unitCount == 2 + search.sentenceCount)
    #expect(search.sentenceCues.isEmpty && search.sentenceWordCounts.isEmpty)
    #expect(search.flags.count == search.unitCount)
    // Title, key point, then the body's two paragraphs.
    #expect(search.paragraphStarts == [true, true, true, false, true])
    #expect(Array(search.sentenceTerms[0]) == Array(summary.sentenceTerms[0]))
  }
}
