import Foundation
import Testing

/// Replays the fuzz inputs kept in the repository (Fuzz/Seeds and Fuzz/Regressions) through
/// the checks the libFuzzer targets run (FuzzChecks.swift), so that CI checks them without
/// libFuzzer.
@Suite struct FuzzRegressionTests {
  /// The repository root, found from this file (Tests/BriefTests/Fuzz/…).
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The files of `Fuzz/<folder>/<target>`, sorted, or none when the folder is absent.
  private static func inputs(_ folder: String, _ target: FuzzTarget) -> [String] {
    let directory = "\(root)/Fuzz/\(folder)/\(target.rawValue)"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(directory)/\($0)" }
  }

  @Test(arguments: FuzzTarget.allCases)
  func keptInputsPassTheirTargetsChecks(_ target: FuzzTarget) throws {
    let checker = try FuzzChecker(target, root: Self.root)
    let files = Self.inputs("Seeds", target) + Self.inputs("Regressions", target)
    #expect(!files.isEmpty, "no inputs for \(target.rawValue)")
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
      do {
        try checker.check(bytes)
      } catch {
        Issue.record("\(file): \(error)")
      }
    }
  }
}
