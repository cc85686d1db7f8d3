import Testing

@testable import Brief

@Suite("LanguageDetector")
internal struct LanguageDetectorTests {
  @Test func spanishProseIsSpanish() {
    let text =
      "El alcalde, el Sr. Julián Ortega, dijo que los vecinos de la ciudad están contentos "
      + "con el nuevo tranvía, que une el centro con las afueras en menos de veinte minutos."
    #expect(LanguageDetector.language(of: text) == .spanish)
  }

  @Test func englishProseIsEnglish() {
    let text =
      "The mayor, Mr. Julian Ortega, said that the people of the city were pleased with the "
      + "new tram, which links the centre with the suburbs in less than twenty minutes."
    #expect(LanguageDetector.language(of: text) == .english)
  }

  @Test(arguments: ["", "12 34 56", "Ortega Valdearenas", "el la los"])
  func shortOrWordlessTextStaysEnglish(_ text: String) {
    #expect(LanguageDetector.language(of: text) == .english)
  }

  @Test func aCorpusTakesTheLanguageOfMostOfItsDocuments() {
    let spanish = Document(
      id: "es",
      body: "Los vecinos de la ciudad dicen que el tranvía es una mejora para todos ellos.")
    let english = Document(
      id: "en", body: "The people of the city say that the tram is an improvement for all of them.")
    #expect(LanguageDetector.language(of: [spanish, spanish, english]) == .spanish)
    #expect(LanguageDetector.language(of: [spanish, english]) == .english)
    #expect(LanguageDetector.language(of: []) == .english)
  }

  @Test(arguments: [1, 2, 3])
  func aCorpusReadInBatchesOnThreadsGivesTheVoteOfEveryDocument(workers: Int) {
    // Mixes large enough for several batches, some settled early (most of one language
    // up front) and some only by the last batch; the answer is the whole corpus's vote.
    let spanish = Document(
      id: "es",
      body: "Los vecinos de la ciudad dicen que el tranvía es una mejora para todos ellos.")
    let english = Document(
      id: "en", body: "The people of the city say that the tram is an improvement for all of them.")
    var generator = SplitMix(seed: 7)
    for _ in 0..<40 {
      let count = Int(generator.next() % 400)
      let share = Double(generator.next() % 1000) / 1000
      let ordered = generator.next() % 2 == 0
      var corpus = (0..<count).map { index in
        Double(index) < share * Double(count) ? spanish : english
      }
      if !ordered { corpus.shuffle(using: &generator) }
      let spanishCount = corpus.filter { $0.id == "es" }.count
      let expected: Language = spanishCount > count - spanishCount ? .spanish : .english
      #expect(LanguageDetector.language(of: corpus, workers: workers) == expected)
    }
  }

  @Test func capitalizedSpanishIsSpanish() {
    // Upper-case accented letters are lower-cased by Unicode's rules ("ESTÁN" is "están").
    let text = "EL ALCALDE DIJO QUE LOS VECINOS DE LA CIUDAD ESTÁN CONTENTOS CON EL TRANVÍA."
    #expect(LanguageDetector.language(of: text) == .spanish)
  }

  /// The words `forEachWord` reads from `text`.
  private func words(_ text: String) -> [String] {
    var text = text
    var words: [String] = []
    text.withUTF8 { bytes in
      LanguageDetector.forEachWord(in: bytes) { word in
        words.append(String(decoding: word, as: UTF8.self))
        return true
      }
    }
    return words
  }

  @Test func wordsAreLetterRunsWithApostrophes() {
    #expect(
      words("Don't STOP—“the” año's 2nd  ÑANDÚ") == [
        "don't", "stop", "the", "año's", "nd", "ñandú",
      ])
    #expect(words("") == [])
    #expect(words("42, 7. —") == [])
  }

  @Test func wordsStopWhenAsked() {
    var text = "uno dos tres cuatro"
    var seen: [String] = []
    text.withUTF8 { bytes in
      LanguageDetector.forEachWord(in: bytes) { word in
        seen.append(String(decoding: word, as: UTF8.self))
        return seen.count < 2
      }
    }
    #expect(seen == ["uno", "dos"])
  }

  @Test func aCutMultiByteCharacterEndsTheText() {
    // The last two bytes of "ñ" (C3 B1) cut after C3: no crash, the word before is read.
    let bytes: [UInt8] = Array("sol ".utf8) + [0x61, 0xC3]
    var seen: [String] = []
    bytes.withUnsafeBufferPointer { buffer in
      LanguageDetector.forEachWord(in: buffer) { word in
        seen.append(String(decoding: word, as: UTF8.self))
        return true
      }
    }
    #expect(seen == ["sol", "a"])
  }

  @Test func languagesAreNamedByNameOrISOCode() {
    #expect(Language(name: "es") == .spanish)
    #expect(Language(name: "Spanish") == .spanish)
    #expect(Language(name: "EN") == .english)
    #expect(Language(name: "english") == .english)
    #expect(Language(name: "fr") == nil)
    #expect(Language.allCases.map(\.code) == ["en", "es"])
  }
}
