import Testing

@testable import Brief

@Suite struct PorterStemmerTests {
  /// Pairs from NLTK 3.10's `PorterStemmer()` (NLTK_EXTENSIONS mode).
  @Test(arguments: [
    ("running", "run"), ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"),
    ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("hopping", "hop"),
    ("falling", "fall"), ("filing", "file"), ("happy", "happi"), ("they", "they"),
    ("relational", "relat"), ("conditional", "condit"), ("generalization", "gener"),
    ("hopefulness", "hope"), ("electrical", "electr"), ("adjustment", "adjust"),
    ("adoption", "adopt"), ("controlling", "control"), ("dying", "die"), ("news", "news"),
    ("skies", "sky"), ("died", "die"), ("cried", "cri"), ("technology", "technolog"),
    ("radically", "radic"), ("says", "say"), ("wednesday", "wednesday"), ("trying", "tri"),
  ])
  func stemsAsNLTKDoes(word: String, stem: String) {
    #expect(PorterStemmer().stem(word) == stem)
  }
}
