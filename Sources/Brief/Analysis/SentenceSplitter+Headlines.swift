extension SentenceSplitter.Scanner {
  /// The fewest ALL-CAPS words a headline run into its text holds.
  private static let minimumHeadlineWords = 3

  /// The fewest capital letters in such a headline.
  private static let minimumHeadlineLetters = 8

  /// The most words looked at for a headline.
  private static let maximumHeadlineWords = 20

  /// Where an ALL-CAPS headline that runs into the text at `start` ends: before the first
  /// capitalized word in lower case after at least three words in capitals ("STOCKS FALL AS
  /// FED HIKES RATES Shares fell on Monday"), or nil when the sentence does not start so.
  ///
  /// The headline's words hold capitals, digits, hyphens and apostrophes only, so a colon, a
  /// comma or a dash ("NEW YORK -- The") ends the run without a headline; two words in
  /// capitals ("US FDA Commissioner") are no headline.
  internal func headlineEnd(at start: Int, end: Int) -> Int? {
    var index = start
    var words = 0
    var letters = 0
    while index < end && words <= Self.maximumHeadlineWords {
      let first = index
      var capitals = 0
      var isCapitals = true
      while index < end && !bytes[index].isASCIIWhitespace {
        let byte = bytes[index]
        if byte.isASCIIUppercase {
          capitals += 1
        } else if byte >= 0xC0 {
          if wordStart(at: index, end: end) != .upper { isCapitals = false }
          capitals += 1
        } else if !(byte.isASCIIDigit || byte == .hyphen || byte == .apostrophe || byte >= 0x80) {
          isCapitals = false
        }
        index += 1
      }
      if !isCapitals || capitals == 0 {
        let titled =
          first + 1 < end && bytes[first].isASCIIUppercase
          && bytes[first + 1].isASCIILowercase
        if titled && words >= Self.minimumHeadlineWords && letters >= Self.minimumHeadlineLetters {
          return first
        }
        return nil
      }
      words += 1
      letters += capitals
      index = skipSpacesAndTabs(from: index, end: end)
    }
    return nil
  }
}
