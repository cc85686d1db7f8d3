import Dispatch
import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a file's bytes with `pread` (swift-system's `read(fromAbsoluteOffset:into:)`,
/// which retries on EINTR), large buffers in pieces on all cores (the kernel's copy out of
/// the page cache is a good part of reading a large corpus or index).
///
/// ``read(file:)`` and ``readText(file:)`` read a whole file by its path, with the errors
/// Brief reports for any file it is given (documents, questions, the sentence model's).
internal enum FileBytes {
  /// Reads the bytes of one regular file, or of a FIFO to its end (a pipe named as a path:
  /// `/dev/stdin`, `<(command)`).
  ///
  /// - Throws: ``BriefError`` for a missing or unreadable file, a device or a socket.
  internal static func read(file path: String) throws(BriefError) -> [UInt8] {
    // A device or socket could block, never end or act when read: it is never opened.
    let kind = FileKind(path: path)
    if kind == .directory { throw .unreadable(path: path, reason: "a folder, not a file") }
    if let error = kind.error(path: path) { throw error }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    guard let descriptor = try? FileDescriptor.open(path, .readOnly, options: .closeOnExec) else {
      throw .unreadable(path: path, reason: "read failed")
    }
    defer { try? descriptor.close() }
    switch kind == .fifo ? readStream(descriptor) : readAll(descriptor) {
    case .success(let bytes): return bytes
    case .failure: throw .unreadable(path: path, reason: "read failed")
    }
  }

  /// Reads and decodes one text file (``TextDecoding``).
  ///
  /// - Throws: ``BriefError`` for a missing, unreadable, binary or non-UTF-8 file.
  internal static func readText(file path: String) throws(BriefError) -> String {
    try TextDecoding.decode(try read(file: path), name: path)
  }

  /// Buffers at least this large are read in parallel pieces of this size.
  internal static let pieceSize = 8 << 20

  /// The whole content of the open file `descriptor`, or why not.
  internal static func readAll(_ descriptor: FileDescriptor) -> Result<[UInt8], FileBytesError> {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else {
      return .failure(FileBytesError(reason: String(cString: strerror(errno))))
    }
    let size = Int(info.st_size)
    // A file that claims no size may still hold bytes (those of /proc): read it as a stream.
    if size == 0 { return readStream(descriptor) }
    var failure: FileBytesError?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      failure = fill(descriptor, UnsafeMutableRawBufferPointer(buffer), at: 0)
      count = failure == nil ? size : 0
    }
    return failure.map { .failure($0) } ?? .success(bytes)
  }

  /// Everything `descriptor` gives until its end (a pipe, a FIFO), read in growing chunks
  /// (swift-system's `read(into:)` retries on EINTR).
  internal static func readStream(_ descriptor: FileDescriptor) -> Result<[UInt8], FileBytesError> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count: Int
      do {
        count = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }
      } catch {
        return .failure(FileBytesError(reason: "\(error)"))
      }
      if count == 0 { return .success(bytes) }
      bytes.append(contentsOf: chunk[..<count])
      // Large streams take fewer, larger reads (up to 4 MB at a time).
      if count == chunk.count && chunk.count < 4 << 20 && bytes.count >= chunk.count * 8 {
        chunk = [UInt8](repeating: 0, count: chunk.count * 4)
      }
    }
  }

  /// Fills `buffer` from the file at `offset` (large buffers in pieces on all cores), or
  /// returns why not.
  internal static func fill(
    _ descriptor: FileDescriptor, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int
  ) -> FileBytesError? {
    let pieces = (buffer.count + pieceSize - 1) / pieceSize
    guard pieces > 1 else { return read(descriptor, into: buffer, at: offset) }
    let failures = SlotArray<FileBytesError>(count: pieces)
    nonisolated(unsafe) let target = buffer
    DispatchQueue.concurrentPerform(iterations: pieces) { piece in
      let start = piece * pieceSize
      let part = UnsafeMutableRawBufferPointer(
        rebasing: target[start..<min(target.count, start + pieceSize)])
      prefault(part)
      failures[piece] = read(descriptor, into: part, at: offset + start)
    }
    return (0..<pieces).lazy.compactMap { failures[$0] }.first
  }

  /// Maps a fresh buffer's pages in one call before it is filled (Linux 5.14+
  /// `MADV_POPULATE_WRITE`), cheaper than one page fault per 4 KiB during the copy; nothing
  /// happens where the kernel does not know the advice.
  private static func prefault(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
      let page = Int(getpagesize())
      guard let base = buffer.baseAddress else { return }
      let start = (Int(bitPattern: base) + page - 1) / page * page
      let end = (Int(bitPattern: base) + buffer.count) / page * page
      guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(address, end - start, 23)  // MADV_POPULATE_WRITE
    #endif
  }

  private static func read(
    _ descriptor: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int
  ) -> FileBytesError? {
    var done = 0
    while done < buffer.count {
      let count: Int
      do {
        count = try descriptor.read(
          fromAbsoluteOffset: Int64(offset + done),
          into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
      } catch {
        return FileBytesError(reason: "\(error)")
      }
      if count == 0 { return FileBytesError(reason: "truncated (the file ends early)") }
      done += count
    }
    return nil
  }
}

/// Why a file could not be read.
internal struct FileBytesError: Error {
  let reason: String
}
