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
