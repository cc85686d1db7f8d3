// brief-bench: Brief's throughput, latency and memory on the shared evaluation data, in one
// release-build run. Each phase runs in a child process of its own, so that its peak
// resident memory is its own. Prints a short table and writes JSON.
//
//   swift build -c release
//   .build/release/brief-bench [--data DIR] [--out FILE] [--runs N] [--articles N] [--quick]
//
// Phases: summarize (cnndm-dev and a 100 MB corpus of it repeated with fresh ids, one core
// and all cores, and `wc -w` over the same file), ask (index build, 10,000 questions on a
// corpus of at least 1 M sentences: the SQuAD dev articles repeated), index (save, then open
// a saved index of --articles CNN/DM articles), repl (time to the first prompt of
// `brief ask Corpora/news` on a pseudo-terminal).
import Brief
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

// MARK: - Options

struct Options {
  var data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../../shared/data").standardizedFileURL.path
  var out = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../brief-bench.json").standardizedFileURL.path
  var runs = 3
  var articles = 100_000
  var quick = false
  var phase: String?

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--data": data = iterator.next() ?? data
      case "--out": out = iterator.next() ?? out
      case "--runs": runs = Int(iterator.next() ?? "") ?? runs
      case "--articles": articles = Int(iterator.next() ?? "") ?? articles
      case "--quick": quick = true
      case "--phase": phase = iterator.next()
      case "--": return  // the phase's own arguments follow
      default:
        FileHandle.standardError.write(Data("brief-bench: unknown argument \(argument)\n".utf8))
        exit(2)
      }
    }
    if quick { articles = min(articles, 10_000) }
  }
}

let options = Options(CommandLine.arguments)
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  .deletingLastPathComponent()
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("../../..").standardizedFileURL

// MARK: - Helpers

func now() -> Double { Date().timeIntervalSinceReferenceDate }

/// Peak resident memory of this process so far, in bytes: VmHWM, which (unlike getrusage's
/// ru_maxrss) does not carry over the parent's peak through fork and exec.
func peakResident() -> Int {
  let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
  }
  return 0
}

/// The median of `runs` timings of `body`, in seconds.
func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
  var times: [Double] = []
  for _ in 0..<max(1, runs) {
    let start = now()
    try body()
    times.append(now() - start)
  }
  return times.sorted()[times.count / 2]
}

/// Writes a line to standard output at once (no buffering).
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("brief-bench: \(message)\n".utf8))
  exit(1)
}

func load(_ path: String) -> [Document] {
  DocumentLoader.load(paths: [path]).compactMap { try? $0.get() }
}

/// `documents` repeated with fresh ids until `enough` says stop.
func repeated(_ documents: [Document], until enough: ([Document]) -> Bool) -> [Document] {
  var result: [Document] = []
  var copy = 0
  while !enough(result) {
    for var document in documents {
      document.id += "-\(copy)"
      result.append(document)
      if enough(result) { break }
    }
    copy += 1
  }
  return result
}

func jsonLine(_ document: Document) -> String {
  var record: [String: Any] = ["id": document.id, "text": document.body]
  if let title = document.title { record["title"] = title }
  if !document.keyPoints.isEmpty {
    record["highlights"] = document.keyPoints.joined(separator: "\n")
  }
  guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
  else { fail("cannot write \(document.id) as JSON") }
  return String(decoding: data, as: UTF8.self) + "\n"
}

typealias Figures = [String: Double]

extension Dictionary where Key == String, Value == Double {
  /// The figure `name` of a phase; a phase that did not report it fails the run.
  subscript(figure name: String) -> Double {
    guard let value = self[name] else { fail("no figure \(name) in \(self)") }
    return value
  }
}

/// Writes a phase's figures (plus its peak memory) as one JSON line on stdout.
func emit(_ figures: Figures) {
  var figures = figures
  figures["peak_rss_mb"] = Double(peakResident()) / 1e6
  guard let data = try? JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
  else { fail("cannot write \(figures) as JSON") }
  say(String(decoding: data, as: UTF8.self))
}

// MARK: - Phases (each in its own process)

/// Summarize `file` (read, parse, split, analyze, score, select) on `workers` threads.
func summarizePhase(file: String, workers: Int) throws {
  let bytes = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
  let summarizer = try Summarizer(workers: workers)
  var documents = 0
  let seconds = median(options.runs) {
    let loaded = DocumentLoader.load(paths: [file], workers: workers).compactMap { try? $0.get() }
    documents = summarizer.summarize(loaded).count
  }
  emit([
    "documents": Double(documents), "megabytes": Double(bytes) / 1e6, "seconds": seconds,
    "docs_per_s": Double(documents) / seconds, "mb_per_s": Double(bytes) / 1e6 / seconds,
    "workers": Double(workers),
  ])
}

