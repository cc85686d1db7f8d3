import Foundation
import Testing

@testable import Brief

@Suite struct ReleaseFreedMemoryTests {
  /// Under AddressSanitizer its own allocator serves malloc, and glibc's trim has nothing to
  /// give back.
  private static let underAddressSanitizer =
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil

  /// The resident size of this process, in bytes.
  private static func residentBytes() throws -> Int {
    let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
      .split(separator: " ")
    return try #require(Int(fields[1])) * Int(getpagesize())
  }

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm")),
    .disabled(if: underAddressSanitizer, "AddressSanitizer's allocator serves malloc"))
  func freedPagesInsideTheHeapGoBackToTheSystem() throws {
    // 64 MB in 32 KiB blocks, each followed by a small block that stays, so that the freed
    // blocks cannot merge into the top of the heap (which free itself would trim): glibc
    // keeps their pages until malloc_trim.
    let count = 2048
    let size = 32 << 10
    var freed: [UnsafeMutableRawPointer] = []
    var kept: [UnsafeMutableRawPointer] = []
    for _ in 0..<count {
      let block = try #require(malloc(size))
      memset(block, 1, size)
      freed.append(block)
      kept.append(try #require(malloc(64)))
    }
    defer { kept.forEach { free($0) } }
    for block in freed { free(block) }
    let before = try Self.residentBytes()
    _releaseFreedMemory()
    let after = try Self.residentBytes()
    #expect(before - after > count * size / 2, "\(before) → \(after)")
  }
}
