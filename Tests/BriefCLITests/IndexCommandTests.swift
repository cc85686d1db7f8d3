import Foundation
import Testing

@Suite final class IndexCommandTests {
  /// This test's scratch folder, removed when the test ends.
  private let scratch: URL

  init() throws {
    scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-index-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: scratch) }

  /// A fresh folder inside the scratch folder.
  private func folder() throws -> URL {
    let url = scratch.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func askOnASavedIndexAnswersLikeAskOnTheCorpus() throws {
    let out = try folder().appendingPathComponent("news.briefindex").path
    let built = try BriefRunner.run(
      ["index", "Corpora/news", "-o", out], in: BriefRunner.packageRoot)
    #expect(built.status == 0)
    #expect(built.stdout.isEmpty)
    #expect(built.stderr.hasPrefix("brief: \(out): 10 documents, "))
    let direct = try BriefRunner.run(
      ["ask", "Corpora/news", "-k", "2"], stdin: AskCommandTests.questions,
      in: BriefRunner.packageRoot)
    let saved = try BriefRunner.run(
      ["ask", "--index", out, "-k", "2"], stdin: AskCommandTests.questions,
      in: BriefRunner.packageRoot)
    #expect(saved.status == 0)
    #expect(saved.stderr.isEmpty)
    #expect(saved.stdout == direct.stdout)
    #expect(saved.stdout.contains("Sheinbaum"))
  }

  @Test func aBadDocumentIsLeftOutAndNamedAndTheRestIsIndexed() throws {
    let dir = try folder()
    try Data("Bridge news\nThe bridge reopens in March.\n".utf8)
      .write(to: dir.appendingPathComponent("good.txt"))
    try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("bad.txt"))
    let out = dir.appendingPathComponent("x.briefindex").path
    let result = try BriefRunner.run(["index", dir.path, "-o", out])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.txt: binary file"))
    let asked = try BriefRunner.run([
      "ask", "--index", out, "--question", "when does the bridge reopen?",
    ])
    #expect(asked.status == 0)
    #expect(asked.stdout.contains("The bridge reopens in March."))
  }

  @Test func outputsThatWouldLoseDataAreRefused() throws {
    let dir = try folder()
    let input = dir.appendingPathComponent("a.txt")
    let text = Data("Title\nSome body text here.\n".utf8)
    try text.write(to: input)
    let notes = dir.appendingPathComponent("notes.txt")
    try Data("my notes".utf8).write(to: notes)
    for (target, message) in [
      (input.path, "refusing to overwrite an input file"),
      (notes.path, "exists and is not a Brief index; refusing to replace it"),
      (dir.path, "is a folder, not an index file"),
    ] {
      let result = try BriefRunner.run(["index", input.path, "-o", target])
      #expect(result.status == 1, "\(target)")
      #expect(result.stderr == "brief: \(target): \(message)\n")
    }
    #expect(try Data(contentsOf: input) == text)
    #expect(try Data(contentsOf: notes) == Data("my notes".utf8))
  }

  @Test func badIndexFilesGiveOneLineErrors() throws {
    let dir = try folder()
    let good = dir.appendingPathComponent("good.briefindex").path
    _ = try BriefRunner.run(["index", "Corpora/news", "-o", good], in: BriefRunner.packageRoot)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
    let truncated = dir.appendingPathComponent("truncated.briefindex")
    try bytes.prefix(bytes.count / 2).write(to: truncated)
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0xFF
    let corrupt = dir.appendingPathComponent("corrupt.briefindex")
    try flipped.write(to: corrupt)
    let cases: [(String, [String], String)] = [
      (truncated.path, [], "cannot open index: truncated"),
      (corrupt.path, [], "cannot open index: corrupt: checksum mismatch in section"),
      (BriefRunner.corpus("news/README.md"), [], "no such file or folder"),
      (BriefRunner.corpus("README.md"), [], "cannot open index: not a Brief index"),
      (good, ["--language", "spanish"], "index built with other analysis settings"),
    ]
    for (path, extra, message) in cases {
      let result = try BriefRunner.run(["ask", "--index", path, "--question", "bridge"] + extra)
      #expect(result.status == 1, "\(path)")
      #expect(result.stderr.hasPrefix("brief: \(path): \(message)"), "\(result.stderr)")
      #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
    let both = try BriefRunner.run(
      ["ask", "--index", good, "Corpora/news", "--question", "x"], in: BriefRunner.packageRoot)
    #expect(both.status != 0)
    #expect(both.stderr.contains("give documents or --index, not both"))
  }
}