/// Index build, then latency over 10,000 questions, on ≥ 1 M sentences.
func askPhase() throws {
  let articles = load(options.data + "/qa/squad-dev-docs.jsonl")
  guard !articles.isEmpty else { fail("no SQuAD articles under \(options.data)/qa") }
  let targetSentences = options.quick ? 100_000 : 1_000_000
  // About 240 sentences an article copy would be a guess; measure one copy instead.
  let perCopy = try CorpusIndex(documents: articles).sentenceCount
  let copies = (targetSentences + perCopy - 1) / perCopy
  let corpus = repeated(articles) { $0.count >= copies * articles.count }
  let bytes = corpus.reduce(0) { $0 + $1.body.utf8.count + ($1.title?.utf8.count ?? 0) }
  var start = now()
  let index = try CorpusIndex(documents: corpus)
  let buildSeconds = now() - start
  let retriever = try Retriever(index: index)
  let questionLines =
    (try? String(contentsOfFile: options.data + "/qa/squad-dev-questions.jsonl", encoding: .utf8))
    ?? ""
  var questions: [String] = []
  for line in questionLines.split(separator: "\n") {
    if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
      let question = object["question"] as? String
    {
      questions.append(question)
    }
  }
  guard !questions.isEmpty else { fail("no SQuAD questions under \(options.data)/qa") }
  var latencies: [Double] = []
  for number in 0..<10_000 {
    start = now()
    _ = retriever.answers(to: questions[number % questions.count], limit: 10)
    latencies.append(now() - start)
  }
  latencies.sort()
  func percentile(_ p: Double) -> Double {
    latencies[min(latencies.count - 1, Int(p * Double(latencies.count)))] * 1000
  }
  emit([
    "sentences": Double(index.sentenceCount), "documents": Double(corpus.count),
    "megabytes": Double(bytes) / 1e6, "index_s": buildSeconds,
    "index_mb_per_s": Double(bytes) / 1e6 / buildSeconds, "p50_ms": percentile(0.5),
    "p99_ms": percentile(0.99), "max_ms": (latencies.last ?? 0) * 1000,
    "questions_per_s": Double(latencies.count) / latencies.reduce(0, +),
    "peak_per_text_byte": Double(peakResident()) / Double(bytes),
  ])
}

/// Save an index of `--articles` CNN/DM articles.
func saveIndexPhase(path: String) throws {
  let articles = load(options.data + "/summarization/cnndm-dev.jsonl")
  let corpus = repeated(articles) { $0.count >= options.articles }
  var start = now()
  let index = try CorpusIndex(documents: corpus)
  let build = now() - start
  start = now()
  try index.write(to: path)
  let write = now() - start
  let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  emit([
    "documents": Double(corpus.count), "sentences": Double(index.sentenceCount),
    "build_s": build, "write_s": write, "file_mb": Double(size) / 1e6,
  ])
}

/// Open a saved index and get ready to answer (the retriever built).
func openIndexPhase(path: String) throws {
  var sentences = 0
  let seconds = try median(options.runs) {
    let index = try CorpusIndex(contentsOf: path)
    let retriever = try Retriever(index: index)
    sentences = retriever.sentenceCount
  }
  emit(["open_s": seconds, "sentences": Double(sentences)])
}

/// Time from starting `brief ask Corpora/news` on a pseudo-terminal to its first prompt.
func replPhase() throws {
  let brief = binFolder.appendingPathComponent("brief").path
  guard FileManager.default.isExecutableFile(atPath: brief) else {
    fail("no brief beside brief-bench")
  }
  let state = FileManager.default.temporaryDirectory.appendingPathComponent(
    "brief-bench-\(getpid())")
  var times: [Double] = []
  for _ in 0..<max(3, options.runs) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qfec", "'\(brief)' ask Corpora/news", "/dev/null"]
    process.currentDirectoryURL = packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = state.path
    environment["TERM"] = "dumb"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    let start = now()
    try process.run()
    var seen = Data()
    while !String(decoding: seen, as: UTF8.self).contains("brief> ") {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += chunk
    }
    times.append(now() - start)
    try input.fileHandleForWriting.write(contentsOf: Data([4]))  // Ctrl-D
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
  try? FileManager.default.removeItem(at: state)
  emit(["first_prompt_s": times.sorted()[times.count / 2]])
}

/// `wc -w` over `file`, the floor any tool reading the words must pay.
func wcPhase(file: String) throws {
  let seconds = try median(options.runs) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
    process.arguments = ["-w", file]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
  }
  emit(["seconds": seconds])
}

if let phase = options.phase {
  let arguments = Array(CommandLine.arguments.drop { $0 != "--" }.dropFirst())
  do {
    switch phase {
    case "summarize":
      guard let workers = Int(arguments[1]) else { fail("not a thread count: \(arguments[1])") }
      try summarizePhase(file: arguments[0], workers: workers)
    case "ask": try askPhase()
    case "save": try saveIndexPhase(path: arguments[0])
    case "open": try openIndexPhase(path: arguments[0])
    case "repl": try replPhase()
    case "wc": try wcPhase(file: arguments[0])
    default: fail("unknown phase \(phase)")
    }
  } catch {
    fail("\(phase): \(error)")
  }
  exit(0)
}

