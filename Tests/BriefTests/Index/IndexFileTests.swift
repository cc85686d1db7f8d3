import Foundation
import Testing

@testable import Brief

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct ChecksumTests {
  private func checksum(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
    bytes.withUnsafeBytes { Checksum.of($0, seed: seed) }
  }

  /// Values of the reference xxHash64 (Python's `xxhash` 3.x); the checksum follows it
  /// exactly when the input's last 8-byte word is followed by fewer than four bytes.
  @Test(
    arguments: [
      ([UInt8](), UInt64(0xEF46_DB37_51D8_E999), UInt64(0x95F0_626F_6F0A_4409)),
      (Array("abc".utf8), 0x44BC_2CF5_AD77_0999, 0x9E75_5206_1566_76D7),
      (Array(0..<35), 0xF8C4_B2DA_CBDC_BA83, 0xF227_FF93_9680_EF9C),
      (Array(0..<67), 0x37D3_36F4_9700_2EE1, 0xDEF4_8E43_10B8_ACDD),
    ] as [([UInt8], UInt64, UInt64)])
  func matchesXXHash64(bytes: [UInt8], unseeded: UInt64, seeded: UInt64) {
    #expect(checksum(bytes) == unseeded)
    #expect(checksum(bytes, seed: 7) == seeded)
  }

  @Test func everyFlippedOrSwappedByteChangesIt() {
    let bytes = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    let original = checksum(bytes)
    var seen: Set<UInt64> = [original]
    for index in bytes.indices {
      var flipped = bytes
      flipped[index] ^= 0x01
      seen.insert(checksum(flipped))
      var swapped = bytes
      swapped.swapAt(index, (index + 1) % bytes.count)
      seen.insert(checksum(swapped))
    }
    #expect(seen.count == 1 + 2 * bytes.count)
    // One byte dropped, or one added.
    #expect(checksum(Array(bytes.dropLast())) != original)
    #expect(checksum(bytes + [0]) != original)
  }

  @Test func blocksAreChecksummedOnTheirOwnThenTogether() {
    let small = Array(repeating: UInt8(7), count: 1000)
    #expect(small.withUnsafeBytes { Checksum.ofBlocks($0) } == checksum(small))
    var large = (0..<(Checksum.blockSize * 5 / 2)).map { UInt8(truncatingIfNeeded: $0 % 251) }
    let blocks = stride(from: 0, to: large.count, by: Checksum.blockSize).map {
      checksum(Array(large[$0..<min(large.count, $0 + Checksum.blockSize)]))
    }
    let expected = blocks.withUnsafeBytes { Checksum.of($0) }
    #expect(blocks.count == 3)
    #expect(large.withUnsafeBytes { Checksum.ofBlocks($0) } == expected)
    large[large.count - 1] ^= 0x80
    #expect(large.withUnsafeBytes { Checksum.ofBlocks($0) } != expected)
  }
}

@Suite final class IndexFileTests {
  private let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("brief-indexfile-\(UUID().uuidString)").path

  deinit { unlink(path) }

  /// The bytes of a file of three sections: 5 Int32s, 3 bytes (padded to 8) and 2 Doubles.
  private func written() throws -> [UInt8] {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var writer = try IndexFileWriter(descriptor: descriptor)
    try writer.section("ints", [Int32](1...5))
    try writer.section("bytes", [UInt8]([9, 8, 7]))
    try writer.section("doubles", [0.5, -2.25])
    try writer.finish()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Reads `bytes` as the file of ``written()`` expects it, or says why it cannot.
  private func reason(
    reading bytes: [UInt8], counts: (Int?, Int?) = (nil, nil), sections: Int = 3
  ) throws -> String? {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    do {
      var reader = try IndexFileReader(descriptor: descriptor, size: bytes.count)
      let ints = try reader.section("ints", of: Int32.self, count: counts.0)
      let small = try reader.section("bytes", of: UInt8.self, count: counts.1)
      if sections == 3 {
        let doubles = try reader.section("doubles", of: Double.self)
        try reader.finish()
        #expect(ints == [1, 2, 3, 4, 5] && small == [9, 8, 7] && doubles == [0.5, -2.25])
      } else {
        try reader.finish()
      }
      return nil
    } catch {
      return error.reason
    }
  }

  @Test func sectionsReadBackAsWritten() throws {
    let bytes = try written()
    // Header 24, each section 32 + its payload padded to 8, the end mark 8.
    #expect(bytes.count == 24 + (32 + 24) + (32 + 8) + (32 + 16) + 8)
    #expect(Array(bytes.prefix(8)) == Array("BRIEFIDX".utf8))
    #expect(Array(bytes.suffix(8)) == Array("BRIEFEND".utf8))
    #expect(bytes[16] == 3)
    #expect(try reason(reading: bytes, counts: (5, 3)) == nil)
  }

  @Test func sectionsThatAreNotTheOnesAskedForAreRefused() throws {
    let bytes = try written()
    #expect(
      try reason(reading: bytes, counts: (4, nil))
        == "corrupt: section ints has 5 entries, expected 4")
    #expect(try reason(reading: bytes, sections: 2) == "corrupt: 1 unexpected sections")
    var renamed = bytes
    renamed[24] = UInt8(ascii: "j")
    #expect(
      try reason(reading: renamed) == "corrupt: expected section ints, found \"jnts\"")
    // Ten 2-byte elements: the same payload, read as other elements.
    var narrowed = bytes
    narrowed[24 + 8] = 2
    narrowed[24 + 16] = 10
    #expect(
      try reason(reading: narrowed)
        == "corrupt: section ints has 2-byte elements, expected 4")
  }

  @Test func aChangedPayloadFailsItsChecksum() throws {
    var bytes = try written()
    bytes[24 + 32 + 4] ^= 0x10
    #expect(try reason(reading: bytes) == "corrupt: checksum mismatch in section ints")
  }

  @Test func everyShorterOrLongerFileIsRefused() throws {
    let bytes = try written()
    for length in 0..<bytes.count {
      #expect(try reason(reading: Array(bytes.prefix(length))) != nil, "\(length) bytes")
    }
    #expect(try reason(reading: []) == "empty file, not a Brief index")
    #expect(try reason(reading: bytes + [0, 0]) == "corrupt: 2 bytes after the end mark")
  }

  @Test func otherHeadersAreRefused() throws {
    let bytes = try written()
    var foreign = bytes
    foreign[0] = UInt8(ascii: "X")
    #expect(try reason(reading: foreign) == "not a Brief index (no BRIEFIDX header)")
    var older = bytes
    older[8] = UInt8(IndexFileLayout.formatVersion - 1)
    let version = IndexFileLayout.formatVersion
    #expect(try reason(reading: older)?.hasPrefix("index format \(version - 1) is older") == true)
    var newer = bytes
    newer[8] = UInt8(IndexFileLayout.formatVersion + 1)
    #expect(try reason(reading: newer)?.hasPrefix("index format \(version + 1) is newer") == true)
    var swapped = bytes
    swapped[12..<16].reverse()
    #expect(try reason(reading: swapped) == "written on a machine of another byte order")
  }
}
