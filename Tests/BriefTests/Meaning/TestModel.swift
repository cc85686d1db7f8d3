import Brief
import Foundation

/// Where tests find the sentence-encoder model (all-MiniLM-L6-v2), which is not in the
/// repository: `BRIEF_MODEL` if set, else `$XDG_DATA_HOME/brief/models/all-MiniLM-L6-v2`
/// (`XDG_DATA_HOME` defaulting to `~/.local/share`).
///
/// Model tests are skipped when the folder is missing, unless `BRIEF_REQUIRE_MODEL=1` (as on
/// CI), when they run and fail:
///
///     @Test(.enabled(if: TestModel.shouldRun)) func …() throws {
///       let directory = try TestModel.requireDirectory()
enum TestModel {
  private static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// The model folder (``SentenceEncoder/defaultDirectory(environment:)``), or nil when it
  /// does not exist.
  static var directory: URL? {
    let path = SentenceEncoder.defaultDirectory(environment: environment).path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { return nil }
    return URL(fileURLWithPath: path, isDirectory: true)
  }

  /// Whether a missing model must fail the tests (`BRIEF_REQUIRE_MODEL=1`).
  static var required: Bool { environment["BRIEF_REQUIRE_MODEL"] == "1" }

  /// Whether model tests run: the model is there, or it is required.
  static var shouldRun: Bool { required || directory != nil }

  /// The model folder, or an error naming where it was looked for.
  static func requireDirectory() throws -> URL {
    guard let directory else { throw MissingModel() }
    return directory
  }

  /// The model folder is missing although `BRIEF_REQUIRE_MODEL=1`.
  struct MissingModel: Error, CustomStringConvertible {
    var description: String {
      "model folder missing (set BRIEF_MODEL or install all-MiniLM-L6-v2 under "
        + "$XDG_DATA_HOME/brief/models) and BRIEF_REQUIRE_MODEL=1"
    }
  }
}