// MARK: - Driver

/// Runs a phase in a child process and returns its figures.
func run(_ phase: String, _ arguments: [String] = []) -> Figures {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  var childArguments = ["--phase", phase, "--data", options.data, "--runs", String(options.runs)]
  childArguments += ["--articles", String(options.articles)]
  if options.quick { childArguments.append("--quick") }
  process.arguments = childArguments + ["--"] + arguments
  let output = Pipe()
  process.standardOutput = output
  do { try process.run() } catch { fail("cannot run phase \(phase): \(error)") }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0,
    let figures = try? JSONSerialization.jsonObject(with: data) as? [String: Double]
  else { fail("phase \(phase) failed") }
  return figures
}

let cores = ProcessInfo.processInfo.activeProcessorCount
let work = FileManager.default.temporaryDirectory.appendingPathComponent("brief-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

say("brief-bench: \(cores) cores, median of \(options.runs) runs, data \(options.data)")
var results: [String: Figures] = [:]
func row(_ name: String, _ text: String) {
  say(name.padding(toLength: 38, withPad: " ", startingAt: 0) + text)
}

// Summarize: cnndm-dev, and a 100 MB corpus of it.
let cnn = options.data + "/summarization/cnndm-dev.jsonl"
guard FileManager.default.fileExists(atPath: cnn) else { fail("no \(cnn); pass --data DIR") }
let big = work.appendingPathComponent("cnndm-100mb.jsonl").path
do {
  let base = load(cnn)
  let target = options.quick ? 20_000_000 : 100_000_000
  let lines = base.map(jsonLine)
  let average = lines.reduce(0) { $0 + $1.utf8.count } / max(1, lines.count)
  let copies = repeated(base) { $0.count * average >= target }
  try copies.map(jsonLine).joined().write(toFile: big, atomically: false, encoding: .utf8)
}
for (name, file) in [("cnndm-dev", cnn), (options.quick ? "20 MB cnndm" : "100 MB cnndm", big)] {
  var oneCore = 0.0
  for workers in Set([1, cores]).sorted() {
    let figures = run("summarize", [file, String(workers)])
    results["summarize \(name), \(workers) core(s)"] = figures
    if workers == 1 { oneCore = figures[figure: "seconds"] }
    var text = String(
      format: "%7.0f docs/s %6.1f MB/s %6.0f MB peak", figures[figure: "docs_per_s"],
      figures[figure: "mb_per_s"], figures[figure: "peak_rss_mb"])
    if workers > 1 {
      text += String(format: "  %.2fx one core", oneCore / figures[figure: "seconds"])
    }
    row("summarize \(name), \(workers) core(s)", text)
  }
  let wc = run("wc", [file])
  results["wc -w \(name)"] = wc
  row(
    "wc -w \(name)",
    String(
      format: "%7.3f s  (summarize, 1 core: %.1fx wc -w)", wc[figure: "seconds"],
      oneCore / wc[figure: "seconds"])
  )
}

let ask = run("ask")
results["ask"] = ask
row(
  "ask: build index",
  String(
    format: "%.0f sentences, %.1f MB/s, %.0f MB peak (%.2fx text)", ask[figure: "sentences"],
    ask[figure: "index_mb_per_s"], ask[figure: "peak_rss_mb"], ask[figure: "peak_per_text_byte"]))
row(
  "ask: 10,000 questions",
  String(
    format: "p50 %.3f ms  p99 %.3f ms  max %.2f ms  %.0f q/s", ask[figure: "p50_ms"],
    ask[figure: "p99_ms"], ask[figure: "max_ms"], ask[figure: "questions_per_s"]))

let indexFile = work.appendingPathComponent("cnndm.briefindex").path
let saved = run("save", [indexFile])
results["index save"] = saved
row(
  "index: \(Int(saved[figure: "documents"])) articles",
  String(
    format: "build %.1f s, write %.2f s, %.0f MB file", saved[figure: "build_s"],
    saved[figure: "write_s"], saved[figure: "file_mb"]))
let opened = run("open", [indexFile])
results["index open"] = opened
row(
  "index: open, ready to answer",
  String(format: "%.3f s, %.0f MB peak", opened[figure: "open_s"], opened[figure: "peak_rss_mb"]))

let repl = run("repl")
results["repl"] = repl
row("repl: first prompt (Corpora/news)", String(format: "%.3f s", repl[figure: "first_prompt_s"]))

let json = try JSONSerialization.data(
  withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
try json.write(to: URL(fileURLWithPath: options.out))
say("wrote \(options.out)")
