import Foundation
import Testing

@testable import Brief

@Suite struct MeaningMatchTests {
  static func vectors(_ rows: [[Float]], ids: [Int32]) -> TokenVectors {
    TokenVectors(ids: ids, vectors: rows.flatMap { $0 }, width: rows.first?.count ?? 2)
  }

  @Test func meaningMatchWeighsThePiecesThatSetCandidatesApart() {
    // Question pieces 1 and 2; candidate A holds both, B only piece 1 (shared by all), C
    // only piece 2 (held by A and C).
    let question = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let a = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let b = Self.vectors([[1, 0]], ids: [1])
    let c = Self.vectors([[1, 0], [0, 1]], ids: [1, 2])
    let scores = MeaningMatch.scores(question: question, candidates: [a, b, c])
    #expect(abs(scores[0] - 1) < 1e-12)
    #expect(abs(scores[2] - 1) < 1e-12)
    // B matches piece 1 (cosine 1) and piece 2 not at all (cosine 0): its score is piece
    // 1's share of the idf weights, which is under ½ since every candidate holds piece 1.
    let shared = log(1 + 3.5 / 3.5)
    let rarer = log(1 + 3.5 / 2.5)
    #expect(abs(scores[1] - shared / (shared + rarer)) < 1e-12)
    #expect(scores[1] < 0.5)
    // Nothing to compare: zeros, not a crash.
    let empty = Self.vectors([], ids: [])
    #expect(MeaningMatch.scores(question: empty, candidates: [a]) == [0])
    #expect(MeaningMatch.scores(question: question, candidates: [empty]) == [0])
  }

  @Test func eachQuestionPieceTakesItsBestMatchEvenWhenNegative() {
    let question = Self.vectors([[1, 0]], ids: [1])
    let opposite = Self.vectors([[-1, 0]], ids: [2])
    let closer = Self.vectors([[-1, 0], [0.6, 0.8]], ids: [2, 3])
    let scores = MeaningMatch.scores(question: question, candidates: [opposite, closer])
    #expect(abs(scores[0] + 1) < 1e-6)
    #expect(abs(scores[1] - 0.6) < 1e-6)
  }

  @Test func scoresFollowTheCandidatesNotTheirOrder() {
    let question = Self.vectors([[1, 0], [0, 1], [0.6, 0.8]], ids: [1, 2, 3])
    let candidates = [
      Self.vectors([[1, 0]], ids: [1]), Self.vectors([[0, 1], [0.8, 0.6]], ids: [2, 4]),
      Self.vectors([[0.6, 0.8], [1, 0]], ids: [3, 1]),
    ]
    let forward = MeaningMatch.scores(question: question, candidates: candidates)
    let backward = MeaningMatch.scores(question: question, candidates: candidates.reversed())
    #expect(forward == Array(backward.reversed()))
    #expect(Set(forward).count == 3)
  }

  @Test func vectorsOfAnotherWidthAreNotCompared() {
    let question = Self.vectors([[1, 0]], ids: [1])
    let wider = TokenVectors(ids: [1], vectors: [1, 0, 0], width: 3)
    #expect(MeaningMatch.scores(question: question, candidates: [wider]) == [0])
    #expect(MeaningMatch.scores(question: question, candidates: []) == [])
  }
}
