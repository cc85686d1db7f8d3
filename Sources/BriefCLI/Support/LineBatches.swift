import Foundation

/// The lines of a file descriptor in batches of what has arrived: each batch holds the
/// complete lines one `read` brought (at most ``limit``), so a pipe that delivers one line at
/// a time gets each answered at once, and a file's lines are answered many together.
struct LineBatches {
  /// The most lines a batch holds.
  let limit: Int
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false

  init(descriptor: Int32 = 0, limit: Int = 32) {
    self.descriptor = descriptor
    self.limit = max(1, limit)
  }

  /// The next lines, or nil at the end of input.
  ///
  /// Lines come without their line ends (`\r\n` or `\n`), decoded as UTF-8 with
  /// replacement; a last line without a line end counts.
  mutating func next() -> [String]? {
    var lines: [String] = []
    while lines.isEmpty {
      takeLines(into: &lines)
      if !lines.isEmpty { break }
      if ended {
        guard start < buffer.count else { return nil }
        lines.append(Self.text(buffer[start...]))
        start = buffer.count
        break
      }
      fill()
    }
    return lines
  }

  /// Moves the complete lines buffered (up to ``limit``) into `lines`.
  private mutating func takeLines(into lines: inout [String]) {
    while lines.count < limit, let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
      lines.append(Self.text(buffer[start..<end]))
      start = end + 1
    }
  }

  /// Reads what the descriptor has (blocking until something or the end arrives).
  private mutating func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBytes { bytes in
      var result: Int
      repeat {
        result = read(descriptor, bytes.baseAddress, bytes.count)
      } while result < 0
        && errno == EINTR
      return result
    }
    if count <= 0 {
      ended = true
    } else {
      buffer += chunk[0..<count]
    }
  }

  private static func text(_ bytes: ArraySlice<UInt8>) -> String {
    var line = bytes
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    return String(decoding: line, as: UTF8.self)
  }
}
