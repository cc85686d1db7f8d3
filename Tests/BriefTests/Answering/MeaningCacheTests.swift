import Testing

@testable import Brief

@Suite struct MeaningCacheTests {
  /// A cache asked for the units of three sentences, keeping track of the texts it reads.
  private final class Session {
    let texts = [
      "The ferry left at dawn.", "Crowds cheered the new bridge.", "Rain fell all day.",
    ]
    let encoder: SentenceEncoder
    var cache = MeaningCache()
    private var asked: [Int] = []

    init() throws { encoder = try SentenceEncoderTests.encoder() }

    func vectors(_ question: String, _ units: [Int32]) -> (
      question: TokenVectors, units: [TokenVectors]
    ) {
      cache.vectors(question: question, units: units, encoder: encoder) { unit in
        asked.append(unit)
        return texts[unit]
      }
    }

    /// The units whose text was read since the last call.
    func read() -> [Int] {
      defer { asked = [] }
      return asked
    }
  }

  /// Whether two encodings are the same pieces and vectors.
  private func same(_ a: TokenVectors, _ b: TokenVectors) -> Bool {
    a.ids == b.ids && a.vectors == b.vectors && a.width == b.width
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func unitsAreEncodedOnceAndGiveWhatTheEncoderGives() throws {
    let session = try Session()
    let texts = session.texts
    let first = session.vectors("when?", [2, 0, 2])
    #expect(session.read() == [2, 0])
    let direct = session.encoder.tokenVectors(of: ["when?", texts[2], texts[0]])
    #expect(same(first.question, direct[0]))
    #expect(first.units.count == 3)
    #expect(zip(first.units, [direct[1], direct[2], direct[1]]).allSatisfy(same))
    // A later question reads the units it shares from the cache.
    let second = session.vectors("who?", [1, 0])
    #expect(session.read() == [1])
    // A unit is encoded in one batch with its question: the vectors are that batch's.
    #expect(same(second.units[1], direct[2]))
    #expect(same(second.units[0], session.encoder.tokenVectors(of: ["who?", texts[1]])[1]))
    // Emptied, it encodes again.
    session.cache.removeAll()
    _ = session.vectors("who?", [0])
    #expect(session.read() == [0])
  }

  @Test(.enabled(if: TestModel.shouldRun))
  func pastItsBudgetTheCacheStartsAfresh() throws {
    let session = try Session()
    // Room for about one sentence's vectors.
    session.cache.budget = session.encoder.tokenVectors(of: session.texts[1]).vectors.count + 1
    _ = session.vectors("q", [1])
    _ = session.vectors("q", [1])
    #expect(session.read() == [1])
    // Another sentence does not fit beside it: the cache empties, and 1 is encoded again.
    #expect(session.vectors("q", [0, 1]).units.count == 2)
    _ = session.vectors("q", [1])
    #expect(session.read() == [0, 1])
  }
}
