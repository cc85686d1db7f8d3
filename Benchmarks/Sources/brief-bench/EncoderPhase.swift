// The sentence encoder's throughput (Benchmarks/encoder-bench.sh runs this phase):
//
//   brief-bench --phase encoder -- SENTENCES WORKERS [--model DIR] [--rows N] [--tokens]
//     [--dump FILE]
//
// SENTENCES is a text file of one sentence a line. Encodes them all (sentence embeddings;
// --tokens: token vectors too) on WORKERS threads, batches of N pieces (--rows), and prints
// one JSON line: sentences, tokens (word pieces with [CLS] and [SEP], as the model sees
// them), wall and CPU seconds, and the rates. The model comes from --model, else where
// `brief` looks for it. --dump writes the embeddings (and with --tokens, then, every token
// vector) as little-endian 32-bit floats, to compare with another encoder's.
@_spi(Tuning) import Brief
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// CPU seconds this process has used so far (all its threads).
func processSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func encoderPhase(_ arguments: [String]) throws {
  guard arguments.count >= 2, let workers = Int(arguments[1]) else {
    fail("encoder: needs SENTENCES WORKERS [--model DIR] [--rows N] [--tokens]")
  }
  var folder = SentenceEncoder.defaultDirectory(environment: ProcessInfo.processInfo.environment)
  var rows = 256
  var keepTokens = false
  var dump: String?
  var rest = arguments.dropFirst(2).makeIterator()
  while let option = rest.next() {
    switch option {
    case "--model": folder = URL(fileURLWithPath: rest.next() ?? "", isDirectory: true)
    case "--rows": rows = Int(rest.next() ?? "") ?? rows
    case "--tokens": keepTokens = true
    case "--dump": dump = rest.next()
    default: fail("encoder: unknown option \(option)")
    }
  }
  let text = try String(contentsOfFile: arguments[0], encoding: .utf8)
  let sentences = text.split(separator: "\n").map(String.init)
  let encoder = try SentenceEncoder(directory: folder, batchRows: rows)
  let tokenizer = try WordPieceTokenizer(contentsOf: folder.appendingPathComponent("vocab.txt"))
  let tokens = sentences.reduce(0) { $0 + tokenizer.ids($1, limit: 254).count + 2 }
  // Warm up (first touches of the weights, OpenBLAS's buffers).
  _ = encoder.encode(Array(sentences.prefix(64)), workers: workers)
  let wall = now()
  let cpu = processSeconds()
  let encodings = encoder.encode(sentences, tokenVectors: keepTokens, workers: workers)
  let count = encodings.count
  let seconds = now() - wall
  let cpuSeconds = processSeconds() - cpu
  if let dump {
    var floats = Array(encodings.embeddings)
    for text in encodings.tokenVectors { floats += text.vectors }
    try floats.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: dump)) }
  }
  emit([
    "sentences": Double(count), "tokens": Double(tokens), "workers": Double(workers),
    "rows": Double(rows),
    "seconds": seconds, "cpu_seconds": cpuSeconds,
    "sentences_per_s": Double(count) / seconds, "tokens_per_s": Double(tokens) / seconds,
    "sentences_per_cpu_s": Double(count) / cpuSeconds,
  ])
}
