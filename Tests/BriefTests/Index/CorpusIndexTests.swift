import Foundation
import Testing

@testable import Brief

@Suite final class CorpusIndexTests {
  /// A small corpus with titles, key points, pronoun context, and (in the generated part)
  /// a term with long postings.
  static let documents: [Document] = {
    var documents = SentenceIndexTests.documents
    documents.append(
      Document(
        id: "c", title: "Árbol de café", keyPoints: [], body: "Café con leche. Ünïcode façade."))
    for number in 0..<80 {
      let body = (0..<5).map { "Bridge report \(number) part \($0) on traffic." }
        .joined(separator: " ")
      documents.append(Document(id: "gen-\(number)", body: body, source: "gen.jsonl:\(number)"))
    }
    return documents
  }()

  static let questions = [
    "What did Sheinbaum reject?", "bridge traffic report 42", "cyclists", "cafe", "troops offer",
    "part 3",
  ]

  /// This test's scratch folder, removed when the test ends.
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-index-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  private func temporaryPath(_ name: String = "test.briefindex") throws -> String {
    folder.appendingPathComponent("\(UUID().uuidString)-\(name)").path
  }

  private func saved() throws -> (path: String, bytes: [UInt8]) {
    let path = try temporaryPath()
    try CorpusIndex(documents: Self.documents).write(to: path)
    return (path, Array(try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  private func open(_ bytes: [UInt8], language: Language? = nil) throws -> BriefError? {
    let path = try temporaryPath()
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try CorpusIndex(contentsOf: path, language: language)
      return nil
    } catch {
      return error
    }
  }

  private func reason(_ error: BriefError?) -> String {
    if case .invalidIndex(_, let reason) = error { return reason }
    return "not an invalid-index error: \(String(describing: error))"
  }

  /// The sections of a saved file: name, header offset, payload offset, byte count and
  /// element width.
  private func sections(_ bytes: [UInt8]) -> [(
    name: String, header: Int, payload: Int, size: Int, width: Int
  )] {
    func word(_ offset: Int) -> Int {
      bytes[offset..<(offset + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
    var result: [(String, Int, Int, Int, Int)] = []
    var offset = 24
    for _ in 0..<word(16) {
      let name = String(decoding: bytes[offset..<(offset + 8)], as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
      let size = word(offset + 8) * word(offset + 16)
      result.append((name, offset, offset + 32, size, word(offset + 8)))
      offset += 32 + size + (8 - size % 8) % 8
    }
    return result
  }

  /// Rewrites a section's payload and its checksum, as a crafted (not a damaged) file would.
  private func patch(_ bytes: [UInt8], section name: String, _ change: (inout [UInt8]) -> Void)
    -> [UInt8]
  {
    var bytes = bytes
    guard let section = sections(bytes).first(where: { $0.name == name }) else {
      Issue.record("no section \(name)")
      return bytes
    }
    var payload = Array(bytes[section.payload..<(section.payload + section.size)])
    change(&payload)
    bytes.replaceSubrange(section.payload..<(section.payload + section.size), with: payload)
    let checksum = payload.withUnsafeBytes { Checksum.of($0) }
    withUnsafeBytes(of: checksum.littleEndian) {
      bytes.replaceSubrange((section.header + 24)..<(section.header + 32), with: $0)
    }
    return bytes
  }

  @Test func aSavedIndexAnswersExactlyLikeTheOneItWasBuiltFrom() throws {
    let built = try CorpusIndex(documents: Self.documents)
    let (path, _) = try saved()
    let opened = try CorpusIndex(contentsOf: path)
    #expect(opened.documents == Self.documents)
    #expect(opened.settings == AnalysisSettings(language: .english))
    #expect(opened.sentenceCount == built.sentenceCount)
    let fresh = try Retriever(index: built)
    let reopened = try Retriever(index: opened)
    for question in Self.questions {
      let expected = fresh.answers(to: question, limit: 5)
      #expect(!expected.isEmpty)
      #expect(reopened.answers(to: question, limit: 5) == expected, "\(question)")
    }
  }

  @Test func writingReplacesAnOldIndexAndLeavesNoTemporaryFile() throws {
    let (path, _) = try saved()
    try CorpusIndex(documents: Array(Self.documents.prefix(2))).write(to: path)
    #expect(try CorpusIndex(contentsOf: path).documents.count == 2)
    let folder = (path as NSString).deletingLastPathComponent
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder)
        == [(path as NSString).lastPathComponent])
  }

  @Test func anUnwritablePlaceIsATypedError() throws {
    let index = try CorpusIndex(documents: Self.documents)
    #expect(throws: BriefError.self) { try index.write(to: "/nonexistent-folder/x.briefindex") }
  }

  @Test func missingFoldersAndForeignFilesAreRefused() throws {
    #expect(throws: BriefError.fileNotFound(path: "/nonexistent.briefindex")) {
      try CorpusIndex(contentsOf: "/nonexistent.briefindex")
    }
    #expect(throws: BriefError.unreadable(path: "/tmp", reason: "not a regular file")) {
      try CorpusIndex(contentsOf: "/tmp")
    }
    #expect(reason(try open([])) == "empty file, not a Brief index")
    #expect(reason(try open(Array("Headline\nA body.\n".utf8))).contains("not a Brief index"))
  }

  @Test func everyTruncationIsRefused() throws {
    let (_, bytes) = try saved()
    var cuts = Array(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)))
    cuts += [8, 12, 16, 23, 24, 55, 56, bytes.count - 9, bytes.count - 8, bytes.count - 1]
    for cut in cuts {
      let error = try open(Array(bytes.prefix(cut)))
      #expect(error != nil, "cut at \(cut)")
      guard case .invalidIndex = error else {
        Issue.record("cut at \(cut): \(String(describing: error))")
        continue
      }
    }
    #expect(reason(try open(bytes + [0])).contains("after the end mark"))
  }

