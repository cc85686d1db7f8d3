import Foundation

/// Files on disk for the tests of reading documents.
enum DocumentsFixtures {
  /// A fresh folder under the temporary directory holding `files` (relative path → bytes,
  /// subfolders made as needed); the caller removes it.
  static func folder(_ files: [String: [UInt8]]) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-loader-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for (name, bytes) in files {
      let path = root + "/" + name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    return root
  }
}
