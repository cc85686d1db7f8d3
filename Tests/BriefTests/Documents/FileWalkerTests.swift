import Foundation
import Testing

@testable import Brief

@Suite struct FileWalkerTests {
  /// The paths `walk` finds under `root`, relative to it; a problem as `!reason`.
  private func walked(_ root: String, from folder: String? = nil) -> [String] {
    FileWalker.walk(folder ?? root).map { result in
      switch result {
      case .success(let path): String(path.dropFirst(root.count + 1))
      case .failure(.unreadable(let path, let reason)):
        "\(path.dropFirst(root.count + 1)) !\(reason)"
      case .failure(let error): "!\(error)"
      }
    }
  }

  @Test func textFilesAreFoundRecursivelyInByteOrder() throws {
    let root = try DocumentsFixtures.folder([
      "b.txt": [], "B.md": [], "a/z.jsonl": [], "a/y.markdown": [], "a/b/c.TXT": [],
      "a/notes.pdf": [], "image.png": [], "noextension": [],
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Capitals sort before lower case, and "a/b/…" before "a/y…".
    let found = ["B.md", "a/b/c.TXT", "a/y.markdown", "a/z.jsonl", "b.txt"]
    #expect(walked(root) == found)
    // A trailing slash on the folder gives the same paths.
    #expect(walked(root, from: root + "/") == found)
  }

  @Test func hiddenNamesAndFolderNotesAreSkipped() throws {
    let root = try DocumentsFixtures.folder([
      ".hidden.txt": [], ".git/x.txt": [], "README.md": [], "sub/LICENSE.txt": [],
      "sub/Changelog.markdown": [], "sub/story.txt": [], "readme-first.txt": [],
      "notice.jsonl": [],
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(walked(root) == ["readme-first.txt", "sub/story.txt"])
  }

  @Test(arguments: [
    ("README.md", true), ("readme.txt", true), ("LICENCE", true), ("Copying.jsonl", true),
    ("AUTHORS.markdown", true), ("contributing.md", true), ("readme-first.txt", false),
    ("my-license.txt", false), ("story.md", false),
  ])
  func folderNotesAreKnownByNameInAnyCase(name: String, isNote: Bool) {
    #expect(FileWalker.isFolderNote(name) == isNote)
  }

  @Test func linksToFilesAreReadAndLinksToFoldersAreNotFollowed() throws {
    let root = try DocumentsFixtures.folder(["a.txt": [], "sub/b.txt": []])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: root + "/sub/up", withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: root + "/elsewhere", withDestinationPath: root + "/sub")
    try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: "a.txt")
    try manager.createSymbolicLink(atPath: root + "/gone.md", withDestinationPath: "nowhere.md")
    try manager.createSymbolicLink(atPath: root + "/loop.txt", withDestinationPath: "loop.txt")
    try manager.createSymbolicLink(atPath: root + "/gone.pdf", withDestinationPath: "nowhere")
    #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)
    // Problems are named in their places; a FIFO in a folder is named, never opened.
    #expect(
      walked(root) == [
        "a.txt", "gone.md !symbolic link to nothing", "link.txt", "loop.txt !symbolic link loop",
        "pipe.txt !a FIFO inside a folder: name it as a path to read it", "sub/b.txt",
      ])
  }

  @Test func kindsAreAskedOfTheFileSystem() throws {
    let root = try DocumentsFixtures.folder(["a.txt": []])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: root + "/link", withDestinationPath: "a.txt")
    try manager.createSymbolicLink(atPath: root + "/dangling", withDestinationPath: "none")
    try manager.createSymbolicLink(atPath: root + "/loop", withDestinationPath: "loop")
    #expect(mkfifo(root + "/fifo", 0o644) == 0)
    let kinds: [(String, FileKind, BriefError?)] = [
      ("a.txt", .regular, nil), ("link", .regular, nil), ("", .directory, nil),
      ("fifo", .fifo, nil),
      (
        "/dev/null", .device(what: "a character device"),
        .unreadable(path: "p", reason: "a character device, not a file")
      ),
      ("none", .missing, .fileNotFound(path: "p")),
      ("dangling", .dangling, .unreadable(path: "p", reason: "symbolic link to nothing")),
      ("loop", .linkLoop, .unreadable(path: "p", reason: "symbolic link loop")),
      ("a.txt/x", .failed("Not a directory"), .unreadable(path: "p", reason: "not a directory")),
    ]
    for (name, kind, error) in kinds {
      let found = FileKind(path: name.hasPrefix("/") ? name : root + "/" + name)
      #expect(found == kind, "\(name)")
      #expect(found.error(path: "p") == error, "\(name)")
    }
    #expect(FileKind.isSymbolicLink(root + "/link"))
    #expect(FileKind.isSymbolicLink(root + "/dangling"))
    #expect(!FileKind.isSymbolicLink(root + "/a.txt"))
    #expect(!FileKind.isSymbolicLink(root + "/none"))
  }
}
