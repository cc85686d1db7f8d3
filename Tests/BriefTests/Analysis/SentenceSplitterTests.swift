import Testing

@testable import Brief

/// Splits `text` and returns the display text of each sentence.
private func split(_ text: String, _ language: Language = .english) -> [String] {
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
    #expect(split(c.input) == c.expected)
  }

  @Test(arguments: ["", " ", "\n\n\t  \n", "\u{0B}\r\n"])
  func emptyOrWhitespaceGivesNoSentences(_ input: String) {
    #expect(SentenceSplitter().sentences(in: input).isEmpty)
  }

  // MARK: Abbreviations and initials

  @Test(arguments: [
    SentenceSplitCase(
      "Mr. Smith met Dr. Jones on Main St. in the morning.",
      ["Mr. Smith met Dr. Jones on Main St. in the morning."]),
    SentenceSplitCase(
      "Gov. Brown and Sen. Warren spoke with Rep. Lewis.",
      ["Gov. Brown and Sen. Warren spoke with Rep. Lewis."]),
    SentenceSplitCase(
      "Gen. Patton, Lt. Col. Moore and Mrs. Moore arrived.",
      ["Gen. Patton, Lt. Col. Moore and Mrs. Moore arrived."]),
    SentenceSplitCase(
      "He met ex-Sen. Dodd and then-Gov. Perry.", ["He met ex-Sen. Dodd and then-Gov. Perry."]),
    SentenceSplitCase("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    SentenceSplitCase(
      "St. Mark's Church is on 5th st. near the park.",
      ["St. Mark's Church is on 5th st. near the park."]),
    SentenceSplitCase("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    SentenceSplitCase(
      "They hired Acme Corp. in Jan. 2019 to do it.",
      ["They hired Acme Corp. in Jan. 2019 to do it."]),
    SentenceSplitCase(
      "It will buy Pennyworth & Co. Ltd. in a $1.13bn deal.",
      ["It will buy Pennyworth & Co. Ltd. in a $1.13bn deal."]),
    SentenceSplitCase(
      "They merged with Hale, Moss & Co. It happened last week.",
      ["They merged with Hale, Moss & Co.", "It happened last week."]),
    SentenceSplitCase(
      "Shares of Widget Inc. rose. Analysts cheered.",
      ["Shares of Widget Inc. rose.", "Analysts cheered."]),
    SentenceSplitCase(
      "Bring fruit, e.g. apples, i.e. anything sweet, etc. and come.",
      ["Bring fruit, e.g. apples, i.e. anything sweet, etc. and come."]),
    SentenceSplitCase(
      "Bring apples, pears, etc. We will cook.", ["Bring apples, pears, etc.", "We will cook."]),
    SentenceSplitCase(
      "It was Spain vs. Italy in the final.", ["It was Spain vs. Italy in the final."]),
    SentenceSplitCase("It weighs approx. 3 kg.", ["It weighs approx. 3 kg."]),
    SentenceSplitCase("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    SentenceSplitCase("J.R.R. Tolkien wrote it.", ["J.R.R. Tolkien wrote it."]),
    SentenceSplitCase(
      "We did it together, you and I. Did you meet Henry I. Walters on Monday?",
      ["We did it together, you and I.", "Did you meet Henry I. Walters on Monday?"]),
    SentenceSplitCase("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    SentenceSplitCase(
      "I live in the U.K. How about you?", ["I live in the U.K.", "How about you?"]),
    SentenceSplitCase(
      "I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]
    ),
    SentenceSplitCase(
      "I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    SentenceSplitCase(
      "At 7 a.m. Mr. Okafor opened the shop. He closed the shop at 8 P.M. Mr. Okafor then drove home.",
      [
        "At 7 a.m. Mr. Okafor opened the shop.", "He closed the shop at 8 P.M.",
        "Mr. Okafor then drove home.",
      ]),
    SentenceSplitCase(
      "The vote is at 5 p.m. Friday in the chamber.",
      ["The vote is at 5 p.m. Friday in the chamber."]),
  ])
  func abbreviationsAndInitials(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: Numbers

  @Test(arguments: [
    SentenceSplitCase(
      "Profits rose 3.5% to $1.13bn in the quarter.",
      ["Profits rose 3.5% to $1.13bn in the quarter."]),
    SentenceSplitCase("He paid $250.00 for the bike.", ["He paid $250.00 for the bike."]),
    SentenceSplitCase(
      "He paid $250.00. It was a bargain.", ["He paid $250.00.", "It was a bargain."]),
    SentenceSplitCase(
      "The meeting starts at 5 p.m. on the dot.", ["The meeting starts at 5 p.m. on the dot."]),
    SentenceSplitCase("He is ranked No. 1 in the world.", ["He is ranked No. 1 in the world."]),
    SentenceSplitCase("Please turn to p. 55.", ["Please turn to p. 55."]),
    SentenceSplitCase("He bought 1,000. That is a lot.", ["He bought 1,000.", "That is a lot."]),
    SentenceSplitCase(
      "It was the world's reigning No 1. player that day.",
      ["It was the world's reigning No 1. player that day."]),
  ])
  func numbers(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: Ellipses, quotes, brackets

  @Test(arguments: [
    SentenceSplitCase(
      "We never planned it.... They left early.",
      ["We never planned it....", "They left early."]),
    SentenceSplitCase(
      "It wasn't quite ... well, you know...look . . . what we hoped for.",
      ["It wasn't quite ... well, you know...look . . . what we hoped for."]),
    SentenceSplitCase(
      "It ended with a period . . . . Next sentence.",
      ["It ended with a period . . . .", "Next sentence."]),
    SentenceSplitCase(
      "Words were combined. . . . The practice stayed.",
      ["Words were combined.", ". . . The practice stayed."]),
    SentenceSplitCase(
      "\"Bohr [...] used the analogy [...]\" (Smith 55).",
      ["\"Bohr [...] used the analogy [...]\" (Smith 55)."]),
    SentenceSplitCase(
      "He wrote \u{201C}the end is near. . . .\u{201D}",
      ["He wrote \u{201C}the end is near. . . .\u{201D}"]),
    SentenceSplitCase("Wait\u{2026} Then it happened.", ["Wait\u{2026}", "Then it happened."]),
    SentenceSplitCase(
      "He said, \"This is great.\" she said.", ["He said, \"This is great.\" she said."]),
    SentenceSplitCase(
      "She turned to him, 'This is great.' she said.",
      ["She turned to him, 'This is great.' she said."]),
    SentenceSplitCase(
      "He said, \"This is great.\" She held it out.",
      ["He said, \"This is great.\"", "She held it out."]),
    SentenceSplitCase(
      "\u{201C}We won.\u{201D} The crowd cheered.",
      ["\u{201C}We won.\u{201D}", "The crowd cheered."]),
    SentenceSplitCase("It was the end.) Next it began.", ["It was the end.)", "Next it began."]),
    SentenceSplitCase(
      "He teaches (He once worked as an engineer.) at the college.",
      ["He teaches (He once worked as an engineer.) at the college."]),
    SentenceSplitCase(
      "\"Really?\" she asked. \"Yes!\" he said.", ["\"Really?\" she asked.", "\"Yes!\" he said."]),
    SentenceSplitCase(
      "\"I ask myself: 'Who's richer?' \" he said. Then he left.",
      ["\"I ask myself: 'Who's richer?' \" he said.", "Then he left."]),
    SentenceSplitCase(
      "She said this. ... Then she left.", ["She said this.", "... Then she left."]),
  ])
  func ellipsesQuotesBrackets(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: URLs, e-mail, Yahoo!, glued sentences

  @Test(arguments: [
    SentenceSplitCase(
      "Write to Ruth.Mbeki@example.org. She answers within a day.",
      ["Write to Ruth.Mbeki@example.org.", "She answers within a day."]),
    SentenceSplitCase(
      "See https://www.example.com/News.Html?id=3. Please check it.",
      ["See https://www.example.com/News.Html?id=3.", "Please check it."]),
    SentenceSplitCase("Visit www.example.org for details.", ["Visit www.example.org for details."]),
    SentenceSplitCase(
      "She works at Yahoo! in the accounting department.",
      ["She works at Yahoo! in the accounting department."]),
    SentenceSplitCase(
      "Good news.The bridge is open.Mr. Reyes cut the ribbon.",
      ["Good news.", "The bridge is open.", "Mr. Reyes cut the ribbon."]),
    SentenceSplitCase("He bought 1,000.That is a lot.", ["He bought 1,000.", "That is a lot."]),
  ])
  func urlsEmailsAndGluedSentences(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: Lists and bullets

  @Test(arguments: [
    SentenceSplitCase(
      "1.) Buy flour 2.) Bake bread", ["1.) Buy flour", "2.) Bake bread"]),
    SentenceSplitCase(
      "1.) Buy flour. 2.) Bake bread.", ["1.) Buy flour.", "2.) Bake bread."]),
    SentenceSplitCase(
      "1) Buy flour 2) Bake bread", ["1) Buy flour", "2) Bake bread"]),
    SentenceSplitCase(
      "1. Buy flour 2. Bake bread", ["1. Buy flour", "2. Bake bread"]),
    SentenceSplitCase(
      "1. Buy flour. 2. Bake bread.", ["1. Buy flour.", "2. Bake bread."]),
    SentenceSplitCase(
      "\u{2022} 9. Buy flour \u{2022} 10. Bake bread",
      ["\u{2022} 9. Buy flour", "\u{2022} 10. Bake bread"]),
    SentenceSplitCase(
      "\u{2043}9. Buy flour \u{2043}10. Bake bread",
      ["\u{2043}9. Buy flour", "\u{2043}10. Bake bread"]),
    SentenceSplitCase(
      "a. Flour and salt b. Water and yeast c. Time and patience",
      ["a. Flour and salt", "b. Water and yeast", "c. Time and patience"]),
    SentenceSplitCase(
      "Groceries\n- milk\n- eggs and bread\n- coffee",
      ["Groceries", "- milk", "- eggs and bread", "- coffee"]),
    SentenceSplitCase(
      "Steps:\n1. Open the box\n2. Take it out", ["Steps:", "1. Open the box", "2. Take it out"]),
  ])
  func listsAndBullets(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: Line breaks

  @Test(arguments: [
    SentenceSplitCase(
      "The report was copied from a\nscanned page with hard line breaks.",
      ["The report was copied from a scanned page with hard line breaks."]),
    SentenceSplitCase("It was a cold \nnight in the city.", ["It was a cold night in the city."]),
    SentenceSplitCase(
      "menu\nopening hours\nprices, offers\n",
      ["menu", "opening hours", "prices, offers"]),
    SentenceSplitCase(
      "Stocks Rally On Jobs Data\nShares rose sharply on Friday.",
      ["Stocks Rally On Jobs Data", "Shares rose sharply on Friday."]),
    SentenceSplitCase(
      "First paragraph ends here.\nSecond paragraph starts here.",
      ["First paragraph ends here.", "Second paragraph starts here."]),
    SentenceSplitCase(
      "A paragraph without a stop\n\nAnother paragraph",
      ["A paragraph without a stop", "Another paragraph"]),
    SentenceSplitCase(
      "It grew in the U.S.\nThe company said so.", ["It grew in the U.S.", "The company said so."]),
    SentenceSplitCase("Talks with Mr.\nSmith went well.", ["Talks with Mr. Smith went well."]),
    SentenceSplitCase("Line one\r\n\r\nLine two", ["Line one", "Line two"]),
    SentenceSplitCase(
      "Growers are now earning more from cider than from fresh apples\nFresh fruit prices fell sharply in the valley.",
      [
        "Growers are now earning more from cider than from fresh apples",
        "Fresh fruit prices fell sharply in the valley.",
      ]),
    SentenceSplitCase(
      "The committee met on Tuesday to discuss the budget proposal put forward by\nMayor Johnson and the city council, which has been debated for\nmonths by residents who are worried about taxes and the future\nof the local schools. They reached no decision.",
      [
        "The committee met on Tuesday to discuss the budget proposal put forward by Mayor Johnson and the city council, which has been debated for months by residents who are worried about taxes and the future of the local schools.",
        "They reached no decision.",
      ]),
  ])
  func lineBreaks(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
  }

  // MARK: Datelines and boilerplate

  @Test(arguments: [
    SentenceDatelineCase(
      dateline: "(CNN)", story: "Police said on Monday that the suspect fled. He is still missing."),
    SentenceDatelineCase(dateline: "(CNN) -- ", story: "The president spoke. Reporters listened."),
    SentenceDatelineCase(dateline: "(CNN)  -- ", story: "The president spoke. Reporters listened."),
    SentenceDatelineCase(
      dateline: "LONDON, England (CNN) -- ",
      story: "Britain's economy grew. Officials were pleased."),
    SentenceDatelineCase(
      dateline: "WASHINGTON (Reuters) - ", story: "The Senate voted on Tuesday. The bill passed."),
    SentenceDatelineCase(
      dateline: "NEW YORK (AP) \u{2014} ", story: "Stocks rose on Wall Street. Oil fell."),
    SentenceDatelineCase(
      dateline: "Lynchburg, Virginia  (CNN)",
      story: "Sen. Ted Cruz spoke at Liberty University. The crowd cheered."),
    SentenceDatelineCase(
      dateline: "ROME, Italy -- ",
      story: "Italy and Roma striker Francesco Totti scored. Fans cheered."),
    SentenceDatelineCase(
      dateline: "(The Hollywood Reporter)",
      story: "Melissa McCarthy is set to star. Filming starts soon."),
  ])
  func datelineIsExcluded(_ c: SentenceDatelineCase) throws {
    let text = c.dateline + c.story
    let splitter = SentenceSplitter()
    let ranges = splitter.sentences(in: text)
    let first = try #require(ranges.first)
    #expect(first.lowerBound == c.dateline.utf8.count)
    #expect(ranges.count == 2)
    let firstStorySentence =
      c.story.split(separator: ".", maxSplits: 1).first.map { String($0) } ?? ""
    #expect(splitter.text(of: first, in: text).hasPrefix(firstStorySentence.prefix(10)))
  }

  @Test(arguments: [
    "Apple (AAPL) said sales rose. Shares jumped.",
    "He teaches science (He once worked as an engineer.) at the local college.",
    "London is big. It rains.",
  ])
  func nonDatelineParenthesesAreKept(_ text: String) throws {
    let first = try #require(SentenceSplitter().sentences(in: text).first)
    #expect(first.lowerBound == 0)
  }

  @Test func datelineInLaterParagraphOfMultiParagraphText() {
    let text = "Headline Here\n\nWASHINGTON (Reuters) - Lawmakers met. They agreed."
    #expect(split(text) == ["Headline Here", "Lawmakers met.", "They agreed."])
  }

  @Test(arguments: [
    SentenceSplitCase(
      "By . Daily Mail Reporter . PUBLISHED: 12:01 EST, 3 January 2014 . | . UPDATED: 12:01 EST, 3 January 2014 . A man was arrested on Friday. Police said so.",
      ["A man was arrested on Friday.", "Police said so."]),
    SentenceSplitCase(
      "By . Daily Mail Reporter . PUBLISHED: 12:01 EST, 3 January 2014 . | . UPDATED: 12:01 EST, 3 January 2014 .\n\nA man was arrested.",
      ["A man was arrested."]),
    SentenceSplitCase(
      "By . John Smith . A storm hit the coast. Homes flooded.",
      ["A storm hit the coast.", "Homes flooded."]),
    SentenceSplitCase(
      "By now everyone knows. It is over.", ["By now everyone knows.", "It is over."]),
  ])
  func dailyMailBoilerplateIsSkipped(_ c: SentenceSplitCase) {
    #expect(split(c.input) == c.expected)
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
    #expect(split(c.input, .spanish) == c.expected)
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
      split(text) == [
        "Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels",
        "- Claudia Sheinbaum confirmed that Donald Trump proposed sending U.S. troops to Mexico.",
        "- The escalating tensions signal a potential shift in U.S.-Mexico relations.",
        "In recent statements made by Claudia Sheinbaum, the President of Mexico, she confirmed her rejection of an offer from U.S. President Donald Trump to deploy American troops in Mexico.",
        "These remarks were prompted by a report detailing a tense phone call, wherein Trump pressed Sheinbaum for increased military involvement from the U.S. in the fight against drug cartels.",
      ])
  }

  @Test func bbcStyleParagraphs() {
    let text =
      "Yearly profits at the bakery chain Pennyworth rose 41% to $1.13bn (\u{00A3}612m) for the twelve months to March.\nThe chain, which now runs shops in 14 towns, gained from longer opening hours. Pennyworth said sales grew 3% to $9.4bn from $9.1bn."
    #expect(
      split(text) == [
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
