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

  /// More pairs from NLTK 3.10's `PorterStemmer()`: steps 2 to 5 and the irregular forms.
  @Test(arguments: [
    ("is", "is"), ("as", "as"), ("innings", "inning"), ("proceeding", "proceed"),
    ("exceeded", "exceed"), ("generously", "gener"), ("feudalism", "feudal"),
    ("sensibility", "sensibl"), ("decisiveness", "decis"), ("formality", "formal"),
    ("irritant", "irrit"), ("replacement", "replac"), ("triplicate", "triplic"),
    ("electricity", "electr"), ("possibly", "possibl"), ("conflated", "conflat"),
    ("troubled", "troubl"), ("sized", "size"), ("feed", "feed"), ("bled", "bled"),
    ("sing", "sing"), ("controlled", "control"), ("rolling", "roll"),
    ("conformabli", "conform"), ("radicalli", "radic"), ("vietnamization", "vietnam"),
    ("predication", "predic"),
  ])
  func moreStemsAsNLTKDoes(word: String, stem: String) {
    #expect(PorterStemmer().stem(word) == stem)
  }

  /// The byte form skips the table of irregular forms: NLTK's rules with an empty `pool`.
  @Test(arguments: [("dying", "dy"), ("news", "new"), ("skies", "ski"), ("innings", "in")])
  func bytesAreStemmedByTheRulesAlone(word: String, stem: String) {
    #expect(PorterStemmer().stem(bytes: Array(word.utf8)) == Array(stem.utf8))
    #expect(PorterStemmer().stem(word) != stem)
  }
}
