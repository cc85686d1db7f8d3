import Foundation
import SystemPackage

/// Reads documents from paths: files, folders (walked recursively for `.txt`, `.md`, `.html`
/// and `.jsonl` files, in sorted order), JSONL files and pipes named as paths.
///
/// Errors are per input, in order among the documents, so that a corpus with one bad file
/// still yields all the others:
///
///     for result in DocumentLoader.load(paths: ["Corpora/news"]) {
///       switch result {
///       case .success(let document): ...
///       case .failure(let error): ...   // names the file and the problem
///       }
///     }
public enum DocumentLoader {
  /// Loads every document under the given paths, in order.
  ///
  /// - Parameters:
  ///   - paths: files or folders; the stdin marker `-` is not handled here (read the bytes
  ///     and call ``DocumentReader/documents(from:name:format:)``).
  ///   - textFormat: how to read files that are neither Markdown nor JSON Lines:
  ///     ``DocumentFormat/text`` (article or plain text) or ``DocumentFormat/raw``.
  ///   - workers: the most threads JSON Lines are parsed on; nil for one per active core.
  /// - Returns: one result per document or per input that failed.
  public static func load(
    paths: [String], textFormat: DocumentFormat = .text, workers: Int? = nil
  ) -> [Result<Document, BriefError>] {
    var results: [Result<Document, BriefError>] = []
    for path in paths {
      for file in walk(path) {
        switch file {
        case .failure(let error): results.append(.failure(error))
        case .success(let file):
          results.append(contentsOf: load(file: file, textFormat: textFormat, workers: workers))
        }
      }
    }
    return results
  }

  /// The text files a path stands for: itself when it is a file, the sorted text files
  /// beneath it when it is a folder (symbolic links to folders are not followed).
  ///
  /// - Returns: the files, or the error that stopped the walk:
  ///   ``BriefError/fileNotFound(path:)``, ``BriefError/noTextFiles(folder:)``, or
  ///   ``BriefError/unreadable(path:reason:)`` (a symbolic link loop, a folder that cannot
  ///   be listed).
  public static func files(at path: String) -> Result<[String], BriefError> {
    let found = walk(path)
    let files = found.compactMap { try? $0.get() }
    if files.isEmpty, case .failure(let error)? = found.first { return .failure(error) }
    return .success(files)
  }

  /// The files of a path, and the problems met among them, in order: a path that cannot
  /// be reached is one failure; a folder gives its text files and, in their places, the
  /// entries that cannot be read.
  private static func walk(_ path: String) -> [Result<String, BriefError>] {
    let kind = FileKind(path: path)
    guard kind == .directory else {
      // A file or a FIFO stands for itself.
      if let error = kind.error(path: path) { return [.failure(error)] }
      return [.success(path)]
    }
    let found = FileWalker.walk(path)
    return found.isEmpty ? [.failure(.noTextFiles(folder: path))] : found
  }

  /// Loads the documents of one file, in the format its name implies (`textFormat` for
  /// files that are neither Markdown nor JSON Lines), JSON Lines on up to `workers` threads
  /// (nil: one per active core).
  public static func load(
    file path: String, textFormat: DocumentFormat = .text, workers: Int? = nil
  ) -> [Result<Document, BriefError>] {
    do {
      var format = DocumentFormat(fileName: path)
      if format == .text { format = textFormat }
      return try DocumentReader.documents(
        bytes: FileBytes.read(file: path), name: path, format: format, workers: workers)
    } catch {
      return [.failure(error)]
    }
  }

  /// Reads and decodes one text file.
  ///
  /// - Throws: ``BriefError`` for a missing, unreadable, binary or non-UTF-8 file.
  public static func read(file path: String) throws(BriefError) -> String {
    try FileBytes.readText(file: path)
  }

  /// Decodes input bytes that came without a file (stdin), checking them like a file.
  public static func decode(_ bytes: [UInt8], name: String) throws(BriefError) -> String {
    try TextDecoding.decode(bytes, name: name)
  }
}
