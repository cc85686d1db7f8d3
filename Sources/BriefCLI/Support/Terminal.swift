import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard streams and terminal checks.
enum Terminal {
  /// True when standard error is a terminal (progress bars go there only then).
  static var standardErrorIsTerminal: Bool { isatty(2) != 0 }

  /// True when standard input is a terminal.
  static var standardInputIsTerminal: Bool { isatty(0) != 0 }

  /// False for `TERM=dumb`, a terminal that takes no escape sequences (no colour, no line
  /// erasing).
  static func understandsEscapes(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    environment["TERM"] != "dumb"
  }

  /// Writes one line to standard error, prefixed with `brief: `.
  static func report(_ message: String) {
    writeError("brief: \(message)\n")
  }

  /// Writes raw text to standard error (a failure there has nowhere to be reported).
  static func writeError(_ text: String) {
    _ = writeAll(2, text)
  }

  /// Writes text to standard output, unbuffered by Swift (one write per call).
  ///
  /// When standard output fails (a full disk, a closed terminal), says so on standard error and
  /// exits with status 1, rather than crash or carry on writing into nothing.
  static func write(_ text: String) {
    guard let failure = writeAll(1, text) else { return }
    report("standard output: cannot write (\(failure))")
    exit(1)
  }

  /// Writes all of `text` to a file descriptor; nil when done, else the system's reason.
  private static func writeAll(_ descriptor: Int32, _ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      guard let base = bytes.baseAddress else { return nil }
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno)).lowercased()
        }
        offset += written
      }
      return nil
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
