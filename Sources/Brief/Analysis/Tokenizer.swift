import Foundation

/// A word of a text: its normalized form and where it is.
public struct Token: Sendable, Hashable {
  /// The word lowercased, with `’` folded to `'`, digit-group commas removed and a
  /// possessive `'s` dropped (`Trump's` → `trump`, `1,000` → `1000`, `U.S.` → `u.s`).
  public var text: String
  /// The UTF-8 byte range of the word in the text it came from.
  public var range: Range<Int>
  /// The word's index among the tokens of the text.
  public var position: Int

  /// Creates a token.
  public init(text: String, range: Range<Int>, position: Int) {
    self.text = text
    self.range = range
    self.position = position
  }
}

/// Splits text into word tokens over its UTF-8 bytes.
///
/// ASCII letters and digits take a fast path; other characters are decoded and kept when
/// they are letters, digits or combining marks. Apostrophes join letters (`don't`), dots
/// join single-letter abbreviations (`U.S.`) and digits (`3.5`), commas join digit groups
/// (`1,000`); hyphens and all other punctuation separate tokens.
public struct Tokenizer: Sendable {
  /// Tokens longer than this many bytes (URLs, base64) are skipped.
  public var maximumTokenLength: Int
  /// Whether accents are removed (`Gospić` → `gospic`, `café` → `cafe`).
  ///
  /// Words written with and without them then meet. Off for languages whose stemmer needs them.
  public var foldsDiacritics: Bool

  /// Creates a tokenizer.
  public init(maximumTokenLength: Int = 40, foldsDiacritics: Bool = false) {
    self.maximumTokenLength = maximumTokenLength
    self.foldsDiacritics = foldsDiacritics
  }

