import Dispatch
import Foundation
import Synchronization

/// A BERT-style sentence encoder (all-MiniLM-L6-v2: 6 layers, 384 wide, 12 heads) that gives
/// each word piece of a text a vector in context, for re-ranking answers by meaning.
///
/// The model directory holds the Hugging Face files `model.safetensors` (32-bit weights),
/// `vocab.txt` and `config.json`. The forward pass is the model's. At
/// ``EncoderPrecision/float32`` it runs in 32-bit floats, with OpenBLAS for the matrix
/// products (``BLAS``) and vector kernels for the rest (``VectorKernels``), and its vectors
/// agree with sentence-transformers' to about 1e-6. At ``EncoderPrecision/int8`` (the
/// standard, where the processor has AVX2) the projections are 8-bit integer products
/// (``Int8Matrix``), about twice as fast; its sentence embeddings have a cosine of about
/// 0.997 with the 32-bit ones (0.986 at the least over the NewsQA dev sentences).
///
/// Texts are encoded in batches of about one length (``EncoderBatches``), each batch's
/// pieces going through every projection as one matrix product; each thread that encodes
/// holds a workspace of reusable buffers (``EncoderWorkspace``), taken from the encoder's
/// pool. A text's vectors do not depend on the other texts of a call nor on the number of
/// threads. Immutable once loaded, apart from that pool: share one encoder between threads.
///
///     let encoder = try SentenceEncoder(directory: SentenceEncoder.defaultDirectory(
///       environment: ProcessInfo.processInfo.environment))
///     let corpus = encoder.encode(sentences, progress: { done in report(done) })
///     let question = encoder.encode([question], tokenVectors: true)
public final class SentenceEncoder: Sendable {
  /// The model's directory when installed as the README says:
  /// `$XDG_DATA_HOME/brief/models/all-MiniLM-L6-v2` (`~/.local/share` without it), or
  /// `$BRIEF_MODEL` when set.
  public static func defaultDirectory(environment: [String: String]) -> URL {
    if let path = environment["BRIEF_MODEL"], !path.isEmpty {
      return URL(fileURLWithPath: path, isDirectory: true)
    }
    let data = BaseDirectory.data.path(environment: environment)
    return URL(fileURLWithPath: data + "/brief/models/all-MiniLM-L6-v2", isDirectory: true)
  }

  /// The width of a token vector or sentence embedding.
  public let width: Int
  /// Names the model.
  ///
  /// It is the model folder's name and a checksum of its configuration and of its files'
  /// sizes. Vectors made by encoders with the same ``modelID`` are comparable
  /// (saved indexes and ``VectorCache`` record it).
  public let modelID: String
  private let tokenizer: WordPieceTokenizer
  /// The arithmetic of the linear layers: as asked for, or ``EncoderPrecision/float32``
  /// where the processor cannot run the int8 product.
  public let precision: EncoderPrecision
  private let weights: EncoderWeights
  /// The layers' quantized projections (``EncoderPrecision/int8``), else nil.
  private let int8: [EncoderWeights.Int8Layer]?
  private let blas: BLAS
  /// The most pieces of a text, [CLS] and [SEP] included (longer texts are cut).
  private let longest: Int
  /// The most pieces a batch holds (a longer text is a batch of its own).
  private let batchRows: Int
  /// Workspaces not in use, each made by a call that found none.
  private let workspaces = Mutex<[EncoderWorkspace]>([])

  /// Loads the model in `directory`.
  ///
  /// - Throws: ``BriefError/fileNotFound(path:)`` for a missing file,
  ///   ``BriefError/unreadable(path:reason:)`` for one that is not the model expected,
  ///   ``BriefError/libraryUnavailable(name:reason:)`` without OpenBLAS.
  public convenience init(directory: URL) throws(BriefError) {
    try self.init(directory: directory, precision: .standard)
  }

  /// Loads the model in `directory` to run at `precision` (see ``precision``); throws as
  /// ``init(directory:)``.
  public convenience init(directory: URL, precision: EncoderPrecision) throws(BriefError) {
    try self.init(directory: directory, precision: precision, batchRows: 512)
  }

