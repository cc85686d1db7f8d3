import Brief
import Foundation

/// Reads the documents named on the command line, stdin included.
enum Input {
  /// Loads every input in order; `-` (or no path at all) reads stdin, whose format is
  /// sniffed from its first bytes.
  static func documents(paths: [String], textFormat: DocumentFormat = .text)
    -> [Result<Document, BriefError>]
  {
    let paths = paths.isEmpty ? ["-"] : paths
    var results: [Result<Document, BriefError>] = []
    for path in paths {
      if path == "-" {
        results.append(contentsOf: standardInput(textFormat: textFormat))
      } else {
        results.append(contentsOf: DocumentLoader.load(paths: [path], textFormat: textFormat))
      }
    }
    return results
  }

  /// The files given as paths, for protecting them from being overwritten.
  static func files(paths: [String]) -> [String] {
    paths.filter { $0 != "-" }.flatMap { (try? DocumentLoader.files(at: $0).get()) ?? [] }
  }

  private static func standardInput(textFormat: DocumentFormat) -> [Result<Document, BriefError>] {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    do {
      let text = try DocumentLoader.decode(Array(data), name: "stdin")
      var format = DocumentFormat(sniffing: text)
      if format == .text { format = textFormat }
      return DocumentReader.documents(from: text, name: "stdin", format: format)
    } catch {
      return [.failure(error)]
    }
  }
}
