import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Walks a folder for text files: recursively, in sorted order, skipping hidden names and
/// the folder's own notes (README, LICENSE, CHANGELOG… in any case and text extension:
/// they describe a corpus, they are not part of it; named as a path, such a file is read).
///
/// Symbolic links to files are read like files; symbolic links to folders are not
/// followed (so a link back up the tree cannot loop); a text-file name whose link loops or
/// leads nowhere, a FIFO, device or socket, and a subfolder that cannot be listed, are
/// reported in their place.
internal enum FileWalker {
  /// The text files under `folder` and the problems met, sorted by path.
  internal static func walk(_ folder: String) -> [Result<String, BriefError>] {
    var found: [(path: String, result: Result<String, BriefError>)] = []
    visit(folder, into: &found)
    return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map(\.result)
  }

  private static func visit(
    _ folder: String, into found: inout [(path: String, result: Result<String, BriefError>)]
  ) {
    guard let names = entries(of: folder) else {
      let reason = String(cString: strerror(errno)).lowercased()
      found.append(
        (folder, .failure(.unreadable(path: folder, reason: "folder cannot be listed: \(reason)"))))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let link = FileKind.isSymbolicLink(path)
      let kind = FileKind(path: path)
      if kind == .directory {
        if !link { visit(path, into: &found) }
        continue
      }
      let ext = (name as NSString).pathExtension.lowercased()
      guard DocumentFormat.fileExtensions.contains(ext), !isFolderNote(name) else { continue }
      if kind == .fifo {
        // Opening a FIFO nobody writes to would wait for ever: only a named one is read.
        let reason = "a FIFO inside a folder: name it as a path to read it"
        found.append((path, .failure(.unreadable(path: path, reason: reason))))
      } else if let error = kind.error(path: path) {
        found.append((path, .failure(error)))
      } else {
        found.append((path, .success(path)))
      }
    }
  }

  /// Names of the files that describe a folder rather than belong to it.
  private static let folderNotes: Set<String> = [
    "readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors",
    "contributing",
  ]

  /// Whether `name` (with its extension) is one of ``folderNotes``.
  internal static func isFolderNote(_ name: String) -> Bool {
    folderNotes.contains((name as NSString).deletingPathExtension.lowercased())
  }

  /// The names in a folder (without `.` and `..`), nil when it cannot be listed.
  private static func entries(of folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
