// What every fuzz executable shares: finding the repository, building the checker once and
// turning a failed check into a crash that libFuzzer reports (and saves the input of).

import FuzzChecks

#if canImport(Glibc)
  import Glibc
#endif

/// The glue between libFuzzer's entry point and a ``FuzzChecker``.
public enum FuzzEntry {
  /// The checker for `target`; the repository root is `BRIEF_ROOT` or found from this file.
  public static func checker(_ target: FuzzTarget) -> FuzzChecker {
    let root =
      getenv("BRIEF_ROOT").map { String(cString: $0) }
      ?? String(#filePath.split(separator: "/").dropLast(4).reduce("") { $0 + "/" + $1 })
    do {
      return try FuzzChecker(target, root: root)
    } catch {
      fatalError("fuzz-\(target.rawValue): cannot prepare the checker (root \(root)): \(error)")
    }
  }

  /// Checks one input; a broken invariant aborts, so that libFuzzer keeps the input.
  public static func run(_ checker: FuzzChecker, _ data: UnsafePointer<UInt8>, _ size: Int)
    -> Int32
  {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
      try checker.check(bytes)
    } catch {
      fatalError("fuzz-\(checker.target.rawValue): \(error)")
    }
    return 0
  }
}
