import Dispatch
import Foundation
import Synchronization

extension DocumentReader {
  /// Parses the bytes of one input (a file's or stdin's) in the given format.
  ///
  /// The bytes are checked and decoded first, as ``DocumentLoader/decode(_:name:)`` does. Large
  /// JSON Lines inputs are checked, decoded and parsed in pieces on up to `workers` threads (nil:
  /// one per active core); the results are the same for any number of threads.
  ///
  /// - Throws: ``BriefError/binaryFile(path:)`` or ``BriefError/invalidUTF8(path:offset:)``
  ///   for the input as a whole.
  public static func documents(
    bytes: consuming [UInt8], name: String, format: DocumentFormat, workers: Int? = nil
  ) throws(BriefError) -> [Result<Document, BriefError>] {
    if format == .jsonl && (workers ?? ProcessInfo.processInfo.activeProcessorCount) > 1 {
      return try bytes.withUnsafeBufferPointer { buffer in
        Result { () throws(BriefError) in
          try jsonLines(bytes: buffer, name: name, workers: workers)
        }
      }.get()
    }
    if format == .html
      || ((format == .text || format == .raw) && DocumentFormat.looksLikeHTML(bytes))
    {
      // A page's bytes may be in the legacy charset it declares.
      return [Result { () throws(BriefError) in try html(bytes: bytes, name: name) }]
    }
    let text = try TextDecoding.decode(bytes, name: name)
    _ = consume bytes  // not held while the text is parsed
    return documents(from: text, name: name, format: format, workers: workers)
  }

  /// Reads JSON Lines straight from a file's bytes.
  ///
  /// The bytes are checked and decoded in pieces on up to `workers` threads (nil: one per active
  /// core), so that no step of reading a large corpus runs on one core only. Results, line numbers
  /// and errors are exactly those of decoding the whole file (``DocumentLoader/decode(_:name:)``)
  /// and then calling ``jsonLines(from:name:workers:)``.
  ///
  /// - Throws: ``BriefError/binaryFile(path:)`` or ``BriefError/invalidUTF8(path:offset:)``
  ///   for the file as a whole, as decoding it would.
  private static func jsonLines(
    bytes: UnsafeBufferPointer<UInt8>, name: String, workers: Int? = nil
  ) throws(BriefError) -> [Result<Document, BriefError>] {
    let threads = workers ?? ProcessInfo.processInfo.activeProcessorCount
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let content = UnsafeBufferPointer(rebasing: bytes[start...])
    // Small inputs, one thread, and carriage returns (whose folding can change the
    // numbering of lines) take the whole-file path.
    guard threads > 1, content.count >= Self.minimumPiece * 2, !content.contains(byte: 0x0D)
    else {
      return jsonLines(
        from: try TextDecoding.decode(bytes, name: name), name: name, workers: workers)
    }
    let pieces = LinePieces(content, target: max(Self.minimumPiece, content.count / (threads * 8)))
    let count = pieces.ranges.count
    // Every piece is checked and parsed on its own; the line numbers it starts at come from
    // the line counts of the pieces before it.
    let firstLines = pieces.firstLineNumbers()
    let parsed = SlotArray<[Result<Document, BriefError>]>(count: count)
    let failed = Atomic<Bool>(false)
    DispatchQueue.concurrentPerform(iterations: count) { piece in
      let part = UnsafeBufferPointer(rebasing: pieces.bytes[pieces.ranges[piece]])
      guard !part.contains(byte: 0), let text = String(validating: part, as: UTF8.self) else {
        failed.store(true, ordering: .relaxed)
        return
      }
      var results: [Result<Document, BriefError>] = []
      for (offset, line) in text.lines.enumerated() where !line.isBlankText {
        let number = firstLines[piece] + offset
        results.append(
          Result { () throws(BriefError) in try jsonLine(line, name: name, lineNumber: number) })
      }
      parsed[piece] = results
    }
    if failed.load(ordering: .relaxed) {
      // The whole-file check names the first problem (the first invalid byte's offset).
      return jsonLines(
        from: try TextDecoding.decode(bytes, name: name), name: name, workers: workers)
    }
    return (0..<count).flatMap { parsed[$0] ?? [] }
  }

  /// Pieces of at least this many bytes are worth a thread.
  private static let minimumPiece = 1 << 20
}

/// A buffer cut into pieces that end just after a line feed.
///
/// The last piece ends at the end of the buffer. UTF-8 never uses the byte 0x0A inside a multi-byte
/// sequence, so every piece is valid UTF-8 on its own exactly when the whole is.
private struct LinePieces: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  var ranges: [Range<Int>] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>, target: Int) {
    self.bytes = bytes
    var start = 0
    while start < bytes.count {
      let end =
        bytes.index(of: 0x0A, in: min(start + target, bytes.count)..<bytes.count)
        .map { $0 + 1 } ?? bytes.count
      ranges.append(start..<end)
      start = end
    }
  }

  /// The number of the first line of each piece (1 for the first), counting line feeds
  /// on all cores.
  func firstLineNumbers() -> [Int] {
    let feeds = SlotArray<Int>(count: ranges.count)
    DispatchQueue.concurrentPerform(iterations: ranges.count) { piece in
      var count = 0
      let range = ranges[piece]
      var start = range.lowerBound
      while let feed = bytes.index(of: 0x0A, in: start..<range.upperBound) {
        count += 1
        start = feed + 1
      }
      feeds[piece] = count
    }
    var numbers: [Int] = []
    numbers.reserveCapacity(ranges.count)
    var next = 1
    for piece in ranges.indices {
      numbers.append(next)
      next += feeds[piece] ?? 0
    }
    return numbers
  }
}
