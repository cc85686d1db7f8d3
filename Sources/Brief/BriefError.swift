/// The errors Brief's library reports.
///
/// Each case names the input it concerns, so that a one-line message can say which file
/// (or JSONL line, or option) went wrong and how.
public enum BriefError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The path does not exist.
  case fileNotFound(path: String)
  /// The path exists but could not be read.
  case unreadable(path: String, reason: String)
  /// A folder holds no `.txt`, `.md`, `.html` or `.jsonl` file, even in subfolders.
  case noTextFiles(folder: String)
  /// The file holds NUL bytes: it is binary, not text.
  case binaryFile(path: String)
  /// The bytes are not valid UTF-8; `offset` is the first bad byte.
  case invalidUTF8(path: String, offset: Int)
  /// The file is not UTF-8 text but something Brief recognizes by its first bytes: a
  /// compressed file, an archive, a document or image format, or text in another encoding.
  /// `format` names it ("gzip-compressed file"); `advice` says what to do
  /// ("decompress it first (gunzip -k FILE)").
  case notText(path: String, format: String, advice: String)
  /// The document has no text to summarize once title and key points are set apart.
  case emptyBody(source: String)
  /// A JSONL line is not a JSON object with a string `text`.
  case malformedJSONL(path: String, line: Int, reason: String)
  /// A parameter is out of its allowed range.
  case invalidParameter(name: String, reason: String)
  /// The stemmer for a language could not be created.
  case stemmerUnavailable(language: String)
  /// The file is not a saved index this version can read: foreign, truncated, corrupt, or
  /// of another format version.
  case invalidIndex(path: String, reason: String)
  /// The saved index was built with other analysis settings than the ones asked for.
  case indexSettingsMismatch(path: String, built: String, expected: String)
  /// The file could not be written.
  case unwritable(path: String, reason: String)
  /// A shared library the feature needs could not be loaded.
  case libraryUnavailable(name: String, reason: String)

  /// A one-line, lower-case message naming the input and the problem.
  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): no such file or folder"
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason))"
    case .noTextFiles(let folder):
      return "\(folder): folder holds no .txt, .md, .html or .jsonl files"
    case .binaryFile(let path):
      return "\(path): binary file (holds NUL bytes), not text"
    case .invalidUTF8(let path, let offset):
      return "\(path): invalid UTF-8 at byte \(offset)"
    case .notText(let path, let format, let advice):
      return "\(path): \(format): \(advice)"
    case .emptyBody(let source):
      return "\(source): empty body, nothing to summarize"
    case .malformedJSONL(let path, let line, let reason):
      return "\(path):\(line): malformed JSONL line (\(reason))"
    case .invalidParameter(let name, let reason):
      return "\(name): \(reason)"
    case .stemmerUnavailable(let language):
      return "no Snowball stemmer for \(language)"
    case .invalidIndex(let path, let reason):
      return "\(path): cannot open index: \(reason)"
    case .indexSettingsMismatch(let path, let built, let expected):
      return
        "\(path): index built with other analysis settings (\(built)) than asked for "
        + "(\(expected)); rebuild it with `brief index` or drop the conflicting option"
    case .unwritable(let path, let reason):
      return "\(path): cannot be written (\(reason))"
    case .libraryUnavailable(let name, let reason):
      return "\(name): cannot be loaded (\(reason))"
    }
  }
}
