import Testing

@testable import Brief

@Suite struct MeaningCacheTests {
  private let texts = [
    "The ferry left at dawn.", "Crowds cheered the new bridge.", "Rain fell all day.",
  ]

  /// Whether two encodings are the same pieces and vectors.
  private func same(_ a: TokenVectors, _ b: TokenVectors) -> Bool {
    a.ids == b.ids && a.vectors == b.vectors && a.width == b.width
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func unitsAreEncodedOnceAndGiveWhatTheEncoderGives() throws {
    let encoder = try SentenceEncoderTests.encoder()
    var cache = MeaningCache()
    var asked: [Int] = []
    let text = { (unit: Int) -> String in
      asked.append(unit)
      return texts[unit]
    }
    let first = cache.vectors(question: "when?", units: [2, 0, 2], encoder: encoder, text: text)
    #expect(asked == [2, 0])
    let direct = encoder.tokenVectors(of: ["when?", texts[2], texts[0]])
    #expect(same(first.question, direct[0]))
    #expect(first.units.count == 3)
    #expect(zip(first.units, [direct[1], direct[2], direct[1]]).allSatisfy(same))
    // A later question reads the units it shares from the cache.
    asked = []
    let second = cache.vectors(question: "who?", units: [1, 0], encoder: encoder, text: text)
    #expect(asked == [1])
    // A unit is encoded in one batch with its question: the vectors are that batch's.
    #expect(same(second.units[1], direct[2]))
    #expect(same(second.units[0], encoder.tokenVectors(of: ["who?", texts[1]])[1]))
    // Emptied, it encodes again.
    cache.removeAll()
    asked = []
    _ = cache.vectors(question: "who?", units: [0], encoder: encoder, text: text)
    #expect(asked == [0])
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func pastItsBudgetTheCacheStartsAfresh() throws {
    let encoder = try SentenceEncoderTests.encoder()
    var cache = MeaningCache()
    var asked: [Int] = []
    let text = { (unit: Int) -> String in
      asked.append(unit)
      return texts[unit]
    }
    // Room for about one sentence's vectors.
    cache.budget = encoder.tokenVectors(of: texts[1]).vectors.count + 1
    _ = cache.vectors(question: "q", units: [1], encoder: encoder, text: text)
    _ = cache.vectors(question: "q", units: [1], encoder: encoder, text: text)
    #expect(asked == [1])
    // Another sentence does not fit beside it: the cache empties, and 1 is encoded again.
    let both = cache.vectors(question: "q", units: [0, 1], encoder: encoder, text: text)
    #expect(both.units.count == 2)
    _ = cache.vectors(question: "q", units: [1], encoder: encoder, text: text)
    #expect(asked == [1, 0, 1])
  }
}
