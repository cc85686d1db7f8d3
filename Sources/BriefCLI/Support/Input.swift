import Brief
import Foundation

/// Reads the documents named on the command line, stdin included.
enum Input {
  /// Loads every input in order.
  ///
  /// `-` (or no path at all) reads stdin, whose format is sniffed from its first bytes. JSON Lines
  /// are parsed on up to `workers` threads (nil: one per active core).
  static func documents(paths: [String], textFormat: DocumentFormat = .text, workers: Int? = nil)
    -> [Result<Document, BriefError>]
  {
    let paths = paths.isEmpty ? ["-"] : paths
    var results: [Result<Document, BriefError>] = []
    for path in paths {
      if path == "-" {
        results.append(contentsOf: standardInput(textFormat: textFormat, workers: workers))
      } else {
        results.append(
          contentsOf: DocumentLoader.load(paths: [path], textFormat: textFormat, workers: workers))
      }
    }
    return results
  }

  /// Loads every input like ``documents(paths:textFormat:workers:)``, reporting each failure
  /// on stderr; `failed` says whether any input failed.
  static func reportingFailures(paths: [String]) -> (documents: [Document], failed: Bool) {
    var documents: [Document] = []
    var failed = false
    for item in Self.documents(paths: paths) {
      switch item {
      case .success(let document): documents.append(document)
      case .failure(let error):
        Terminal.report(error.description)
        failed = true
      }
    }
    return (documents, failed)
  }

  /// The files given as paths, for protecting them from being overwritten.
  static func files(paths: [String]) -> [String] {
    paths.filter { $0 != "-" }.flatMap { (try? DocumentLoader.files(at: $0).get()) ?? [] }
  }

  /// The paths that are folders, for keeping output out of them.
  static func folders(paths: [String]) -> [String] {
    paths.filter { path in
      var isDirectory: ObjCBool = false
      return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
  }

  private static func standardInput(textFormat: DocumentFormat, workers: Int?)
    -> [Result<Document, BriefError>]
  {
    let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    var format = DocumentFormat(sniffing: bytes)
    if format == .text { format = textFormat }
    do {
      return try DocumentReader.documents(
        bytes: bytes, name: "stdin", format: format, workers: workers)
    } catch {
      return [.failure(error)]
    }
  }
}
