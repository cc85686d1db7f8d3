import Foundation
import Testing

@Suite struct EvalCommandTests {
  static let news = BriefRunner.corpus("news")
  static let measures = ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"]
  static let keys = ["rouge1", "rouge2", "rougeL", "rougeLsum"]

  private func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// Checks one system's JSON object: the four measures with f, p, r in [0, 100].
  private func expectMeasures(_ object: [String: Any], documents: Int) throws {
    for key in Self.keys {
      let measure = try #require(object[key] as? [String: Double], "\(key)")
      #expect(Set(measure.keys) == ["f", "p", "r"])
      for value in measure.values { #expect(value > 0 && value <= 100) }
    }
    #expect(object["documents"] as? Int == documents)
  }

  @Test func tableHasOneRowPerMeasure() throws {
    let result = try BriefRunner.run(["eval", Self.news])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)  // no progress bar when stderr is not a terminal
    let rows = result.lines.filter { line in Self.measures.contains { line.hasPrefix($0 + " ") } }
    #expect(rows.count == 4)
    for (row, measure) in zip(rows, Self.measures) {
      let fields = row.split(separator: " ")
      #expect(fields.first.map(String.init) == measure)
      #expect(fields.dropFirst().compactMap { Double($0) }.count == 3)  // F, P, R
    }
    #expect(result.stdout.contains("tfidf"))
  }

  @Test func jsonHasTheFourMeasuresAndTheDocumentCount() throws {
    let result = try BriefRunner.run(["eval", Self.news, "--format", "json", "--scorer", "lead"])
    #expect(result.status == 0)
    let json = try object(result.stdout)
    try expectMeasures(json, documents: 10)
  }

  @Test func allSetsEveryScorerBesideLeadAndTheOracle() throws {
    let result = try BriefRunner.run(["eval", Self.news, "--format", "json", "--scorer", "all"])
    #expect(result.status == 0)
    let json = try object(result.stdout)
    #expect(Set(json.keys) == ["tfidf", "lead", "oracle"])
    for name in ["tfidf", "lead", "oracle"] {
      try expectMeasures(try #require(json[name] as? [String: Any]), documents: 10)
    }
    // The oracle is the ceiling.
    let f = { (name: String) -> Double in
      ((json[name] as? [String: Any])?["rouge1"] as? [String: Double])?["f"] ?? 0
    }
    #expect(f("oracle") > f("tfidf"))
    #expect(f("oracle") > f("lead"))

    let table = try BriefRunner.run(["eval", Self.news, "--scorer", "all"])
    let header = try #require(table.lines.first)
    #expect(header.contains("tfidf") && header.contains("lead") && header.contains("oracle"))
  }

  @Test func perDocGivesOneRowPerDocument() throws {
    let result = try BriefRunner.run(["eval", Self.news, "--per-doc"])
    #expect(result.status == 0)
    #expect(result.lines.filter { $0.contains("Corpora/news/") }.count == 10)
    let json = try object(
      try BriefRunner.run(["eval", Self.news, "--per-doc", "--format", "json"]).stdout)
    let rows = try #require(json["per_document"] as? [[String: Any]])
    #expect(rows.count == 10)
    #expect(rows.allSatisfy { $0["id"] is String && $0["rougeLsum"] is [String: Double] })
  }

  @Test func aDocumentWithoutKeyPointsIsReportedAndSkipped() throws {
    let folder = try BriefRunner.folder([
      "a.txt": Array(
        "Bridge reopens\n- The bridge reopens in March.\nThe bridge will reopen in March. It was hit by a barge. Repairs cost $48m.\n"
          .utf8),
      "b.txt": Array(
        "No key points here\nThis article has a body. It has no reference key points at all.\n".utf8
      ),
    ])
    let result = try BriefRunner.run(["eval", folder.path, "--format", "json"])
    #expect(result.status == 0)
    let errors = result.stderr.split(separator: "\n")
    #expect(errors.count == 1)
    #expect(errors.first?.contains("b.txt") == true)
    #expect(errors.first?.contains("without reference key points") == true)
    #expect(try object(result.stdout)["documents"] as? Int == 1)
  }

  @Test func nothingToEvaluateFails() throws {
    let result = try BriefRunner.run(
      ["eval"], stdin: "Plain text\nA body with no key points. Another sentence here.\n")
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("nothing to evaluate"))
  }

