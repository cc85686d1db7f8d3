import Testing

@testable import Brief

@Suite struct UnitFlagsTests {
  @Test(arguments: [
    ("1000", true), ("1964", true), ("2024", true), ("2099", true), ("1960s", true),
    ("2000s", true), ("0999", false), ("2100", false), ("3000", false), ("964", false),
    ("19640", false), ("1965s", false), ("19a4", false), ("1960x", false), ("12", false),
  ])
  func yearsAreFourDigitsFrom1000To2099OrADecade(word: String, isYear: Bool) {
    #expect(Array(word.utf8).withUnsafeBufferPointer { UnitFlags.isYear($0) } == isYear)
  }

  @Test func flagsAreDistinctBits() {
    let all: [UnitFlags] = [.number, .year, .month, .quantity, .money]
    #expect(Set(all.map(\.rawValue)).count == all.count)
    #expect(all.allSatisfy { $0.rawValue.nonzeroBitCount == 1 })
    // None is one of the two marks ListedWords keeps for itself.
    let marks = ListedWords.pronounMark | ListedWords.centuryMark
    #expect(all.allSatisfy { $0.rawValue & marks == 0 })
  }
}
