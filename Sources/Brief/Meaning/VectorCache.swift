import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentence vectors kept on disk between runs, by a hash of each sentence's text, so that a
/// second run over the same corpus (or one that shares sentences with it) encodes only what
/// is new.
///
/// The cache is a folder per model (``directory``) of 16 shard files, each a sequence of
/// frames appended whole (one `write` with `O_APPEND` each, so that runs at the same time do
/// not mix their records): a frame header (magic, record count, byte length, checksum) and
/// records (``Entry``) of a text hash, the text's embedding and its word pieces, 8 bits a
/// value. A frame that is cut short or fails its checksum
/// ends what is read of its shard: the rest is ignored and written again when needed. A
/// shard that outgrows its share of ``maximumBytes`` is rewritten with its newer half
/// (through a temporary file renamed over it).
public struct VectorCache: Sendable {
  /// The folder of this model's shards.
  public let directory: URL
  /// The length of a row.
  public let width: Int
  /// About the most bytes the cache takes on disk.
  public let maximumBytes: Int

  private static let shardCount = 16
  private static let magic: UInt32 = 0x4256_4332  // "BVC2"

  /// What the cache keeps of a text: its embedding and its word pieces (ids and vectors),
  /// each vector as signed bytes times a scale.
  public struct Entry: Sendable, Equatable {
    /// The embedding's values.
    public var codes: [Int8]
    /// The embedding's scale.
    public var scale: Float
    /// The pieces' vocabulary ids.
    public var pieceIDs: [Int32]
    /// The pieces' values, the embedding's width a piece.
    public var pieceCodes: [Int8]
    /// Each piece's scale.
    public var pieceScales: [Float]

    /// An entry of nothing (`width` zeros).
    public init(width: Int) {
      codes = [Int8](repeating: 0, count: width)
      scale = 1
      pieceIDs = []
      pieceCodes = []
      pieceScales = []
    }

    /// The entry of a text's embedding and pieces, quantized.
    public init(embedding: some Collection<Float>, pieces: TokenVectors) {
      (codes, scale) = Self.quantize(embedding)
      pieceIDs = pieces.ids
      pieceCodes = []
      pieceScales = []
      pieceCodes.reserveCapacity(pieces.vectors.count)
      for piece in 0..<pieces.ids.count {
        let (codes, scale) = Self.quantize(
          pieces.vectors[(piece * pieces.width)..<((piece + 1) * pieces.width)])
        pieceCodes += codes
        pieceScales.append(scale)
      }
    }

    /// The pieces' values as floats, one after another.
    public func pieceValues() -> [Float] {
      let width = codes.count
      var values = [Float](repeating: 0, count: pieceCodes.count)
      for piece in pieceScales.indices {
        for i in 0..<width {
          values[piece * width + i] = Float(pieceCodes[piece * width + i]) * pieceScales[piece]
        }
      }
      return values
    }

    /// The pieces as token vectors of `width` values.
    public func pieceTokenVectors(width: Int) -> TokenVectors {
      TokenVectors(ids: pieceIDs, vectors: pieceValues(), width: width)
    }

    /// Values as signed bytes times one scale (the largest magnitude over 127).
    private static func quantize(_ values: some Collection<Float>) -> ([Int8], Float) {
      let largest = values.reduce(0) { max($0, abs($1)) }
      let scale = largest > 0 ? largest / 127 : 1
      return (values.map { Int8(min(max(($0 / scale).rounded(), -127), 127)) }, scale)
    }
  }

  /// The cache folder Brief uses: `$XDG_CACHE_HOME/brief/vectors` (`~/.cache` without it).
  public static func defaultRoot(environment: [String: String]) -> URL {
    URL(
      fileURLWithPath: BaseDirectory.cache.path(environment: environment) + "/brief/vectors",
      isDirectory: true)
  }

