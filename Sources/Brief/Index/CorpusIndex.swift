import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A corpus split, analyzed and indexed for ``Retriever``: built from documents, or opened
/// from a file that ``write(to:)`` saved, which skips all analysis.
///
///     let index = try CorpusIndex(documents: documents)
///     try index.write(to: "news.briefindex")
///     let reopened = try CorpusIndex(contentsOf: "news.briefindex")
///     let retriever = try Retriever(index: reopened)
///
/// A saved index holds the documents themselves (answers quote them), every sentence's
/// terms and offsets, the vocabulary, the postings and the ``AnalysisSettings`` it was built
/// with, in a versioned file whose sections are checksummed.
public final class CorpusIndex: Sendable {
  /// The documents, in input order.
  public let documents: [Document]
  /// How the documents were analyzed; questions must be analyzed the same way.
  public let settings: AnalysisSettings
  internal let sentences: SentenceIndex
  /// What the sentence model made of the searchable sentences (unit order), when the index
  /// was encoded (``encoded(with:cache:workers:progress:)``); nil for an index by words
  /// alone.
  public let vectors: CorpusVectors?

  /// Splits, analyzes and indexes `documents` on all cores.
  ///
  /// - Throws: ``BriefError/stemmerUnavailable(language:)``.
  /// - Complexity: O(n) in the corpus length.
  public init(documents: [Document], language: Language = .english) throws(BriefError) {
    self.documents = documents
    self.settings = AnalysisSettings(language: language)
    self.sentences = try SentenceIndex(documents: documents, language: language)
    self.vectors = nil
  }

  /// An index of these parts.
  internal init(
    documents: [Document], settings: AnalysisSettings, sentences: SentenceIndex,
    vectors: CorpusVectors?
  ) {
    self.documents = documents
    self.settings = settings
    self.sentences = sentences
    self.vectors = vectors
  }

  /// The number of searchable sentences: body sentences, titles and key points.
  public var sentenceCount: Int { sentences.unitCount }

  /// Opens an index saved by ``write(to:)``.
  ///
  /// Every section's checksum and every structural invariant is checked, so a truncated,
  /// corrupt or foreign file is refused with a reason and never trusted.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - language: the language questions will be analyzed in; nil takes the index's.
  ///     Either way the index must have been analyzed exactly as this version of Brief
  ///     analyzes that language (``AnalysisSettings/init(language:)``), or it is refused.
  /// - Throws: ``BriefError/fileNotFound(path:)``, ``BriefError/unreadable(path:reason:)``,
  ///   ``BriefError/invalidIndex(path:reason:)``,
  ///   ``BriefError/indexSettingsMismatch(path:built:expected:)``.
  /// - Complexity: O(n) in the file size: one read and one checksum pass.
  public init(contentsOf path: String, language: Language? = nil) throws(BriefError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { throw .fileNotFound(path: path) }
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw .unreadable(path: path, reason: "not a regular file")
    }
    do {
      var file = try IndexFileReader(descriptor: descriptor, size: Int(status.st_size))
      let settings = try Self.readSettings(&file)
      let expected = AnalysisSettings(language: language ?? settings.language)
      if expected != settings {
        throw BriefError.indexSettingsMismatch(
          path: path, built: settings.description, expected: expected.description)
      }
      let strings = try DocumentStrings(reading: &file)
      let sentences = try SentenceIndex(reading: &file, documentCount: strings.count)
      let vectors = try Self.readVectors(&file, unitCount: sentences.unitCount)
      try file.finish()
      let documents = try strings.documents()
      try sentences.validate(documents: documents)
      self.settings = settings
      self.documents = documents
      self.sentences = sentences
      self.vectors = vectors
    } catch let error as BriefError {
      throw error
    } catch let error as IndexFileError {
      throw .invalidIndex(path: path, reason: error.reason)
    } catch {
      throw .invalidIndex(path: path, reason: "\(error)")
    }
  }

  /// Saves the index to `path`, atomically: it is written to a temporary file in the same
  /// folder and renamed over `path` only once complete.
  ///
  /// - Throws: ``BriefError/unwritable(path:reason:)``.
  public func write(to path: String) throws(BriefError) {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
    do {
      var file = try IndexFileWriter(descriptor: descriptor)
      try writeSettings(&file)
      try writeDocuments(&file)
      try sentences.write(to: &file)
      try writeVectors(&file)
      try file.finish()
      guard fsync(descriptor) == 0, close(descriptor) == 0 else {
        throw IndexFileError(reason: String(cString: strerror(errno)))
      }
    } catch let error as IndexFileError {
      close(descriptor)
      unlink(temporary)
      throw .unwritable(path: path, reason: error.reason)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw .unwritable(path: path, reason: "\(error)")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .unwritable(path: path, reason: reason)
    }
  }

  // MARK: - Settings and documents sections

  private func writeSettings(_ file: inout IndexFileWriter) throws(IndexFileError) {
    try file.section("language", Array(settings.language.rawValue.utf8))
    try file.section(
      "settings",
      [
        UInt64(settings.analysisVersion), settings.foldsDiacritics ? 1 : 0,
        UInt64(settings.maximumTokenLength), settings.stopWordsChecksum,
      ])
  }

  private static func readSettings(_ file: inout IndexFileReader) throws(IndexFileError)
    -> AnalysisSettings
  {
    let name = try file.section("language", of: UInt8.self)
    guard let language = Language(rawValue: String(decoding: name, as: UTF8.self)) else {
      throw IndexFileError(
        reason: "built for a language this brief does not know: "
          + String(decoding: name.prefix(40), as: UTF8.self).debugDescription)
    }
    let values = try file.section("settings", of: UInt64.self, count: 4)
    try file.verify()
    guard values[0] < 1 << 31, values[1] <= 1, values[2] < 1 << 31 else {
      throw IndexFileError(reason: "corrupt: bad analysis settings")
    }
    return AnalysisSettings(
      language: language, foldsDiacritics: values[1] == 1, maximumTokenLength: Int(values[2]),
      stopWordsChecksum: values[3], analysisVersion: Int(values[0]))
  }

  /// Documents as one UTF-8 byte array of their strings (id, title, body, source, key
  /// points…) with the strings' end offsets, each document's first string, and whether it
  /// has a title.
  private func writeDocuments(_ file: inout IndexFileWriter) throws(IndexFileError) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(documents.reduce(0) { $0 + $1.body.utf8.count })
    var ends: [Int] = [0]
    var firsts: [Int] = [0]
    var titled: [UInt8] = []
    for document in documents {
      for text in [document.id, document.title ?? "", document.body, document.source]
        + document.keyPoints
      {
        bytes += text.utf8
        ends.append(bytes.count)
      }
      firsts.append(ends.count - 1)
      titled.append(document.title == nil ? 0 : 1)
    }
    try file.section("docTitle", titled)
    try file.section("docFirst", firsts)
    try file.section("strEnds", ends)
    try file.section("strBytes", bytes)
  }
}

