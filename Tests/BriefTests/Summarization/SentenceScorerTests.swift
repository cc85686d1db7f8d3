import Testing

@testable import Brief

@Suite struct SentenceScorerTests {
  /// Features and scores of `body` under `weights`, weighing terms by the document itself.
  private func scored(_ body: String, title: String? = nil, weights: ScoringWeights = .init())
    throws -> (features: [SentenceFeatures], scores: [Double], scorer: TFIDFScorer)
  {
    let analyzer = try Analyzer(language: .english)
    let analyzed = AnalyzedDocument(
      Document(id: "s", title: title, body: body), splitter: SentenceSplitter(language: .english),
      analyzer: analyzer)
    let idf = [Double](repeating: 1, count: analyzer.vocabulary.count)
    let vectors = analyzed.sentenceTerms.map { terms in
      SentenceVector(termIDs: terms) { tf, id in tfidfWeight(tf, idf[Int(id)]) }
    }
    let scorer = TFIDFScorer(weights: weights)
    let features = scorer.features(for: analyzed, vectors: vectors, idf: idf)
    return (features, features.map(scorer.score), scorer)
  }

  @Test func centralityFavoursTheSentenceThatSharesMostWithTheOthers() throws {
    let result = try scored(
      """
      The storm closed the coastal road overnight. \
      Crews cleared the coastal road after the storm closed it overnight and reopened traffic. \
      Traffic returned to the road by morning. \
      A bakery sold bread.
      """, weights: ScoringWeights(precedingOverlap: 1))
    let centrality = result.features.map(\.centrality)
    #expect(centrality.max() == 1)
    #expect(centrality[1] == 1)
    #expect(centrality[3] == 0)
  }

  @Test func overlapWithEarlierSentencesCountsLessThanWithLaterOnes() throws {
    // Two sentences sharing the same terms: symmetric overlap ties them, a preceding
    // weight below 1 favours the first, which the second elaborates.
    let body = "The harbour budget passed. The harbour budget passed again."
    let symmetric = try scored(body, weights: ScoringWeights(precedingOverlap: 1))
    #expect(symmetric.features[0].centrality == symmetric.features[1].centrality)
    let directed = try scored(body, weights: ScoringWeights(precedingOverlap: 0.5))
    #expect(directed.features[0].centrality == 1)
    #expect(abs(directed.features[1].centrality - 0.5) < 1e-9)
  }

  @Test func cuesScaleTheScore() throws {
    let weights = ScoringWeights(position: 0, title: 0, names: 0)
    let plain = try scored(
      "The council approved the harbour budget, officials said. Budget talks ended.",
      weights: weights)
    let quoted = try scored(
      "\"The council approved the harbour budget,\" officials said. Budget talks ended.",
      weights: weights)
    let number = try scored(
      "The council approved the 2015 harbour budget, officials said. Budget talks ended.",
      weights: weights)
    #expect(abs(quoted.scores[0] - plain.scores[0] * (1 - weights.quotePenalty)) < 1e-9)
    #expect(number.scores[0] > plain.scores[0])
    let explanation = quoted.scorer.explain(quoted.features[0])
    #expect(abs(explanation.quote - (1 - weights.quotePenalty)) < 1e-9)
    #expect(explanation.number == 1)
  }

  @Test func headlinePositionScalesTheLeadPriorOfHeadlinedDocuments() throws {
    let body =
      "Rain fell on the town. The harbour budget passed. Officials praised the harbour budget."
    let untitled = try scored(body)
    let lead = untitled.scorer.explain(untitled.features[0])
    #expect(lead.position > 0)
    #expect(abs(lead.centrality + lead.position + lead.title - 1) < 1e-9)
    // By default a headline halves the lead prior (headlinePosition 0.5) ...
    let titled = try scored(body, title: "Harbour budget passes")
    let halved = titled.scorer.score(titled.features[0])
    var full = ScoringWeights()
    full.headlinePosition = 1
    let kept = try scored(body, title: "Harbour budget passes", weights: full)
    let keptScore = kept.scorer.score(kept.features[0])
    // The two differ by exactly half the lead prior's term, times the multiplying factors.
    let factors = kept.scorer.explain(kept.features[0])
    let halfLead =
      factors.length * factors.quote * factors.reference * factors.number * 0.5 * full.position
      * kept.features[0].position
    #expect(halfLead > 0)
    #expect(abs((keptScore - halved) - halfLead) < 1e-9)
    #expect(titled.features[1].titleOverlap > 0)
    // ... and headlinePosition 0 drops it under a headline only.
    var weights = ScoringWeights()
    weights.headlinePosition = 0
    let dropped = try scored(body, title: "Harbour budget passes", weights: weights)
    #expect(dropped.scorer.explain(dropped.features[0]).position == 0)
    let stillLead = try scored(body, weights: weights)
    #expect(stillLead.scorer.explain(stillLead.features[0]).position > 0)
  }

  @Test func summariesCarryExplanationsForTFIDFOnly() throws {
    let document = Document(
      id: "e", body: "The harbour budget passed. Officials praised the budget. Rain fell.")
    let tfidf = try Summarizer().summarize(document)
    #expect(tfidf.sentences.allSatisfy { $0.explanation != nil })
    let lead = try Summarizer(options: SummaryOptions(method: .lead)).summarize(document)
    #expect(lead.sentences.allSatisfy { $0.explanation == nil })
  }
}

@Suite struct SharedCountsTests {
  @Test func tabulatedCountsMatchPairwiseMerges() {
    let lists: [[Int32]] = [[1, 2, 3, 9], [2, 3, 4], [], [3, 9, 12, 40], [1, 40], [7]]
    let usable = lists.map { $0.count > 1 }
    let shared = sharedCounts(lists, usable: usable)
    for i in 0..<lists.count {
      for j in (i + 1)..<lists.count where usable[i] && usable[j] {
        #expect(shared(i, j) == Set(lists[i]).intersection(lists[j]).count)
      }
    }
    #expect(shared(0, 3) == 2)
    #expect(shared(3, 4) == 1)
  }
}

@Suite struct CentralityTests {
  /// Sentences of random distinct terms (a fixed linear congruential sequence).
  private func sentences(_ count: Int, vocabulary: UInt64) -> [[Int32]] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: UInt64) -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (state >> 33) % bound
    }
    return (0..<count).map { _ in
      let size = Int(next(12))
      return Array(Set((0..<size).map { _ in Int32(next(vocabulary)) })).sorted()
    }
  }

  @Test func bucketedSumsEqualPairwiseSums() {
    for vocabulary: UInt64 in [5, 40, 300] {
      let lists = sentences(400, vocabulary: vocabulary)
      let pairwise = centralities(lists, preceding: 0.7)
      let bucketed = bucketedCentralities(lists, preceding: 0.7)
      #expect(pairwise.contains { $0 > 0 })
      for (a, b) in zip(pairwise, bucketed) {
        #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(a) vs \(b)")
      }
    }
  }

  @Test func sentencesOfOneTermTakeNoPart() {
    let lists: [[Int32]] = [[3], [3, 4], [3, 4, 9], []]
    let bucketed = bucketedCentralities(lists, preceding: 0.5)
    #expect(bucketed[0] == 0 && bucketed[3] == 0)
    let pairwise = centralities(lists, preceding: 0.5)
    #expect(pairwise[1] > 0 && pairwise[2] > 0)
    for (a, b) in zip(pairwise, bucketed) { #expect(abs(a - b) <= 1e-12) }
  }
}