  /// ``init(directory:precision:)`` with batches of up to `batchRows` word pieces (a tuning
  /// knob for benchmarks; 512 by default).
  @_spi(Tuning) public init(
    directory: URL, precision: EncoderPrecision = .standard, batchRows: Int
  ) throws(BriefError) {
    tokenizer = try WordPieceTokenizer(contentsOf: directory.appendingPathComponent("vocab.txt"))
    let configPath = directory.appendingPathComponent("config.json").path
    let configText = try FileBytes.readText(file: configPath)
    guard
      let config = (try? JSONSerialization.jsonObject(with: Data(configText.utf8)))
        as? [String: Any]
    else { throw .unreadable(path: configPath, reason: "not a model configuration") }
    let loaded = try EncoderWeights(
      contentsOf: directory.appendingPathComponent("model.safetensors"),
      heads: config["num_attention_heads"] as? Int ?? 12,
      epsilon: Float(config["layer_norm_eps"] as? Double ?? 1e-12))
    width = loaded.width
    self.precision = precision == .int8 && Int8Rows.supported ? .int8 : .float32
    if self.precision == .int8 {
      let width = loaded.width
      int8 = loaded.layers.map { EncoderWeights.Int8Layer($0, width: width) }
      // The 32-bit projections the quantized ones stand in for are not kept.
      weights = loaded.withoutProjections
    } else {
      int8 = nil
      weights = loaded
    }
    // The int8 path's vectors differ from the 32-bit one's in the third decimal: an index or
    // cache of one is not the other's.
    modelID =
      Self.identity(of: directory, configuration: configText)
      + (self.precision == .int8 ? "-int8" : "")
    longest = min(256, weights.positions)
    self.batchRows = max(1, batchRows)
    blas = try BLAS.shared.get()
  }

  /// The ``modelID`` of the model in `directory`, whose configuration is `configuration`.
  private static func identity(of directory: URL, configuration: String) -> String {
    var summary = configuration
    for file in ["vocab.txt", "model.safetensors"] {
      let size =
        (try? FileManager.default.attributesOfItem(
          atPath: directory.appendingPathComponent(file).path)[.size] as? Int) ?? 0
      summary += "\n\(file) \(size)"
    }
    let checksum = summary.withUTF8 { Checksum.of(UnsafeRawBufferPointer($0)) }
    return directory.lastPathComponent + "-" + String(checksum, radix: 16)
  }

  /// The word pieces of `text` (without the model's [CLS] and [SEP]) and their vectors in
  /// context.
  ///
  /// Each vector is of unit length, `width` floats. Texts longer than the model's positions
  /// (512 pieces for MiniLM, 256 as sentence-transformers uses it) are cut at 256.
  public func tokenVectors(of text: String) -> TokenVectors {
    tokenVectors(of: [text])[0]
  }

  /// ``tokenVectors(of:)-(String)`` for several texts at once, on the calling thread:
  /// each text is encoded as alone (attention stays within a text), but the projections of
  /// all their pieces are one matrix product per layer, which is faster than one per text.
  public func tokenVectors(of texts: [String]) -> [TokenVectors] {
    encode(texts, tokenVectors: true, workers: 1).tokenVectors
  }