  /// A cache of `model`'s vectors (`width` values a row) under `root`.
  ///
  /// - Parameter maximumBytes: about the most the cache takes on disk (default 1 GiB: some
  ///   2.6 million sentences of 384 values).
  public init(root: URL, model: String, width: Int, maximumBytes: Int = 1 << 30) {
    let safe = String(model.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    self.directory = root.appendingPathComponent(safe.isEmpty ? "model" : safe, isDirectory: true)
    self.width = width
    self.maximumBytes = maximumBytes
  }

  /// The key of a text: a 64-bit hash of its UTF-8 bytes.
  public static func key(of text: String) -> UInt64 {
    var copy = text
    return copy.withUTF8 { Checksum.of(UnsafeRawBufferPointer($0), seed: 0x5645_4354) }
  }

  /// The entries the cache holds for `keys`, by position in `keys`.
  ///
  /// Missing keys are absent; unreadable or damaged shards count as empty.
  public func entries(for keys: [UInt64]) -> [Int: Entry] {
    var wanted: [Int: [(position: Int, key: UInt64)]] = [:]
    for (position, key) in keys.enumerated() {
      wanted[Self.shard(of: key), default: []].append((position, key))
    }
    var found: [Int: Entry] = [:]
    for (shard, entries) in wanted {
      let records = read(shard: shard).records
      for (position, key) in entries {
        if let record = records[key] { found[position] = record }
      }
    }
    return found
  }

  /// Adds entries under their keys; a shard that cannot be written is skipped (the cache is
  /// only a help).
  public func store(keys: [UInt64], entries: [Entry]) {
    guard !keys.isEmpty else { return }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var byShard: [Int: [Int]] = [:]
    for (position, key) in keys.enumerated() {
      byShard[Self.shard(of: key), default: []].append(position)
    }
    for (shard, positions) in byShard {
      var body = [UInt8]()
      for position in positions {
        let entry = entries[position]
        guard entry.codes.count == width else { continue }
        append(keys[position], &body)
        append(entry.scale.bitPattern, &body)
        append(UInt32(entry.pieceIDs.count), &body)
        body += entry.codes.map { UInt8(bitPattern: $0) }
        for piece in entry.pieceIDs.indices {
          append(UInt32(bitPattern: entry.pieceIDs[piece]), &body)
          append(entry.pieceScales[piece].bitPattern, &body)
          body += entry.pieceCodes[(piece * width)..<((piece + 1) * width)].map {
            UInt8(bitPattern: $0)
          }
        }
      }
      var frame = [UInt8]()
      append(Self.magic, &frame)
      append(UInt32(positions.count), &frame)
      append(UInt64(body.count), &frame)
      append(body.withUnsafeBytes { Checksum.of($0) }, &frame)
      frame += body
      let path = shardURL(shard).path
      if let size = fileSize(path), size + frame.count > maximumBytes / Self.shardCount {
        compact(shard: shard)
      }
      appendFrame(frame, to: path)
    }
  }

  // MARK: - Shards

  private static func shard(of key: UInt64) -> Int { Int(key >> 60) }

  private func shardURL(_ shard: Int) -> URL {
    directory.appendingPathComponent(String(format: "shard-%02d.bin", shard))
  }

  /// The records of a shard, the newest of each key, and the valid frames in order.
  private func read(shard: Int) -> (records: [UInt64: Entry], frames: [[UInt8]]) {
    guard let data = FileManager.default.contents(atPath: shardURL(shard).path) else {
      return ([:], [])
    }
    let bytes = [UInt8](data)
    var records: [UInt64: Entry] = [:]
    var frames: [[UInt8]] = []
    var offset = 0
    while bytes.count - offset >= 24 {
      guard word32(bytes, offset) == Self.magic else { break }
      let count = Int(word32(bytes, offset + 4))
      let length = word64(bytes, offset + 8)
      let checksum = word64(bytes, offset + 16)
      let start = offset + 24
      guard count > 0, length <= UInt64(bytes.count - start) else { break }
      let end = start + Int(length)
      guard bytes[start..<end].withUnsafeBytes({ Checksum.of($0) }) == checksum,
        let parsed = parse(bytes, from: start, to: end, count: count)
      else { break }
      for (key, entry) in parsed { records[key] = entry }
      frames.append(Array(bytes[offset..<end]))
      offset = end
    }
    return (records, frames)
  }

  /// The `count` records of a frame's body, or nil if they do not fill it exactly.
  private func parse(_ bytes: [UInt8], from start: Int, to end: Int, count: Int)
    -> [(UInt64, Entry)]?
  {
    var records: [(UInt64, Entry)] = []
    var offset = start
    for _ in 0..<count {
      guard end - offset >= 16 + width else { return nil }
      let key = word64(bytes, offset)
      var entry = Entry(width: width)
      entry.scale = Float(bitPattern: word32(bytes, offset + 8))
      let pieces = Int(word32(bytes, offset + 12))
      offset += 16
      entry.codes = bytes[offset..<(offset + width)].map { Int8(bitPattern: $0) }
      offset += width
      guard pieces <= (end - offset) / (8 + width) else { return nil }
      for _ in 0..<pieces {
        entry.pieceIDs.append(Int32(bitPattern: word32(bytes, offset)))
        entry.pieceScales.append(Float(bitPattern: word32(bytes, offset + 4)))
        entry.pieceCodes += bytes[(offset + 8)..<(offset + 8 + width)].map {
          Int8(bitPattern: $0)
        }
        offset += 8 + width
      }
      let scales = [entry.scale] + entry.pieceScales
      guard scales.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
      records.append((key, entry))
    }
    return offset == end ? records : nil
  }

  /// Rewrites a shard with its newer half of frames.
  private func compact(shard: Int) {
    let frames = read(shard: shard).frames
    let kept = frames.suffix(frames.count / 2).flatMap { $0 }
    let path = shardURL(shard).path
    let temporary = path + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(kept)) else { return }
    if rename(temporary, path) != 0 { unlink(temporary) }
  }

  private func appendFrame(_ frame: [UInt8], to path: String) {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    frame.withUnsafeBytes { buffer in
      // One write: a frame appended by another run cannot land inside it.
      _ = write(descriptor, buffer.baseAddress, buffer.count)
    }
  }

  private func fileSize(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }

  private func append<T: FixedWidthInteger>(_ value: T, _ bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  private func word32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
  }

  private func word64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
  }
}
