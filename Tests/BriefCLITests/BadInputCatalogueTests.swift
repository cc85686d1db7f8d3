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
  /// Substrings standard output must hold.
  var stdout: [String] = []
  /// What the folder needs beyond plain files (symbolic links, FIFOs), made after them.
  var setup: (@Sendable (URL) throws -> Void)? = nil
  /// Entries (relative paths) made unreadable (mode 000) for the run, which then runs as
  /// an ordinary user: root reads whatever it likes.
  var unreadable: [String] = []
  /// Entries (relative paths) the run is expected to add to the folder; nothing else may
  /// change.
  var creates: [String] = []

  var testDescription: String { name }
}

private let story = Array(
  "Harbour news\nThe harbour bridge reopens in March. Repairs cost $48.6m. Ferries stop then.\n"
    .utf8)

/// The start of a gzip stream (`gzip` of a short text): magic, method, flags, time, OS.
private let gzipped: [UInt8] = [
  0x1F, 0x8B, 0x08, 0x08, 0x6C, 0x2E, 0x67, 0x67, 0x00, 0x03, 0x6E, 0x6F, 0x74, 0x65, 0x73, 0x00,
  0x0B, 0xC9, 0x48, 0x55, 0x48, 0x2C, 0x2A, 0xCA, 0x4C, 0x51, 0x04, 0x00,
]

