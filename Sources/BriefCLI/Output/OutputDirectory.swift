import Foundation

/// Writes one file per document into a folder, atomically, never over an input file.
struct OutputDirectory {
  let url: URL
  let fileExtension: String
  private let protectedPaths: Set<String>
  private var usedNames: Set<String> = []

  /// Prepares the folder, creating it if needed.
  ///
  /// - Parameter inputs: the input files, which are never written.
  /// - Throws: `OutputError` when the path is a file or cannot be created.
  init(path: String, fileExtension: String, inputs: [String]) throws(OutputError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw OutputError("\(path): --out names a file, not a folder")
      }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw OutputError("\(path): cannot create the output folder")
      }
    }
    url = URL(fileURLWithPath: path, isDirectory: true)
    self.fileExtension = fileExtension
    protectedPaths = Set(inputs.map { Self.canonical(URL(fileURLWithPath: $0)) })
  }

  /// Checks that an output folder is not one of the input folders, inside one, or holding
  /// one, where the summaries would mix with the inputs and be read by the next run.
  ///
  /// Paths are compared absolute, standardized and with symbolic links resolved.
  ///
  /// - Throws: `OutputError` naming the folder and the input folder.
  static func checkOutside(_ path: String, inputFolders: [String]) throws(OutputError) {
    let target = canonical(path)
    for folder in inputFolders {
      let input = canonical(folder)
      if target == input || isInside(target, input) {
        throw OutputError(
          "\(path): --out is inside the input folder \(folder); choose a folder outside it "
            + "(the summaries would be read as inputs)")
      }
      if isInside(input, target) {
        throw OutputError(
          "\(path): --out holds the input folder \(folder); choose a folder outside it "
            + "(the summaries would be read as inputs)")
      }
    }
  }

  /// Whether the canonical path `inner` is strictly below the canonical folder `outer`.
  private static func isInside(_ inner: String, _ outer: String) -> Bool {
    inner != outer && inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
  }

  /// Writes `contents` for the document `id`, returning the path written.
  ///
  /// The file name comes from the id (its last path component without extension, unsafe
  /// characters replaced); a repeated name gets a numeric suffix.
  mutating func write(_ contents: String, id: String) throws(OutputError) -> String {
    var stem = (id as NSString).lastPathComponent
    if stem.contains(".") && !stem.hasPrefix(".") {
      stem = (stem as NSString).deletingPathExtension
    }
    stem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    if stem.isEmpty { stem = "document" }
    var name = stem + "." + fileExtension
    var suffix = 2
    while usedNames.contains(name) {
      name = "\(stem)-\(suffix).\(fileExtension)"
      suffix += 1
    }
    usedNames.insert(name)
    let target = url.appendingPathComponent(name)
    guard !protectedPaths.contains(Self.canonical(url) + "/" + name) else {
      throw OutputError("\(target.path): refusing to overwrite an input file")
    }
    do {
      try Data(contents.utf8).write(to: target, options: .atomic)
    } catch {
      throw OutputError("\(target.path): cannot write (\(error.localizedDescription))")
    }
    return target.path
  }

  private static func canonical(_ url: URL) -> String {
    url.standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The absolute path with symbolic links resolved, for a path that may not exist yet:
  /// its nearest existing ancestor is resolved and the rest appended.
  static func canonical(_ path: String) -> String {
    var existing = URL(fileURLWithPath: path).standardizedFileURL
    var rest: [String] = []
    while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
      rest.insert(existing.lastPathComponent, at: 0)
      existing.deleteLastPathComponent()
    }
    return rest.reduce(canonical(existing)) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
  }
}

/// A failure to write output, with its one-line message.
struct OutputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