  @Test func wordsScoresTfidfBesideLeadAtTheBudget() throws {
    let table = try BriefRunner.run(["eval", Self.news, "--words", "40"])
    #expect(table.status == 0)
    let header = try #require(table.lines.first)
    #expect(header.contains("tfidf") && header.contains("lead") && !header.contains("oracle"))
    #expect(table.lines.last { !$0.isEmpty } == "every summary cut to 40 words")
    let json = try object(
      try BriefRunner.run(["eval", Self.news, "--words", "40", "--format", "json"]).stdout)
    #expect(Set(json.keys) == ["tfidf", "lead"])
    let lead = try #require(json["lead"] as? [String: Any])
    try expectMeasures(lead, documents: 10)
    #expect(lead["words"] as? Int == 40)
    #expect(lead["sentences"] == nil)
    // At Lead-3's length per document; --scorer picks as without --words.
    let lead3 = try object(
      try BriefRunner.run([
        "eval", Self.news, "--words", "lead3", "--scorer", "lead", "--format", "json",
      ]).stdout)
    #expect(lead3["words"] as? String == "lead3")
    // Lead cut to Lead-3's length is Lead-3.
    let three = try object(
      try BriefRunner.run(["eval", Self.news, "--scorer", "lead", "--format", "json"]).stdout)
    #expect(
      NSDictionary(dictionary: lead3["rouge1"] as? [String: Double] ?? [:])
        == NSDictionary(dictionary: three["rouge1"] as? [String: Double] ?? ["x": 0]))
  }

  @Test func wordsScoresWhatSummarizeCutPrints() throws {
    // The lead baseline at 30 words, scored by eval and from summarize --cut's output.
    let eval = try object(
      try BriefRunner.run([
        "eval", Self.news, "--words", "30", "--scorer", "lead", "--format", "json", "--per-doc",
      ]).stdout)
    let cut = try BriefRunner.run([
      "summarize", Self.news, "--words", "30", "--cut", "--scorer", "lead", "--format", "jsonl",
    ])
    #expect(cut.status == 0)
    let lines = cut.lines.filter { !$0.isEmpty }
    for line in lines {
      let object = try object(line)
      let summary = try #require(object["summary"] as? [String])
      let words = summary.joined(separator: " ").split(whereSeparator: \.isWhitespace)
      #expect(words.count == 30)
    }
    let rows = try #require(eval["per_document"] as? [[String: Any]])
    #expect(rows.count == lines.count)
  }

  @Test func weightsAreTheSummarizersWeights() throws {
    // A record whose reference is its last sentence: the lead prior alone picks the first,
    // centrality alone (no position, no headline) the last, which repeats the others' words.
    let record = """
      {"id": "w", "text": "Rain fell on Monday. Farmers met at the hall. The river rose and farmers at the hall watched the river rise as rain fell.", "highlights": ["The river rose and farmers at the hall watched the river rise as rain fell."]}

      """
    let folder = try BriefRunner.folder(["w.jsonl": Array(record.utf8)])
    let path = folder.appendingPathComponent("w.jsonl").path
    func rouge1(_ weights: String) throws -> Double {
      let result = try BriefRunner.run([
        "eval", path, "-n", "1", "--format", "json", "--weights", weights,
      ])
      #expect(result.status == 0)
      let measure = try #require(try object(result.stdout)["rouge1"] as? [String: Double])
      return try #require(measure["f"])
    }
    let central = try BriefRunner.run([
      "summarize", path, "-n", "1", "--format", "jsonl", "--weights", "position=0,long=100",
    ])
    #expect(central.stdout.contains("The river rose"))
    #expect(try rouge1("position=0,long=100") == 100)
    #expect(try rouge1("position=100,centrality=0") < 50)
  }

  @Test func aRecordWithReferencesIsScoredAgainstTheBest() throws {
    let record = """
      {"id": "m", "text": "The bridge will reopen in March. It was hit by a barge.", "references": [["Repairs were costly."], ["The bridge will reopen in March."]]}

      """
    let folder = try BriefRunner.folder(["m.jsonl": Array(record.utf8)])
    let result = try BriefRunner.run([
      "eval", folder.appendingPathComponent("m.jsonl").path, "-n", "1", "--scorer", "lead",
      "--format", "json",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)  // references count as key points: nothing skipped
    let rouge1 = try #require(try object(result.stdout)["rouge1"] as? [String: Double])
    #expect(rouge1["f"] == 100)
  }

  @Test func badOptionsAreRejected() throws {
    #expect(try BriefRunner.run(["eval", Self.news, "--scorer", "luhn"]).status != 0)
    #expect(try BriefRunner.run(["eval", Self.news, "-n", "0"]).status != 0)
  }

  @Test func questionsAreAskedAgainstTheirOwnDocument() throws {
    let docs = """
      {"id": "river", "text": "The Nile is the longest river. It flows north.\\n\\nCairo lies on the Nile delta."}
      {"id": "cup", "text": "Millbrook won the cup in 2024. Okoro scored twice."}

      """
    let questions = """
      {"id": "1", "doc_id": "river", "question": "Which river is the longest?", "answers": ["Nile"], "paragraph": 0}
      {"id": "2", "doc_id": "cup", "question": "Who scored twice?", "answers": ["Okoro"], "paragraph": 0}
      {"id": "3", "doc_id": "cup", "question": "When did Millbrook win?", "answers": ["2024"], "paragraph": 0}

      """
    let folder = try BriefRunner.folder([
      "d.jsonl": Array(docs.utf8), "q.jsonl": Array(questions.utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BriefRunner.run([
      "eval", "--questions", folder.appendingPathComponent("q.jsonl").path,
      folder.appendingPathComponent("d.jsonl").path, "--format", "json",
    ])
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["questions"] as? Int == 3)
    #expect(object["top1"] as? Double == 100, "\(result.stdout) \(result.stderr)")
    let paragraph = try BriefRunner.run([
      "eval", "--questions", folder.appendingPathComponent("q.jsonl").path,
      folder.appendingPathComponent("d.jsonl").path, "--scope", "paragraph",
    ])
    #expect(paragraph.status == 0)
    #expect(paragraph.stdout.contains("scope paragraph"))
  }
}