/// Text in UTF-16, little-endian, with or without its byte-order mark.
private func utf16LittleEndian(_ text: [UInt8], mark: Bool) -> [UInt8] {
  let units = Array(String(decoding: text, as: UTF8.self).utf16)
  return (mark ? [0xFF, 0xFE] : []) + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

/// One sentence of 78 bytes, repeated on a single line to `bytes` or just over.
private func oneLine(_ bytes: Int) -> [UInt8] {
  let sentence = "The harbour bridge reopens in March after repairs costing 48 million dollars. "
  return Array(String(repeating: sentence, count: bytes / sentence.utf8.count + 1).utf8)
}

/// Bytes of a single-line file in the catalogue: 4 MB (51,283 sentences).
///
/// The real 100 MB case runs against a release build in Scripts/bad-input-big.sh, since a debug
/// build takes about 25 s a 100 MB only to read it.
private let singleLineBytes = 4_000_000

/// Thirty articles with reference key points, one in ten corrupt: d07 a program, d15 invalid
/// UTF-8, d23 empty.
private let corpus30: [String: [UInt8]] = {
  var files: [String: [UInt8]] = [:]
  for index in 0..<30 {
    let number = index < 10 ? "0\(index)" : "\(index)"
    files["d\(number).txt"] = Array(
      """
      Story \(number) headline
      - The harbour bridge \(number) reopens.

      The harbour bridge \(number) reopens in March. Repairs cost $48.6m. Ferries stop then.

      """.utf8)
  }
  files["d07.txt"] = [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]
  files["d15.txt"] = Array("Good start. ".utf8) + [0xC3, 0x28] + Array(" More.".utf8)
  files["d23.txt"] = []
  return files
}()

private let corpus30Problems = [
  "brief: @/d07.txt: executable (ELF): not text", "brief: @/d15.txt: invalid UTF-8 at byte 12",
  "brief: @/d23.txt: empty body",
]

private func link(_ name: String, to target: String) -> @Sendable (URL) throws -> Void {
  { folder in
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
  }
}

private func fifo(_ name: String) -> @Sendable (URL) throws -> Void {
  { folder in
    guard mkfifo(folder.appendingPathComponent(name).path, 0o644) == 0 else {
      throw CocoaError(.fileWriteUnknown)
    }
  }
}

/// Saves an index of `story` as `name` in the folder, then rewrites its bytes.
private func savedIndex(_ name: String, _ change: @escaping @Sendable ([UInt8]) -> [UInt8])
  -> @Sendable (URL) throws -> Void
{
  { folder in
    let source = folder.appendingPathComponent("source-\(name).txt")
    try Data(story).write(to: source)
    let path = folder.appendingPathComponent(name).path
    let built = try BriefRunner.run(["index", source.path, "-o", path])
    guard built.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    try FileManager.default.removeItem(at: source)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    try Data(change(bytes)).write(to: URL(fileURLWithPath: path))
  }
}

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
      name: "binary file", files: ["b.txt": [0x42, 0x49, 0x4E, 0x00, 0x01, 0xFF]],
      arguments: ["summarize", "@/b.txt"], status: 1, stderr: ["b.txt: binary file"]),
    BadInputCase(
      name: "an executable", files: ["e.txt": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]],
      arguments: ["summarize", "@/e.txt"], status: 1,
      stderr: [
        "brief: @/e.txt: executable (ELF): not text (Brief reads text, Markdown, HTML and JSON Lines)"
      ]),
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
      name: "400 words without punctuation are five units of 80",
      files: ["n.txt": Array(String(repeating: "words without any stop ", count: 100).utf8)],
      arguments: ["split", "@/n.txt"], status: 0, stdoutLines: 5),
    BadInputCase(
      name: "a 1 MB line without punctuation is cut into units of 80 words",
      files: ["n.txt": Array(String(repeating: "words without any stop ", count: 45_000).utf8)],
      arguments: ["split", "@/n.txt"], status: 0, stdoutLines: 45_000 * 4 / 80),
    BadInputCase(
      name: "a hard-wrapped first line is not a headline",
      files: [
        "w.txt": Array(
          """
          The FHS standard specifies /var/mail as the mail spool, but it also says
          /var/mail may be a symbolic link to another directory, and there is no
          requirement to physically move the mail spool to this location.

          Therefore, no package will move files around from one location to another
          on upgrades, and /var/mail will be the real directory only in newly
          installed systems.

          """.utf8)
      ],
      arguments: ["summarize", "@/w.txt", "-n", "1"], status: 0, stdoutLines: 1,
      stdout: ["- The FHS standard specifies /var/mail as the mail spool, but it also says /var"]),
    BadInputCase(
      name: "Spanish without --language is detected and split as Spanish",
      files: [
        "es.txt": Array(
          ("El alcalde, el Sr. Julián Ortega, dijo que los vecinos están contentos con el "
            + "tranvía. La Dra. Elena Ruiz cree que sí.\n").utf8)
      ],
      arguments: ["split", "@/es.txt"], status: 0, stdoutLines: 2,
      stdout: ["el Sr. Julián Ortega", "La Dra. Elena Ruiz"]),
    BadInputCase(
      name: "--language es (an ISO code)", files: ["s.txt": story],
      arguments: ["split", "@/s.txt", "--language", "es"], status: 0, stdoutLines: 4),
    BadInputCase(
      name: "--language fr", files: ["s.txt": story],
      arguments: ["split", "@/s.txt", "--language", "fr"], status: 64,
      stderr: ["'english', 'en', 'spanish' or 'es'"]),
    BadInputCase(
      name: "--explain says which language was detected", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--explain"], status: 0,
      stderr: ["language: english (detected)"]),
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
      status: 1, stderr: ["folder holds no .txt, .md, .html or .jsonl files"]),
    BadInputCase(
      name: "device path", files: [:], arguments: ["summarize", "/dev/zero"], status: 1,
      stderr: ["/dev/zero: cannot be read (a character device, not a file)"]),
    BadInputCase(
      name: "a socket as the path", files: [:], arguments: ["summarize", "@/s.sock"], status: 1,
      stderr: ["brief: @/s.sock: cannot be read (a socket, not a file)"],
      setup: { folder in
        guard mknod(folder.appendingPathComponent("s.sock").path, S_IFSOCK | 0o644, 0) == 0 else {
          throw CocoaError(.fileWriteUnknown)
        }
      }),
    BadInputCase(
      name: "/dev/stdin as the path (a pipe)", files: [:],
      arguments: ["summarize", "/dev/stdin", "--format", "jsonl"],
      stdin: String(decoding: story, as: UTF8.self), status: 0, stdoutLines: 1,
      stdout: ["\"id\":\"/dev/stdin\""]),
    BadInputCase(
      name: "ask: documents on /dev/stdin need --question", files: [:],
      arguments: ["ask", "/dev/stdin"], stdin: "bridge?\n", status: 64,
      stderr: ["documents on stdin need --question"]),
    BadInputCase(
      name: "a gzip-compressed file", files: ["notes.txt.gz": gzipped],
      arguments: ["summarize", "@/notes.txt.gz"], status: 1,
      stderr: [
        "brief: @/notes.txt.gz: gzip-compressed file: decompress it first (gunzip -k @/notes.txt.gz)"
      ]),
    BadInputCase(
      name: "a PDF named .txt",
      files: ["report.txt": Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]],
      arguments: ["summarize", "@/report.txt"], status: 1,
      stderr: ["brief: @/report.txt: PDF document: extract its text first (pdftotext @/report.txt)"]
    ),
    BadInputCase(
      name: "a zip archive", files: ["a.zip": [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]],
      arguments: ["summarize", "@/a.zip"], status: 1,
      stderr: ["brief: @/a.zip: zip archive: extract it first (unzip @/a.zip)"]),
    BadInputCase(
      name: "UTF-16 with a byte-order mark is read",
      files: ["u16.txt": utf16LittleEndian(story, mark: true)],
      arguments: ["summarize", "@/u16.txt", "--format", "jsonl"], status: 0, stdoutLines: 1,
      stdout: ["\"title\":\"Harbour news\""]),
    BadInputCase(
      name: "UTF-16 without a byte-order mark",
      files: ["w.txt": utf16LittleEndian(story, mark: false)],
      arguments: ["summarize", "@/w.txt"], status: 1,
      stderr: [
        "brief: @/w.txt: UTF-16 text (little-endian, no byte-order mark): convert it to UTF-8 "
          + "(iconv -f UTF-16LE -t UTF-8 @/w.txt)"
      ]),
    BadInputCase(
      name: "HTML: a page with no prose",
      files: [
        "p.html": Array(
          "<!DOCTYPE html><html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>"
            .utf8)
      ],
      arguments: ["summarize", "@/p.html"], status: 1, stderr: ["brief: @/p.html: empty body"]),
    BadInputCase(
      name: "HTML: broken markup is read for what it holds",
      files: [
        "b.html": Array(
          "<html><body><p>The ferry <b>returns <i>in May.<p>Fares stay &pound;2 &bogus; then</table>"
            .utf8)
      ],
      arguments: ["split", "@/b.html"], status: 0, stdoutLines: 2,
      stdout: ["The ferry returns in May.\nFares stay £2 &bogus; then\n"]),
    BadInputCase(
      name: "HTML: a page in Windows-1252 that declares no charset",
      files: [
        "w.html": Array(
          "<html><body><p>The caf".utf8) + [0xE9, 0x20, 0x96]
          + Array(" reopens in May.</p></body></html>".utf8)
      ],
      arguments: ["split", "@/w.html"], status: 0, stdoutLines: 1,
      stdout: ["The café – reopens in May.\n"]),
    BadInputCase(
      name: "Markdown: only badges, headings and a table",
      files: [
        "r.md": Array(
          ("[![Build](https://ci.example.org/b.svg)](https://ci.example.org)\n\nTitle\n=====\n\n"
            + "## Usage\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").utf8)
      ],
      arguments: ["summarize", "@/r.md"], status: 1, stderr: ["brief: @/r.md: empty body"]),
    BadInputCase(
      name: "Markdown: an unclosed code fence is code to the end",
      files: [
        "f.md": Array("# Notes\n\nThe tide turns at noon.\n\n```\nrm -rf /\n\nmore code\n".utf8)
      ],
      arguments: ["split", "@/f.md"], status: 0, stdoutLines: 2,
      stdout: ["The tide turns at noon.\n"]),
    BadInputCase(
      name: "-n 0", files: ["s.txt": story], arguments: ["summarize", "@/s.txt", "-n", "0"],
      status: 64,
      stderr: ["at least 1"]),
    BadInputCase(
      name: "-n -1", files: ["s.txt": story], arguments: ["summarize", "@/s.txt", "-n", "-1"],
      status: 64, stderr: ["Error: -n/--sentences must be at least 1, got -1\n"]),
    BadInputCase(
      name: "--ratio -0.5", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--ratio", "-0.5"], status: 64,
      stderr: ["Error: --ratio must be in (0, 1], got -0.5\n"]),
    BadInputCase(
      name: "--words -5", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--words", "-5"], status: 64,
      stderr: ["Error: --words must be at least 1, got -5\n"]),
    BadInputCase(
      name: "--jobs -1", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--jobs", "-1"], status: 64,
      stderr: ["Error: --jobs must be at least 1, got -1\n"]),
    BadInputCase(
      name: "-n with --ratio", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "-n", "2", "--ratio", "0.5"], status: 64,
      stderr: ["Error: -n/--sentences and --ratio cannot be combined\n"]),
    BadInputCase(
      name: "-n with --words", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--words", "10", "--sentences", "2"], status: 64,
      stderr: ["Error: -n/--sentences and --words cannot be combined\n"]),
    BadInputCase(
      name: "--ratio with --words", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--ratio", "0.5", "--words", "10"], status: 64,
      stderr: ["Error: --ratio and --words cannot be combined\n"]),
    BadInputCase(
      name: "--explain with --scorer lead", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "--explain", "--scorer", "lead"], status: 64,
      stderr: ["Error: --explain and --scorer lead cannot be combined"]),
    BadInputCase(
      name: "eval: --scope without --questions", files: ["s.txt": story],
      arguments: ["eval", "@/s.txt", "--scope", "paragraph"], status: 64,
      stderr: ["Error: --scope needs --questions"]),
    BadInputCase(
      name: "eval: --scorer with --questions", files: ["s.txt": story, "q.jsonl": []],
      arguments: ["eval", "@/s.txt", "--questions", "@/q.jsonl", "--scorer", "lead"],
      status: 64, stderr: ["Error: --scorer and --questions cannot be combined"]),
    BadInputCase(
      name: "-n1 (joined, as head -n1)", files: ["s.txt": story],
      arguments: ["summarize", "@/s.txt", "-n1"], status: 0, stdoutLines: 2,
      stdout: ["Harbour news\n- "]),
    BadInputCase(
      name: "eval: -n -1", files: ["s.txt": story], arguments: ["eval", "@/s.txt", "-n", "-1"],
      status: 64, stderr: ["Error: -n/--sentences must be at least 1, got -1\n"]),
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
      name: "ask: -k -1", files: ["s.txt": story],
      arguments: ["ask", "@/s.txt", "--question", "bridge", "-k", "-1"], status: 64,
      stderr: ["Error: -k must be at least 1, got -1\n"]),
    BadInputCase(
      name: "ask: -k1 (joined)", files: ["s.txt": story],
      arguments: ["ask", "@/s.txt", "--question", "bridge", "--json", "-k1"], status: 0,
      stdoutLines: 1, stdout: ["\"index\":0,"]),
    BadInputCase(
      name: "eval: no references", files: ["s.txt": story], arguments: ["eval", "@/s.txt"],
      status: 1,
      stderr: ["no document has reference key points"]),
    BadInputCase(
      name: "eval: missing questions file", files: ["s.txt": story],
      arguments: ["eval", "--questions", "@/q.jsonl", "@/s.txt"], status: 64,
      stderr: ["q.jsonl: no such file or folder"]),
    BadInputCase(
      name: "eval --questions: a broken question line",
      files: [
        "docs.jsonl": Array(
          "{\"id\":\"d1\",\"text\":\"The bridge reopens in March. Ferries stop then.\"}\n".utf8),
        "q.jsonl": Array(
          ("{\"id\":\"q1\",\"doc_id\":\"d1\",\"question\":\"When does the bridge reopen?\","
            + "\"answers\":[\"March\"]}\n{\"id\":\"q2\",\n").utf8),
      ],
      arguments: ["eval", "--questions", "@/q.jsonl", "@/docs.jsonl"], status: 1,
      stderr: ["q.jsonl:2: malformed JSONL line"], stdout: ["1 questions"]),
    BadInputCase(
      name: "a 4 MB file on one line", files: ["one.txt": oneLine(singleLineBytes)],
      arguments: ["summarize", "@/one.txt", "--format", "jsonl"], status: 0, stdoutLines: 1,
      stdout: ["The harbour bridge reopens in March"]),
    BadInputCase(
      name: "split: a 4 MB file on one line", files: ["one.txt": oneLine(singleLineBytes)],
      arguments: ["split", "@/one.txt"], status: 0,
      stdoutLines: singleLineBytes / 78 + 1),
    BadInputCase(
      name: "ask: a 4 MB file on one line", files: ["one.txt": oneLine(singleLineBytes)],
      arguments: ["ask", "@/one.txt", "--question", "repairs cost", "--json", "-k", "2"],
      status: 0, stdoutLines: 1,
      stdout: ["\"terms\":[\"repairs\",\"costing\"],\"stems\":[\"repair\",\"cost\"]"]),
    BadInputCase(
      name: "a folder with a symbolic link loop",
      files: ["a.txt": story, "sub/b.txt": story],
      arguments: ["summarize", "@", "--format", "jsonl"], status: 1,
      stderr: ["brief: @/loop.txt: cannot be read (symbolic link loop)"],
      stdoutLines: 2,  // a.txt and sub/b.txt, once each: sub/up is not followed
      setup: { folder in
        try link("sub/up", to: "..")(folder)
        try link("loop.txt", to: "loop.txt")(folder)
      }),
    BadInputCase(
      name: "a symbolic link loop as the path", files: [:], arguments: ["summarize", "@/x.txt"],
      status: 1, stderr: ["brief: @/x.txt: cannot be read (symbolic link loop)"],
      setup: { folder in
        try link("x.txt", to: "y.txt")(folder)
        try link("y.txt", to: "x.txt")(folder)
      }),
    BadInputCase(
      name: "a symbolic link to a folder as the path", files: ["in/a.txt": story],
      arguments: ["summarize", "@/linked", "--format", "jsonl"], status: 0, stdoutLines: 1,
      setup: link("linked", to: "in")),
    BadInputCase(
      name: "a dangling symbolic link in a folder", files: ["a.txt": story],
      arguments: ["split", "@"], status: 1,
      stderr: ["brief: @/gone.md: cannot be read (symbolic link to nothing)"], stdoutLines: 4,
      setup: link("gone.md", to: "nowhere.md")),
    BadInputCase(
      name: "a FIFO inside a folder", files: ["a.txt": story, "z.txt": story],
      arguments: ["summarize", "@", "--format", "jsonl"], status: 1,
      stderr: [
        "brief: @/p.txt: cannot be read (a FIFO inside a folder: name it as a path to read it)"
      ], stdoutLines: 2, setup: fifo("p.txt")),
    BadInputCase(
      name: "ask: a FIFO inside a folder", files: ["a.txt": story],
      arguments: ["ask", "@", "--question", "ferries", "--json"], status: 1,
      stderr: ["brief: @/p.txt: cannot be read (a FIFO inside a folder"], stdoutLines: 1,
      stdout: ["Ferries stop then."], setup: fifo("p.txt")),
    BadInputCase(
      name: "--out is the input folder", files: ["a.txt": story],
      arguments: ["summarize", "@", "--out", "@", "--format", "markdown"], status: 64,
      stderr: ["@: --out is inside the input folder @"]),
    BadInputCase(
      name: "--out inside the input folder", files: ["a.txt": story],
      arguments: ["summarize", "@", "--out", "@/summaries"], status: 64,
      stderr: ["@/summaries: --out is inside the input folder @"]),
    BadInputCase(
      name: "--out holds the input folder", files: ["in/a.txt": story],
      arguments: ["summarize", "@/in", "--out", "@"], status: 64,
      stderr: ["@: --out holds the input folder @/in"]),
    BadInputCase(
      name: "--out holds the input folder, as a path with ..", files: ["in/a.txt": story],
      arguments: ["summarize", "@/in", "--out", "@/in/../in/.."], status: 64,
      stderr: ["@/in/../in/..: --out holds the input folder @/in"]),
    BadInputCase(
      name: "--out holds the input folder, given by a symbolic link",
      files: ["real/in/a.txt": story], arguments: ["summarize", "@/linked", "--out", "@/real"],
      status: 64, stderr: ["@/real: --out holds the input folder @/linked"],
      setup: link("linked", to: "real/in")),
    BadInputCase(
      name: "--out is a symbolic link to the input folder", files: ["in/a.txt": story],
      arguments: ["summarize", "@/in", "--out", "@/alias/new"], status: 64,
      stderr: ["@/alias/new: --out is inside the input folder @/in"],
      setup: link("alias", to: "in")),
    BadInputCase(
      name: "--out is an input file's folder: same name refused", files: ["a.txt": story],
      arguments: ["summarize", "@/a.txt", "--out", "@"], status: 1,
      stderr: ["brief: @/a.txt: refusing to overwrite an input file"]),
    BadInputCase(
      name: "--out is an input file's folder: other names written", files: ["a.txt": story],
      arguments: ["summarize", "@/a.txt", "--out", "@", "--format", "markdown"], status: 0,
      stdoutLines: 0, creates: ["a.md"]),
    BadInputCase(
      name: "summarize: one file in ten corrupt", files: corpus30,
      arguments: ["summarize", "@", "--format", "jsonl"], status: 1, stderr: corpus30Problems,
      stdoutLines: 27),
    BadInputCase(
      name: "split: one file in ten corrupt", files: corpus30, arguments: ["split", "@"],
      status: 1, stderr: corpus30Problems, stdoutLines: 27 * 5),
    BadInputCase(
      name: "ask: one file in ten corrupt", files: corpus30,
      arguments: ["ask", "@", "--question", "bridge 29", "--json", "-k", "1"], status: 1,
      stderr: corpus30Problems, stdoutLines: 1, stdout: ["d29.txt"]),
    BadInputCase(
      name: "eval: one file in ten corrupt", files: corpus30, arguments: ["eval", "@"],
      status: 1, stderr: corpus30Problems, stdout: ["27 docs"]),
    BadInputCase(
      name: "index: one file in ten corrupt", files: corpus30,
      arguments: ["index", "@", "-o", "@/all.briefindex"], status: 1,
      stderr: corpus30Problems + ["brief: @/all.briefindex: 27 documents"],
      stdoutLines: 0, creates: ["all.briefindex"]),
    BadInputCase(
      name: "index: nothing readable", files: ["b.txt": [0x00]],
      arguments: ["index", "@/b.txt", "-o", "@/x.briefindex"], status: 1,
      stderr: ["brief: @/b.txt: binary file", "brief: @/x.briefindex: not written"]),
    BadInputCase(
      name: "index: -o is an input file", files: ["a.txt": story],
      arguments: ["index", "@", "-o", "@/a.txt"], status: 1,
      stderr: ["brief: @/a.txt: refusing to overwrite an input file"]),
    BadInputCase(
      name: "index: -o is a file that is not an index", files: ["a.txt": story, "notes": [0x41]],
      arguments: ["index", "@/a.txt", "-o", "@/notes"], status: 1,
      stderr: ["brief: @/notes: exists and is not a Brief index; refusing to replace it"]),
    BadInputCase(
      name: "ask --index: an empty file", files: ["e.briefindex": []],
      arguments: ["ask", "--index", "@/e.briefindex", "--question", "bridge"], status: 1,
      stderr: ["brief: @/e.briefindex: cannot open index: empty file, not a Brief index"]),
    BadInputCase(
      name: "ask --index: a text file", files: ["a.txt": story],
      arguments: ["ask", "--index", "@/a.txt", "--question", "bridge"], status: 1,
      stderr: ["brief: @/a.txt: cannot open index: not a Brief index (no BRIEFIDX header)"]),
    BadInputCase(
      name: "ask --index: a truncated index", files: [:],
      arguments: ["ask", "--index", "@/t.briefindex", "--question", "bridge"], status: 1,
      stderr: ["brief: @/t.briefindex: cannot open index: truncated"],
      setup: savedIndex("t.briefindex") { Array($0.prefix($0.count * 2 / 3)) }),
    BadInputCase(
      name: "ask --index: a corrupt index", files: [:],
      arguments: ["ask", "--index", "@/c.briefindex", "--question", "bridge"], status: 1,
      stderr: ["brief: @/c.briefindex: cannot open index: corrupt: checksum mismatch"],
      setup: savedIndex("c.briefindex") { bytes in
        var bytes = bytes
        let text = Array("Ferries".utf8)  // in the documents' text
        let at = (0..<(bytes.count - text.count)).first {
          Array(bytes[$0..<($0 + text.count)]) == text
        }
        bytes[at ?? 0] ^= 0x20
        return bytes
      }),
    BadInputCase(
      name: "ask --index: a newer format", files: [:],
      arguments: ["ask", "--index", "@/n.briefindex", "--question", "bridge"], status: 1,
      stderr: ["brief: @/n.briefindex: cannot open index: index format 9 is newer"],
      setup: savedIndex("n.briefindex") { bytes in
        var bytes = bytes
        bytes[8] = 9
        return bytes
      }),
    BadInputCase(
      name: "ask --index: other analysis settings", files: [:],
      arguments: ["ask", "--index", "@/s.briefindex", "--language", "spanish", "--question", "x"],
      status: 1, stderr: ["brief: @/s.briefindex: index built with other analysis settings"],
      setup: savedIndex("s.briefindex") { $0 }),
    BadInputCase(
      name: "ask --index: a folder", files: ["a.txt": story],
      arguments: ["ask", "--index", "@", "--question", "bridge"], status: 1,
      stderr: ["cannot be read (not a regular file)"]),
  ]

  /// Cases that need a file the user cannot read; run as `nobody` when the tests run as
  /// root (as on CI), since root reads a file of mode 000 all the same.
  static let unreadableCases: [BadInputCase] = [
    BadInputCase(
      name: "an unreadable file", files: ["u.txt": story], arguments: ["summarize", "@/u.txt"],
      status: 1, stderr: ["brief: @/u.txt: cannot be read (permission denied)"],
      unreadable: ["u.txt"]),
    BadInputCase(
      name: "an unreadable file among good ones", files: ["a.txt": story, "u.txt": story],
      arguments: ["summarize", "@", "--format", "jsonl"], status: 1,
      stderr: ["brief: @/u.txt: cannot be read (permission denied)"], stdoutLines: 1,
      unreadable: ["u.txt"]),
    BadInputCase(
      name: "an unlistable subfolder among good files", files: ["a.txt": story, "s/b.txt": story],
      arguments: ["ask", "@", "--question", "ferries", "--json"], status: 1,
      stderr: ["brief: @/s: cannot be read (folder cannot be listed: permission denied)"],
      stdoutLines: 1, unreadable: ["s"]),
  ]

  @Test(arguments: cases)
  func catalogue(_ bad: BadInputCase) throws {
    try check(bad)
  }

  @Test(
    .enabled(
      if: BriefRunner.canRunAsOrdinaryUser,
      "running as root without setpriv (or a binary `nobody` can run): mode 000 cannot be tested"),
    arguments: unreadableCases)
  func unreadable(_ bad: BadInputCase) throws {
    try check(bad)
  }

  private func check(_ bad: BadInputCase) throws {
    let folder = try BriefRunner.folder(bad.files)
    defer {
      for entry in bad.unreadable {
        chmod(folder.appendingPathComponent(entry).path, 0o755)
      }
      try? FileManager.default.removeItem(at: folder)
    }
    try bad.setup?(folder)
    for entry in bad.unreadable {
      #expect(chmod(folder.appendingPathComponent(entry).path, 0) == 0)
    }
    let before = try snapshot(folder)
    func expand(_ text: String) -> String {
      text.replacingOccurrences(of: "@", with: folder.path)
    }
    let result = try BriefRunner.run(
      bad.arguments.map(expand), stdin: bad.stdin ?? "", asOrdinaryUser: !bad.unreadable.isEmpty)
    #expect(result.status == bad.status, "\(result.stderr)")
    for text in bad.stderr.map(expand) {
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
    for text in bad.stdout {
      #expect(result.stdout.contains(text), "stdout: \(result.stdout.prefix(300))")
    }
    // Inputs are never modified; only the expected entries are added.
    var after = try snapshot(folder)
    for entry in bad.creates { #expect(after.removeValue(forKey: entry) != nil, "\(entry)") }
    #expect(after == before)
  }

  /// What a snapshot keeps of one entry.
  private struct Entry: Equatable {
    var kind: String
    var bytes = Data()
  }

  /// Every entry under a folder, recursively, without following symbolic links: a file's
  /// mode and bytes, a link's target, a folder's mode, or the kind of anything else.
  private func snapshot(_ folder: URL) throws -> [String: Entry] {
    let manager = FileManager.default
    var entries: [String: Entry] = [:]
    func visit(_ relative: String) throws {
      let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
      guard let names = try? manager.contentsOfDirectory(atPath: path) else { return }
      for name in names {
        let entry = relative.isEmpty ? name : relative + "/" + name
        let full = folder.path + "/" + entry
        let attributes = try manager.attributesOfItem(atPath: full)
        let mode = attributes[.posixPermissions] as? Int ?? -1
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?:
          entries[entry] = Entry(kind: "folder \(mode)")
          try visit(entry)
        case .typeSymbolicLink?:
          entries[entry] = Entry(
            kind: "link to " + (try manager.destinationOfSymbolicLink(atPath: full)))
        case .typeRegular?:
          let bytes = (try? Data(contentsOf: URL(fileURLWithPath: full))) ?? Data()
          entries[entry] = Entry(kind: "file \(mode)", bytes: bytes)
        case let type:
          entries[entry] = Entry(kind: "\(String(describing: type)) \(mode)")
        }
      }
    }
    try visit("")
    return entries
  }
}
