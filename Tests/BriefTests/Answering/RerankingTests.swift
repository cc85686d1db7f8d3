import Testing

@testable import Brief

/// The question frame, exact word forms and related words (re-ranking features).
@Suite struct RerankingTests {
  @Test(
    arguments: [
      ("how many troops crossed", ["many"]),
      ("in what year did the war end", ["year"]),
      ("what type of engine was used", ["type"]),
      ("which kind of fish", ["kind"]),
      ("how long is the bridge", ["long"]),
      ("what was the year of the flood", []),
      ("how did he build a long bridge", []),
      ("what is the type", []),
    ] as [(String, [String])])
  func frameWordsSayWhatKindOfAnswerIsWanted(question: String, frame: [String]) {
    let words = question.split(separator: " ").map(String.init)
    #expect(Retriever.frameWords(words) == frame)
  }

  @Test(
    arguments: [
      ("when did the war end", Retriever.AnswerType.year),
      ("in what year did the war end", .year),
      ("in what century was the castle built", .year),
      ("which decade saw the most floods", .year),
      ("how many troops crossed", .number),
      ("how long is the bridge", .number),
      ("what percentage of voters agreed", .number),
      ("what proportion of the land is forest", .number),
      ("who built the bridge", .name),
      ("where is the bridge", .name),
      ("what is the capital", .none),
      ("how did he build a bridge", .none),
      ("did the time pass", .none),
    ] as [(String, Retriever.AnswerType)])
  func theQuestionSaysWhatKindOfAnswerItWants(question: String, type: Retriever.AnswerType) {
    let words = question.split(separator: " ").map(String.init)
    #expect(Retriever.AnswerType(question: words) == type)
  }

  @Test func aQuantityAnswersHowManyBetterThanAYear() throws {
    // Both sentences hold the question's terms; the first holds only a year, the second a
    // number spelled out (not before "hymns", which would count more).
    try expectTypeDoubled(
      "Luther wrote hymns in 1524. Luther wrote hymns for two choirs.",
      question: "How many hymns did Luther write?")
  }

  /// The second sentence of `body` ranks first through the answer type, which is twice the
  /// first sentence's.
  private func expectTypeDoubled(_ body: String, question: String) throws {
    try expectLifted(body, question: question, label: "(answer type, document)") {
      $0.answerTypeWeight = 0
    }
    let features = try Retriever(documents: [Document(id: "d", body: body)])
      .candidateFeatures(for: question, limit: 2)
    let types = features.candidates.sorted { $0.unit < $1.unit }.map(\.answerType)
    #expect(types.count == 2 && types[0] > 0 && abs(types[1] - 2 * types[0]) < 1e-9)
  }

  @Test(
    arguments: [
      ("how many soldiers did he send", "soldiers"), ("how much money was paid", "money"),
      ("cuántos soldados envió", "soldados"), ("how long is the bridge", nil),
      ("how many", nil), ("were many soldiers sent", nil),
    ] as [(String, String?)])
  func theCountedNounFollowsHowMany(question: String, noun: String?) {
    let words = question.split(separator: " ").map(String.init)
    #expect(Retriever.CountedNoun.position(in: words).map { words[$0] } == noun)
  }

  @Test func aQuantityBeforeTheCountedNounAnswersHowMany() throws {
    // The same words in both sentences; only the second puts the number before "soldiers".
    try expectTypeDoubled(
      "Genghis sent soldiers and 300 horses. Genghis sent 300 soldiers and horses.",
      question: "How many soldiers were sent by Genghis?")
  }

  @Test func aSumOfMoneyAnswersHowMuch() throws {
    // The same words in both sentences; only the second makes 60 a sum of money.
    try expectTypeDoubled(
      "Westinghouse paid Tesla for 60 patents. Westinghouse paid Tesla $60 for patents.",
      question: "How much did Westinghouse pay Tesla?")
    #expect(Retriever.CountedNoun.asksHowMuch(["how", "much", "did", "he", "pay"]))
    #expect(!Retriever.CountedNoun.asksHowMuch(["how", "many", "did", "he", "pay"]))
  }

  @Test func frameWordsAreNotSearched() throws {
    let retriever = try Retriever(documents: [
      Document(id: "d", body: "Many troops crossed the river. Twelve troops crossed in 1990.")
    ])
    let terms = { (question: String) in retriever.candidateFeatures(for: question, limit: 1).terms }
    #expect(terms("How many troops crossed?") == ["troop", "cross"])
    #expect(terms("Were many troops there?") == ["mani", "troop"])
    let first = try #require(retriever.answers(to: "How many troops crossed?", limit: 1).first)
    #expect(first.text == "Twelve troops crossed in 1990.")
  }

