import Foundation
import Testing

@testable import Brief

/// Related stems and WordNet synonyms.
@Suite struct RelatedTermsTests {
  @Test(
    arguments: [
      ("invent", "inventor", true), ("egypt", "egyptian", true), ("inventor", "invent", true),
      ("invent", "invent", false), ("form", "former", false), ("invent", "event", false),
      ("germani", "german", true),
    ] as [(String, String, Bool)])
  func relatedStemsBeginOneAnother(a: String, b: String, related: Bool) {
    #expect(RelatedTerms.related(Array(a.utf8), b.utf8) == related)
  }

  @Test func wordNetListsSynonymsByStem() {
    let synonyms = RelatedTerms.englishSynonyms(of:)
    #expect(synonyms("die").contains("perish"))
    #expect(synonyms("found").contains("establish"))
    // Stems, as the index holds them: "begin" lists "commenc" ("commence").
    #expect(synonyms("begin").contains("commenc"))
    #expect(!synonyms("die").contains("die"))
    // The first and the last line of the table, a word between two lines, a prefix of a
    // stem, and no word.
    #expect(synonyms("abandon") == ["defect", "desert", "wild"])
    #expect(synonyms("zoom") == ["soar"])
    #expect(synonyms("zzzz").isEmpty)
    #expect(synonyms("dia").isEmpty)
    #expect(synonyms("di").isEmpty)
    #expect(synonyms("").isEmpty)
  }

  @Test func everyLineOfTheSynonymTableIsFoundByItsStem() {
    // The binary search needs the lines sorted by their first word.
    let lines = WordNetSynonyms.text.split(separator: "\n")
    #expect(lines.count > 5000)
    for line in lines {
      let words = line.split(separator: " ").map(String.init)
      #expect(RelatedTerms.englishSynonyms(of: words[0]) == Array(words.dropFirst()))
    }
  }

  @Test(
    arguments: [
      ("The club's founders established it in 1887.", true),
      ("The club was established in 1887.", false),
    ] as [(String, Bool)])
  func aSynonymCountsOnlyWhereNoRelatedWordDoes(body: String, related: Bool) throws {
    // "founders" relates to "found" by its stem, "established" is its synonym: the question
    // term counts once, as related when it can.
    let retriever = try Retriever(documents: [Document(id: "d", body: body)])
    let features = retriever.candidateFeatures(for: "When was the club founded?", limit: 1)
    let candidate = try #require(features.candidates.first)
    // "found" is not in the corpus: its idf is that of an unseen term.
    #expect(features.terms == ["club"])
    #expect((candidate.related > 0) == related)
    #expect((candidate.synonyms > 0) == !related)
    #expect(candidate.related + candidate.synonyms > features.idf[0])
  }
}
