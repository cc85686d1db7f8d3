import Testing

@testable import Brief

/// The question-word table that re-ranking looks tokens up in.
struct QuestionWordsTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  private func index(_ words: QuestionWords, _ text: String) -> Int {
    bytes(text).withUnsafeBufferPointer { words.index(of: $0) }
  }

  @Test func findsEveryWordAndNothingElse() {
    // Enough words that probes collide in the table.
    let vocabulary = (0..<60).map { "word\($0)" }
    let words = QuestionWords(
      forms: vocabulary.enumerated().map { (bytes($1), UInt64(1) << UInt64($0)) }, phrases: [])
    for (position, word) in vocabulary.enumerated() {
      let found = index(words, word)
      #expect(found >= 0)
      #expect(words.formBit(found) == UInt64(1) << UInt64(position))
    }
    for absent in ["word60", "word", "", "wor d1", "Word1"] {
      #expect(index(words, absent) == -1)
    }
  }

  @Test func phrasesNeedBothWordsInOrder() {
    let words = QuestionWords(
      forms: [(bytes("theses"), 1)],
      phrases: [(bytes("95"), bytes("theses")), (bytes("the"), bytes("95"))])
    let the = index(words, "the")
    let ninetyFive = index(words, "95")
    let theses = index(words, "theses")
    #expect(the >= 0 && ninetyFive >= 0 && theses >= 0)
    // Words only in phrases carry no form bit.
    #expect(words.formBit(the) == 0 && words.formBit(ninetyFive) == 0)
    #expect(words.formBit(theses) == 1)
    #expect(words.phraseBits(after: ninetyFive, theses) == 0b01)
    #expect(words.phraseBits(after: the, ninetyFive) == 0b10)
    #expect(words.phraseBits(after: theses, ninetyFive) == 0)
    #expect(words.phraseBits(after: the, theses) == 0)
    #expect(!words.isEmpty)
    #expect(QuestionWords(forms: [], phrases: []).isEmpty)
  }
}
