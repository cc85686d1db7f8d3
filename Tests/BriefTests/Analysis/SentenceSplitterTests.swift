import Testing

@testable import Brief

/// Splits `text` and returns the display text of each sentence.
internal func splitSentences(_ text: String, _ language: Language = .english) -> [String] {
  let splitter = SentenceSplitter(language: language)
  return splitter.sentences(in: text).map { splitter.text(of: $0, in: text) }
}

/// A table-driven case: input and expected sentences.
internal struct SentenceSplitCase: CustomTestStringConvertible, Sendable {
  let input: String
  let expected: [String]
  init(_ input: String, _ expected: [String]) {
    self.input = input
    self.expected = expected
  }
  var testDescription: String { input }
}

/// Runs `body` with a scanner over the UTF-8 bytes of `text`, for the tests of the
/// scanner's steps.
internal func withScanner<Result>(
  _ text: String, language: Language = .english,
  _ body: (SentenceSplitter.Scanner) -> Result
) -> Result {
  var copy = text
  return copy.withUTF8 { bytes in
    body(SentenceSplitter.Scanner(bytes: bytes, words: .of(language)))
  }
}

/// A dateline followed by a two-sentence story.
internal struct SentenceDatelineCase: CustomTestStringConvertible, Sendable {
  let dateline: String
  let story: String
  var testDescription: String { dateline }
}

@Suite("SentenceSplitter")
internal struct SentenceSplitterTests {
  // MARK: Basics

  @Test(arguments: [
    SentenceSplitCase("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    SentenceSplitCase(
      "What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    SentenceSplitCase("There it is! I found it.", ["There it is!", "I found it."]),
    SentenceSplitCase("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    SentenceSplitCase("Really?! Yes, really.", ["Really?!", "Yes, really."]),
    SentenceSplitCase("No final punctuation here", ["No final punctuation here"]),
    SentenceSplitCase("  Leading and trailing space.   ", ["Leading and trailing space."]),
    SentenceSplitCase("One.\tTwo.\nThree.", ["One.", "Two.", "Three."]),
  ])
  func basicPunctuation(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input) == c.expected)
  }

