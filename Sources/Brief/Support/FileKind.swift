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
  /// A FIFO, socket or device: reading it could block or never end.
  case special
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
      default: self = .special
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
    case .regular, .directory: return nil
    case .special: return .unreadable(path: path, reason: "not a regular file")
    case .missing: return .fileNotFound(path: path)
    case .dangling: return .unreadable(path: path, reason: "symbolic link to nothing")
    case .linkLoop: return .unreadable(path: path, reason: "symbolic link loop")
    case .failed(let reason): return .unreadable(path: path, reason: reason.lowercased())
    }
  }
}
