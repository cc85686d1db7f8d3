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

  /// Writes one line to standard error, prefixed with `brief: `.
  static func report(_ message: String) {
    writeError("brief: \(message)\n")
  }

  /// Writes raw text to standard error.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Writes text to standard output, unbuffered by Swift (one write per call).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
