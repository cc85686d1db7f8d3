/// Tells which of Brief's languages a text is written in, from the stop words it uses.
///
/// Each language's profile is the stop words of its ``Lexicon`` that the other languages'
/// lists lack ("the", "and" against "el", "los"); a text's language is the one whose profile
/// words it holds most of, among its first 2,000 words. English wins unless another language
/// has at least five hits and half as many again as English (short or wordless texts stay
/// English, as without detection):
///
///     LanguageDetector.language(of: "El Sr. Pérez dijo que los vecinos se quejan.")
///     // .spanish
///
/// Words are runs of letters and apostrophes, read from the text's UTF-8 bytes (ASCII by
/// byte, other characters by their Unicode properties), so that detecting the language of
/// a corpus costs little next to analyzing it.
public enum LanguageDetector {
  /// The most words of a text that are looked at.
  private static let wordsRead = 2_000

  /// The profile words of every language, for lookup by bytes.
  private static let table = ProfileTable(
    profiles: {
      let lists = Language.allCases.map { ($0, Set(Lexicon(language: $0).stopWords)) }
      return lists.map { language, words in
        var own = words
        for (other, otherWords) in lists where other != language { own.subtract(otherWords) }
        return (language, own)
      }
    }())

  /// The language `text` is most likely in (``Language/english`` when in doubt).
  public static func language(of text: String) -> Language {
    var hits = [Int](repeating: 0, count: table.languages.count)
    var text = text
    text.withUTF8 { bytes in
      var words = 0
      forEachWord(in: bytes) { word in
        words += 1
        if words > wordsRead { return false }
        if let index = table.language(of: word) { hits[index] += 1 }
        return true
      }
    }
    let englishIndex = table.languages.firstIndex(of: .english)
    let english = englishIndex.map { hits[$0] } ?? 0
    var best = Language.english
    var bestHits = english
    for (index, language) in table.languages.enumerated() where language != .english {
      let count = hits[index]
      if count >= 5 && count * 2 >= english * 3 && count > bestHits {
        best = language
        bestHits = count
      }
    }
    return best
  }

  /// Calls `body` with each word of `bytes` (UTF-8), lower-cased, until it returns false.
  ///
  /// A word is a run of letters (ASCII letters; other scalars that are alphabetic) and
  /// apostrophes (`'`). Lower-casing is ASCII's for an ASCII word, Unicode's otherwise.
  internal static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) {
    // A word is a contiguous run of the text's bytes: a lower-case ASCII word is passed as
    // it stands, an ASCII word with capitals lower-cased into `scratch`, any other through
    // a String.
    var scratch = [UInt8](repeating: 0, count: 32)
    var index = 0
    let count = bytes.count
    while index < count {
      // Up to the next word: ASCII other than letters and apostrophes, and any character
      // that is not alphabetic (a byte that starts none, or one cut short by the end,
      // counts as one such character).
      let start = index
      let lead = bytes[index]
      var ascii = true
      if lead.isASCII {
        guard lead.isASCIILetter || lead == .apostrophe else {
          index += 1
          continue
        }
        index += 1
      } else {
        guard isLetter(in: bytes, at: &index, end: count) else { continue }
        ascii = false
      }
      var capitals = lead.isASCIIUppercase
      while index < count {
        let byte = bytes[index]
        if byte.isASCIILowercase || byte == .apostrophe {
          index += 1
        } else if byte.isASCIIUppercase {
          capitals = true
          index += 1
        } else if byte.isASCII {
          break
        } else {
          let before = index
          guard isLetter(in: bytes, at: &index, end: count) else {
            index = before
            break
          }
          ascii = false
        }
      }
      let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
      let goesOn: Bool
      if ascii && !capitals {
        goesOn = body(word)
      } else if ascii {
        if scratch.count < word.count { scratch = [UInt8](repeating: 0, count: word.count) }
        goesOn = scratch.withUnsafeMutableBufferPointer { lowered in
          for (offset, byte) in word.enumerated() { lowered[offset] = byte.asciiLowercased }
          return body(UnsafeBufferPointer(rebasing: lowered[..<word.count]))
        }
      } else {
        var lowered = String(decoding: word, as: UTF8.self).lowercased()
        goesOn = lowered.withUTF8(body)
      }
      if !goesOn { return }
    }
  }

  /// Whether a multi-byte character at `index` is alphabetic; `index` moves past it (past
  /// one byte when no character starts there or it is cut short by `end`).
  @inline(__always)
  private static func isLetter(
    in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, end: Int
  ) -> Bool {
    let scalar = bytes.utf8ScalarValue(at: index, end: end)
    index += scalar?.width ?? 1
    guard let value = scalar?.value, let character = Unicode.Scalar(value) else { return false }
    return character.properties.isAlphabetic
  }
}

/// The profile words of several languages, found by their UTF-8 bytes without making
/// strings (a ``_ByteTermCache`` from each word to its language's index).
private struct ProfileTable: Sendable {
  /// The languages, in the order of the indices ``language(of:)`` returns.
  let languages: [Language]
  private let owners: _ByteTermCache

  init(profiles: [(Language, Set<String>)]) {
    languages = profiles.map(\.0)
    var owners = _ByteTermCache()
    // The profiles are disjoint: each word is stored once.
    for (index, (_, profile)) in profiles.enumerated() {
      for word in profile {
        var word = word
        word.withUTF8 { owners.insert($0, value: Int32(index)) }
      }
    }
    self.owners = owners
  }

  /// The index in ``languages`` of the language whose profile holds `word`, or nil.
  func language(of word: UnsafeBufferPointer<UInt8>) -> Int? {
    owners.value(for: word).map(Int.init)
  }
}
