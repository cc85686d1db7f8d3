/// A format that is not UTF-8 text, recognized by its first bytes, and what to do with it.
///
/// Only bytes that already failed as UTF-8 text are asked (a NUL byte or an invalid
/// sequence), so recognizing costs nothing on text and never mistakes text for a format.
internal enum ForeignFormat: Equatable {
  case compressed(format: String, file: String, stream: String)
  case archive(format: String, command: String)
  /// Text in another encoding, with the `iconv` source encoding that converts it.
  case encoding(format: String, iconv: String)
  /// A document format whose text another program must extract first.
  case document(format: String, advice: String)
  /// Not text at all (an image, a program, a database).
  case binary(format: String)

  /// The format the bytes begin with, nil when none is known.
  ///
  /// `name` (a path) tells the documents stored as zip archives apart by their extension.
  internal init?(recognizing bytes: UnsafeBufferPointer<UInt8>, name: String) {
    func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + signature.count
        && signature.indices.allSatisfy { bytes[offset + $0] == signature[$0] }
    }
    if starts([0x1F, 0x8B]) {
      self = .compressed(format: "gzip-compressed file", file: "gunzip -k", stream: "gunzip -c")
    } else if starts(Array("BZh".utf8)) && starts([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) {
      self = .compressed(format: "bzip2-compressed file", file: "bunzip2 -k", stream: "bunzip2 -c")
    } else if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) {
      self = .compressed(format: "xz-compressed file", file: "unxz -k", stream: "unxz -c")
    } else if starts([0x28, 0xB5, 0x2F, 0xFD]) {
      self = .compressed(format: "zstd-compressed file", file: "unzstd", stream: "unzstd -c")
    } else if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
      self = Self.zipFormat(extension: Self.fileExtension(name))
    } else if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
      self = .archive(format: "7z archive", command: "7z x")
    } else if starts(Array("ustar".utf8), at: 257) {
      self = .archive(format: "tar archive", command: "tar -xf")
    } else if starts(Array("%PDF-".utf8)) {
      self = .document(format: "PDF document", advice: "extract its text first (pdftotext FILE)")
    } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      self = .document(
        format: "Microsoft Office document (.doc, .xls or .ppt)",
        advice: "save it as plain text or HTML first")
    } else if starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0xFE, 0xFF]) {
      self = .encoding(format: "UTF-32 text", iconv: "UTF-32")
    } else if let format = Self.binaryFormat(bytes, starts: starts) {
      self = .binary(format: format)
    } else if let littleEndian = Self.utf16WithoutMark(bytes) {
      let order = littleEndian ? "little" : "big"
      self = .encoding(
        format: "UTF-16 text (\(order)-endian, no byte-order mark)",
        iconv: littleEndian ? "UTF-16LE" : "UTF-16BE")
    } else {
      return nil
    }
  }

  /// The error for a file (or stdin, `-`/`stdin`) in this format.
  internal func error(path: String) -> BriefError {
    let stdin = path == "-" || path == "stdin"
    let file = Self.shellWord(path)
    switch self {
    case .compressed(let format, let command, let stream):
      let how = stdin ? "pipe it through \(stream)" : "\(command) \(file)"
      return .notText(path: path, format: format, advice: "decompress it first (\(how))")
    case .archive(let format, let command):
      let how = stdin ? "save it to a file and \(command) it" : "\(command) \(file)"
      return .notText(path: path, format: format, advice: "extract it first (\(how))")
    case .encoding(let format, let source):
      let command = "iconv -f \(source) -t UTF-8"
      let how = stdin ? "pipe it through \(command)" : "\(command) \(file)"
      return .notText(path: path, format: format, advice: "convert it to UTF-8 (\(how))")
    case .document(let format, let advice):
      return .notText(
        path: path, format: format,
        advice: advice.replacingOccurrences(of: "FILE", with: stdin ? "FILE" : file))
    case .binary(let format):
      return .notText(
        path: path, format: format,
        advice: "not text (Brief reads text, Markdown, HTML and JSON Lines)")
    }
  }

  /// Zip archives, and the document formats that are zip archives, by file extension.
  private static func zipFormat(extension ext: String) -> ForeignFormat {
    switch ext {
    case "docx":
      return .document(format: "Word document", advice: "save it as plain text or HTML first")
    case "odt":
      return .document(format: "OpenDocument text", advice: "save it as plain text or HTML first")
    case "epub":
      return .document(
        format: "EPUB book", advice: "extract it first (unzip FILE): its chapters are HTML files")
    default: return .archive(format: "zip archive", command: "unzip")
    }
  }

  /// Images, programs and databases.
  private static func binaryFormat(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: ([UInt8], Int) -> Bool
  ) -> String? {
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0) { return "PNG image" }
    if starts([0xFF, 0xD8, 0xFF], 0) { return "JPEG image" }
    if starts(Array("GIF87a".utf8), 0) || starts(Array("GIF89a".utf8), 0) { return "GIF image" }
    if starts(Array("RIFF".utf8), 0) && starts(Array("WEBP".utf8), 8) { return "WebP image" }
    if starts([0x7F, 0x45, 0x4C, 0x46], 0) { return "executable (ELF)" }
    if starts(Array("SQLite format 3".utf8) + [0], 0) { return "SQLite database" }
    return nil
  }

  /// Whether the first bytes read as UTF-16 without a byte-order mark.
  ///
  /// Text in a Latin script has a NUL in every other byte, and printable ASCII beside it.
  /// True for little-endian, false for big-endian, nil when the bytes do not look like
  /// UTF-16.
  private static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    let pairs = min(bytes.count, 4096) / 2
    guard pairs >= 4 else { return nil }
    var zeros = (even: 0, odd: 0)
    var asciiBesideZero = (even: 0, odd: 0)
    func isTextByte(_ byte: UInt8) -> Bool {
      (0x20..<0x7F).contains(byte) || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
    for pair in 0..<pairs {
      let first = bytes[2 * pair]
      let second = bytes[2 * pair + 1]
      if first == 0 {
        zeros.even += 1
        if isTextByte(second) { asciiBesideZero.odd += 1 }
      }
      if second == 0 {
        zeros.odd += 1
        if isTextByte(first) { asciiBesideZero.even += 1 }
      }
    }
    // One side zero in half the pairs or more, the other almost never, text beside them.
    if zeros.odd * 2 >= pairs && zeros.even * 20 <= pairs
      && asciiBesideZero.even * 10 >= zeros.odd * 9
    {
      return true
    }
    if zeros.even * 2 >= pairs && zeros.odd * 20 <= pairs
      && asciiBesideZero.odd * 10 >= zeros.even * 9
    {
      return false
    }
    return nil
  }

  /// The extension of a path's last component, lower-cased ("" when it has none).
  private static func fileExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The path as one word of a shell command: as it is when it holds only safe characters,
  /// in single quotes otherwise.
  internal static func shellWord(_ path: String) -> String {
    let safe = path.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        return true
      default: return "_-./+,:@%=".utf8.contains(byte)
      }
    }
    if safe && !path.isEmpty { return path }
    return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
