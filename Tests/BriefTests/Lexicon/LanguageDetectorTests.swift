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

  @Test func languagesAreNamedByNameOrISOCode() {
    #expect(Language(name: "es") == .spanish)
    #expect(Language(name: "Spanish") == .spanish)
    #expect(Language(name: "EN") == .english)
    #expect(Language(name: "english") == .english)
    #expect(Language(name: "fr") == nil)
    #expect(Language.allCases.map(\.code) == ["en", "es"])
  }
}
