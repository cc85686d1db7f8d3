import Testing

@testable import Brief

@Suite("SentenceSplitter: the word before a period")
internal struct SentenceSplitterWordsTests {
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
    #expect(splitSentences(c.input) == c.expected)
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
    #expect(splitSentences(c.input) == c.expected)
  }
}

@Suite("SentenceSplitter.Scanner: words")
internal struct SentenceSplitterScannerWordsTests {
  /// What the word before the last period of `text` is.
  private func wordBefore(lastPeriodOf text: String, _ language: Language = .english)
    -> SentenceSplitter.Scanner.PrecedingWord
  {
    let period = Array(text.utf8).lastIndex(of: UInt8(ascii: ".")) ?? 0
    return withScanner(text, language: language) { $0.wordBefore(period: period, sentenceStart: 0) }
  }

  @Test(arguments: [
    ("He met Dr.", SentenceSplitter.Scanner.PrecedingWord.title),
    ("Bring fruit, e.g.", .title),
    ("He met ex-Gov.", .title),
    ("(Mr.", .title),
    ("Shares of Widget Inc.", .general),
    ("It was in 2010.", .number),
    ("It was over.", .plain),
    ("See item a.", .lowerInitial),
    ("John F.", .upperInitial),
    ("He lives in the U.S.", .initialism),
    ("It opens at 5 p.m.", .time(tokenStart: 14)),
    ("Only openers (\".", .plain),
  ])
  func wordBeforeAPeriod(_ text: String, _ expected: SentenceSplitter.Scanner.PrecedingWord) {
    #expect(wordBefore(lastPeriodOf: text) == expected)
  }

  @Test func abbreviationsFollowTheLanguage() {
    #expect(wordBefore(lastPeriodOf: "La Sra.", .spanish) == .title)
    #expect(wordBefore(lastPeriodOf: "The Sra.") == .plain)
    #expect(wordBefore(lastPeriodOf: "Vea la pág.", .spanish) == .general)
  }

  @Test func aListedLowerCaseLetterIsAnAbbreviation() {
    #expect(wordBefore(lastPeriodOf: "Roe v.") == .title)
    #expect(wordBefore(lastPeriodOf: "en el s.", .spanish) == .title)
    #expect(wordBefore(lastPeriodOf: "See item a.") == .lowerInitial)
    #expect(wordBefore(lastPeriodOf: "Carlos V.", .spanish) == .upperInitial)
  }

  @Test func sentenceStartersAndTimeFollowersAreLookedUpCaseBlind() {
    withScanner("The Monday however") { scanner in
      let end = scanner.bytes.count
      #expect(scanner.isStarter(at: 0, end: end))
      #expect(scanner.isTimeFollower(at: 4, end: end))
      #expect(!scanner.isStarter(at: 4, end: end))
      #expect(scanner.isStarter(at: 11, end: end))
    }
  }

  @Test func wordStartDecodesNonASCIILetters() {
    withScanner("a Z 7 . \u{00C9}t\u{00E9} \u{00E9}t\u{00E9}") { scanner in
      let end = scanner.bytes.count
      #expect(scanner.wordStart(at: 0, end: end) == .lower)
      #expect(scanner.wordStart(at: 2, end: end) == .upper)
      #expect(scanner.wordStart(at: 4, end: end) == .digit)
      #expect(scanner.wordStart(at: 6, end: end) == .other)
      #expect(scanner.wordStart(at: 8, end: end) == .upper)
      #expect(scanner.wordStart(at: 14, end: end) == .lower)
      #expect(scanner.wordStart(at: end, end: end) == .other)
    }
  }
}
