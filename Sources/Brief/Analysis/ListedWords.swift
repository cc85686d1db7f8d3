import Foundation

/// The short word lists a unit's words are looked up in while it is analyzed for search:
/// numbers spelled out, currencies, months, "century" and pronouns; each word marks a
/// ``UnitFlags`` flag or one of two marks of its own.
internal enum ListedWords {
  /// The numbers spelled out that mark a quantity (English and Spanish, at most 9 bytes).
  internal static let numberWords = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "half", "quarter", "twice", "double", "triple",
    "percent", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "cien", "ciento", "cientos", "mil", "millones", "docena", "mitad", "doble",
  ]

  /// Words that, opening a sentence, refer to someone or something named before.
  private static let pronouns = [
    "he", "she", "they", "it", "his", "her", "their", "its", "him", "them",
    "él", "ella", "ellos", "ellas", "su", "sus",
  ]

  /// Month names, which mark a date.
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  ]

  /// Currencies' names, which mark a sum of money.
  private static let currencies = [
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "franc", "francs", "yen", "dólar",
    "dólares", "libra", "libras",
  ]

  /// Stands for a pronoun in ``listedWords`` (not a unit flag).
  internal static let pronounMark: UInt8 = 0x40
  /// Stands for "century", which marks a date after a number ("18th century").
  internal static let centuryMark: UInt8 = 0x80

  /// The listed words and what each marks.
  ///
  /// Words are normalized as the tokenizer gives them; numbers spelled out mark a
  /// quantity, currencies' names money, month names a month, "century" ``centuryMark``,
  /// pronouns ``pronounMark``; keyed by ``key(_:)``. The one table every word list of a unit
  /// is looked up in.
  private static let listedWords: [Int: [(word: [UInt8], flag: UInt8)]] = {
    var listed: [Int: [(word: [UInt8], flag: UInt8)]] = [:]
    let lists = [
      (numberWords, UnitFlags.quantity.rawValue),
      (currencies, UnitFlags.money.rawValue), (months, UnitFlags.month.rawValue),
      (["century", "centuries"], centuryMark), (pronouns, pronounMark),
    ]
    for (words, flag) in lists {
      for word in words {
        let bytes = Array(word.utf8)
        let key = bytes.withUnsafeBufferPointer { Self.key($0) }
        if let same = listed[key]?.firstIndex(where: { $0.word == bytes }) {
          listed[key]?[same].flag |= flag
        } else {
          listed[key, default: []].append((bytes, flag))
        }
      }
    }
    return listed
  }()

  /// Whether some listed word has the key: most words are turned down by this one look.
  private static let listedKeys: [Bool] = {
    var keys = [Bool](repeating: false, count: 1 << 14)
    for key in listedWords.keys { keys[key] = true }
    return keys
  }()

  /// A word's length, first and last byte in 14 bits.
  private static func key(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    (word.count & 15) << 10 | Int(word[0] & 31) << 5 | Int(word[word.count - 1] & 31)
  }

  /// The flag `word` gives when it is listed in ``listedWords``, else 0.
  internal static func flag(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
    guard word.count >= 2 && word.count < 16, let base = word.baseAddress else { return 0 }
    let key = key(word)
    guard listedKeys[key], let entries = listedWords[key] else { return 0 }
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
