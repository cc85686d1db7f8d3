import Testing

@testable import Brief

@Suite("SentenceSplitter.WordTables")
internal struct SentenceSplitterWordTablesTests {
  private typealias Tables = SentenceSplitter.WordTables

  @Test func keysPackUpToEightBytesWithASCIILettersLowerCased() {
    #expect(Tables.key("Mr") == Tables.key("mr"))
    #expect(Tables.key("mr") == UInt64(UInt8(ascii: "m")) | UInt64(UInt8(ascii: "r")) << 8)
    #expect(Tables.key("although") != nil)
    #expect(Tables.key("otherwise") == nil)
    #expect(Tables.key("") == nil)
    // Only ASCII letters are lower-cased: "Él" and "él" are two words to the tables.
    #expect(Tables.key("\u{00C9}l") != Tables.key("\u{00E9}l"))
    #expect(Tables.key("gov't") != Tables.key("govt"))
  }

  @Test func aKeyOfBytesInTheTextIsTheKeyOfTheWord() {
    var text = "See Dr. Who"
    text.withUTF8 { bytes in
      #expect(Tables.key(bytes, from: 4, to: 6) == Tables.key("dr"))
      #expect(Tables.key(bytes, from: 6, to: 6) == nil)
    }
  }

  @Test(arguments: Language.allCases)
  func theTablesHoldTheLexiconsLists(_ language: Language) {
    let lexicon = Lexicon(language: language)
    let tables = Tables.of(language)
    for word in lexicon.titleAbbreviations {
      #expect(Tables.key(word).flatMap { tables.abbreviations[$0] } == .title, "\(word)")
    }
    for word in lexicon.generalAbbreviations {
      #expect(Tables.key(word).flatMap { tables.abbreviations[$0] } == .general, "\(word)")
    }
    #expect(
      tables.abbreviations.count
        == Set(lexicon.titleAbbreviations + lexicon.generalAbbreviations).count)
    #expect(tables.starters.count == Set(lexicon.sentenceStarters).count)
    #expect(tables.timeFollowers.count == Set(lexicon.timeFollowers).count)
  }

  @Test func spanishAndEnglishTablesDiffer() {
    #expect(Tables.spanish.abbreviations[Tables.key("sra") ?? 0] == .title)
    #expect(Tables.english.abbreviations[Tables.key("sra") ?? 0] == nil)
    #expect(Tables.english.abbreviations[Tables.key("inc") ?? 0] == .general)
  }
}
