/// What a sentence holds that answers a kind of question.
///
/// A number, a date, a quantity, a sum of money: found when the sentence is analyzed, read by the
/// answer-type feature.
internal struct UnitFlags: OptionSet, Sendable, Hashable {
  internal let rawValue: UInt8

  internal init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The unit holds a number (a word that opens with a digit).
  internal static let number = UnitFlags(rawValue: 1)
  /// The unit holds a year-like number (4 digits, 1000–2099), a decade ("1960s") or a
  /// century ("18th century").
  internal static let year = UnitFlags(rawValue: 2)
  /// The unit names a month.
  internal static let month = UnitFlags(rawValue: 4)
  /// The unit holds a quantity: a number that is not year-like, or a number spelled out
  /// ("two", "thousand", "half"; not "one", more often a pronoun).
  internal static let quantity = UnitFlags(rawValue: 8)
  /// The unit holds a sum of money: a number right after a currency sign ("$4.2m", "£20")
  /// or a currency's name ("dollars").
  internal static let money = UnitFlags(rawValue: 16)

  /// Whether a word that opens with a digit names a year (4 digits, 1000–2099) or a decade
  /// ("1960s").
  internal static func isYear(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let digits =
      word.count == 5 && word[4] == UInt8(ascii: "s") && word[3] == UInt8(ascii: "0")
      ? 4 : word.count
    guard digits == 4, word[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return false
    }
    return word[0] == UInt8(ascii: "1")
      || (word[0] == UInt8(ascii: "2") && word[1] == UInt8(ascii: "0"))
  }
}
