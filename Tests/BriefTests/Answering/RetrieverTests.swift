import Foundation
import Testing

@testable import Brief

@Suite struct RetrieverTests {
  /// Plain BM25: every extra feature off, every field weighed alike.
  static var plain: RetrievalParameters {
    var parameters = RetrievalParameters()
    parameters.contextWeight = 0
    parameters.pairWeight = 0
    parameters.documentWeight = 0
    parameters.answerTypeWeight = 0
    parameters.nameWeight = 0
    parameters.paragraphWeight = 0
    parameters.neighborWeight = 0
    parameters.exactWeight = 0
    parameters.phraseWeight = 0
    parameters.relatedWeight = 0
    parameters.synonymWeight = 0
    parameters.continuationWeight = 0
    parameters.titleWeight = 1
    parameters.keyPointWeight = 1
    return parameters
  }

  static let news = [
    Document(
      id: "mexico", title: "Mexico and the United States",
      keyPoints: ["Talks on cartels continue."],
      body: """
        Claudia Sheinbaum met reporters in Mexico City on Tuesday. She rejected the offer of \
        U.S. troops to fight the cartels. The rejection surprised Washington. Trade talks \
        continue next month.
        """),
    Document(
      id: "bridge", title: "Harbour bridge reopens",
      body: """
        The swing bridge will reopen on March 14. Repairs cost $48.6m. Cyclists and \
        pedestrians may cross again. The council thanked residents.
        """),
  ]

  @Test func stemsMeetAndQuestionWordsAreIgnored() throws {
    let retriever = try Retriever(documents: Self.news)
    let answers = retriever.answers(to: "Who rejects the troops?", limit: 3)
    let first = try #require(answers.first)
    #expect(first.text.hasPrefix("She rejected the offer"))
    #expect(first.matchedTerms.contains("reject"))
    #expect(first.matchedTerms.contains("troop"))
    #expect(!first.matchedTerms.contains("who"))
  }

  @Test func aQuestionWithoutKnownWordsHasNoAnswer() throws {
    let retriever = try Retriever(documents: Self.news)
    #expect(retriever.answers(to: "What is the?", limit: 3).isEmpty)
    #expect(retriever.answers(to: "zeppelins", limit: 3).isEmpty)
    #expect(retriever.answers(to: "", limit: 3).isEmpty)
    #expect(retriever.answers(to: "bridge", limit: 0).isEmpty)
  }

