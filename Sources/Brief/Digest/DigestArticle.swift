/// One article of a digest, analyzed: its sentences' TF-IDF vectors and summary scores,
/// and the vectors that place it in a story.
internal struct DigestArticle: Sendable {
  /// The article.
  let document: Document
  /// Its position in the input.
  let index: Int
  /// Its body sentences' UTF-8 byte ranges.
  let sentenceRanges: [Range<Int>]
  /// Its sentences' texts, whitespace collapsed.
  let texts: [String]
  /// The number of whitespace-separated words of each sentence.
  let wordCounts: [Int]
  /// Each sentence's TF-IDF vector, idf over the corpus's sentences.
  let vectors: [SentenceVector]
  /// Each sentence's summary score in its article, over the article's best (0 to 1).
  let summaryScores: [Double]
  /// The whole article's TF-IDF vector, idf over the corpus's articles: what stories are
  /// grouped by.
  let storyVector: SentenceVector
  /// The whole body's TF-IDF vector, idf over the corpus's sentences: what a story's
  /// centroid is made of.
  let bodyVector: SentenceVector

  /// The number of body sentences.
  var sentenceCount: Int { sentenceRanges.count }

  /// Analyzes `analyzed`, the article at `index` of the input.
  init(
    _ analyzed: AnalyzedDocument, index: Int, summarizer: Summarizer, sentenceIDF: [Double],
    articleIDF: [Double]
  ) {
    self.document = analyzed.document
    self.index = index
    self.sentenceRanges = analyzed.sentenceRanges
    let splitter = SentenceSplitter(language: summarizer.options.language)
    let texts = analyzed.sentenceRanges.map { splitter.text(of: $0, in: analyzed.document.body) }
    self.texts = texts
    self.wordCounts = texts.map(Words.count)
    // Scoring fails only for an article without sentences, which has no vectors either.
    let scored = try? summarizer.score(analyzed, idf: sentenceIDF)
    self.vectors = scored?.vectors ?? []
    let scores = scored?.scores ?? Array(repeating: 0, count: analyzed.sentenceCount)
    let top = scores.max() ?? 0
    self.summaryScores = scores.map { top > 0 ? max(0, $0) / top : 0 }
    let bodyTerms = analyzed.sentenceTerms.joined()
    self.storyVector = SentenceVector(termIDs: Array(analyzed.titleTerms) + bodyTerms) {
      tf, id in tfidfWeight(tf, articleIDF[Int(id)])
    }
    self.bodyVector = SentenceVector(termIDs: bodyTerms) { tf, id in
      tfidfWeight(tf, sentenceIDF[Int(id)])
    }
  }
}