  /// The sentence embeddings of `texts` and, when `tokenVectors` is set, their token
  /// vectors, from one forward pass (see ``Encodings``).
  ///
  /// - Parameters:
  ///   - tokenVectors: whether to keep each text's token vectors as well (``TokenVectors``:
  ///     `width` floats a piece, far more than the embedding's `width` a text).
  ///   - workers: the most threads to encode on (nil: one per active core), each with its
  ///     own workspace; batches go to whichever is free, longest first. The output is the
  ///     same for any number.
  ///   - progress: called after each batch with the number of texts encoded so far, from
  ///     the thread that encoded it; calls do not overlap, and the number only grows, to
  ///     `texts.count`.
  /// - Complexity: linear in the word pieces (all-MiniLM-L6-v2's projections take 21
  ///   million floating-point operations a piece), plus attention's square of each text's
  ///   length; `Benchmarks/encoder-bench.sh` measures the rates.
  public func encode(
    _ texts: [String], tokenVectors: Bool = false, workers: Int? = nil,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> Encodings {
    let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, texts.count))
    let pieces = self.pieces(texts, threads: threads)
    let plan = EncoderBatches(lengths: pieces.map(\.count), rows: batchRows)
    let tokens = tokenVectors ? SlotArray<TokenVectors>(count: texts.count) : nil
    var embeddings = ContiguousArray<Float>(repeating: 0, count: texts.count * width)
    embeddings.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      nonisolated(unsafe) let target = base
      let next = Atomic<Int>(0)
      let done = Mutex(0)
      let count = plan.batches.count
      DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
        withWorkspace { workspace in
          while true {
            let taken = next.add(1, ordering: .relaxed).oldValue
            if taken >= count { break }
            // Longest first, so that no thread is left with a long batch at the end.
            let batch = plan.batches[count - 1 - taken]
            encode(
              plan.order[batch], pieces: pieces, in: workspace, embeddings: target, tokens: tokens)
            if let progress {
              done.withLock { encoded in
                encoded += batch.count
                progress(encoded)
              }
            }
          }
        }
      }
    }
    let empty = TokenVectors(ids: [], vectors: [], width: width)
    return Encodings(
      width: width, embeddings: embeddings,
      tokenVectors: tokens.map { tokens in texts.indices.map { tokens[$0] ?? empty } } ?? [])
  }

  /// Each text's word-piece ids with [CLS] and [SEP], cut to `longest`; on up to `threads`
  /// threads for many texts.
  private func pieces(_ texts: [String], threads: Int) -> [[Int32]] {
    // A vocabulary longer than the embeddings (a mismatched vocab.txt) reads as unknown.
    let rows = Int32(weights.vocabularySize)
    let tokenizer = self.tokenizer
    let limit = longest - 2
    @Sendable func pieces(_ text: String) -> [Int32] {
      [tokenizer.classID]
        + tokenizer.ids(text, limit: limit).map { $0 < rows ? $0 : tokenizer.unknownID }
        + [tokenizer.separatorID]
    }
    let chunk = 256
    guard threads > 1, texts.count > chunk else { return texts.map(pieces) }
    let chunks = (texts.count + chunk - 1) / chunk
    let slots = SlotArray<[Int32]>(count: texts.count)
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
      for text in (index * chunk)..<min(texts.count, (index + 1) * chunk) {
        slots[text] = pieces(texts[text])
      }
    }
    return texts.indices.map { slots[$0] ?? [] }
  }

  /// Runs `body` with a workspace of this encoder's pool (a new one when all are in use).
  private func withWorkspace<Result>(_ body: (EncoderWorkspace) -> Result) -> Result {
    let workspace =
      workspaces.withLock { $0.popLast() }
      ?? EncoderWorkspace(
        weights: weights, capacity: max(batchRows, longest), longest: longest, int8: int8 != nil)
    defer { workspaces.withLock { $0.append(workspace) } }
    return body(workspace)
  }

  /// Encodes one batch of texts (by index) and writes their embeddings into `embeddings`
  /// (`width` floats a text, at the text's index) and, if given, their token vectors.
  private func encode(
    _ batch: ArraySlice<Int>, pieces: [[Int32]], in workspace: EncoderWorkspace,
    embeddings: UnsafeMutablePointer<Float>, tokens: SlotArray<TokenVectors>?
  ) {
    workspace.run(batch.lazy.map { pieces[$0] }, weights: weights, int8: int8, blas: blas)
    let width = self.width
    for (position, text) in batch.enumerated() {
      let states = workspace.states(ofText: position)
      let rows = pieces[text].count
      // Mean pooling over every piece; the mean's division is left to the unit length.
      let target = embeddings + text * width
      for i in stride(from: 0, to: width, by: 8) {
        var sum = VectorKernels.Vector()
        for row in 0..<rows { sum += VectorKernels.load(states + row * width + i) }
        VectorKernels.store(sum, target + i)
      }
      VectorKernels.unitLength(target, count: width, into: target)
      guard let tokens else { continue }
      // The pieces between [CLS] and [SEP], each of unit length.
      let inner = rows - 2
      let vectors = [Float](unsafeUninitializedCapacity: inner * width) { buffer, count in
        count = 0
        guard let base = buffer.baseAddress else { return }
        for row in 0..<inner {
          VectorKernels.unitLength(
            states + (row + 1) * width, count: width, into: base + row * width)
        }
        count = inner * width
      }
      tokens[text] = TokenVectors(
        ids: Array(pieces[text][1..<(rows - 1)]), vectors: vectors, width: width)
    }
  }
}
