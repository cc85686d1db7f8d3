import Foundation

/// The short word lists of a language a unit's words are looked up in while it is analyzed
/// for search (``Lexicon``'s numbers spelled out, currencies, months, century words and
/// pronouns); each word marks a ``UnitFlags`` flag or one of two marks of its own.
internal struct ListedWords: Sendable {
  /// Stands for a pronoun (not a unit flag).
  internal static let pronounMark: UInt8 = 0x40
  /// Stands for "century", which marks a date after a number ("18th century").
  internal static let centuryMark: UInt8 = 0x80

  /// The lists of English and of Spanish.
  internal static let english = ListedWords(lexicon: .english)
  internal static let spanish = ListedWords(lexicon: .spanish)

  /// The lists of `language`.
  internal static func of(_ language: Language) -> ListedWords {
    switch language {
    case .english: english
    case .spanish: spanish
    }
  }

  /// The listed words (normalized, as the tokenizer gives them) and what each marks, keyed
  /// by ``key(_:)``: the one table every word list of a unit is looked up in.
  private let table: [Int: [(word: [UInt8], flag: UInt8)]]
  /// Whether some listed word has the key: most words are turned down by this one look.
  private let keys: [Bool]

  /// The lists of `lexicon`.
  internal init(lexicon: Lexicon) {
    var table: [Int: [(word: [UInt8], flag: UInt8)]] = [:]
    let lists = [
      (lexicon.numberWords, UnitFlags.quantity.rawValue),
      (lexicon.currencies, UnitFlags.money.rawValue), (lexicon.months, UnitFlags.month.rawValue),
      (lexicon.centuryWords, Self.centuryMark), (lexicon.pronouns, Self.pronounMark),
    ]
    for (words, flag) in lists {
      for word in words {
        let bytes = Array(word.utf8)
        let key = bytes.withUnsafeBufferPointer { Self.key($0) }
        if let same = table[key]?.firstIndex(where: { $0.word == bytes }) {
          table[key]?[same].flag |= flag
        } else {
          table[key, default: []].append((bytes, flag))
        }
      }
    }
    var keys = [Bool](repeating: false, count: 1 << 14)
    for key in table.keys { keys[key] = true }
    self.table = table
    self.keys = keys
  }

  /// A word's length, first and last byte in 14 bits.
  private static func key(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    (word.count & 15) << 10 | Int(word[0] & 31) << 5 | Int(word[word.count - 1] & 31)
  }

  /// The flag `word` gives when it is listed, else 0.
  internal func flag(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
    guard word.count >= 2 && word.count < 16, let base = word.baseAddress else { return 0 }
    let key = Self.key(word)
    guard keys[key], let entries = table[key] else { return 0 }
    for entry in entries {
      let equal = entry.word.withUnsafeBufferPointer { entry in
        entry.baseAddress.map { memcmp($0, base, word.count) == 0 } ?? false
      }
      if equal { return entry.flag }
    }
    return 0
  }

  /// Whether a currency sign ($, £, €, ¥) comes right before `position`, at or after
  /// `start`.
  internal static func followsCurrencySign(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, after start: Int
  ) -> Bool {
    if position - 1 >= start && bytes[position - 1] == UInt8(ascii: "$") { return true }
    // £ and ¥ are C2 A3 and C2 A5 in UTF-8, € is E2 82 AC.
    if position - 2 >= start && bytes[position - 2] == 0xC2
      && (bytes[position - 1] == 0xA3 || bytes[position - 1] == 0xA5)
    {
      return true
    }
    return position - 3 >= start && bytes[position - 3] == 0xE2 && bytes[position - 2] == 0x82
      && bytes[position - 1] == 0xAC
  }
}
