import Testing

@testable import Brief

@Suite struct ListedWordsTests {
  private func flag(_ word: String, _ language: Language) -> UInt8 {
    Array(word.utf8).withUnsafeBufferPointer { ListedWords.of(language).flag($0) }
  }

  @Test(arguments: [
    ("march", Language.english, UnitFlags.month.rawValue),
    ("december", .english, UnitFlags.month.rawValue),
    ("two", .english, UnitFlags.quantity.rawValue),
    ("thousands", .english, UnitFlags.quantity.rawValue),
    ("dollars", .english, UnitFlags.money.rawValue),
    ("yen", .english, UnitFlags.money.rawValue),
    ("century", .english, ListedWords.centuryMark),
    ("she", .english, ListedWords.pronounMark),
    ("them", .english, ListedWords.pronounMark),
    ("mayo", .spanish, UnitFlags.month.rawValue),
    ("dólares", .spanish, UnitFlags.money.rawValue),
    ("mil", .spanish, UnitFlags.quantity.rawValue),
    ("él", .spanish, ListedWords.pronounMark),
  ])
  func listedWordsGiveTheirFlag(word: String, language: Language, flag expected: UInt8) {
    #expect(flag(word, language) == expected)
  }

  @Test func otherWordsGiveNothing() {
    // Same length, first and last letters as listed words ("ten", "dollars", "march").
    for word in ["tan", "dancers", "mouch", "the", "bridge", "marches"] {
      #expect(flag(word, .english) == 0, "\(word)")
    }
    // Each language reads its own lists.
    #expect(flag("mayo", .english) == 0)
    #expect(flag("two", .spanish) == 0)
    #expect(flag("century", .spanish) == 0)
    // Listed words are matched as the tokenizer gives them: lowercased.
    #expect(flag("March", .english) == 0)
    // One byte, or sixteen and more, is never looked up.
    #expect(flag("a", .english) == 0)
    #expect(flag("", .english) == 0)
    #expect(flag(String(repeating: "x", count: 16), .english) == 0)
  }

  @Test(arguments: [
    ("$5", 1, 0, true), ("£20", 2, 0, true), ("¥20", 2, 0, true), ("€4.2m", 3, 0, true),
    ("5", 0, 0, false), ("US5", 2, 0, false), ("$5", 1, 1, false), ("€5", 3, 1, false),
    ("a $ 5", 4, 0, false),
  ])
  func aCurrencySignCountsRightBeforeTheNumberInsideTheUnit(
    text: String, position: Int, start: Int, follows: Bool
  ) {
    let found = Array(text.utf8).withUnsafeBufferPointer {
      ListedWords.followsCurrencySign($0, at: position, after: start)
    }
    #expect(found == follows)
  }
}
