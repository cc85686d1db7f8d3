import Foundation
import Testing

@testable import Brief

/// Corpora, parameters and checks the answering tests share.
enum AnsweringFixtures {
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

  /// The sentences of `body` best first, without the neighbours' shares and with `change`.
  static func ranked(
    _ body: String, question: String, limit: Int = 2,
    _ change: (inout RetrievalParameters) -> Void = { _ in }
  ) throws -> [Answer] {
    var parameters = RetrievalParameters()
    parameters.neighborWeight = 0
    change(&parameters)
    let retriever = try Retriever(
      documents: [Document(id: "d", body: body)], parameters: parameters)
    return retriever.answers(to: question, limit: limit)
  }

  /// Two sentences that tie on BM25: the later one holds the feature's evidence, so it
  /// ranks first only through the feature.
  static func first(
    _ body: String, question: String, _ change: (inout RetrievalParameters) -> Void = { _ in }
  ) throws -> Answer {
    let answers = try AnsweringFixtures.ranked(body, question: question) {
      $0.continuationWeight = 0
      change(&$0)
    }
    return try #require(answers.first)
  }

  /// The second sentence ranks first through the feature labelled `label`, whose
  /// contribution the explanation lists, and the first without it.
  static func expectLifted(
    _ body: String, question: String, label: String,
    without turnOff: (inout RetrievalParameters) -> Void
  ) throws {
    let splitter = SentenceSplitter(language: .english)
    let sentences = splitter.sentences(in: body).map { splitter.text(of: $0, in: body) }
    let lifted = try AnsweringFixtures.first(body, question: question)
    #expect(lifted.text == sentences.last)
    #expect(lifted.contributions.contains { $0.term == label })
    #expect(abs(lifted.contributions.reduce(0) { $0 + $1.score } - lifted.score) < 1e-9)
    #expect(try AnsweringFixtures.first(body, question: question, turnOff).text == sentences.first)
  }

  /// The second sentence of `body` ranks first through the answer type, which is twice the
  /// first sentence's.
  static func expectTypeDoubled(_ body: String, question: String) throws {
    try AnsweringFixtures.expectLifted(body, question: question, label: "(answer type)") {
      $0.answerTypeWeight = 0
    }
    let features = try Retriever(documents: [Document(id: "d", body: body)])
      .candidateFeatures(for: question, limit: 2)
    let types = features.candidates.sorted { $0.unit < $1.unit }.map(\.answerType)
    #expect(types.count == 2 && types[0] > 0 && abs(types[1] - 2 * types[0]) < 1e-9)
  }

  /// Scores every unit by a plain scan, with the same analysis, for comparison.
  static func bruteForce(_ documents: [Document], question: String, k1: Double, b: Double)
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

  /// Documents of several paragraphs, with titles, key points and pronoun sentences (context),
  /// whose words come from a small vocabulary in a fixed pseudo-random order.
  static func mixedCorpus(documentCount: Int) -> [Document] {
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

  /// A document whose sentences each hold `zebra` a number of times among filler words.
  static func zebras(_ shapes: [(zebras: Int, fillers: Int)]) -> Document {
    let fillerWords = ["oak", "elm", "ash", "fir", "yew", "box", "bay", "gum", "tea", "fig"]
    let body = shapes.enumerated().map { index, shape in
      let words =
        Array(repeating: "zebra", count: shape.zebras)
        + (0..<shape.fillers).map { fillerWords[($0 + index) % fillerWords.count] }
      return words.joined(separator: " ") + "."
    }.joined(separator: "\n\n")
    return Document(id: "zebras", body: body)
  }
}
