/// Surface cues of a sentence, read from its bytes: things ROUGE-style key points rarely
/// start with, or often hold.
public struct SentenceCues: OptionSet, Sendable, Hashable, Codable {
  /// The cues as bits.
  public let rawValue: UInt8

  /// Creates cues from their raw bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The sentence opens with a quotation mark: a quote lifted out of its story.
  public static let startsWithQuote = SentenceCues(rawValue: 1 << 0)
  /// The first word is a pronoun or connective ("He", "This", "But") that points back to
  /// a sentence the summary may not hold.
  public static let startsWithReference = SentenceCues(rawValue: 1 << 1)
  /// The sentence holds a digit: a figure, date or count.
  public static let hasNumber = SentenceCues(rawValue: 1 << 2)

  /// The cues of the sentence at `range` of `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: the UTF-8 body.
  ///   - range: the sentence's byte range.
  ///   - language: chooses the list of referring first words.
  internal init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, language: Language) {
    var cues: SentenceCues = []
    var start = range.lowerBound
    while start < range.upperBound,
      bytes[start] == 0x20 || bytes[start] == 0x0A
        || bytes[start] == 0x09 || bytes[start] == 0x0D
    {
      start += 1
    }
    if start < range.upperBound {
      let first = bytes[start]
      let next = start + 1 < range.upperBound ? bytes[start + 1] : 0
      let third = start + 2 < range.upperBound ? bytes[start + 2] : 0
      // '"', '\'', “ (E2 80 9C), ‘ (E2 80 98), « (C2 AB).
      if first == 0x22 || first == 0x27
        || (first == 0xE2 && next == 0x80 && (third == 0x9C || third == 0x98))
        || (first == 0xC2 && next == 0xAB)
      {
        cues.insert(.startsWithQuote)
      }
    }
    var end = start
    while end < range.upperBound, bytes[end] >= 0x80 || Self.isLetter(bytes[end]) { end += 1 }
    if end > start, end - start <= 12,
      let word = String(
        validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
      Self.referringWords(language).contains(word)
    {
      cues.insert(.startsWithReference)
    }
    for index in range where bytes[index] >= 0x30 && bytes[index] <= 0x39 {
      cues.insert(.hasNumber)
      break
    }
    self = cues
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// Capitalized first words that refer back to an earlier sentence.
  internal static func referringWords(_ language: Language) -> Set<String> {
    switch language {
    case .english: englishReferringWords
    case .spanish: spanishReferringWords
    }
  }

  private static let englishReferringWords: Set<String> = [
    "He", "She", "It", "They", "His", "Her", "Its", "Their", "This", "That", "These", "Those",
    "We", "I", "But", "And", "However", "So", "Also", "Yet", "Still",
  ]

  private static let spanishReferringWords: Set<String> = [
    "Él", "Ella", "Ellos", "Ellas", "Esto", "Eso", "Este", "Esta", "Estos", "Estas", "Pero",
    "Y", "Sin", "También", "Además", "Aun", "Así",
  ]
}

/// The share of a sentence's words that look like names: capitalized words (a capital then
/// a lower-case letter, after an optional opening quote or parenthesis) other than the first
/// word and words after an inner sentence end.
///
/// - Parameters:
///   - bytes: the UTF-8 body.
///   - range: the sentence's byte range.
/// - Returns: names over whitespace-separated words, 0 for an empty sentence.
/// - Complexity: O(bytes), one pass with a fast path for bytes inside words.
internal func nameDensity(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Double {
  let end = range.upperBound
  var index = range.lowerBound
  while index < end && bytes[index] <= 0x20 { index += 1 }
  guard index < end else { return 0 }
  var words = 1
  var names = 0
  var lastInWord: UInt8 = 0
  while index < end {
    let byte = bytes[index]
    if byte > 0x20 {
      lastInWord = byte
      index += 1
      continue
    }
    while index < end && bytes[index] <= 0x20 { index += 1 }
    guard index < end else { break }
    words += 1
    var start = index
    // An opening quote or parenthesis: '"', '(', '\''.
    if (bytes[start] == 0x22 || bytes[start] == 0x28 || bytes[start] == 0x27) && start + 1 < end {
      start += 1
    }
    let afterEnd = lastInWord == 0x2E || lastInWord == 0x21 || lastInWord == 0x3F
    if !afterEnd && start + 1 < end && bytes[start] >= 0x41 && bytes[start] <= 0x5A
      && bytes[start + 1] >= 0x61 && bytes[start + 1] <= 0x7A
    {
      names += 1
    }
  }
  return Double(names) / Double(words)
}
