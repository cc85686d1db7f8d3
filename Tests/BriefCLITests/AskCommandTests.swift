import Foundation
import Testing

@Suite struct AskCommandTests {
  static let questions = """
    # questions about the example corpus
    what did Sheinbaum reject?

    when will the swing bridge reopen?
    how much did the repairs cost?
    who discovered the comet?
    ?!

    """

  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/ask-corpus.txt")

  /// By words alone (`--no-model`): the transcript then holds no float the sentence model
  /// and the machine's OpenBLAS kernels could move in its last digit.
  @Test func pipedQuestionsMatchTheGoldenTranscript() throws {
    let result = try BriefRunner.run(
      ["ask", "Corpora/news", "-k", "2", "--no-model"], stdin: Self.questions,
      in: BriefRunner.packageRoot)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    #expect(result.stdout == expected)
  }

  @Test func modelAndNoModelConflict() throws {
    let result = try BriefRunner.run(
      ["ask", "Corpora/news", "--model", "m", "--no-model", "--question", "q"],
      in: BriefRunner.packageRoot)
    #expect(result.status != 0)
    #expect(result.stderr.contains("give --model or --no-model, not both"))
  }

  @Test func aModelFolderThatIsNotThereIsAnErrorNamingTheFile() throws {
    let result = try BriefRunner.run(
      ["ask", "Corpora/news", "--model", "/nonexistent-brief-model", "--question", "q"],
      in: BriefRunner.packageRoot)
    #expect(result.status == 1)
    #expect(result.stderr == "brief: /nonexistent-brief-model/vocab.txt: no such file or folder\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func withoutAnInstalledModelAnswersComeByWordsWithANote() throws {
    let empty = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    let arguments = ["ask", "Corpora/news", "--question", "what did Sheinbaum reject?"]
    let result = try BriefRunner.run(
      arguments, in: BriefRunner.packageRoot,
      environment: ["BRIEF_MODEL": "", "XDG_DATA_HOME": empty.path])
    #expect(result.status == 0)
    let note = "brief: no sentence model in \(empty.path)/brief/models/all-MiniLM-L6-v2: "
    #expect(result.stderr.hasPrefix(note))
    #expect(result.stderr.split(separator: "\n").count == 1)
    let byWords = try BriefRunner.run(arguments + ["--no-model"], in: BriefRunner.packageRoot)
    #expect(byWords.stderr.isEmpty)
    #expect(result.stdout == byWords.stdout)
    #expect(result.stdout.contains("rejection of an offer"))
  }

  @Test func jsonIsOneObjectPerQuestionBestFirst() throws {
    let result = try BriefRunner.run(
      ["ask", "Corpora/news", "--json", "-k", "3"], stdin: Self.questions,
      in: BriefRunner.packageRoot)
    #expect(result.status == 0)
    let lines = result.lines.filter { !$0.isEmpty }
    try #require(lines.count == 5)
    let objects = try lines.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(
      objects.map { $0["question"] as? String } == [
        "what did Sheinbaum reject?", "when will the swing bridge reopen?",
        "how much did the repairs cost?", "who discovered the comet?", "?!",
      ])
    let answers = try #require(objects[0]["answers"] as? [[String: Any]])
    try #require(answers.count == 3)
    let scores = answers.compactMap { $0["score"] as? Double }
    #expect(scores.count == 3)
    #expect(scores == scores.sorted(by: >))
    let first = answers[0]
    #expect(first["document"] as? String == "Corpora/news/000_6afff10da7a3cbd5.txt")
    #expect((first["title"] as? String)?.hasPrefix("Claudia Sheinbaum") == true)
    #expect(first["field"] as? String == "body")
    #expect(first["index"] as? Int == 0)
    // The sentence's own words that matched, as it writes them, and their stems.
    #expect(first["terms"] as? [String] == ["Sheinbaum", "rejection"])
    #expect(first["stems"] as? [String] == ["sheinbaum", "reject"])
    // No letter or digit: nothing to answer, with the model or without.
    #expect((objects[4]["answers"] as? [Any])?.isEmpty == true)
  }

  @Test func sheinbaumsRejectionOfUSTroopsRanksFirstOnTheCorpora() throws {
    let result = try BriefRunner.run(
      ["ask", BriefRunner.corpus(""), "--question", "what did Sheinbaum reject?", "--json"])
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let answers = try #require(object["answers"] as? [[String: Any]])
    let sentence = try #require(answers.first?["sentence"] as? String)
    #expect(sentence.contains("rejection of an offer"))
    #expect(sentence.contains("troops"))
  }

  /// People read positions from 1 (`sentence 1` is the first sentence); the JSON keeps the
  /// 0-based `index` of the same answer.
  @Test func textCountsSentencesAndKeyPointsFromOneAndJSONFromZero() throws {
    let arguments = [
      "ask", "Corpora/news", "-k", "1", "--no-model", "--question", "what did Sheinbaum reject?",
      "--question", "how much did the repairs cost?",
    ]
    let text = try BriefRunner.run(arguments, in: BriefRunner.packageRoot)
    #expect(text.status == 0)
    #expect(text.stdout.contains("(Corpora/news/000_6afff10da7a3cbd5.txt, sentence 1)\n"))
    #expect(
      text.stdout.contains("(Corpora/news/001_kestrel-harbour-bridge-reopening.txt, key point 1)\n")
    )
    #expect(!text.stdout.contains("sentence 0"))
    #expect(!text.stdout.contains("key point 0"))
    let json = try BriefRunner.run(arguments + ["--json"], in: BriefRunner.packageRoot)
    let objects = try json.lines.filter { !$0.isEmpty }.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    try #require(objects.count == 2)
    let answers = objects.compactMap { ($0["answers"] as? [[String: Any]])?.first }
    #expect(answers.map { $0["field"] as? String } == ["body", "key_point"])
    #expect(answers.map { $0["index"] as? Int } == [0, 0])
  }

  @Test func repeatedQuestionOptionsAreAnsweredInOrder() throws {
    let result = try BriefRunner.run([
      "ask", BriefRunner.corpus("news"), "-k", "1", "--question", "comet", "--question",
      "zzzz qqqq", "--no-model",
    ])
    #expect(result.status == 0)
    let blocks = result.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    #expect(blocks.count == 2)
    #expect(blocks[0].hasPrefix("? comet\n1. ["))
    // By words alone a question that shares no word has no match (the model would still
    // answer it by meaning: Retriever+MeaningTests).
    #expect(blocks[1] == "? zzzz qqqq\n   no match")
  }

  @Test func badDocumentsAreReportedAndSkipped() throws {
    let folder = try BriefRunner.folder([
      "good.txt": Array("Bridge news\nThe bridge reopened on Monday.\n".utf8),
      "bad.txt": [0x00, 0x01, 0x02],
    ])
    let result = try BriefRunner.run(["ask", folder.path, "--question", "bridge"])
    #expect(result.status == 1)  // answered from the good one, the bad one named
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stdout.contains("The bridge reopened on Monday."))

    let onlyBad = try BriefRunner.folder(["bad.txt": [0x00, 0x01]])
    let failed = try BriefRunner.run(["ask", onlyBad.path, "--question", "bridge"])
    #expect(failed.status != 0)
    #expect(failed.stdout.isEmpty)
  }

  @Test func questionsOnStdinNeedDocumentsFromPaths() throws {
    let result = try BriefRunner.run(["ask"], stdin: "bridge\n")
    #expect(result.status != 0)
    #expect(result.stderr.contains("--question"))
  }
}
