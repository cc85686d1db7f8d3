import Foundation
import Testing

@testable import Brief

/// Answers by words and meaning together: the pool, the fused score and the fill.
@Suite struct MeaningFusionTests {
  /// One document of `count` body sentences, indexed.
  private func index(sentences count: Int) throws -> SentenceIndex {
    let body = (0..<count).map { "Sentence number \($0) is here." }.joined(separator: " ")
    return try SentenceIndex(documents: [Document(id: "d", body: body)], language: .english)
  }

  private func match(_ row: Int32, _ score: Float) -> SentenceVectors.Match {
    SentenceVectors.Match(row: row, score: score)
  }

  @Test func thePoolIsTheWordsAndTheClosestSentences() throws {
    let index = try index(sentences: 8)
    var parameters = RetrievalParameters()
    parameters.leadWeights = []
    let fusion = MeaningFusion(parameters: parameters, index: index)
    // Words found units 5 and 6; the dense stage 6 and 2; meaning prefers 2.
    let byWords = [Candidate(score: 10, unit: 5), Candidate(score: 5, unit: 6)]
    let meaning: [Int32: Double] = [5: 0.1, 6: 0.2, 2: 0.9]
    var asked: [Int32] = []
    let ranked = fusion.rank(
      byWords: byWords, dense: [match(6, 0.8), match(2, 0.7)], limit: 3,
      meaning: { units in
        asked = units
        return units.map { meaning[$0] ?? 0 }
      },
      closest: { _ in [] })
    #expect(asked == [5, 6, 2])
    #expect(ranked.count == 3)
    // Words count 1 for the best, half for the other; meaning is z-scored among the three.
    let parts = Dictionary(uniqueKeysWithValues: ranked.map { ($0.unit, $0.parts) })
    #expect(parts[5]?.words == 1)
    #expect(parts[6]?.words == 0.5)
    #expect(parts[2]?.words == 0)
    let values = [0.1, 0.2, 0.9]
    let mean = values.reduce(0, +) / 3
    let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
    let z2 = parameters.meaningWeight * (0.9 - mean) / (spread + 1e-6)
    #expect(abs((parts[2]?.meaning ?? 0) - z2) < 1e-12)
    // Best first by the sum.
    let totals = ranked.map(\.parts.total)
    #expect(totals == totals.sorted(by: >))
    #expect(ranked.allSatisfy { abs($0.parts.total - ($0.parts.words + $0.parts.meaning)) < 1e-12 })
  }

  @Test func theLeadSentencesGetTheirBonus() throws {
    let index = try index(sentences: 6)
    let fusion = MeaningFusion(parameters: RetrievalParameters(), index: index)
    let weights = RetrievalParameters().leadWeights
    #expect(fusion.leadBonus(unit: 0) == weights[0])
    #expect(fusion.leadBonus(unit: 1) == weights[1])
    #expect(fusion.leadBonus(unit: 5) == 0)
    // A title is not a lead sentence.
    let titled = try SentenceIndex(
      documents: [Document(id: "d", title: "A headline", body: "One. Two.")], language: .english)
    #expect(MeaningFusion(parameters: RetrievalParameters(), index: titled).leadBonus(unit: 0) == 0)
    #expect(
      MeaningFusion(parameters: RetrievalParameters(), index: titled).leadBonus(unit: 1)
        == weights[0])
  }

  @Test func sentencesOutsideThePoolFollowByCloseness() throws {
    let index = try index(sentences: 8)
    let fusion = MeaningFusion(parameters: RetrievalParameters(), index: index)
    // Nothing by words; the dense pool holds 7; the fill brings the closest others.
    let ranked = fusion.rank(
      byWords: [], dense: [match(7, 0.9)], limit: 4,
      meaning: { $0.map { _ in 0.5 } },
      closest: { count in
        Array([match(7, 0.9), match(3, 0.6), match(1, 0.4), match(0, 0.2)].prefix(count))
      })
    #expect(ranked.map(\.unit) == [7, 3, 1, 0])
    let totals = ranked.map(\.parts.total)
    #expect(totals == totals.sorted(by: >))
    #expect(ranked.dropFirst().allSatisfy { $0.parts.fill != 0 })
  }
}