/// The documents sections of a saved index, as read: one UTF-8 byte array of all their
/// strings (id, title, body, source, key points… per document), the strings' end offsets,
/// each document's first string, and whether it has a title.
private struct DocumentStrings {
  let titled: [UInt8]
  let firsts: [Int]
  let ends: [Int]
  let bytes: [UInt8]

  var count: Int { titled.count }

  init(reading file: inout IndexFileReader) throws(IndexFileError) {
    titled = try file.section("docTitle", of: UInt8.self)
    firsts = try file.section("docFirst", of: Int.self, count: titled.count + 1)
    ends = try file.section("strEnds", of: Int.self)
    bytes = try file.section("strBytes", of: UInt8.self)
  }

  /// The documents, decoded on all cores; every string must be valid UTF-8.
  func documents() throws(IndexFileError) -> [Document] {
    let corrupt = IndexFileError(reason: "corrupt: document strings")
    guard ends.first == 0, ends.last == bytes.count, firsts.first == 0,
      firsts.last == ends.count - 1
    else { throw corrupt }
    let count = titled.count
    let chunk = 4096
    let chunks = (count + chunk - 1) / chunk
    let slots = SlotArray<[Document]>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
      slots[index] = decode(index * chunk..<min(count, (index + 1) * chunk))
    }
    var documents: [Document] = []
    documents.reserveCapacity(count)
    for index in 0..<chunks {
      guard let part = slots[index] else { throw corrupt }
      documents += part
    }
    return documents
  }

  /// The documents in `range`, or nil if any string is out of bounds or not UTF-8.
  private func decode(_ range: Range<Int>) -> [Document]? {
    bytes.withUnsafeBufferPointer { buffer -> [Document]? in
      func string(_ index: Int) -> String? {
        let start = ends[index]
        let end = ends[index + 1]
        guard 0 <= start, start <= end, end <= buffer.count else { return nil }
        return String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
      }
      var documents: [Document] = []
      documents.reserveCapacity(range.count)
      for document in range {
        let first = firsts[document]
        let last = firsts[document + 1]
        guard first >= 0, first + 4 <= last, last < ends.count, titled[document] <= 1,
          let id = string(first), let title = string(first + 1), let body = string(first + 2),
          let source = string(first + 3)
        else { return nil }
        var keyPoints: [String] = []
        for index in (first + 4)..<last {
          guard let point = string(index) else { return nil }
          keyPoints.append(point)
        }
        documents.append(
          Document(
            id: id, title: titled[document] == 1 ? title : nil, keyPoints: keyPoints, body: body,
            source: source))
      }
      return documents
    }
  }
}
