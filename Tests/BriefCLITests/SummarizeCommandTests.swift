import Foundation
import Testing

@Suite struct SummarizeCommandTests {
  static let seed = BriefRunner.corpus("news/000_6afff10da7a3cbd5.txt")

  /// The body of an article file, whitespace collapsed, for "is this from the body" checks.
  private func body(of path: String) throws -> String {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("- ") }
    return lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func textOutputIsTheHeadlineThenThreeBulletsFromTheBody() throws {
    let result = try BriefRunner.run(["summarize", Self.seed])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.lines.filter { !$0.isEmpty }
    #expect(lines.count == 4)
    #expect(
      lines.first
        == "Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels")
    let body = try body(of: Self.seed)
    for line in lines.dropFirst() {
      #expect(line.hasPrefix("- "))
      #expect(body.contains(line.dropFirst(2)))
    }
  }

  @Test func explainAddsAFeatureLineUnderEachBulletAndAFeaturesObjectInJSON() throws {
    let text = try BriefRunner.run(["summarize", Self.seed, "--explain"])
    #expect(text.status == 0)
    let lines = text.lines.filter { !$0.isEmpty }
    #expect(lines.count == 7)  // headline, then three bullets each with an explanation
    let bullets = Array(lines.dropFirst())
    for index in stride(from: 0, to: bullets.count - 1, by: 2) {
      #expect(bullets[index].hasPrefix("- "))
      #expect(bullets[index + 1].hasPrefix("  centrality "))
    }
    let json = try BriefRunner.run(["summarize", Self.seed, "--explain", "--format", "jsonl"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sentences = try #require(object["sentences"] as? [[String: Any]])
    #expect(sentences.count == 3)
    for sentence in sentences {
      let features = try #require(sentence["features"] as? [String: Double])
      let shares = ["centrality", "position", "headline", "names"].compactMap { features[$0] }
      #expect(shares.count == 4)
      #expect(abs(shares.reduce(0, +) - 1) < 1e-3)
      #expect(features["length"] != nil && features["quote"] != nil && features["number"] != nil)
    }
    let plain = try BriefRunner.run(["summarize", Self.seed, "--format", "jsonl"])
    #expect(!plain.stdout.contains("\"features\""))
  }

  @Test func stdinIsReadWhenNoPathIsGiven() throws {
    let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
    let fromStdin = try BriefRunner.run(["summarize"], stdin: text)
    let fromDash = try BriefRunner.run(["summarize", "-"], stdin: text)
    let fromFile = try BriefRunner.run(["summarize", Self.seed])
    #expect(fromStdin.status == 0)
    #expect(fromStdin.stdout == fromFile.stdout)
    #expect(fromDash.stdout == fromFile.stdout)
  }

  @Test func jsonlOverTheCorpusHasOneObjectPerArticleInOrder() throws {
    let result = try BriefRunner.run([
      "summarize", BriefRunner.corpus("news"), "--format", "jsonl", "-n", "4",
    ])
    #expect(result.status == 0)
    let objects = try result.lines.filter { !$0.isEmpty }.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: BriefRunner.corpus("news"))
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(result.stderr.isEmpty)  // no progress bar when stderr is not a terminal
    #expect(objects.count == files.count)
    #expect(objects.count >= 9)
    for (object, file) in zip(objects, files) {
      #expect((object["id"] as? String)?.hasSuffix(file) == true)
      #expect(object["title"] is String)
      #expect((object["summary"] as? [String])?.count == 4)
    }
  }

  @Test func jsonAndMarkdownFormats() throws {
    let json = try BriefRunner.run([
      "summarize", Self.seed, BriefRunner.corpus("news/001_kestrel-harbour-bridge-reopening.txt"),
      "--format", "json",
    ])
    #expect(json.status == 0)
    let array = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
    #expect((array[0]["summary"] as? [String])?.count == 3)

    let markdown = try BriefRunner.run(["summarize", Self.seed, "--format", "markdown"])
    #expect(
      markdown.lines.first
        == "## Claudia Sheinbaum rejects Trump's military assistance proposal to combat drug cartels"
    )
    #expect(markdown.lines.filter { $0.hasPrefix("- ") }.count == 3)
  }

  @Test func aCorpusWithOneBadFileReportsItAndSummarizesTheRest() throws {
    let good = Array(
      "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m. Ferries stop.".utf8)
    let folder = try BriefRunner.folder([
      "a.txt": good, "b.txt": [0x66, 0x00, 0x67], "c.txt": good,
      "d.txt": Array("Caf\u{E9}".utf8.dropLast()) + [0xE9],
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BriefRunner.run(["summarize", folder.path, "--format", "jsonl"])
    #expect(result.status == 1)
    #expect(result.lines.filter { !$0.isEmpty }.count == 2)
    let errors = result.stderr.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors[0].contains("b.txt") && errors[0].contains("binary"))
    #expect(errors[1].contains("d.txt") && errors[1].contains("invalid UTF-8"))
  }

  @Test func malformedJSONLNamesTheLine() throws {
    let folder = try BriefRunner.folder([
      "c.jsonl": Array(
        "{\"id\":\"a\",\"text\":\"One story here. It goes on.\"}\n{oops\n{\"id\":\"c\",\"text\":\"Another story. It ends.\"}\n"
          .utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BriefRunner.run([
      "summarize", folder.appendingPathComponent("c.jsonl").path, "--format", "jsonl",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("c.jsonl:2"))
    #expect(result.lines.filter { !$0.isEmpty }.count == 2)
  }

  @Test func missingPathAndBadOptionsFailWithOneLine() throws {
    let missing = try BriefRunner.run(["summarize", "/nonexistent/file.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "brief: /nonexistent/file.txt: no such file or folder\n")

    let zero = try BriefRunner.run(["summarize", Self.seed, "-n", "0"])
    #expect(zero.status != 0)
    #expect(zero.stderr.contains("at least 1"))
    #expect(zero.stdout.isEmpty)

    let ratio = try BriefRunner.run(["summarize", Self.seed, "--ratio", "2"])
    #expect(ratio.status != 0)
    #expect(ratio.stderr.contains("--ratio"))
  }

  @Test func outWritesOneFilePerDocumentAndNeverOverAnInput() throws {
    let story = Array(
      "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m. Ferries stop.".utf8)
    let folder = try BriefRunner.folder(["in/a.txt": story, "in/b.txt": story])
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in").path
    let out = folder.appendingPathComponent("out").path
    let result = try BriefRunner.run(["summarize", input, "--out", out, "--format", "markdown"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(written == ["a.md", "b.md"])

    // Summaries written into an input folder would mix with its files: refused outright.
    let inside = try BriefRunner.run(["summarize", input, "--out", input, "--format", "markdown"])
    #expect(inside.status == 64)
    #expect(inside.stderr.contains("--out is inside the input folder"))
    // Input files named one by one: writing .txt summaries beside them would replace them.
    let files = [input + "/a.txt", input + "/b.txt"]
    let clash = try BriefRunner.run(["summarize"] + files + ["--out", input, "--format", "text"])
    #expect(clash.status == 1)
    #expect(clash.stderr.contains("refusing to overwrite an input file"))
    let after = try Data(contentsOf: folder.appendingPathComponent("in/a.txt"))
    #expect(Array(after) == story)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: input).sorted()
        == files.map {
          ($0 as NSString).lastPathComponent
        })
  }

  @Test func leadScorerAndLengthOptions() throws {
    let lead = try BriefRunner.run(["summarize", Self.seed, "--scorer", "lead", "-n", "1"])
    #expect(
      lead.lines.dropFirst().first?.hasPrefix("- In recent statements made by Claudia Sheinbaum")
        == true)
    let words = try BriefRunner.run(["summarize", Self.seed, "--words", "60", "--format", "jsonl"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(words.stdout.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String])
    #expect(!summary.isEmpty)
  }

  @Test func wordsIsAMaximumAndCutMakesItExact() throws {
    func summaries(_ arguments: [String]) throws -> [[String]] {
      let result = try BriefRunner.run(
        ["summarize", BriefRunner.corpus("news"), "--format", "jsonl"] + arguments)
      #expect(result.status == 0)
      return try result.lines.filter { !$0.isEmpty }.map { line in
        let object = try #require(
          JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try #require(object["summary"] as? [String])
      }
    }
    func words(_ summary: [String]) -> Int {
      summary.joined(separator: " ").split(whereSeparator: \.isWhitespace).count
    }
    let within = try summaries(["--words", "45"])
    #expect(within.count == 10)
    #expect(within.allSatisfy { words($0) <= 45 })
    // Cut: the same choice, cut to exactly 45 words where it is longer (never here).
    #expect(try summaries(["--words", "45", "--cut"]) == within)
    // Lead cut to the budget: the body's first 45 words.
    let lead = try summaries(["--words", "45", "--cut", "--scorer", "lead"])
    #expect(lead.allSatisfy { words($0) == 45 })
    let body = try self.body(of: Self.seed)
    let first = body.split(separator: " ").prefix(45).joined(separator: " ")
    #expect(lead[0].joined(separator: " ") == first)
    let refused = try BriefRunner.run(["summarize", Self.seed, "--cut"])
    #expect(refused.status == 64)
    #expect(refused.stderr.hasPrefix("Error: --cut needs --words (it cuts to the word budget)\n"))
  }

  @Test func aBudgetNoSentenceFitsCutsTheBestAndMarksIt() throws {
    // 400 words without sentence punctuation: its units are runs of at most 80 words.
    let words = (0..<400).map { ["river", "town", "council", "bridge", "water"][$0 * 7 % 5] }
    let folder = try BriefRunner.folder([
      "run-on.txt": Array((words.joined(separator: " ") + "\n").utf8)
    ])
    let path = folder.appendingPathComponent("run-on.txt").path
    let text = try BriefRunner.run(["summarize", path, "--words", "20"])
    #expect(text.status == 0)
    let bullets = text.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets.count == 1)
    #expect(bullets.first?.hasSuffix(" …") == true)
    #expect(bullets.first.map { $0.split(separator: " ").count } == 22)  // "-", 20 words, "…"
    let json = try BriefRunner.run(["summarize", path, "--words", "20", "--format", "jsonl"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sentence = try #require((object["sentences"] as? [[String: Any]])?.first)
    #expect(sentence["cut"] as? Bool == true)
    #expect((sentence["text"] as? String)?.split(separator: " ").count == 20)
  }

  @Test func spanishArticlesWithLanguageSpanish() throws {
    let result = try BriefRunner.run([
      "summarize", BriefRunner.corpus("es"), "--language", "spanish",
    ])
    #expect(result.status == 0)
    let bullets = result.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets.count == 3)
  }

  @Test func markdownInputUsesItsHeadingAsTitle() throws {
    let folder = try BriefRunner.folder([
      "n.md": Array(
        "# Comet found\n\nAstronomers found a **comet**. It returns every 7.3 years. The team at Calloway Ridge saw it first. Jupiter bends its orbit.\n"
          .utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BriefRunner.run([
      "summarize", folder.appendingPathComponent("n.md").path, "-n", "2",
    ])
    #expect(result.status == 0)
    #expect(result.lines.first == "Comet found")
    #expect(result.lines.filter { $0.hasPrefix("- ") }.count == 2)
    #expect(!result.stdout.contains("**"))
  }

  @Test func fifosAreReadDevicesRefusedAndSymlinksFollowed() throws {
    let story = Array(
      "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m.".utf8)
    let folder = try BriefRunner.folder(["a.txt": story])
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = folder.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder.appendingPathComponent("a.txt").path)
    // A writer for the FIFO, as `mkfifo p; producer > p & brief summarize p` has.
    let writer = Thread {
      guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
      handle.write(Data(story))
      try? handle.close()
    }
    writer.start()
    let result = try BriefRunner.run(["summarize", fifo, "/dev/zero", link, "--format", "jsonl"])
    #expect(result.status == 1)
    #expect(result.stderr == "brief: /dev/zero: cannot be read (a character device, not a file)\n")
    let ids = result.lines.filter { !$0.isEmpty }.map { line in
      line.split(separator: ",").first.map(String.init) ?? ""
    }
    #expect(ids == ["{\"id\":\"\(fifo)\"", "{\"id\":\"\(link)\""])
  }

  @Test func pipesNamedAsPathsAreRead() throws {
    let story = "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m.\n"
    let folder = try BriefRunner.folder(["a.txt": Array(story.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    // `cat f | brief summarize /dev/stdin`
    let piped = try BriefRunner.run(["summarize", "/dev/stdin", "-n", "1"], stdin: story)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.lines.prefix(2) == ["Harbour news", "- The harbour bridge reopens in March."])
    // `brief summarize <(cat f)`, through the shell that makes the pipe
    let file = folder.appendingPathComponent("a.txt").path
    let (status, stdout) = try BriefRunner.bash(
      "\"$0\" summarize <(cat \"$1\") -n 1", [BriefRunner.binary.path, file])
    #expect(status == 0)
    let lines = stdout.split(separator: "\n")
    #expect(lines.prefix(2) == ["Harbour news", "- The harbour bridge reopens in March."])
  }
}
