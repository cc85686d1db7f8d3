import Testing

@testable import Brief

@Suite struct AnalysisSettingsTests {
  @Test func eachLanguageHasItsOwnSettings() {
    let english = AnalysisSettings(language: .english)
    let spanish = AnalysisSettings(language: .spanish)
    #expect(english.foldsDiacritics && !spanish.foldsDiacritics)
    #expect(english.stopWordsChecksum != spanish.stopWordsChecksum)
    #expect(english != spanish)
    #expect(english == AnalysisSettings(language: .english))
    #expect(english.analysisVersion == AnalysisSettings.currentAnalysisVersion)
    // The analyzer's own tokenizer is the one the settings describe.
    #expect(english.maximumTokenLength == Tokenizer().maximumTokenLength)
  }

  @Test func theDescriptionNamesWhatDiffersFromTheDefaults() {
    let version = AnalysisSettings.currentAnalysisVersion
    var settings = AnalysisSettings(language: .english)
    #expect(settings.description == "language english, accents folded, analysis v\(version)")
    #expect(
      AnalysisSettings(language: .spanish).description
        == "language spanish, accents kept, analysis v\(version)")
    settings.maximumTokenLength += 1
    settings.stopWordsChecksum ^= 1
    settings.analysisVersion = version + 1
    #expect(
      settings.description
        == "language english, accents folded, tokens up to \(Tokenizer().maximumTokenLength + 1) "
        + "bytes, other stop words, analysis v\(version + 1)")
  }
}
