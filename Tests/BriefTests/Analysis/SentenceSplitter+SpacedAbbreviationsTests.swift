import Testing

@testable import Brief

@Suite("SentenceSplitter: abbreviations with a space inside (a. C., EE. UU.)")
internal struct SentenceSplitterSpacedAbbreviationsTests {
  @Test(arguments: [
    SentenceSplitCase(
      "Roma cayó en el 476 d. C. en manos de Odoacro.",
      ["Roma cayó en el 476 d. C. en manos de Odoacro."]),
    SentenceSplitCase(
      "Nació en el 44 a. C. Los romanos lo celebraron.",
      ["Nació en el 44 a. C.", "Los romanos lo celebraron."]),
    SentenceSplitCase(
      "Llegó a las 5 p. m. de ayer.", ["Llegó a las 5 p. m. de ayer."]),
    SentenceSplitCase(
      "Viajó a EE. UU. en 1990. Luego volvió.",
      ["Viajó a EE. UU. en 1990.", "Luego volvió."]),
    SentenceSplitCase(
      "Las FF. AA. desfilaron ayer.", ["Las FF. AA. desfilaron ayer."]),
    SentenceSplitCase(
      "Volvió de EE. UU. La semana fue larga.",
      ["Volvió de EE. UU.", "La semana fue larga."]),
  ])
  func spanishSpacedAbbreviations(_ c: SentenceSplitCase) {
    #expect(splitSentences(c.input, .spanish) == c.expected)
  }

  @Test func onlyPairsOfEqualCapitalsAndSingleLettersCount() {
    // "EU. UN." is not a plural's initials; "a. Carta." is not "a. C.".
    #expect(
      splitSentences("Habló de la EU. UN. Luego calló.", .spanish)
        == ["Habló de la EU.", "UN.", "Luego calló."])
    #expect(
      splitSentences("Vea el punto a. Carta nueva.", .spanish)
        == ["Vea el punto a.", "Carta nueva."])
  }
}