  @Test(
    arguments: [
      ("invent", "inventor", true), ("egypt", "egyptian", true), ("inventor", "invent", true),
      ("invent", "invent", false), ("form", "former", false), ("invent", "event", false),
      ("germani", "german", true),
    ] as [(String, String, Bool)])
  func relatedStemsBeginOneAnother(a: String, b: String, related: Bool) {
    #expect(RelatedTerms.related(Array(a.utf8), b.utf8) == related)
  }

  /// The sentences of `body` best first, without the neighbours' shares and with `change`.
  private func ranked(
    _ body: String, question: String, limit: Int = 2,
    _ change: (inout RetrievalParameters) -> Void = { _ in }
  ) throws -> [Answer] {
    var parameters = RetrievalParameters()
    parameters.neighborWeight = 0
    change(&parameters)
    let retriever = try Retriever(
      documents: [Document(id: "d", body: body)], parameters: parameters)
    return retriever.answers(to: question, limit: limit)
  }

  /// Two sentences that tie on BM25: the later one holds the feature's evidence, so it
  /// ranks first only through the feature.
  private func first(
    _ body: String, question: String, _ change: (inout RetrievalParameters) -> Void = { _ in }
  ) throws -> Answer {
    let answers = try ranked(body, question: question) {
      $0.continuationWeight = 0
      change(&$0)
    }
    return try #require(answers.first)
  }

  @Test func theQuestionsOwnWordFormLiftsASentence() throws {
    let body = "The club found the ground in 1990. The club was founded by miners in 1887."
    let question = "When was the club founded?"
    let lifted = try first(body, question: question)
    #expect(lifted.text == "The club was founded by miners in 1887.")
    #expect(lifted.contributions.contains { $0.term == "(exact form)" })
    let plain = try first(body, question: question) { $0.exactWeight = 0 }
    #expect(plain.text == "The club found the ground in 1990.")
    // Only the best candidate is re-ranked: the other never gets its bonus.
    let shallow = try first(body, question: question) { $0.fineDepth = 1 }
    #expect(shallow.text == "The club found the ground in 1990.")
  }

  @Test func aPhraseOfTheQuestionLiftsASentence() throws {
    // Both hold "theses" and "rome" once; only the second says "the 95 theses".
    let body = "Rome had not seen 95 of his theses. He sent the 95 Theses to Rome."
    let question = "Where did he send the 95 Theses?"
    let lifted = try first(body, question: question) { $0.exactWeight = 0 }
    #expect(lifted.text == "He sent the 95 Theses to Rome.")
    #expect(lifted.contributions.contains { $0.term == "(phrase)" })
    let plain = try first(body, question: question) {
      $0.exactWeight = 0
      $0.phraseWeight = 0
    }
    #expect(plain.text == "Rome had not seen 95 of his theses.")
  }

  /// The second sentence ranks first through the feature labelled `label`, whose
  /// contribution the explanation lists, and the first without it.
  private func expectLifted(
    _ body: String, question: String, label: String,
    without turnOff: (inout RetrievalParameters) -> Void
  ) throws {
    let splitter = SentenceSplitter(language: .english)
    let sentences = splitter.sentences(in: body).map { splitter.text(of: $0, in: body) }
    let lifted = try first(body, question: question)
    #expect(lifted.text == sentences.last)
    #expect(lifted.contributions.contains { $0.term == label })
    #expect(abs(lifted.contributions.reduce(0) { $0 + $1.score } - lifted.score) < 1e-9)
    #expect(try first(body, question: question, turnOff).text == sentences.first)
  }

  @Test func aRelatedWordLiftsASentence() throws {
    try expectLifted(
      "Edison sold the lamp. Edison invented the lamp.",
      question: "Who was the inventor of the lamp?", label: "(related word)"
    ) { $0.relatedWeight = 0 }
  }

