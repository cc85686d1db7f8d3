import Foundation
import Testing

@testable import BriefCLI

@Suite struct LineBatchesTests {
  /// The batches of `writes`, each written to a pipe and read before the next is written.
  private func batches(_ writes: [String], limit: Int = 32) throws -> [[String]] {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer { close(ends[0]) }
    var lines = LineBatches(descriptor: ends[0], limit: limit)
    var result: [[String]] = []
    for text in writes {
      let bytes = Array(text.utf8)
      try #require(write(ends[1], bytes, bytes.count) == bytes.count)
      if let batch = lines.next() { result.append(batch) }
    }
    close(ends[1])
    while let batch = lines.next() { result.append(batch) }
    return result
  }

  @Test func whatArrivesTogetherComesTogether() throws {
    // One line at a time (a person typing into a pipe): one batch each, at once.
    #expect(try batches(["one\n", "two\n"]) == [["one"], ["two"]])
    // Three lines in one write: one batch; a partial line waits for its end.
    #expect(try batches(["a\nb\r\nc\npar", "tial\n"]) == [["a", "b", "c"], ["partial"]])
    // The last line needs no line end; empty lines are lines.
    #expect(try batches(["x\n\nlast"]) == [["x", ""], ["last"]])
  }

  @Test func aBatchHoldsAtMostTheLimit() throws {
    let text = (0..<7).map { "q\($0)\n" }.joined()
    let found = try batches([text], limit: 3)
    #expect(found.map(\.count) == [3, 3, 1])
    #expect(found.flatMap { $0 } == (0..<7).map { "q\($0)" })
  }
}