  @Test func theTypesExampleSplitsAsItsDocumentationSays() {
    #expect(
      splitSentences("Mr. Smith met Dr. Jones. They talked.") == [
        "Mr. Smith met Dr. Jones.", "They talked.",
      ])
  }

  @Test(arguments: ["", " ", "\n\n\t  \n", "\u{0B}\r\n"])
  func emptyOrWhitespaceGivesNoSentences(_ input: String) {
    #expect(SentenceSplitter().sentences(in: input).isEmpty)
  }

  // MARK: Byte ranges and non-ASCII text

  @Test func rangesAreValidUTF8BoundariesWithNonASCIIText() {
    let text =
      "Caf\u{00E9} prices rose \u{2014} again. \u{201C}Tr\u{00E8}s cher,\u{201D} said Ren\u{00E9}e. \u{00C9}tienne agreed\u{2026} \u{201C}Maybe.\u{201D} \u{1F600} Done."
    let splitter = SentenceSplitter()
    let ranges = splitter.sentences(in: text)
    let bytes = Array(text.utf8)
    #expect(ranges.count == 5)
    var previousEnd = 0
    for range in ranges {
      #expect(!range.isEmpty)
      #expect(range.lowerBound >= previousEnd)
      #expect(range.upperBound <= bytes.count)
      #expect(bytes[range.lowerBound] & 0xC0 != 0x80)
      if range.upperBound < bytes.count {
        #expect(bytes[range.upperBound] & 0xC0 != 0x80)
      }
      // Trimmed: no surrounding whitespace.
      #expect(bytes[range.lowerBound] != 0x20 && bytes[range.upperBound - 1] != 0x20)
      let decoded = String(decoding: bytes[range], as: UTF8.self)
      #expect(splitter.text(of: range, in: text) == decoded)
      previousEnd = range.upperBound
    }
    #expect(
      splitter.text(of: ranges[1], in: text)
        == "\u{201C}Tr\u{00E8}s cher,\u{201D} said Ren\u{00E9}e.")
    #expect(splitter.text(of: ranges[2], in: text) == "\u{00C9}tienne agreed\u{2026}")
  }

  @Test func textOfCollapsesWhitespace() {
    let text = "A  line\twith\n\n  gaps.   Next."
    let splitter = SentenceSplitter()
    #expect(splitter.text(of: 0..<text.utf8.count, in: text) == "A line with gaps. Next.")
    #expect(splitter.text(of: 5..<5, in: text) == "")
    #expect(splitter.text(of: 0..<1000, in: text) == "A line with gaps. Next.")
  }

  @Test func rangesIndexIntoOriginalText() {
    let text = "First one.  Second one!\n\nThird?"
    let ranges = SentenceSplitter().sentences(in: text)
    let bytes = Array(text.utf8)
    let pieces = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    #expect(pieces == ["First one.", "Second one!", "Third?"])
  }

  // MARK: Spanish

  @Test(arguments: [
    SentenceSplitCase(
      "\u{00BF}C\u{00F3}mo est\u{00E1}s? Estoy bien. \u{00A1}Qu\u{00E9} alegr\u{00ED}a! Nos vemos.",
      [
        "\u{00BF}C\u{00F3}mo est\u{00E1}s?", "Estoy bien.", "\u{00A1}Qu\u{00E9} alegr\u{00ED}a!",
        "Nos vemos.",
      ]),
    SentenceSplitCase(
      "El Sr. Garc\u{00ED}a lleg\u{00F3} tarde. La Sra. L\u{00F3}pez no.",
      ["El Sr. Garc\u{00ED}a lleg\u{00F3} tarde.", "La Sra. L\u{00F3}pez no."]),
    SentenceSplitCase(
      "La Dra. P\u{00E9}rez y la Srta. Ruiz hablaron con el Sr. G\u{00F3}mez.",
      ["La Dra. P\u{00E9}rez y la Srta. Ruiz hablaron con el Sr. G\u{00F3}mez."]),
    SentenceSplitCase(
      "Vive en EE.UU. desde 2010. Ahora trabaja all\u{00ED}.",
      ["Vive en EE.UU. desde 2010.", "Ahora trabaja all\u{00ED}."]),
    SentenceSplitCase(
      "Vea la p\u{00E1}g. 5 del informe. Es el n\u{00FA}m. 3 de la lista.",
      ["Vea la p\u{00E1}g. 5 del informe.", "Es el n\u{00FA}m. 3 de la lista."]),
    SentenceSplitCase(
      "Compr\u{00F3} peras, uvas, etc. y volvi\u{00F3}.",
      ["Compr\u{00F3} peras, uvas, etc. y volvi\u{00F3}."]),
    SentenceSplitCase(
      "\u{00BF}Vienes? \u{2014}pregunt\u{00F3} \u{00E9}l.",
      ["\u{00BF}Vienes? \u{2014}pregunt\u{00F3} \u{00E9}l."]),
    SentenceSplitCase("\u{00BF}Vienes? dijo \u{00E9}l.", ["\u{00BF}Vienes? dijo \u{00E9}l."]),
  ])
  func spanish(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input, .spanish) == c.expected)
  }

  /// Abbreviations of Spanish reference text (issue 18): "hab." before "/ km²", a listed
  /// lower-case letter ("v.", "f.", "n.", "s.") before a capitalized word; a capital letter
  /// alone is still an initial, and "hab." still ends a sentence before a capitalized word.
  @Test(arguments: [
    SentenceSplitCase(
      "El pueblo tiene 12,5 hab. / km\u{00B2} de densidad. Crece cada a\u{00F1}o.",
      ["El pueblo tiene 12,5 hab. / km\u{00B2} de densidad.", "Crece cada a\u{00F1}o."]),
    SentenceSplitCase(
      "Censaron 4.300 hab. La mayor\u{00ED}a trabaja en el puerto.",
      ["Censaron 4.300 hab.", "La mayor\u{00ED}a trabaja en el puerto."]),
    SentenceSplitCase(
      "El fallo de Ortiz v. Comunidad de Riego sigue vigente. Nadie lo recurri\u{00F3}.",
      ["El fallo de Ortiz v. Comunidad de Riego sigue vigente.", "Nadie lo recurri\u{00F3}."]),
    SentenceSplitCase(
      "Marta Ibarra (n. Bilbao, 1931; f. Lima, 2004) pint\u{00F3} murales. Vivi\u{00F3} en Per\u{00FA}.",
      [
        "Marta Ibarra (n. Bilbao, 1931; f. Lima, 2004) pint\u{00F3} murales.",
        "Vivi\u{00F3} en Per\u{00FA}.",
      ]),
    SentenceSplitCase(
      "La ermita se levant\u{00F3} en el s. XII junto al r\u{00ED}o. Hoy est\u{00E1} en ruinas.",
      [
        "La ermita se levant\u{00F3} en el s. XII junto al r\u{00ED}o.",
        "Hoy est\u{00E1} en ruinas.",
      ]),
    SentenceSplitCase(
      "El retrato es de Carlos V. El pintor lo termin\u{00F3} en 1548.",
      ["El retrato es de Carlos V.", "El pintor lo termin\u{00F3} en 1548."]),
    SentenceSplitCase(
      "Lo firm\u{00F3} el Tte. Rojas con el Cnel. Vidal.",
      ["Lo firm\u{00F3} el Tte. Rojas con el Cnel. Vidal."]),
  ])
  func spanishAbbreviations(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input, .spanish) == c.expected)
  }

  // MARK: Real news text

  @Test func usPresidentStaysInsideItsSentence() {
    let text = """
      Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels
      - Claudia Sheinbaum confirmed that Donald Trump proposed sending U.S. troops to Mexico.
      - The escalating tensions signal a potential shift in U.S.-Mexico relations.
      In recent statements made by Claudia Sheinbaum, the President of Mexico, she confirmed her rejection of an offer from U.S. President Donald Trump to deploy American troops in Mexico. These remarks were prompted by a report detailing a tense phone call, wherein Trump pressed Sheinbaum for increased military involvement from the U.S. in the fight against drug cartels.
      """
    #expect(
      splitSentences(text) == [
        "Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels",
        "Claudia Sheinbaum confirmed that Donald Trump proposed sending U.S. troops to Mexico.",
        "The escalating tensions signal a potential shift in U.S.-Mexico relations.",
        "In recent statements made by Claudia Sheinbaum, the President of Mexico, she confirmed her rejection of an offer from U.S. President Donald Trump to deploy American troops in Mexico.",
        "These remarks were prompted by a report detailing a tense phone call, wherein Trump pressed Sheinbaum for increased military involvement from the U.S. in the fight against drug cartels.",
      ])
  }

  @Test func bbcStyleParagraphs() {
    let text =
      "Yearly profits at the bakery chain Pennyworth rose 41% to $1.13bn (\u{00A3}612m) for the twelve months to March.\nThe chain, which now runs shops in 14 towns, gained from longer opening hours. Pennyworth said sales grew 3% to $9.4bn from $9.1bn."
    #expect(
      splitSentences(text) == [
        "Yearly profits at the bakery chain Pennyworth rose 41% to $1.13bn (\u{00A3}612m) for the twelve months to March.",
        "The chain, which now runs shops in 14 towns, gained from longer opening hours.",
        "Pennyworth said sales grew 3% to $9.4bn from $9.1bn.",
      ])
  }

  @Test func randomInputsGiveOrderedNonEmptyValidRanges() {
    // Deterministic pseudo-random texts built from tricky fragments.
    let pool: [String] = [
      ".", "..", "...", " . ", "!", "?", "\"", "'", "(", ")", "[", "]", " ", "  ", "\n", "\n\n",
      "\t",
      "U.S.", "Mr.", "a.m.", "e.g.", "No.", "1.", "2)", "a.", "\u{2022}", "\u{2043}", "- ", "* ",
      "\u{2026}", "\u{201C}", "\u{201D}", "\u{2019}", "\u{00BF}", "\u{00A1}", "\u{00E9}",
      "\u{2014}", "--",
      "(CNN)", "LONDON, England ", "By .", "PUBLISHED:", "| .", "@", "/", "https://", "www.", "3.5",
      "Hello", "world", "The", "it", "I", "Jones", "x", "\u{1F600}", "Z",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let splitter = SentenceSplitter()
    let spanish = SentenceSplitter(language: .spanish)
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<(next() % 40) { text += pool[next() % pool.count] }
      let bytes = Array(text.utf8)
      for s in [splitter, spanish] {
        let ranges = s.sentences(in: text)
        var previousEnd = 0
        for range in ranges {
          #expect(
            !range.isEmpty && range.lowerBound >= previousEnd && range.upperBound <= bytes.count)
          #expect(bytes[range.lowerBound] & 0xC0 != 0x80)
          #expect(range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80)
          #expect(
            !bytes[range.lowerBound].isASCIIWhitespace
              && !bytes[range.upperBound - 1].isASCIIWhitespace)
          previousEnd = range.upperBound
        }
      }
    }
  }

  @Test func longTextScalesAndCoversAllInput() {
    let paragraph =
      "(CNN) -- Mr. Smith paid $3.50 at 5 p.m. in the U.S. He left. \u{201C}Fine,\u{201D} he said. "
    let text = String(repeating: paragraph, count: 2000)
    let ranges = SentenceSplitter().sentences(in: text)
    // The dateline is only stripped at the start of the paragraph; later "(CNN) --" stays.
    #expect(ranges.count == 2000 * 3)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
  }
}
