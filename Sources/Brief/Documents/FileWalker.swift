import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path is, asked of the file system once (`stat`, which follows symbolic links,
/// and `lstat` when that fails), with the reason when it cannot be reached.
internal enum FileKind: Equatable {
  case regular
  case directory
  /// A FIFO: a named pipe, or a pipe reached as a path (`/dev/stdin`, `<(command)`), read
  /// as a stream to its end, as a Unix filter reads its input.
  case fifo
  /// A device or a socket, which is never read (it could block, never end, or have effects
  /// of its own); `what` names it ("a character device").
  case device(what: String)
  case missing
  /// A symbolic link whose target does not exist.
  case dangling
  /// A chain of symbolic links that comes back to itself (`ELOOP`).
  case linkLoop
  /// Any other failure, with the system's reason (permission denied, …).
  case failed(String)

  internal init(path: String) {
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: self = .directory
      case S_IFREG: self = .regular
      case S_IFIFO: self = .fifo
      case S_IFCHR: self = .device(what: "a character device")
      case S_IFBLK: self = .device(what: "a block device")
      case S_IFSOCK: self = .device(what: "a socket")
      default: self = .device(what: "a special file")
      }
      return
    }
    let code = errno
    switch code {
    case ENOENT:
      var link = stat()
      self = lstat(path, &link) == 0 ? .dangling : .missing
    case ELOOP: self = .linkLoop
    default: self = .failed(String(cString: strerror(code)))
    }
  }

  /// Whether the path is a symbolic link (not followed).
  internal static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The error for a path that cannot be read as a file or folder, nil when it can.
  internal func error(path: String) -> BriefError? {
    switch self {
    case .regular, .directory, .fifo: return nil
    case .device(let what): return .unreadable(path: path, reason: "\(what), not a file")
    case .missing: return .fileNotFound(path: path)
    case .dangling: return .unreadable(path: path, reason: "symbolic link to nothing")
    case .linkLoop: return .unreadable(path: path, reason: "symbolic link loop")
    case .failed(let reason): return .unreadable(path: path, reason: reason.lowercased())
    }
  }
}

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
