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
/// not mix their records): a frame header (magic, record count, checksum) and records of a
/// text hash, a scale and the row's codes. A frame that is cut short or fails its checksum
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
  private static let magic: UInt32 = 0x4252_5643  // "BRVC"
  private var recordSize: Int { 8 + 4 + width }

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

  /// The rows the cache holds for `keys`, by position in `keys` (missing ones absent).
  /// Unreadable or damaged shards count as empty.
  public func rows(for keys: [UInt64]) -> [Int: (codes: [Int8], scale: Float)] {
    var wanted: [Int: [(position: Int, key: UInt64)]] = [:]
    for (position, key) in keys.enumerated() {
      wanted[Self.shard(of: key), default: []].append((position, key))
    }
    var found: [Int: (codes: [Int8], scale: Float)] = [:]
    for (shard, entries) in wanted {
      let records = read(shard: shard).records
      for (position, key) in entries {
        if let record = records[key] { found[position] = record }
      }
    }
    return found
  }

  /// Adds rows (`codes` of `width` values, and scales) under their keys; a shard that
  /// cannot be written is skipped (the cache is only a help).
  public func store(keys: [UInt64], codes: [Int8], scales: [Float]) {
    guard !keys.isEmpty else { return }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var byShard: [Int: [Int]] = [:]
    for (position, key) in keys.enumerated() { byShard[Self.shard(of: key), default: []].append(position) }
    for (shard, positions) in byShard {
      var frame = [UInt8]()
      frame.reserveCapacity(16 + positions.count * recordSize)
      for position in positions {
        append(keys[position], &frame)
        append(scales[position].bitPattern, &frame)
        codes[(position * width)..<((position + 1) * width)].forEach {
          frame.append(UInt8(bitPattern: $0))
        }
      }
      let body = frame
      frame = []
      append(Self.magic, &frame)
      append(UInt32(positions.count), &frame)
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
  private func read(shard: Int) -> (
    records: [UInt64: (codes: [Int8], scale: Float)], frames: [[UInt8]]
  ) {
    guard let data = FileManager.default.contents(atPath: shardURL(shard).path) else {
      return ([:], [])
    }
    let bytes = [UInt8](data)
    var records: [UInt64: (codes: [Int8], scale: Float)] = [:]
    var frames: [[UInt8]] = []
    var offset = 0
    while bytes.count - offset >= 16 {
      guard word32(bytes, offset) == Self.magic else { break }
      let count = Int(word32(bytes, offset + 4))
      let checksum = word64(bytes, offset + 8)
      let length = count * recordSize
      let start = offset + 16
      guard count > 0, bytes.count - start >= length else { break }
      let body = bytes[start..<(start + length)]
      guard body.withUnsafeBytes({ Checksum.of($0) }) == checksum else { break }
      for record in 0..<count {
        let base = start + record * recordSize
        let scale = Float(bitPattern: word32(bytes, base + 8))
        guard scale.isFinite && scale > 0 else { continue }
        records[word64(bytes, base)] = (
          bytes[(base + 12)..<(base + 12 + width)].map { Int8(bitPattern: $0) }, scale
        )
      }
      frames.append(Array(bytes[offset..<(start + length)]))
      offset = start + length
    }
    return (records, frames)
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
