import ArgumentParser

/// The `name=value,...` pairs of a hidden tuning option (`summarize --weights`,
/// `ask --parameters`).
enum TuningAssignments {
  /// The pairs in order; nil or empty text gives none.
  ///
  /// - Throws: `ValidationError` naming `option` for a pair that is not `name=number`.
  static func parse(_ text: String?, option: String) throws -> [(name: String, value: Double)] {
    try (text ?? "").split(separator: ",").map { pair in
      let parts = pair.split(separator: "=")
      guard parts.count == 2, let value = Double(parts[1]) else {
        throw ValidationError("\(option): expected name=value, got \(pair)")
      }
      return (String(parts[0]), value)
    }
  }

  /// The error for a name the option does not know.
  static func unknown(_ name: String, option: String) -> ValidationError {
    ValidationError("\(option): unknown name \(name)")
  }
}
