// The sentence encoder's throughput and OpenBLAS's sgemm rate (Benchmarks/encoder-bench.sh
// runs these phases):
//
//   brief-bench --phase sgemm -- [MODEL]
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
  let precision = EncoderPrecision.preferred(environment: ProcessInfo.processInfo.environment)
  let encoder = try SentenceEncoder(directory: folder, precision: precision, batchRows: rows)
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
    "rows": Double(rows), "int8": encoder.precision == .int8 ? 1 : 0,
    "seconds": seconds, "cpu_seconds": cpuSeconds,
    "sentences_per_s": Double(count) / seconds, "tokens_per_s": Double(tokens) / seconds,
    "sentences_per_cpu_s": Double(count) / cpuSeconds,
  ])
}

/// OpenBLAS's one-core sgemm rate as Brief loads it (the encoder loaded first sets its
/// kernels and its one thread): GFLOP/s of a square product of 1024 (`limit_gflops`), and of
/// the encoder's projections at its batches of 512 pieces (`model_shapes_gflops`), in CPU
/// time, the best of five rounds.
func sgemmPhase(_ arguments: [String]) throws {
  let folder =
    arguments.first.map { URL(fileURLWithPath: $0, isDirectory: true) }
    ?? SentenceEncoder.defaultDirectory(environment: ProcessInfo.processInfo.environment)
  _ = try SentenceEncoder(directory: folder)
  typealias Product =
    @convention(c) (
      Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
      UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void
  guard let library = dlopen("libopenblas.so.0", RTLD_NOW),
    let symbol = dlsym(library, "cblas_sgemm")
  else { fail("sgemm: no libopenblas.so.0") }
  let sgemm = unsafeBitCast(symbol, to: Product.self)
  func rate(_ m: Int, _ n: Int, _ k: Int) -> (flops: Double, seconds: Double) {
    let a = [Float](repeating: 0.01, count: m * k)
    let b = [Float](repeating: 0.02, count: k * n)
    var c = [Float](repeating: 0, count: m * n)
    let flops = 2.0 * Double(m * n * k)
    let repeats = max(3, Int(4e9 / flops))
    var best = Double.infinity
    for _ in 0..<5 {
      let start = processSeconds()
      for _ in 0..<repeats {
        sgemm(
          101, 111, 111, Int32(m), Int32(n), Int32(k), 1, a, Int32(k), b, Int32(n), 0, &c,
          Int32(n))
      }
      best = min(best, (processSeconds() - start) / Double(repeats))
    }
    return (flops, best)
  }
  let square = rate(1024, 1024, 1024)
  // A layer's projections at 512 pieces: queries and values, keys, output, up, down.
  let shapes = [
    (512, 768, 384), (384, 512, 384), (512, 384, 384), (512, 1536, 384), (512, 384, 1536),
  ]
  let model = shapes.map { rate($0.0, $0.1, $0.2) }
  emit([
    "limit_gflops": square.flops / square.seconds / 1e9,
    "model_shapes_gflops": model.reduce(0) { $0 + $1.flops } / model.reduce(0) { $0 + $1.seconds }
      / 1e9,
  ])
}
