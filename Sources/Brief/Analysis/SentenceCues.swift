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
    while start < range.upperBound, bytes[start].isASCIIWhitespace { start += 1 }
    if start < range.upperBound && Self.isOpeningQuote(bytes, at: start, end: range.upperBound) {
      cues.insert(.startsWithQuote)
    }
    var end = start
    while end < range.upperBound, !bytes[end].isASCII || bytes[end].isASCIILetter { end += 1 }
    if end > start, end - start <= 12,
      let word = String(
        validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
      Self.referringWords(language).contains(word)
    {
      cues.insert(.startsWithReference)
    }
    if bytes[range].contains(where: \.isASCIIDigit) {
      cues.insert(.hasNumber)
    }
    self = cues
  }

  /// Whether an opening quotation mark starts at `start`: `"`, `'`, `“`, `‘` or `«`.
  private static func isOpeningQuote(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int
  ) -> Bool {
    let first = bytes[start]
    let second = start + 1 < end ? bytes[start + 1] : 0
    let third = start + 2 < end ? bytes[start + 2] : 0
    return first == .quotationMark || first == .apostrophe
      || (first == UTF8Mark.punctuationLead && second == UTF8Mark.generalPunctuation
        && (third == UTF8Mark.leftDoubleQuote || third == UTF8Mark.leftSingleQuote))
      || (first == UTF8Mark.latin1Lead && second == UTF8Mark.leftGuillemet)
  }

  /// Capitalized first words that refer back to an earlier sentence: the language's
  /// ``Lexicon/referringWords``.
  internal static func referringWords(_ language: Language) -> Set<String> {
    switch language {
    case .english: englishReferringWords
    case .spanish: spanishReferringWords
    }
  }

  private static let englishReferringWords = Set(Lexicon.english.referringWords)

  private static let spanishReferringWords = Set(Lexicon.spanish.referringWords)
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
  while index < end && bytes[index] <= .space { index += 1 }
  guard index < end else { return 0 }
  var words = 1
  var names = 0
  var lastInWord: UInt8 = 0
  while index < end {
    let byte = bytes[index]
    if byte > .space {
      lastInWord = byte
      index += 1
      continue
    }
    while index < end && bytes[index] <= .space { index += 1 }
    guard index < end else { break }
    words += 1
    var start = index
    // An opening quote or parenthesis is passed over.
    let opener = bytes[start]
    if (opener == .quotationMark || opener == .leftParenthesis || opener == .apostrophe)
      && start + 1 < end
    {
      start += 1
    }
    let afterEnd =
      lastInWord == .period || lastInWord == .exclamationMark || lastInWord == .questionMark
    if !afterEnd && start + 1 < end && bytes[start].isASCIIUppercase
      && bytes[start + 1].isASCIILowercase
    {
      names += 1
    }
  }
  return Double(names) / Double(words)
}
