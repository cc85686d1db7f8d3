/// Turns a question's text into a ``Question`` against one index: the same analysis as the
/// corpus (stop words dropped, words stemmed), its stems looked up in the index's vocabulary,
/// so every id it gives is the index's.
///
/// It owns an analyzer (a stemmer and a cache of stems), so it is not thread-safe.
internal final class QuestionAnalyzer {
  private let analyzer: Analyzer
  /// The question words of the language.
  private let lexicon: Lexicon
  private let vocabulary: Vocabulary
  private let idf: [Double]
  /// The index terms of the numbers spelled out (``Lexicon/numberWords``), found on first
  /// use.
  private var numberTerms: Set<Int32>?

  /// An analyzer for questions to the index with this vocabulary and idf per term.
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  internal init(language: Language, vocabulary: Vocabulary, idf: [Double]) throws(BriefError) {
    self.analyzer = try Analyzer(language: language)
    self.lexicon = Lexicon(language: language)
    self.vocabulary = vocabulary
    self.idf = idf
  }

  /// The language questions are analyzed in.
  internal var language: Language { analyzer.language }

  /// The words of a question that say what kind of answer it wants rather than what it is
  /// about ("many" in "how many", "year" in "what year", "type" in "what type of"): the
  /// answer's sentence seldom holds them.
  internal static func frameWords(_ words: [String], lexicon: Lexicon = .english) -> [String] {
    var frame: [String] = []
    for (position, word) in words.enumerated() {
      let before = position > 0 ? words[position - 1] : ""
      let after = position + 1 < words.count ? words[position + 1] : ""
      let afterWhich = lexicon.whichQuestionWords.contains(before)
      if lexicon.howQuestionWords.contains(before) && lexicon.numberQuestionWords.contains(word)
        || (afterWhich && lexicon.yearNouns.contains(word))
        || (afterWhich && lexicon.kindWords.contains(word) && after == "of")
      {
        frame.append(word)
      }
    }
    return frame
  }

  /// The question analyzed: its known terms and their pairs, its unknown stems, its word
  /// forms and phrases, the kind of answer it asks for.
  internal func analyze(_ text: String) -> Question {
    // One pass gives each word and its stem (nil for a stop word).
    var words: [String] = []
    var stems: [String?] = []
    var copy = text
    copy.withUTF8 { bytes in
      analyzer.forEachTermID(bytes: bytes, range: 0..<bytes.count) { id, word, _ in
        words.append(String(decoding: word, as: UTF8.self))
        stems.append(id >= 0 ? analyzer.vocabulary[id] : nil)
      }
    }
    // Each word's index term (-1 for none), or nil for a stop word.
    let wordTerms: [Int32?] = stems.map { stem in stem.map { vocabulary.id(of: $0) ?? -1 } }
    let frameWords = Set(Self.frameWords(words, lexicon: lexicon))
    var frame = Set<String>()
    for (word, stem) in zip(words, stems) where frameWords.contains(word) {
      if let stem { frame.insert(stem) }
    }
    var terms: [Int32] = []
    var pairs: [(Int32, Int32)] = []
    var previous: Int32 = -1
    var unknown: [String] = []
    for (stem, wordTerm) in zip(stems, wordTerms) {
      guard let stem, let wordTerm else { continue }
      let isFrame = frame.contains(stem)
      let term = isFrame ? -1 : wordTerm
      if term < 0 && !isFrame && !unknown.contains(stem) { unknown.append(stem) }
      if term >= 0 && !terms.contains(term) && terms.count < 64 { terms.append(term) }
      // Each pair once (its bonus counts once).
      if term >= 0 && previous >= 0 && term != previous
        && !pairs.contains(where: { $0 == (previous, term) })
      {
        pairs.append((previous, term))
      }
      previous = term
    }
    let answerType = AnswerType(question: words, lexicon: lexicon)
    var counted: CountedNoun?
    if answerType == .number, let position = CountedNoun.position(in: words, lexicon: lexicon),
      let term = wordTerms[position] ?? nil, term >= 0
    {
      counted = CountedNoun(term: term, numberTerms: numberTermsOfIndex())
    }
    var forms: [(word: [UInt8], bit: UInt64)] = []
    for (position, word) in words.enumerated() {
      guard let stem = stems[position], !frame.contains(stem), let term = wordTerms[position],
        let bit = terms.firstIndex(of: term),
        !forms.contains(where: { $0.word.elementsEqual(word.utf8) })
      else { continue }
      forms.append((Array(word.utf8), UInt64(1) << UInt64(bit)))
    }
    var phrases: [(first: [UInt8], second: [UInt8])] = []
    for position in words.indices.dropFirst() where phrases.count < 64 {
      let first = words[position - 1]
      let second = words[position]
      guard !frameWords.contains(first), !frameWords.contains(second),
        !(stems[position - 1] == nil && stems[position] == nil),
        !phrases.contains(where: {
          $0.first.elementsEqual(first.utf8) && $0.second.elementsEqual(second.utf8)
        })
      else { continue }
      phrases.append((Array(first.utf8), Array(second.utf8)))
    }
    let termIDF = terms.map { idf[Int($0)] }
    return Question(
      text: text, terms: terms, idf: termIDF,
      meanIDF: termIDF.reduce(0) { $0 + $1 } / Double(max(terms.count, 1)), pairs: pairs,
      unknown: unknown, words: QuestionWords(forms: forms, phrases: phrases),
      answerType: answerType, counted: counted,
      asksForASum: answerType == .number && counted == nil
        && CountedNoun.asksHowMuch(words, lexicon: lexicon))
  }

  /// The index terms of the numbers spelled out.
  private func numberTermsOfIndex() -> Set<Int32> {
    if let numberTerms { return numberTerms }
    let numbers = analyzer.terms(in: lexicon.numberWords.joined(separator: " "))
    let found = Set(numbers.compactMap { vocabulary.id(of: $0) })
    numberTerms = found
    return found
  }
}
