import Testing

@testable import Brief

@Suite struct DocumentTwinsTests {
  /// One unit of a document as scoring reads it; `paragraph` counts from the document's first.
  private struct Unit {
    var field = SentenceField.body
    var flags: UnitFlags = []
    var paragraph: Int32 = 0
    var terms: [Int32]
    var names: [Int32] = []
    var context: [Int32] = []
  }

  /// The units of `documents` laid out as a sentence index lays them out, each document's
  /// paragraphs numbered on from the paragraphs of those before it.
  private func index(_ documents: [[Unit]]) -> DocumentTwins.Units {
    var index = DocumentTwins.Units(
      documentStarts: [0], fields: [], flags: [], paragraphs: [], termStarts: [0], terms: [],
      nameStarts: [0], names: [], contextStarts: [0], contextTerms: [])
    var firstParagraph: Int32 = 0
    for units in documents {
      for unit in units {
        index.fields.append(unit.field)
        index.flags.append(unit.flags)
        index.paragraphs.append(firstParagraph + unit.paragraph)
        index.terms += unit.terms
        index.termStarts.append(Int32(index.terms.count))
        index.names += unit.names
        index.nameStarts.append(Int32(index.names.count))
        index.contextTerms += unit.context
        index.contextStarts.append(Int32(index.contextTerms.count))
      }
      index.documentStarts.append(Int32(index.fields.count))
      firstParagraph += (units.map(\.paragraph).max() ?? 0) + 1 + firstParagraph % 3
    }
    return index
  }

  @Test func copiesAreListedUnderTheirCanonicalDocument() {
    let twins = DocumentTwins(canonical: [0, 1, 0, 1, 0, 5])
    #expect(Array(twins.copies(of: 0)) == [2, 4])
    #expect(Array(twins.copies(of: 1)) == [3])
    #expect(twins.copies(of: 2).isEmpty && twins.copies(of: 5).isEmpty)
    #expect(!twins.isEmpty)
    #expect(DocumentTwins(canonical: [0, 1, 2]).isEmpty)
    #expect(DocumentTwins(canonical: []).isEmpty)
  }

  @Test func documentsWithTheSameUnitsAreTwinsWhereverTheyStand() {
    let story = [
      Unit(field: .title, terms: [1, 2], names: [1]),
      Unit(field: .keyPoint, flags: .number, paragraph: 1, terms: [3]),
      Unit(paragraph: 2, terms: [1, 4, 4], names: [1]),
      Unit(paragraph: 2, terms: [5], context: [1]),
      Unit(paragraph: 3, terms: []),
    ]
    let other = [Unit(terms: [7, 8]), Unit(terms: [9])]
    let canonical = DocumentTwins.canonicalDocuments(
      index([story, other, story, [], story, other, []]))
    #expect(canonical == [0, 1, 0, 3, 0, 1, 3])
  }

  @Test(arguments: 0..<7)
  func aDocumentThatDiffersInAnythingScoringReadsIsNotATwin(change: Int) {
    let story = [
      Unit(field: .title, terms: [1, 2], names: [1]),
      Unit(paragraph: 1, terms: [3, 4], names: [3]),
      Unit(paragraph: 1, terms: [5], context: [3]),
    ]
    var changed = story
    switch change {
    case 0: changed[0].field = .keyPoint
    case 1: changed[1].flags = .year
    case 2: changed[2].paragraph = 2
    case 3: changed[1].terms = [3, 6]
    case 4: changed[1].names = [4]
    case 5: changed[2].context = []
    default: changed.removeLast()
    }
    let canonical = DocumentTwins.canonicalDocuments(index([story, changed, story, changed]))
    #expect(canonical == [0, 1, 0, 1])
  }

  @Test func theFirstOfEachKindIsCanonicalAcrossManyChunks() {
    // More than the 256 documents a chunk hashes, in a repeating pattern of four kinds.
    let kinds = (0..<4).map { kind in [Unit(terms: [Int32(kind)]), Unit(terms: [9])] }
    let documents = (0..<1000).map { kinds[$0 * 7 % 4] }
    let canonical = DocumentTwins.canonicalDocuments(index(documents))
    var first: [Int: Int32] = [:]
    for (position, document) in documents.enumerated() {
      let kind = kinds.firstIndex { $0.map(\.terms) == document.map(\.terms) } ?? -1
      let expected = first[kind] ?? Int32(position)
      first[kind] = expected
      #expect(canonical[position] == expected)
    }
    #expect(Set(canonical).count == 4)
  }
}