  @Test func everyFlippedByteIsRefused() throws {
    let (_, bytes) = try saved()
    for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 211)) {
      var damaged = bytes
      damaged[position] ^= 0x5A
      let error = try open(damaged)
      // A flip in the padding between sections changes nothing that is read.
      if error == nil {
        #expect(damaged[position] == 0x5A, "flip at \(position) went unnoticed")
      }
    }
    var damaged = bytes
    let postings = try #require(sections(bytes).first { $0.name == "postUnit" })
    damaged[postings.payload] ^= 1
    #expect(reason(try open(damaged)) == "corrupt: checksum mismatch in section postUnit")
  }

  @Test func otherFormatVersionsAreRefusedWithAdvice() throws {
    let (_, bytes) = try saved()
    var older = bytes
    older[8] = 0
    #expect(
      reason(try open(older)).contains(
        "older than this brief reads (\(IndexFileLayout.formatVersion)); rebuild it"))
    var newer = bytes
    newer[8] = 9
    #expect(reason(try open(newer)).contains("newer than this brief reads"))
  }

  @Test func otherAnalysisSettingsAreRefused() throws {
    let (_, bytes) = try saved()
    let spanish = try open(bytes, language: .spanish)
    guard case .indexSettingsMismatch(_, let built, let expected) = spanish else {
      Issue.record("\(String(describing: spanish))")
      return
    }
    #expect(built.contains("language english") && expected.contains("language spanish"))
    #expect(try open(bytes, language: .english) == nil)
    // An index from an older analysis (version 0) is refused even with no language asked.
    let old = patch(bytes, section: "settings") { $0[0] = 0 }
    guard case .indexSettingsMismatch(_, let oldBuilt, _) = try open(old) else {
      Issue.record("old analysis accepted")
      return
    }
    #expect(oldBuilt.contains("analysis v0"))
    let unknown = patch(bytes, section: "language") { $0 = Array("klingon".utf8) }
    #expect(reason(try open(unknown)).contains("a language this brief does not know"))
  }

  @Test func craftedFilesThatPassTheirChecksumsAreStillRefused() throws {
    let (_, bytes) = try saved()
    for section in sections(bytes).filter({ $0.size > 0 }).dropFirst(2) {
      // The last element made huge: out of range or out of order in every section.
      let crafted = patch(bytes, section: section.name) { payload in
        for index in (payload.count - min(section.width, 4))..<payload.count {
          payload[index] = 0x7F
        }
      }
      let error = try open(crafted)
      // Flag bits, text bytes (here, a valid DEL character) and term frequencies may be anything.
      if ["unitFlgs", "strBytes", "vocabTxt", "postFreq"].contains(section.name) { continue }
      #expect(reason(error).hasPrefix("corrupt"), "\(section.name): \(String(describing: error))")
    }
    let swapped = patch(bytes, section: "postUnit") { payload in
      payload.swapAt(0, 4)
      payload.swapAt(1, 5)
    }
    #expect(reason(try open(swapped)).hasPrefix("corrupt"))
  }

  @Test func repeatedDocumentsAreSavedAndTheirClaimsChecked() throws {
    var documents = Self.documents
    var copy = documents[1]
    copy.id = "copy of 1"
    documents.append(copy)
    let path = try temporaryPath()
    let built = try CorpusIndex(documents: documents)
    try built.write(to: path)
    let opened = try CorpusIndex(contentsOf: path)
    let last = Int32(documents.count - 1)
    #expect(built.sentences.canonicalDocuments.last == 1)
    #expect(opened.sentences.canonicalDocuments == built.sentences.canonicalDocuments)
    for question in Self.questions {
      #expect(
        try Retriever(index: opened).answers(to: question, limit: 8)
          == Retriever(index: built).answers(to: question, limit: 8))
    }
    // A file claiming twins of another length, or a later canonical document, is refused.
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    for claim: Int32 in [0, last, -1] {
      let crafted = patch(bytes, section: "docCanon") { payload in
        let start = payload.count - 4
        withUnsafeBytes(of: (claim == last ? 2 : claim).littleEndian) {
          payload.replaceSubrange(start..<(start + 4), with: $0)
        }
        if claim == last {  // document 2 names the last one
          withUnsafeBytes(of: last.littleEndian) { payload.replaceSubrange(8..<12, with: $0) }
        }
      }
      #expect(reason(try open(crafted)).hasPrefix("corrupt: twins of document"), "\(claim)")
    }
  }

  /// Random rewrites of random sections, checksums recomputed: opening must either refuse
  /// the file or give an index that answers questions, never crash or hang.
  @Test func randomCraftedFilesNeverCrashTheReaderOrTheRetriever() throws {
    let (_, bytes) = try saved()
    let all = sections(bytes).filter { $0.size > 0 }
    var generator = SplitMix(seed: 0x5EED)
    var opened = 0
    for _ in 0..<1000 {
      let section = all[Int(generator.next() % UInt64(all.count))]
      let crafted = patch(bytes, section: section.name) { payload in
        for _ in 0..<(1 + Int(generator.next() % 3)) {
          let position = Int(generator.next() % UInt64(payload.count))
          switch generator.next() % 4 {
          case 0: payload[position] = UInt8(truncatingIfNeeded: generator.next())
          case 1: payload[position] ^= 1 << UInt8(generator.next() % 8)
          case 2: payload[position] = 0xFF
          default: payload[position] = 0
          }
        }
      }
      let path = try temporaryPath()
      try Data(crafted).write(to: URL(fileURLWithPath: path))
      guard let index = try? CorpusIndex(contentsOf: path) else { continue }
      opened += 1
      let retriever = try Retriever(index: index)
      for question in Self.questions { _ = retriever.answers(to: question, limit: 5) }
      _ = retriever.words(withPrefix: "b", limit: 5)
    }
    // Some rewrites are harmless (text, flags), so some files must still open.
    #expect(opened > 0)
  }
}