  @Test func aPronounSentenceMatchesThePersonNamedBefore() throws {
    let retriever = try Retriever(documents: Self.news)
    let first = try #require(retriever.answers(to: "What did Sheinbaum reject?", limit: 3).first)
    #expect(first.text == "She rejected the offer of U.S. troops to fight the cartels.")
    #expect(first.field == .body)
    #expect(first.sentenceIndex == 1)
    #expect(first.matchedTerms == ["sheinbaum", "reject"])
    #expect(first.contributions.contains { $0.term == "sheinbaum (context)" })
    #expect(abs(first.contributions.reduce(0) { $0 + $1.score } - first.score) < 1e-9)

    var noContext = RetrievalParameters()
    noContext.contextWeight = 0
    let without = try Retriever(documents: Self.news, parameters: noContext)
    #expect(
      without.answers(to: "What did Sheinbaum reject?", limit: 3).first?.matchedTerms != [
        "sheinbaum", "reject",
      ])
  }

  @Test func titlesAndKeyPointsAreSearchableAndMarked() throws {
    let retriever = try Retriever(documents: Self.news)
    let title = try #require(retriever.answers(to: "harbour", limit: 1).first)
    #expect(title.field == .title)
    #expect(title.text == "Harbour bridge reopens")
    #expect(title.documentID == "bridge")
    let point = try #require(retriever.answers(to: "talks on cartels", limit: 1).first)
    #expect(point.field == .keyPoint)
    #expect(point.sentenceIndex == 0)
    #expect(retriever.sentenceCount == 1 + 1 + 4 + 1 + 4)
  }

  @Test func topKIsAPrefixOfTheFullRankingBestFirst() throws {
    let retriever = try Retriever(documents: Self.news)
    let all = retriever.answers(to: "bridge cyclists talks reopen", limit: 50)
    #expect(all.count >= 4)
    for k in 1...all.count {
      #expect(
        retriever.answers(to: "bridge cyclists talks reopen", limit: k) == Array(all.prefix(k)))
    }
    #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  /// Scores every unit by a plain scan, with the same analysis, for comparison.
  private func bruteForce(_ documents: [Document], question: String, k1: Double, b: Double)
    throws -> [(text: String, score: Double)]
  {
    let analyzer = try Analyzer()
    let splitter = SentenceSplitter()
    var units: [String] = []
    for document in documents {
      if let title = document.title { units.append(title) }
      units += document.keyPoints
      units += splitter.sentences(in: document.body).map {
        splitter.text(of: $0, in: document.body)
      }
    }
    let terms = units.map { analyzer.terms(in: $0) }
    let average = Double(terms.reduce(0) { $0 + $1.count }) / Double(terms.count)
    let bm25 = try BM25(k1: k1, b: b)
    var query: [String] = []
    for term in analyzer.terms(in: question) where !query.contains(term) { query.append(term) }
    var scored: [(Int, Double)] = []
    for (unit, unitTerms) in terms.enumerated() {
      var score = 0.0
      var matched = false
      for term in query {
        let tf = unitTerms.filter { $0 == term }.count
        guard tf > 0 else { continue }
        matched = true
        let df = terms.filter { $0.contains(term) }.count
        score += bm25.weight(
          termFrequency: tf, idf: bm25.idf(documentFrequency: df, documentCount: terms.count),
          length: unitTerms.count, averageLength: average)
      }
      if matched { scored.append((unit, score)) }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    return scored.map { (units[$0.0], $0.1) }
  }

  @Test(arguments: ["bridge", "reject troops cartels", "cyclists talks bridge March", "Mexico"])
  func postingsScoringEqualsABruteForceScan(question: String) throws {
    for (k1, b) in [(1.2, 0.75), (0.5, 0.0), (2.0, 1.0)] {
      var parameters = Self.plain
      parameters.k1 = k1
      parameters.b = b
      let retriever = try Retriever(documents: Self.news, parameters: parameters)
      let answers = retriever.answers(to: question, limit: 100)
      let expected = try bruteForce(Self.news, question: question, k1: k1, b: b)
      #expect(answers.map(\.text) == expected.map(\.text))
      for (answer, scan) in zip(answers, expected) {
        #expect(abs(answer.score - scan.score) < 1e-9)
      }
    }
  }

  /// Documents of several paragraphs, with titles, key points and pronoun sentences (context),
  /// whose words come from a small vocabulary in a fixed pseudo-random order.
  private func mixedCorpus(documentCount: Int) -> [Document] {
    let words = [
      "harbour", "bridge", "council", "cyclists", "repairs", "comet", "festival", "clinic",
      "frost", "orchard", "market", "ferry", "library", "station", "garden", "river",
    ]
    let names = ["Alder", "Brennan", "Castell", "Dunmore", "Ellery"]
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func sentence() -> String {
      let opening = next(4) == 0 ? "She" : names[next(names.count)]
      let rest = (0..<(2 + next(8))).map { _ in words[next(words.count)] }
      return ([opening] + rest).joined(separator: " ") + (next(5) == 0 ? " in 1998." : ".")
    }
    return (0..<documentCount).map { number in
      let paragraphs = (0..<(1 + next(4))).map { _ in
        (0..<(1 + next(4))).map { _ in sentence() }.joined(separator: " ")
      }
      return Document(
        id: "doc\(number)", title: sentence(), keyPoints: next(2) == 0 ? [sentence()] : [],
        body: paragraphs.joined(separator: "\n\n"))
    }
  }

  @Test(arguments: [
    "bridge repairs", "when did Alder open the harbour ferry?", "who runs the comet festival",
    "how many cyclists crossed the river bridge", "library",
  ])
  func earlyTerminationEqualsScoringEveryUnit(question: String) throws {
    var parameters = RetrievalParameters()
    // Without the re-ranking (pairs, exact forms, phrases, related words, synonyms), the
    // best k of a shallow search must be those of a search too deep to stop early.
    parameters.pairWeight = 0
    parameters.exactWeight = 0
    parameters.phraseWeight = 0
    parameters.relatedWeight = 0
    parameters.synonymWeight = 0
    parameters.rerankDepth = 1
    let retriever = try Retriever(
      documents: mixedCorpus(documentCount: 60), parameters: parameters)
    let all = retriever.answers(to: question, limit: 100_000)
    #expect(all.count > 20)
    for k in [1, 2, 5, 20] {
      #expect(retriever.answers(to: question, limit: k) == Array(all.prefix(k)))
    }
  }

  /// A document whose sentences each hold `zebra` a number of times among filler words.
  private func zebras(_ shapes: [(zebras: Int, fillers: Int)]) -> Document {
    let fillerWords = ["oak", "elm", "ash", "fir", "yew", "box", "bay", "gum", "tea", "fig"]
    let body = shapes.enumerated().map { index, shape in
      let words =
        Array(repeating: "zebra", count: shape.zebras)
        + (0..<shape.fillers).map { fillerWords[($0 + index) % fillerWords.count] }
      return words.joined(separator: " ") + "."
    }.joined(separator: "\n\n")
    return Document(id: "zebras", body: body)
  }

  @Test(arguments: [4, 9, 16, 30])
  func bm25NeverFallsAsTheTermFrequencyRises(length: Int) throws {
    let shapes = (1...length).map { (zebras: $0, fillers: length - $0) }
    let retriever = try Retriever(documents: [zebras(shapes)], parameters: Self.plain)
    let answers = retriever.answers(to: "zebra", limit: length)
    let byCount = Dictionary(
      uniqueKeysWithValues: answers.map {
        ($0.text.split(separator: " ").filter { $0.hasPrefix("zebra") }.count, $0.score)
      })
    for tf in 1..<length {
      #expect(try #require(byCount[tf + 1]) >= #require(byCount[tf]))
    }
  }

  @Test(arguments: [(1, 1), (2, 1), (3, 1), (1, 2)] as [(Int, Int)])
  func bm25NeverRisesAsTheSentenceGrowsLonger(zebraCount: Int, step: Int) throws {
    let shapes = stride(from: 0, through: 40, by: step).map { (zebras: zebraCount, fillers: $0) }
    let retriever = try Retriever(documents: [zebras(shapes)], parameters: Self.plain)
    let answers = retriever.answers(to: "zebra", limit: shapes.count)
    #expect(answers.count == shapes.count)
    let byLength = answers.map { ($0.text.split(separator: " ").count, $0.score) }.sorted {
      $0.0 < $1.0
    }
    for (shorter, longer) in zip(byLength, byLength.dropFirst()) { #expect(longer.1 <= shorter.1) }
  }

  @Test func parametersAreValidated() {
    var parameters = RetrievalParameters()
    parameters.k1 = -1
    #expect(throws: BriefError.self) { try Retriever(documents: Self.news, parameters: parameters) }
    parameters = RetrievalParameters()
    parameters.b = 2
    #expect(throws: BriefError.self) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.pairWeight = .nan
    #expect(throws: BriefError.self) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.rerankDepth = 0
    #expect(throws: BriefError.self) { try parameters.validate() }
    #expect(throws: Never.self) { try RetrievalParameters().validate() }
  }

  @Test func wordsWithAPrefixAreCorpusSurfaceForms() throws {
    let retriever = try Retriever(documents: Self.news)
    #expect(
      retriever.words(withPrefix: "re", limit: 10)
        == ["rejected", "rejection", "repairs", "reporters", "residents", "reopen", "reopens"]
        .sorted())
    #expect(retriever.words(withPrefix: "Sh", limit: 10) == ["she", "sheinbaum"])
    #expect(retriever.words(withPrefix: "re", limit: 2).count == 2)
    #expect(retriever.words(withPrefix: "qq", limit: 5).isEmpty)
  }

  @Test func wordsOfRepeatedDocumentsAreAllOffered() throws {
    // The same stems (so scored as one document), other words; and an exact copy.
    let documents = [
      Document(id: "a", body: "Mara runs the ferry."),
      Document(id: "b", body: "Mara running the ferry."),
      Document(id: "c", body: "Mara runs the ferry."),
    ]
    let index = try CorpusIndex(documents: documents)
    #expect(DocumentTwins(canonical: index.sentences.canonicalDocuments).copies.count == 2)
    let retriever = try Retriever(index: index)
    #expect(retriever.words(withPrefix: "ru", limit: 5) == ["running", "runs"])
  }

  @Test func pairsAndDocumentEvidenceLiftTheBetterMatch() throws {
    let documents = [
      Document(id: "one", body: "The swing bridge opened. A swing band played."),
      Document(id: "two", body: "The bridge swing was fixed. Bands played."),
    ]
    let retriever = try Retriever(documents: documents)
    let first = try #require(retriever.answers(to: "swing bridge", limit: 1).first)
    #expect(first.text == "The swing bridge opened.")
    #expect(first.contributions.contains { $0.term == "(pair) swing bridg" })
  }

  @Test func anEmptyCorpusAnswersNothing() throws {
    let retriever = try Retriever(documents: [])
    #expect(retriever.sentenceCount == 0)
    #expect(retriever.answers(to: "bridge", limit: 3).isEmpty)
    #expect(retriever.words(withPrefix: "b", limit: 3).isEmpty)
  }

  @Test func answersDoNotDependOnTheTermCacheBudget() throws {
    let documents = CorpusIndexTests.documents
    let cached = try Retriever(documents: documents)
    let evicting = try Retriever(documents: documents)
    evicting.runBudget = 1  // every new term empties the cache
    for round in 0..<2 {
      for question in CorpusIndexTests.questions + ["bridge cars", "Sheinbaum troops bridge"] {
        #expect(
          evicting.answers(to: question, limit: 4) == cached.answers(to: question, limit: 4),
          "round \(round): \(question)")
      }
    }
  }

  @Test(arguments: [1, 2, 3, 100])
  func repeatedDocumentsAnswerAsIfEveryCopyWereScored(depth: Int) throws {
    // Copies with fresh ids among the documents, a copy of a copy, and near copies (another
    // title; one word of the body changed) that must not count as twins.
    var documents = mixedCorpus(documentCount: 24)
    var copies = 0
    for (position, original) in documents.enumerated().reversed() where position % 3 == 0 {
      for copy in 0..<(1 + position % 2) {
        var twin = original
        twin.id = "\(original.id)-copy\(copy)"
        documents.insert(twin, at: min(documents.count, position + 2 + copy * 5))
        copies += 1
      }
    }
    var retitled = documents[4]
    retitled.id = "retitled"
    retitled.title = (retitled.title ?? "") + " ferry"
    var edited = documents[7]
    edited.id = "edited"
    edited.body = edited.body.replacingOccurrences(of: "bridge", with: "comet")
    // Equal scores within a document (two equal sentences), repeated: the ties are broken by
    // unit across the copies.
    let echo = Document(id: "echo", body: "Castell ferry orchard. Castell ferry orchard.")
    var echoCopy = echo
    echoCopy.id = "echo-copy"
    documents += [retitled, echo, edited, documents[0], echoCopy]
    copies += 2
    let corpus = try CorpusIndex(documents: documents)
    #expect(DocumentTwins(canonical: corpus.sentences.canonicalDocuments).copies.count == copies)
    var parameters = RetrievalParameters()
    parameters.rerankDepth = depth
    let collapsed = try Retriever(index: corpus, parameters: parameters, collapsingTwins: true)
    let everyCopy = try Retriever(index: corpus, parameters: parameters, collapsingTwins: false)
    for question in [
      "bridge repairs", "when did Alder open the harbour ferry?", "who runs the comet festival",
      "how many cyclists crossed the river bridge", "library", "Brennan", "Castell ferry orchard",
    ] {
      for k in [1, 2, 3, 10, 500] {
        let answers = collapsed.answers(to: question, limit: k)
        #expect(answers == everyCopy.answers(to: question, limit: k), "\(question), k \(k)")
        if k == 500 { #expect(Set(answers.map(\.documentID)).contains { $0.contains("-copy") }) }
      }
    }
  }
}
