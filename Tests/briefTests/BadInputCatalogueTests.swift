import Foundation
import Testing

/// One bad input and what Brief must do with it: the exit status, a line on stderr naming
/// the problem, and what (if anything) still reaches stdout.
struct BadInputCase: CustomTestStringConvertible, Sendable {
  let name: String
  /// Files to create in a fresh folder (name → bytes).
  let files: [String: [UInt8]]
  /// Arguments; `@` stands for the folder.
  let arguments: [String]
  var stdin: String? = nil
  let status: Int32
  /// Substrings the standard error must hold (in order of appearance not required).
  var stderr: [String] = []
  /// Lines (non-empty) expected on standard output, when checked.
  var stdoutLines: Int? = nil

  var testDescription: String { name }
}

private let story = Array(
  "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m. Ferries stop then.\n"
    .utf8)

@Suite struct BadInputCatalogueTests {
  static let cases: [BadInputCase] = [
    BadInputCase(
      name: "empty file", files: ["e.txt": []], arguments: ["summarize", "@/e.txt"], status: 1,
      stderr: ["e.txt: empty body"]),
    BadInputCase(
      name: "only whitespace", files: ["w.txt": Array(" \n\t \n".utf8)],
      arguments: ["summarize", "@/w.txt"], status: 1, stderr: ["w.txt: empty body"]),
    BadInputCase(
      name: "only key points", files: ["k.txt": Array("Headline\n- One.\n- Two.\n".utf8)],
      arguments: ["summarize", "@/k.txt"], status: 1, stderr: ["k.txt: empty body"]),
    BadInputCase(
      name: "binary file", files: ["b.txt": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]],
      arguments: ["summarize", "@/b.txt"], status: 1, stderr: ["b.txt: binary file"]),
    BadInputCase(
      name: "invalid UTF-8 in the middle",
      files: ["u.txt": Array("Good start. ".utf8) + [0xC3, 0x28] + Array(" More text.".utf8)],
      arguments: ["summarize", "@/u.txt"], status: 1, stderr: ["u.txt: invalid UTF-8 at byte 12"]),
    BadInputCase(
      name: "UTF-8 byte-order mark", files: ["bom.txt": [0xEF, 0xBB, 0xBF] + story],
      arguments: ["summarize", "@/bom.txt", "--format", "jsonl"], status: 0, stdoutLines: 1),
    BadInputCase(
      name: "CRLF and lone CR line ends",
      files: ["crlf.txt": Array("Title\r\nFirst line here.\rSecond line here.\r\n".utf8)],
      arguments: ["split", "@/crlf.txt"], status: 0, stdoutLines: 3),
    BadInputCase(
      name: "no punctuation at all",
      files: ["n.txt": Array(String(repeating: "words without any stop ", count: 200).utf8)],
      arguments: ["summarize", "@/n.txt", "--format", "jsonl"], status: 0, stdoutLines: 1),
    BadInputCase(
      name: "a 50,000-character sentence",
      files: ["long.txt": Array((String(repeating: "very ", count: 10_000) + "long.").utf8)],
      arguments: ["summarize", "@/long.txt", "--format", "jsonl"], status: 0, stdoutLines: 1),
    BadInputCase(
      name: "JSONL: broken line among good ones",
      files: [
        "c.jsonl": Array(
          "{\"id\":\"a\",\"text\":\"One. Two.\"}\n{\"id\":\n{\"id\":\"c\",\"text\":\"Three.\"}\n"
            .utf8)
      ],
      arguments: ["summarize", "@/c.jsonl", "--format", "jsonl"], status: 1,
      stderr: ["c.jsonl:2: malformed JSONL line"], stdoutLines: 2),
    BadInputCase(
      name: "JSONL: missing text",
      files: ["m.jsonl": Array("{\"id\":\"a\",\"title\":\"T\"}\n".utf8)],
      arguments: ["summarize", "@/m.jsonl"], status: 1,
      stderr: ["m.jsonl:1: malformed JSONL line (no \"text\" field)"]),
    BadInputCase(
      name: "JSONL: a number where a string belongs",
      files: ["n.jsonl": Array("{\"id\":\"a\",\"text\":42}\n".utf8)],
      arguments: ["summarize", "@/n.jsonl"], status: 1,
      stderr: ["n.jsonl:1: malformed JSONL line (\"text\" is not a string)"]),
    BadInputCase(
      name: "JSONL: duplicate ids are all summarized",
      files: [
        "d.jsonl": Array(
          "{\"id\":\"x\",\"text\":\"One. Two.\"}\n{\"id\":\"x\",\"text\":\"Three. Four.\"}\n".utf8)
      ],
      arguments: ["summarize", "@/d.jsonl", "--format", "jsonl"], status: 0, stdoutLines: 2),
    BadInputCase(
      name: "missing path", files: [:], arguments: ["summarize", "@/nope.txt"], status: 1,
      stderr: ["nope.txt: no such file or folder"]),
    BadInputCase(
      name: "folder with no text files", files: ["x.bin": [1, 2, 3]],
      arguments: ["summarize", "@"],
      status: 1, stderr: ["folder holds no .txt, .md or .jsonl files"]),
    BadInputCase(
      name: "device path", files: [:], arguments: ["summarize", "/dev/zero"], status: 1,
      stderr: ["/dev/zero: cannot be read (not a regular file)"]),
    BadInputCase(
      name: "-n 0", files: ["s.txt": story], arguments: ["summarize", "@/s.txt", "-n", "0"],
      status: 64,
      stderr: ["at least 1"]),
    BadInputCase(
      name: "-n -1", files: ["s.txt": story], arguments: ["summarize", "@/s.txt", "-n", "-1"],
      status: 64),
    BadInputCase(
      name: "-n 1000000 gives every sentence", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "-n", "1000000"], status: 0, stdoutLines: 4),
    BadInputCase(
      name: "--ratio 2", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--ratio", "2"],
      status: 64, stderr: ["--ratio"]),
    BadInputCase(
      name: "split: binary among good files", files: ["a.txt": story, "b.txt": [0, 0, 0]],
      arguments: ["split", "@"], status: 1, stderr: ["b.txt: binary file"]),
    BadInputCase(
      name: "ask: a question of only stop words", files: ["s.txt": story],
      arguments: ["ask", "@/s.txt"], stdin: "the of and what\n", status: 0, stdoutLines: 2),
    BadInputCase(
      name: "ask: questions in other scripts", files: ["s.txt": story],
      arguments: ["ask", "@/s.txt", "--json"], stdin: "Москва?\n東京\n🎉🎉\n", status: 0, stdoutLines: 3
    ),
    BadInputCase(
      name: "ask: a 1 MB question", files: ["s.txt": story],
      arguments: ["ask", "@/s.txt", "--json"],
      stdin: String(repeating: "harbour ", count: 131_072) + "\n", status: 0, stdoutLines: 1),
    BadInputCase(
      name: "ask: nothing loadable", files: ["b.txt": [0, 1]], arguments: ["ask", "@/b.txt"],
      stdin: "anything?\n", status: 1, stderr: ["b.txt: binary file"]),
    BadInputCase(
      name: "ask: -k 0", files: ["s.txt": story], arguments: ["ask", "@/s.txt", "-k", "0"],
      stdin: "bridge?\n", status: 64),
    BadInputCase(
      name: "eval: no references", files: ["s.txt": story], arguments: ["eval", "@/s.txt"],
      status: 1,
      stderr: ["no document has reference key points"]),
    BadInputCase(
      name: "eval: missing questions file", files: ["s.txt": story],
      arguments: ["eval", "--questions", "@/q.jsonl", "@/s.txt"], status: 64,
      stderr: ["q.jsonl: no such file or folder"]),
  ]

  @Test(arguments: cases)
  func catalogue(_ bad: BadInputCase) throws {
    let folder = try BriefRunner.folder(bad.files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try snapshot(folder)
    let arguments = bad.arguments.map { $0.replacingOccurrences(of: "@", with: folder.path) }
    let result = try BriefRunner.run(arguments, stdin: bad.stdin ?? "")
    #expect(result.status == bad.status, "\(result.stderr)")
    for text in bad.stderr {
      #expect(result.stderr.contains(text), "stderr: \(result.stderr)")
    }
    if bad.status == 1 {
      // Each problem is one line, prefixed with the program's name.
      for line in result.stderr.split(separator: "\n") { #expect(line.hasPrefix("brief: ")) }
    }
    if let lines = bad.stdoutLines {
      let questions = bad.arguments.first == "ask" && !bad.arguments.contains("--json")
      let got = result.lines.filter { !$0.isEmpty }.count
      #expect(questions ? got >= lines : got == lines, "stdout: \(result.stdout.prefix(300))")
    }
    #expect(try snapshot(folder) == before)  // inputs never modified
  }

  /// Every file of a folder with its bytes.
  private func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }
}
