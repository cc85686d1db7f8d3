import Dispatch
import SystemPackage

/// The on-disk layout of a saved index, shared by ``IndexFileWriter`` and ``IndexFileReader``.
///
///     magic "BRIEFIDX" · format version (UInt32) · byte-order mark (UInt32) · section count (UInt64)
///     section × count: name (8 ASCII bytes) · element size · element count · checksum
///                      (UInt64 each) · payload, zero-padded to a multiple of 8 bytes
///     "BRIEFEND"
///
/// Every section is a flat array of fixed-size little-endian elements, checksummed on its
/// own, so a file is read with one copy from the kernel straight into the arrays. Sections
/// come in a fixed order; the reader checks names, sizes and counts before allocating.
internal enum IndexFileLayout {
  static let magic: [UInt8] = Array("BRIEFIDX".utf8)
  static let end: [UInt8] = Array("BRIEFEND".utf8)
  /// Bumped whenever the layout or the meaning of a section changes.
  static let formatVersion: UInt32 = 4
  static let byteOrderMark: UInt32 = 0x0A0B_0C0D
}

/// Why a saved index cannot be read; turned into ``BriefError/invalidIndex(path:reason:)``.
internal struct IndexFileError: Error {
  let reason: String
}

/// A 64-bit checksum with xxHash64's structure.
///
/// It runs four lanes of multiply-rotate rounds, then an avalanche: fast enough to verify a
/// gigabyte in a fraction of a second, and it catches any flipped, dropped or swapped bytes in
/// practice. Not cryptographic.
internal enum Checksum {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  @inline(__always)
  private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
    let mixed = accumulator &+ input &* prime2
    return ((mixed << 31) | (mixed >> 33)) &* prime1
  }

  @inline(__always)
  private static func merge(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
    (accumulator ^ round(0, lane)) &* prime1 &+ prime4
  }

  @inline(__always)
  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }

  /// The size of the blocks ``ofBlocks(_:)`` checksums independently.
  static let blockSize = 1 << 20

  /// The checksum of the checksums of `bytes`' 1 MiB blocks, computed on all cores: what a
  /// saved index records for each section.
  static func ofBlocks(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let blocks = (bytes.count + blockSize - 1) / blockSize
    guard blocks > 1 else { return of(bytes) }
    let sums = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: blocks)
    defer { sums.deallocate() }
    nonisolated(unsafe) let output = sums
    nonisolated(unsafe) let input = bytes
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      let start = block * blockSize
      output[block] = of(
        UnsafeRawBufferPointer(rebasing: input[start..<min(input.count, start + blockSize)]))
    }
    return of(UnsafeRawBufferPointer(sums))
  }

  /// The checksum of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let count = bytes.count
    var offset = 0
    var hash: UInt64
    if count >= 32 {
      var lane1 = seed &+ prime1 &+ prime2
      var lane2 = seed &+ prime2
      var lane3 = seed
      var lane4 = seed &- prime1
      while offset + 32 <= count {
        lane1 = round(
          lane1, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        lane2 = round(
          lane2,
          UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
        lane3 = round(
          lane3,
          UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
        lane4 = round(
          lane4,
          UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
        offset += 32
      }
      hash = rotate(lane1, 1) &+ rotate(lane2, 7) &+ rotate(lane3, 12) &+ rotate(lane4, 18)
      hash = merge(hash, lane1)
      hash = merge(hash, lane2)
      hash = merge(hash, lane3)
      hash = merge(hash, lane4)
    } else {
      hash = seed &+ prime5
    }
    hash = hash &+ UInt64(count)
    while offset + 8 <= count {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      hash = rotate(hash ^ round(0, word), 27) &* prime1 &+ prime4
      offset += 8
    }
    while offset < count {
      hash = rotate(hash ^ (UInt64(bytes[offset]) &* prime5), 11) &* prime1
      offset += 1
    }
    hash ^= hash >> 33
    hash = hash &* prime2
    hash ^= hash >> 29
    hash = hash &* prime3
    hash ^= hash >> 32
    return hash
  }
}

/// Writes a saved index section by section to a file descriptor.
internal struct IndexFileWriter {
  private let descriptor: FileDescriptor
  /// The sections written so far.
  private var sections: UInt64 = 0
  /// Where the header's section count is, filled in by ``finish()``.
  private static let sectionCountOffset = 16

  /// Writes the file header, at the start of an empty file.
  init(descriptor: Int32) throws(IndexFileError) {
    self.descriptor = FileDescriptor(rawValue: descriptor)
    var header = IndexFileLayout.magic
    withUnsafeBytes(of: IndexFileLayout.formatVersion.littleEndian) { header += $0 }
    withUnsafeBytes(of: IndexFileLayout.byteOrderMark.littleEndian) { header += $0 }
    withUnsafeBytes(of: UInt64(0)) { header += $0 }
    if let error = header.withUnsafeBytes({ put($0) }) { throw error }
  }

  /// Writes `values` as the section `name` (at most 8 ASCII characters).
  mutating func section<T: BitwiseCopyable>(_ name: String, _ values: [T]) throws(IndexFileError) {
    let failure = values.withUnsafeBytes { payload -> IndexFileError? in
      var header = Array(name.utf8.prefix(8))
      header += repeatElement(0x20, count: 8 - header.count)
      for field in [
        UInt64(MemoryLayout<T>.stride), UInt64(values.count), Checksum.ofBlocks(payload),
      ] {
        withUnsafeBytes(of: field.littleEndian) { header += $0 }
      }
      if let error = header.withUnsafeBytes({ put($0) }) { return error }
      if let error = put(payload) { return error }
      let padding = [UInt8](repeating: 0, count: (8 - payload.count % 8) % 8)
      return padding.withUnsafeBytes { put($0) }
    }
    if let failure { throw failure }
    sections += 1
  }

  /// Writes the end mark and the number of sections into the header.
  func finish() throws(IndexFileError) {
    if let error = IndexFileLayout.end.withUnsafeBytes({ put($0) }) { throw error }
    let failure = withUnsafeBytes(of: sections.littleEndian) { count -> IndexFileError? in
      do {
        try descriptor.writeAll(toAbsoluteOffset: Int64(Self.sectionCountOffset), count)
        return nil
      } catch {
        return IndexFileError(reason: "\(error)")
      }
    }
    if let failure { throw failure }
  }

  /// Writes all of `bytes`, or returns why not.
  private func put(_ bytes: UnsafeRawBufferPointer) -> IndexFileError? {
    do {
      try descriptor.writeAll(bytes)
      return nil
    } catch {
      return IndexFileError(reason: "\(error)")
    }
  }
}

/// Reads a saved index: the header and the table of sections first (so truncation and
/// impossible sizes are found before anything is allocated), then each section on request,
/// its payload read straight into the array on all cores.
internal struct IndexFileReader {
  /// A section as its header describes it.
  private struct Entry {
    var name: String
    var elementSize: Int
    var count: Int
    var checksum: UInt64
    /// Where the payload starts in the file.
    var offset: Int
  }

  private let descriptor: FileDescriptor
  private var entries: [Entry] = []
  /// The next section to read.
  private var next = 0
  /// Sections read whose checksums ``verify()`` has not checked yet: name, recorded
  /// checksum, and the computation of the actual one.
  private var unverified: [(name: String, checksum: UInt64, compute: @Sendable () -> UInt64)] = []

  /// Reads and checks the file header, the section headers and the end mark.
  init(descriptor: Int32, size: Int) throws(IndexFileError) {
    self.descriptor = FileDescriptor(rawValue: descriptor)
    guard size >= 8 else {
      throw IndexFileError(
        reason: size == 0 ? "empty file, not a Brief index" : "not a Brief index (too short)")
    }
    guard try readBytes(8, at: 0) == IndexFileLayout.magic else {
      throw IndexFileError(reason: "not a Brief index (no BRIEFIDX header)")
    }
    guard size >= 24 else { throw IndexFileError(reason: "truncated in the header") }
    let version = UInt32(littleEndian: try readScalar(UInt32.self, at: 8))
    let mark = UInt32(littleEndian: try readScalar(UInt32.self, at: 12))
    if version < IndexFileLayout.formatVersion {
      throw IndexFileError(
        reason: "index format \(version) is older than this brief reads "
          + "(\(IndexFileLayout.formatVersion)); rebuild it with `brief index`")
    }
    if version > IndexFileLayout.formatVersion {
      throw IndexFileError(
        reason: "index format \(version) is newer than this brief reads "
          + "(\(IndexFileLayout.formatVersion)); use a newer brief or rebuild it")
    }
    guard mark == IndexFileLayout.byteOrderMark else {
      throw IndexFileError(reason: "written on a machine of another byte order")
    }
    let sectionCount = UInt64(littleEndian: try readScalar(UInt64.self, at: 16))
    var offset = 24
    for _ in 0..<sectionCount {
      guard size - offset >= 32 else {
        throw IndexFileError(reason: "truncated after \(entries.count) sections")
      }
      let header = try readBytes(32, at: offset)
      func word(_ at: Int) -> UInt64 {
        header[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | UInt64($1) }
      }
      let name = String(decoding: header[0..<8], as: UTF8.self).trimmed
      let (bytes, overflow) = word(8).multipliedReportingOverflow(by: word(16))
      guard !overflow, word(8) > 0, word(8) <= 8, bytes <= UInt64(size - offset - 32) else {
        throw IndexFileError(
          reason: "truncated or corrupt: section \(name.debugDescription) claims "
            + "\(overflow ? "more" : String(bytes)) bytes, \(size - offset - 32) remain")
      }
      let padded = (Int(bytes) + 7) / 8 * 8
      entries.append(
        Entry(
          name: name, elementSize: Int(word(8)), count: Int(word(16)), checksum: word(24),
          offset: offset + 32))
      offset += 32 + padded
      guard offset <= size else {
        throw IndexFileError(reason: "truncated in section \(name.debugDescription)")
      }
    }
    guard size - offset >= 8, try readBytes(8, at: offset) == IndexFileLayout.end else {
      throw IndexFileError(reason: "truncated: the end mark is missing")
    }
    guard size - offset == 8 else {
      throw IndexFileError(reason: "corrupt: \(size - offset - 8) bytes after the end mark")
    }
  }

  /// Reads the next section, which must be called `name` and hold elements of type `T`
  /// (and exactly `count` of them when given).
  ///
  /// Sizes are checked at once; the checksum only by ``verify()`` (all sections read so
  /// far, on all cores), so code that reads a section's contents before then must not
  /// trust them.
  mutating func section<T: BitwiseCopyable & Sendable>(
    _ name: String, of type: T.Type, count expected: Int? = nil
  ) throws(IndexFileError) -> [T] {
    guard next < entries.count else {
      throw IndexFileError(reason: "corrupt: section \(name) is missing")
    }
    let entry = entries[next]
    next += 1
    guard entry.name == name else {
      throw IndexFileError(
        reason: "corrupt: expected section \(name), found \(entry.name.debugDescription)")
    }
    guard entry.elementSize == MemoryLayout<T>.stride else {
      throw IndexFileError(
        reason: "corrupt: section \(name) has \(entry.elementSize)-byte elements, expected "
          + "\(MemoryLayout<T>.stride)")
    }
    if let expected, entry.count != expected {
      throw IndexFileError(
        reason: "corrupt: section \(name) has \(entry.count) entries, expected \(expected)")
    }
    var failure: IndexFileError?
    let values = [T](unsafeUninitializedCapacity: entry.count) { buffer, initialized in
      failure = fill(UnsafeMutableRawBufferPointer(buffer), at: entry.offset)
      initialized = failure == nil ? entry.count : 0
    }
    if let failure { throw failure }
    unverified.append(
      (name, entry.checksum, { values.withUnsafeBytes { Checksum.ofBlocks($0) } }))
    return values
  }

  /// Checks that every section was read, and verifies the checksums not verified yet.
  mutating func finish() throws(IndexFileError) {
    guard next == entries.count else {
      throw IndexFileError(reason: "corrupt: \(entries.count - next) unexpected sections")
    }
    try verify()
  }

  /// Verifies the checksums of the sections read since the last call.
  mutating func verify() throws(IndexFileError) {
    for section in unverified where section.compute() != section.checksum {
      throw IndexFileError(reason: "corrupt: checksum mismatch in section \(section.name)")
    }
    unverified = []
  }

  private func readBytes(_ count: Int, at offset: Int) throws(IndexFileError) -> [UInt8] {
    var failure: IndexFileError?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      failure = fill(UnsafeMutableRawBufferPointer(buffer), at: offset)
      initialized = failure == nil ? count : 0
    }
    if let failure { throw failure }
    return bytes
  }

  private func readScalar<T: FixedWidthInteger>(_ type: T.Type, at offset: Int)
    throws(IndexFileError) -> T
  {
    var value = T.zero
    if let failure = withUnsafeMutableBytes(of: &value, { fill($0, at: offset) }) {
      throw failure
    }
    return value
  }

  /// Fills `buffer` from the file at `offset` (large buffers in pieces on all cores), or
  /// returns why not.
  private func fill(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> IndexFileError? {
    FileBytes.fill(descriptor, buffer, at: offset).map { IndexFileError(reason: $0.reason) }
  }
}
