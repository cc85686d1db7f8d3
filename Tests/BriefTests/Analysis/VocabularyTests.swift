import Testing

@testable import Brief

@Suite struct VocabularyTests {
  @Test func vocabularyInternsOnce() {
    var vocabulary = Vocabulary()
    let a = vocabulary.intern("reject")
    let b = vocabulary.intern("troop")
    #expect(vocabulary.intern("reject") == a)
    #expect(a != b)
    #expect(vocabulary[b] == "troop")
    #expect(vocabulary.count == 2)
    #expect(vocabulary.id(of: "missing") == nil)
  }

  @Test func idsAreDenseInOrderOfFirstAppearance() {
    var vocabulary = Vocabulary()
    let ids = ["b", "a", "b", "c", "a"].map { vocabulary.intern($0) }
    #expect(ids == [0, 1, 0, 2, 1])
    #expect(vocabulary.terms == ["b", "a", "c"])
  }
}