  /// The tokens of `text`.
  public func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    var copy = text
    copy.withUTF8 { bytes in
      forEachToken(in: bytes, range: 0..<bytes.count) { word, range in
        tokens.append(
          Token(text: String(decoding: word, as: UTF8.self), range: range, position: tokens.count))
      }
    }
    return tokens
  }

  /// Calls `body` with each token of `bytes[range]`: its normalized bytes (valid only during
  /// the call) and its byte range.
  ///
  /// - Complexity: O(n) in the length of the range.
  public func forEachToken(
    in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
    _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    // The normalized word is built in one buffer as long as the range: a word never holds
    // more bytes than it reads (letters are copied, `’` becomes `'`, group commas vanish),
    // so `length <= index - start <= range.count` and every write below is in bounds.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(range.count, 1)) { scratch in
      var length = 0
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        // Skip to the start of a word. No ASCII byte but a letter or digit starts one (a
        // lone apostrophe, dot or comma is dropped), so those skip the classifier.
        let lead = bytes[index]
        var kind = Kind.letter
        if lead.isASCII {
          guard lead.isASCIILetterOrDigit else {
            index += 1
            continue
          }
          // The word's first character is read again below: only its kind matters here.
          kind = lead.isASCIIDigit ? .digit : .letter
        } else {
          let (unicodeKind, width) = Self.classify(bytes, at: index, end: end)
          if unicodeKind == .other {
            index += width
            continue
          }
          kind = unicodeKind
        }
        let start = index
        length = 0
        var lastKind = kind
        var letterRun = 0  // letters since the last joining dot, for U.S.-style abbreviations
        var sawAbbreviationDot = false
        var needsUnicodeLowercase = false
        var tokenEnd = index
        while index < end {
          // ASCII letters and digits, most of any text, without the general classifier;
          // the same steps as its `.letter`/`.digit` case for a one-byte character.
          let ascii = bytes[index]
          if ascii.isASCIILetter {  // A-Z, a-z: the run of them in one tight loop
            let runStart = index
            repeat {
              scratch[length] = bytes[index].asciiLetterLowercased
              length += 1
              index += 1
            } while index < end && bytes[index].isASCIILetter
            letterRun += index - runStart
            lastKind = .letter
            tokenEnd = index
            continue
          }
          if ascii.isASCIIDigit {
            scratch[length] = ascii
            length += 1
            letterRun = 0
            lastKind = .digit
            index += 1
            tokenEnd = index
            continue
          }
          // Other ASCII than `'`, `.` and `,` ends the word, as the classifier would say.
          if ascii.isASCII && ascii != .apostrophe && ascii != .period && ascii != .comma {
            break
          }
          let (current, currentWidth) = Self.classify(bytes, at: index, end: end)
          switch current {
          case .letter, .digit:
            if currentWidth == 1 {
              let byte = bytes[index]
              scratch[length] = byte.asciiLowercased
              length += 1
            } else {
              needsUnicodeLowercase = true
              for offset in 0..<currentWidth { scratch[length + offset] = bytes[index + offset] }
              length += currentWidth
            }
            letterRun = current == .letter ? letterRun + 1 : 0
            lastKind = current
            index += currentWidth
            tokenEnd = index
            continue
          case .mark:
            for offset in 0..<currentWidth { scratch[length + offset] = bytes[index + offset] }
            length += currentWidth
            index += currentWidth
            tokenEnd = index
            continue
          case .apostrophe:
            let (next, _) = Self.classify(bytes, at: index + currentWidth, end: end)
            if lastKind == .letter && next == .letter {
              scratch[length] = .apostrophe
              length += 1
              index += currentWidth
              letterRun = 0
              continue
            }
          case .dot:
            let (next, _) = Self.classify(bytes, at: index + 1, end: end)
            if lastKind == .digit && next == .digit {
              scratch[length] = .period
              length += 1
              index += 1
              continue
            }
            if lastKind == .letter && letterRun == 1 {
              // A single letter then a dot: U.S., e.g., a.m.
              if next == .letter, Self.isSingleLetter(bytes, at: index + 1, end: end) {
                scratch[length] = .period
                length += 1
                index += 1
                letterRun = 0
                sawAbbreviationDot = true
                continue
              }
              if sawAbbreviationDot {
                index += 1  // the final dot of U.S. belongs to the abbreviation
              }
            }
          case .comma:
            let (next, _) = Self.classify(bytes, at: index + 1, end: end)
            if lastKind == .digit && next == .digit
              && Self.isDigitGroup(bytes, at: index + 1, end: end)
            {
              index += 1
              continue
            }
          case .other:
            break
          }
          break
        }
        if index == start { index += 1 }
        // Drop a possessive 's.
        if length > 2 && scratch[length - 1] == UInt8(ascii: "s")
          && scratch[length - 2] == .apostrophe
        {
          length -= 2
        }
        guard length > 0, length <= maximumTokenLength else { continue }
        let word = UnsafeBufferPointer(rebasing: scratch[..<length])
        if needsUnicodeLowercase {
          var lowered = String(decoding: word, as: UTF8.self).lowercased()
          if foldsDiacritics { lowered = Self.removingDiacritics(lowered) }
          let bytes = Array(lowered.utf8)
          bytes.withUnsafeBufferPointer { body($0, start..<tokenEnd) }
        } else {
          body(word, start..<tokenEnd)
        }
      }
    }
  }

  /// The text decomposed (NFD) without its combining marks.
  internal static func removingDiacritics(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  internal enum Kind: Equatable {
    case letter, digit, mark, apostrophe, dot, comma, other
  }

  /// The kind of the character at `index` and its width in bytes.
  @inline(__always)
  internal static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> (Kind, Int)
  {
    guard index < end else { return (.other, 1) }
    let byte = bytes[index]
    if byte.isASCII {
      if byte.isASCIILetter { return (.letter, 1) }
      if byte.isASCIIDigit { return (.digit, 1) }
      switch byte {
      case .apostrophe: return (.apostrophe, 1)
      case .period: return (.dot, 1)
      case .comma: return (.comma, 1)
      default: return (.other, 1)
      }
    }
    guard case let (scalarValue, width)? = bytes.utf8ScalarValue(at: index, end: end) else {
      return (.other, 1)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { return (.other, width) }
    if scalarValue == 0x2019 || scalarValue == 0x02BC { return (.apostrophe, width) }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return (.letter, width)
    case .decimalNumber, .otherNumber, .letterNumber:
      return (.digit, width)
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return (.mark, width)
    default:
      return (.other, width)
    }
  }

  /// True when the letter at `index` stands alone: not followed by another letter.
  private static func isSingleLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Bool
  {
    let (_, width) = classify(bytes, at: index, end: end)
    let (next, _) = classify(bytes, at: index + width, end: end)
    return next != .letter && next != .mark
  }

  /// True when exactly three digits follow, as in a thousands group.
  private static func isDigitGroup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Bool
  {
    var count = 0
    var cursor = index
    while cursor < end, bytes[cursor].isASCIIDigit {
      count += 1
      cursor += 1
    }
    return count == 3
  }
}
