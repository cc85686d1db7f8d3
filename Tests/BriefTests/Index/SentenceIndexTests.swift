import Testing

@testable import Brief

@Suite struct SentenceIndexTests {
  static let documents = [
    Document(
      id: "a", title: "Sheinbaum rejects troops", keyPoints: ["She spoke on Tuesday."],
      body: """
        Claudia Sheinbaum spoke to reporters on Tuesday. She rejected the offer of troops.

        The bridge reopened. It carries cars and cyclists cars.
        """),
    Document(id: "b", body: "Cars queued at the bridge. Cyclists waited."),
  ]

  private func terms(_ index: SentenceIndex, _ unit: Int) -> [String] {
    index.terms[Int(index.termStarts[unit])..<Int(index.termStarts[unit + 1])].map {
      index.vocabulary[$0]
    }
  }

  @Test func unitsAreTitleThenKeyPointsThenBodyPerDocument() throws {
    let index = try SentenceIndex(documents: Self.documents, language: .english)
    #expect(index.unitCount == 8)
    #expect(index.unitFields == [.title, .keyPoint, .body, .body, .body, .body, .body, .body])
    #expect(index.unitFieldIndices == [0, 0, 0, 1, 2, 3, 0, 1])
    #expect(index.unitDocuments == [0, 0, 0, 0, 0, 0, 1, 1])
    // Title, key point, two paragraphs of the first body, one of the second.
    #expect(index.unitParagraphs == [0, 1, 2, 2, 3, 3, 4, 4])
  }

  @Test(
    arguments: [
      ("The bridge reopened.", []),
      ("The bridge reopened in 1962.", [.number, .year]),
      ("It was built in the 1960s.", [.number, .year]),
      // "18th" is a number that is not a year; "century" after it marks a date.
      ("It was built in the 18th century.", [.number, .quantity, .year]),
      ("It cost $48.6m.", [.number, .quantity, .money]),
      ("It cost £20 or 25 euros.", [.number, .quantity, .money]),
      ("It cost 20 more.", [.number, .quantity]),
      ("It is 3000 metres long.", [.number, .quantity]),
      ("Two piers and a dozen lamps were rebuilt.", [.quantity]),
      ("It took two years.", [.quantity]),
      ("It opened in May.", [.month]),
      ("One of the piers fell.", []),
      ("The centuries passed.", []),
    ] as [(String, UnitFlags)])
  func flagsMarkNumbersYearsAndQuantities(sentence: String, flags: UnitFlags) throws {
    let index = try SentenceIndex(
      documents: [Document(id: "d", body: sentence)], language: .english)
    #expect(index.unitFlags == [flags])
  }

  @Test func postingsHoldEveryUnitOfATermWithItsFrequency() throws {
    let index = try SentenceIndex(documents: Self.documents, language: .english)
    for term in 0..<index.vocabulary.count {
      var expected: [Int32: Int32] = [:]
      for unit in 0..<index.unitCount {
        let count = terms(index, unit).filter { $0 == index.vocabulary[Int32(term)] }.count
        if count > 0 { expected[Int32(unit)] = Int32(count) }
      }
      var found: [Int32: Int32] = [:]
      for posting in index.postingStarts[term]..<index.postingStarts[term + 1] {
        found[index.postingUnits[posting]] = index.postingFrequencies[posting]
      }
      #expect(found == expected)
      #expect(Int(index.documentFrequencies[term]) == expected.count)
    }
    let car = try #require(index.vocabulary.id(of: "car"))
    let range = index.postingStarts[Int(car)]..<index.postingStarts[Int(car) + 1]
    #expect(range.map { index.postingFrequencies[$0] } == [2, 1])
  }

  @Test func aSentenceOpeningWithAPronounBorrowsTheNamesBeforeIt() throws {
    let index = try SentenceIndex(documents: Self.documents, language: .english)
    func context(_ unit: Int) -> [String] {
      index.contextTerms[Int(index.contextStarts[unit])..<Int(index.contextStarts[unit + 1])].map {
        index.vocabulary[$0]
      }
    }
    #expect(context(3).contains("sheinbaum"))
    #expect(context(3).contains("claudia"))
    #expect(context(1).contains("sheinbaum"))  // the key point borrows from the title
    #expect(context(2).isEmpty)  // no pronoun
    #expect(!context(3).contains("offer"))  // only names, never the sentence's own terms
  }
}
