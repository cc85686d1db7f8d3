import Foundation
import Testing

@testable import Brief

@Suite struct DocumentLoaderTests {
  @Test func foldersAreWalkedRecursivelyInSortedOrder() throws {
    let root = try DocumentsFixtures.folder([
      "b.txt": Array("Second file.".utf8),
      "a/z.md": Array("# Z\n\nNested file.".utf8),
      "a/notes.pdf": Array("ignored".utf8),
      ".hidden/x.txt": Array("Hidden.".utf8),
      "c.jsonl": Array(
        "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n".utf8),
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let ids = DocumentLoader.load(paths: [root]).compactMap { try? $0.get().id }
    #expect(ids == [root + "/a/z.md", root + "/b.txt", "j1", "j2"])
  }

  @Test func aFoldersNotesAreSkippedUnlessNamed() throws {
    let root = try DocumentsFixtures.folder([
      "README.md": Array("# About\n\nThis corpus holds one article.".utf8),
      "LICENSE.txt": Array("Permission is granted.".utf8),
      "sub/Readme.txt": Array("Nested notes.".utf8),
      "article.txt": Array("The council voted on Tuesday.".utf8),
      "readme-first.txt": Array("Not a note: another name.".utf8),
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let ids = DocumentLoader.load(paths: [root]).compactMap { try? $0.get().id }
    #expect(ids == [root + "/article.txt", root + "/readme-first.txt"])
    let named = DocumentLoader.load(paths: [root + "/README.md"]).compactMap { try? $0.get() }
    #expect(named.map(\.title) == ["About"])
  }

  @Test func oneBadFileIsReportedAndTheOthersLoad() throws {
    let root = try DocumentsFixtures.folder([
      "1.txt": Array("Good one.".utf8),
      "2.txt": [0x00, 0x01, 0x02],
      "3.txt": Array("Good three.".utf8),
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let results = DocumentLoader.load(paths: [root])
    #expect(results.count == 3)
    #expect((try? results[0].get()) != nil)
    #expect(throws: BriefError.binaryFile(path: root + "/2.txt")) { try results[1].get() }
    #expect((try? results[2].get()) != nil)
  }

  @Test func missingPathsAndEmptyFolders() throws {
    let root = try DocumentsFixtures.folder(["x.bin": [1, 2, 3]])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: BriefError.noTextFiles(folder: root)) {
      try DocumentLoader.load(paths: [root])[0].get()
    }
    #expect(throws: BriefError.fileNotFound(path: root + "/nope.txt")) {
      try DocumentLoader.load(paths: [root + "/nope.txt"])[0].get()
    }
  }

  @Test func symbolicLinksLoopsAndFIFOs() throws {
    let root = try DocumentsFixtures.folder([
      "a.txt": Array("Good one.".utf8), "sub/b.txt": Array("Two.".utf8),
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: root + "/sub/up", withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: root + "/self.txt", withDestinationPath: "self.txt")
    try manager.createSymbolicLink(atPath: root + "/gone.md", withDestinationPath: "nowhere.md")
    try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: "a.txt")
    try manager.createSymbolicLink(atPath: root + "-link", withDestinationPath: root)
    defer { try? manager.removeItem(atPath: root + "-link") }
    #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)

    // The link back up is not followed; the loop, the dangling link and the FIFO are
    // named in their places, and the linked file is read.
    let results = DocumentLoader.load(paths: [root])
    let ids = results.map { (try? $0.get().id) ?? "" }
    #expect(ids == [root + "/a.txt", "", root + "/link.txt", "", "", root + "/sub/b.txt"])
    #expect(
      throws: BriefError.unreadable(path: root + "/gone.md", reason: "symbolic link to nothing")
    ) {
      try results[1].get()
    }
    let inFolder = "a FIFO inside a folder: name it as a path to read it"
    #expect(throws: BriefError.unreadable(path: root + "/pipe.txt", reason: inFolder)) {
      try results[3].get()
    }
    #expect(throws: BriefError.unreadable(path: root + "/self.txt", reason: "symbolic link loop")) {
      try results[4].get()
    }
    // A link to a folder named as the path is walked.
    #expect(DocumentLoader.load(paths: [root + "-link"]).count == results.count)
    #expect(throws: BriefError.unreadable(path: root + "/self.txt", reason: "symbolic link loop")) {
      try DocumentLoader.load(paths: [root + "/self.txt"])[0].get()
    }
    #expect(try DocumentLoader.files(at: root).get().count == 3)  // the readable ones
  }

  @Test func aNamedFIFOIsReadToItsEnd() throws {
    let root = try DocumentsFixtures.folder([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let fifo = root + "/story"
    #expect(mkfifo(fifo, 0o600) == 0)
    // More than one pipe buffer (64 KB) and one read chunk, written in pieces.
    let sentence = "The harbour bridge reopens in March after repairs. "
    let text = "Harbour news\n" + String(repeating: sentence, count: 3_000)
    let writer = Thread {
      guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
      let bytes = Array(text.utf8)
      for start in stride(from: 0, to: bytes.count, by: 10_000) {
        handle.write(Data(bytes[start..<min(bytes.count, start + 10_000)]))
      }
      try? handle.close()
    }
    writer.start()
    let results = DocumentLoader.load(paths: [fifo])
    let document = try #require(try results.first?.get())
    #expect(document.title == "Harbour news")
    #expect(document.body.utf8.count == sentence.utf8.count * 3_000 - 1)
  }

  @Test func devicesAndSocketsAreNamedAndNeverRead() throws {
    #expect(
      throws: BriefError.unreadable(path: "/dev/null", reason: "a character device, not a file")
    ) {
      try DocumentLoader.load(paths: ["/dev/null"])[0].get()
    }
    let root = try DocumentsFixtures.folder([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/s.txt"
    #expect(mknod(path, S_IFSOCK | 0o644, 0) == 0)  // a socket's inode, as bind(2) leaves
    #expect(throws: BriefError.unreadable(path: path, reason: "a socket, not a file")) {
      try DocumentLoader.load(paths: [path])[0].get()
    }
    #expect(throws: BriefError.unreadable(path: path, reason: "a socket, not a file")) {
      try DocumentLoader.load(paths: [root])[0].get()
    }
  }

  @Test func aFileThatClaimsNoSizeIsReadAsAStream() throws {
    // /proc files report a size of 0 and hold bytes all the same.
    let text = try DocumentLoader.read(file: "/proc/self/status")
    #expect(text.contains("Name:"))
  }
}
