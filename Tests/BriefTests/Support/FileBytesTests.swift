import Foundation
import SystemPackage
import Testing

@testable import Brief

@Suite final class FileBytesTests {
  private let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("brief-filebytes-\(UUID().uuidString)").path

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// `bytes` written to the file, then opened for reading.
  private func opened(_ bytes: [UInt8]) throws -> FileDescriptor {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return try FileDescriptor.open(path, .readOnly)
  }

  @Test(arguments: [0, 1, 4096, FileBytes.pieceSize * 2 + 123])
  func aFileIsReadWhole(size: Int) throws {
    // Several pieces for the largest: each lands at its own place.
    var bytes = [UInt8](repeating: 0, count: size)
    bytes.withUnsafeMutableBufferPointer { bytes in
      for index in bytes.indices {
        bytes[index] = UInt8(truncatingIfNeeded: index &* 31 ^ index >> 13)
      }
    }
    let descriptor = try opened(bytes)
    defer { try? descriptor.close() }
    #expect(try FileBytes.readAll(descriptor).get() == bytes)
  }

  @Test func aBufferIsFilledFromAnOffsetOrTheShortfallIsSaid() throws {
    let descriptor = try opened(Array(0..<100))
    defer { try? descriptor.close() }
    var buffer = [UInt8](repeating: 0, count: 10)
    let failure = buffer.withUnsafeMutableBytes { FileBytes.fill(descriptor, $0, at: 40) }
    #expect(failure == nil)
    #expect(buffer == Array(40..<50))
    let late = buffer.withUnsafeMutableBytes { FileBytes.fill(descriptor, $0, at: 95) }
    #expect(late?.reason == "truncated (the file ends early)")
  }

  @Test func aDescriptorThatIsNotOpenIsAnError() {
    // -1, not a closed one: another test may open a file under a freed number.
    #expect(throws: FileBytesError.self) {
      try FileBytes.readAll(FileDescriptor(rawValue: -1)).get()
    }
  }
}