  @Test func theSentenceAfterTheSetUpIsLifted() throws {
    // "canal across the marsh" is in the first sentence only; the second and the third
    // both say the rest of the question, the third in fewer words.
    let body = """
      Engineers dug the canal across the marsh. It opened to boats in 1850 after delays. \
      Locks opened to boats.
      """
    let question = "When did the canal across the marsh open to boats?"
    let after = "It opened to boats in 1850 after delays."
    let shorter = "Locks opened to boats."
    let plain = try ranked(body, question: question, limit: 3) {
      $0.answerTypeWeight = 0
      $0.continuationWeight = 0
    }.map(\.text)
    #expect(try #require(plain.firstIndex(of: shorter)) < #require(plain.firstIndex(of: after)))
    let lifted = try ranked(body, question: question, limit: 3) { $0.answerTypeWeight = 0 }
      .map(\.text)
    #expect(try #require(lifted.firstIndex(of: after)) < #require(lifted.firstIndex(of: shorter)))
    // The bonus is the idf of the terms the sentence before holds and it lacks.
    let retriever = try Retriever(documents: [Document(id: "d", body: body)])
    let features = retriever.candidateFeatures(for: question, limit: 3)
    let idf = Dictionary(uniqueKeysWithValues: zip(features.terms, features.idf))
    let candidate = try #require(features.candidates.first { $0.answer.text == after })
    // "across" is not a stop word here.
    let expected = try ["canal", "across", "marsh"].reduce(0) { try $0 + #require(idf[$1]) }
    #expect(abs(candidate.continuation - expected) < 1e-9)
    #expect(features.candidates.first { $0.answer.text == shorter }?.continuation == 0)
    // The explanation lists it, and the contributions still add up to the score.
    let answer = candidate.answer
    let listed = answer.contributions.first { $0.term == "(sentence before)" }?.score
    #expect(abs((listed ?? 0) - RetrievalParameters().continuationWeight * expected) < 1e-9)
    #expect(abs(answer.contributions.reduce(0) { $0 + $1.score } - answer.score) < 1e-9)
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

  @Test func aSynonymLiftsASentence() throws {
    // The corpus never says "die": only WordNet links it to "perished".
    let body = "The old king ruled in the valley. The old king perished in the valley."
    let question = "Where did the old king die?"
    try expectLifted(body, question: question, label: "(synonym)") { $0.synonymWeight = 0 }
    // Spanish questions get no English synonyms.
    var parameters = RetrievalParameters()
    parameters.neighborWeight = 0
    let spanish = try Retriever(
      documents: [Document(id: "d", body: body)], language: .spanish, parameters: parameters)
    let answer = try #require(spanish.answers(to: question, limit: 1).first)
    #expect(!answer.contributions.contains { $0.term == "(synonym)" })
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

  @Test(arguments: [
    "What did Sheinbaum reject?", "When did the bridge reopen?", "Who thanked residents?",
    "How many cyclists cross the bridge?", "When was the bridge invented?",
  ])
  func weightedFeaturesAddUpToTheScore(question: String) throws {
    let body = """
      Claudia Sheinbaum met reporters in Mexico City on Tuesday. She rejected the offer of \
      U.S. troops. The rejection surprised Washington.

      The swing bridge will reopen on March 14. Repairs cost $48.6m. Cyclists and \
      pedestrians may cross the bridges again. The council thanked residents. An inventor \
      crossed the bridge in 1990.
      """
    var parameters = RetrievalParameters()
    parameters.fineDepth = 20
    let retriever = try Retriever(
      documents: [Document(id: "d", body: body)], parameters: parameters)
    let (_, _, candidates) = retriever.candidateFeatures(for: question, limit: 20)
    #expect(!candidates.isEmpty)
    if question.hasSuffix("invented?") {
      #expect(candidates.contains { $0.related > 0 })
    }
    if question.hasPrefix("How many") {
      #expect(candidates.contains { $0.exact > 0 })
    }
    for candidate in candidates {
      let sum =
        candidate.bm25 + parameters.neighborWeight * (candidate.previous + candidate.next)
        + parameters.continuationWeight * candidate.continuation
        + parameters.paragraphWeight * candidate.paragraphEvidence
        + parameters.answerTypeWeight * candidate.answerType
        + parameters.nameWeight * candidate.name + parameters.pairWeight * candidate.pairs
        + parameters.relatedWeight * candidate.related
        + parameters.synonymWeight * candidate.synonyms + parameters.exactWeight * candidate.exact
        + parameters.phraseWeight * candidate.phrases
      #expect(abs(sum - candidate.answer.score) < 1e-9, "\(candidate.answer.text)")
    }
  }
}
