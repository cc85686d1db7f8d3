import Testing

@testable import Brief

@Suite struct StemmerTests {
  @Test func stemmerMatchesSnowballEnglish() throws {
    let stemmer = try Stemmer(language: .english)
    #expect(stemmer.stem("running") == "run")
    #expect(stemmer.stem("cartels") == "cartel")
    #expect(stemmer.stem("sovereignty") == "sovereignti")
  }

  @Test func spanishStemsReadAccents() throws {
    let stemmer = try Stemmer(language: .spanish)
    #expect(stemmer.stem("llegaron") == stemmer.stem("llega"))
    #expect(stemmer.stem("trenes") == "tren")
  }

  @Test func bytesAndStringsStemAlike() throws {
    let stemmer = try Stemmer(language: .english)
    var word = "rejected"
    let fromBytes = word.withUTF8 { stemmer.stem(bytes: $0) }
    #expect(fromBytes == stemmer.stem("rejected"))
    #expect(stemmer.stem("") == "")
  }
}
