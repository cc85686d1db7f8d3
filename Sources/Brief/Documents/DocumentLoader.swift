import Foundation

/// Reads documents from paths: files, folders (walked recursively for `.txt`, `.md` and
/// `.jsonl` files, in sorted order) and JSONL files.
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
      switch files(at: path) {
      case .failure(let error): results.append(.failure(error))
      case .success(let files):
        for file in files {
          results.append(contentsOf: load(file: file, textFormat: textFormat, workers: workers))
        }
      }
    }
    return results
  }

  /// The text files a path stands for: itself when it is a file, the sorted text files
  /// beneath it when it is a folder.
  ///
  /// - Returns: the files, or ``BriefError/fileNotFound(path:)`` /
  ///   ``BriefError/noTextFiles(folder:)``.
  public static func files(at path: String) -> Result<[String], BriefError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(.fileNotFound(path: path))
    }
    guard isDirectory.boolValue else { return .success([path]) }
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      return .failure(.unreadable(path: path, reason: "folder cannot be listed"))
    }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let components = relative.split(separator: "/")
      if components.contains(where: { $0.hasPrefix(".") }) { continue }
      let ext = (relative as NSString).pathExtension.lowercased()
      guard DocumentFormat.fileExtensions.contains(ext) else { continue }
      let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
      var childIsDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &childIsDirectory),
        !childIsDirectory.boolValue
      {
        found.append(full)
      }
    }
    guard !found.isEmpty else { return .failure(.noTextFiles(folder: path)) }
    return .success(found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  /// Loads the documents of one file, in the format its name implies (`textFormat` for
  /// files that are neither Markdown nor JSON Lines), JSON Lines on up to `workers` threads
  /// (nil: one per active core).
  public static func load(
    file path: String, textFormat: DocumentFormat = .text, workers: Int? = nil
  ) -> [Result<Document, BriefError>] {
    do {
      let text = try read(file: path)
      var format = DocumentFormat(fileName: path)
      if format == .text { format = textFormat }
      return DocumentReader.documents(from: text, name: path, format: format, workers: workers)
    } catch {
      return [.failure(error)]
    }
  }

  /// Reads and decodes one text file.
  ///
  /// - Throws: ``BriefError`` for a missing, unreadable, binary or non-UTF-8 file.
  public static func read(file path: String) throws(BriefError) -> String {
    guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    // A FIFO, socket or device would block or never end: only regular files are read.
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let type =
      (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
    guard type == nil || type == .typeRegular else {
      throw .unreadable(path: path, reason: "not a regular file")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw .unreadable(path: path, reason: "read failed")
    }
    return try TextDecoding.decode(data, name: path)
  }

  /// Decodes input bytes that came without a file (stdin), checking them like a file.
  public static func decode(_ bytes: [UInt8], name: String) throws(BriefError) -> String {
    try TextDecoding.decode(bytes, name: name)
  }
}
