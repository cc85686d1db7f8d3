// The checks behind the fuzz targets: each takes the fuzzer's bytes, runs one path of the
// library and throws a ``FuzzFailure`` when an invariant breaks (a crash, hang or trap is
// found by libFuzzer itself). The same file is compiled into the unit tests
// (Tests/BriefTests/Fuzz/FuzzChecks.swift is a symlink to it), which replay every input
// under Fuzz/Regressions/<target>/ without libFuzzer.

import Brief
import Foundation

/// An invariant that a fuzz input broke.
public struct FuzzFailure: Error, CustomStringConvertible {
  /// What went wrong, for the fuzzer's crash report or the test's issue.
  public let description: String
}

/// One fuzz target: a name (its folders are `Fuzz/Regressions/<name>`, its executable
/// `fuzz-<name>`) and the check it runs on each input.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Text decoding and ``DocumentReader`` in every format.
  case documents
  /// ``SentenceSplitter`` in every language, with its range invariants.
  case splitter
  /// ``Tokenizer`` and ``Analyzer`` in every language.
  case analyzer
  /// A ``Retriever`` over `Corpora/news` answering the input, and the ``Summarizer`` on it.
  case question
  /// ``CorpusIndex/init(contentsOf:language:)`` on the input as a saved index file.
  case index
}

/// Builds what a target needs once (the question target's corpus index) and checks inputs.
public final class FuzzChecker {
  /// The target checked.
  public let target: FuzzTarget
  private let analyzer: AnalyzerCheck?
  private let question: QuestionCheck?

  /// Prepares a target; `root` is the repository root (the question target reads
  /// `Corpora/news` under it).
  public init(_ target: FuzzTarget, root: String) throws {
    self.target = target
    analyzer = target == .analyzer ? try AnalyzerCheck() : nil
    question = target == .question ? try QuestionCheck(corpus: root + "/Corpora/news") : nil
  }

  /// Runs the target's check on one input.
  public func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    switch target {
    case .documents: try DocumentsCheck.check(bytes)
    case .splitter: try SplitterCheck.check(bytes)
    case .analyzer: try analyzer?.check(bytes)
    case .question: try question?.check(bytes)
    case .index: try IndexCheck.check(bytes)
    }
  }
}

/// Throws a failure naming `message` unless `condition` holds.
@inline(__always)
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
  if !condition { throw FuzzFailure(description: message()) }
}

/// Whether `offset` is a scalar boundary of the valid UTF-8 `bytes` (not a continuation
/// byte), counting both ends.
func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
  offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
}

/// Checks that `ranges` are non-empty, in bounds of `bytes`, increasing, non-overlapping
/// and on scalar boundaries.
func requireOrderedRanges(_ ranges: [Range<Int>], in bytes: [UInt8], _ what: String)
  throws(FuzzFailure)
{
  var previousEnd = 0
  for range in ranges {
    try require(!range.isEmpty, "\(what): empty range \(range)")
    try require(
      range.lowerBound >= previousEnd,
      "\(what): range \(range) overlaps or precedes the previous end \(previousEnd)")
    try require(range.upperBound <= bytes.count, "\(what): range \(range) past \(bytes.count)")
    try require(
      isScalarBoundary(bytes, range.lowerBound) && isScalarBoundary(bytes, range.upperBound),
      "\(what): range \(range) splits a UTF-8 scalar")
    previousEnd = range.upperBound
  }
}

/// Bytes → text → documents, in every format, or a typed error.
enum DocumentsCheck {
  static func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let start = bytes.starts(with: bom) ? 3 : 0
    let text: String
    do {
      text = try DocumentLoader.decode(bytes, name: "fuzz")
    } catch {
      switch error {
      case .binaryFile(let path):
        try require(path == "fuzz", "binaryFile names \(path)")
        try require(bytes.contains(0), "binaryFile without a NUL byte")
      case .invalidUTF8(_, let offset):
        try require(
          offset >= start && offset < bytes.count, "invalidUTF8 offset \(offset) out of range")
        try require(
          String(validating: bytes[start..<offset], as: UTF8.self) != nil,
          "invalidUTF8 at \(offset) but the bytes before it are not valid")
        try require(
          String(validating: bytes[start...], as: UTF8.self) == nil,
          "invalidUTF8 for valid UTF-8")
      case .notText(let path, _, _):
        // Only bytes that are not UTF-8 text are named as another format.
        try require(path == "fuzz", "notText names \(path)")
        try require(
          bytes.contains(0) || String(validating: bytes[start...], as: UTF8.self) == nil,
          "notText for valid UTF-8 text")
      default:
        throw FuzzFailure(description: "decode threw \(error)")
      }
      return
    }
    let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    try require(utf16 || !bytes[start...].contains(0), "decoded text with a NUL byte")
    try require(
      utf16 || String(validating: bytes[start...], as: UTF8.self) != nil, "decoded invalid UTF-8")
    try require(!text.utf8.contains(0), "decoded text holds a NUL")
    try require(!text.utf8.contains(0x0D), "decoded text keeps a CR")
    _ = DocumentFormat(sniffing: text)
    for format in DocumentFormat.allCases {
      let results = DocumentReader.documents(from: text, name: "fuzz", format: format, workers: 1)
      if format != .jsonl {
        try require(results.count == 1, "\(format): \(results.count) results for one input")
      }
      for result in results {
        switch result {
        case .success(let document):
          // Blank as the reader defines it: every scalar is whitespace (a space followed by
          // a combining mark is one Character that counts as whitespace, yet not blank).
          try require(
            document.body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }),
            "\(format): blank body")
          try require(
            document.keyPoints.allSatisfy { !$0.isEmpty }, "\(format): empty key point")
        case .failure(.emptyBody):
          break
        case .failure(.malformedJSONL(let path, let line, _)):
          try require(format == .jsonl, "\(format): malformedJSONL")
          try require(path == "fuzz" && line >= 1, "malformedJSONL names \(path):\(line)")
        case .failure(let error):
          throw FuzzFailure(description: "\(format): unexpected error \(error)")
        }
      }
      if format == .jsonl { try compareWithJSONSerialization(text, results) }
    }
  }

  /// The JSON Lines reader's fast path promises the results of `JSONSerialization`: each
  /// line's result is compared with what that parser makes of it.
  static func compareWithJSONSerialization(
    _ text: String, _ results: [Result<Document, BriefError>]
  ) throws(FuzzFailure) {
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
      .filter { !$0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
    try require(lines.count == results.count, "\(results.count) results for \(lines.count) lines")
    for (line, result) in zip(lines, results) {
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
      guard let fields = object as? [String: Any], let body = fields["text"] as? String else {
        guard case .failure(.malformedJSONL) = result else {
          throw FuzzFailure(description: "not a JSON object with text, yet \(result): \(line)")
        }
        continue
      }
      if body.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
        guard case .failure(.emptyBody) = result else {
          throw FuzzFailure(description: "blank text, yet \(result): \(line)")
        }
        continue
      }
      guard case .success(let document) = result else {
        throw FuzzFailure(description: "JSONSerialization reads it, yet \(result): \(line)")
      }
      try require(document.body == body, "body \(document.body.debugDescription): \(line)")
      let title = (fields["title"] as? String).map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
      try require(document.title == title, "title \(String(describing: document.title)): \(line)")
      switch fields["id"] {
      case let id as String:
        try require(document.id == id, "id \(document.id.debugDescription): \(line)")
      case let id as NSNumber:
        try require(document.id == id.stringValue, "id \(document.id.debugDescription): \(line)")
      default:
        try require(document.id == document.source, "id \(document.id.debugDescription): \(line)")
      }
      var keyPoints: [String] = []
      if let list = fields["highlights"] as? [Any] {
        keyPoints = list.compactMap { $0 as? String }
      } else if let single = fields["highlights"] as? String {
        keyPoints = single.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
          .map { String(decoding: $0, as: UTF8.self) }
      }
      keyPoints = keyPoints.map(trimmed).filter { !$0.isEmpty }
      try require(document.keyPoints == keyPoints, "key points \(document.keyPoints): \(line)")
    }
  }

  /// `text` without leading and trailing Unicode whitespace.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

/// Sentence ranges: non-empty, in bounds, increasing, non-overlapping, on scalar
/// boundaries, trimmed.
enum SplitterCheck {
  static func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    let text = String(decoding: bytes, as: UTF8.self)
    let utf8 = Array(text.utf8)
    for language in Language.allCases {
      let splitter = SentenceSplitter(language: language)
      let ranges = splitter.sentences(in: text)
      try requireOrderedRanges(ranges, in: utf8, "\(language) sentences")
      for range in ranges {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        try require(
          !isSpace(utf8[range.lowerBound]) && !isSpace(utf8[range.upperBound - 1]),
          "\(language): sentence \(range) not trimmed")
        try require(
          !splitter.text(of: range, in: text).isEmpty, "\(language): empty sentence text")
      }
    }
  }
}

/// Tokens: ordered in-bounds ranges, lowercase text, consistent term ids.
///
/// The analyzers live across inputs, as in a long corpus, so that their stem caches grow
/// and rehash; they are replaced every `lifetime` inputs to bound their memory.
final class AnalyzerCheck {
  private var analyzers: [Analyzer] = []
  private var uses = 0
  private let lifetime = 20_000

  init() throws { analyzers = try Self.makeAnalyzers() }

  private static func makeAnalyzers() throws(BriefError) -> [Analyzer] {
    try Language.allCases.map { language throws(BriefError) in try Analyzer(language: language) }
  }

  func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    uses += 1
    if uses % lifetime == 0, let fresh = try? Self.makeAnalyzers() { analyzers = fresh }
    let text = String(decoding: bytes, as: UTF8.self)
    let utf8 = Array(text.utf8)
    for analyzer in analyzers {
      let language = analyzer.language
      let tokens = analyzer.tokenizer.tokens(in: text)
      try requireOrderedRanges(tokens.map(\.range), in: utf8, "\(language) tokens")
      for (position, token) in tokens.enumerated() {
        try require(token.position == position, "token \(position) has position \(token.position)")
        try require(!token.text.isEmpty, "empty token at \(token.range)")
        try require(
          !token.text.utf8.contains(where: { (0x41...0x5A).contains($0) }),
          "token \(token.text) not lowercased")
      }
      let ids = analyzer.termIDs(in: text)
      try require(ids.count <= tokens.count, "\(ids.count) terms from \(tokens.count) tokens")
      try require(
        ids.allSatisfy { $0 >= 0 && Int($0) < analyzer.vocabulary.count }, "term id out of range")
      try require(analyzer.termIDs(in: text) == ids, "second analysis gives other term ids")
      // The public byte API takes any bytes, valid UTF-8 or not.
      var ranges: [Range<Int>] = []
      bytes.withUnsafeBufferPointer { buffer in
        analyzer.tokenizer.forEachToken(in: buffer, range: 0..<buffer.count) { word, range in
          if word.isEmpty { ranges.append(0..<0) } else { ranges.append(range) }
        }
      }
      var previousEnd = 0
      for range in ranges {
        try require(
          !range.isEmpty && range.lowerBound >= previousEnd && range.upperBound <= bytes.count,
          "raw-byte token range \(range) bad (previous end \(previousEnd), \(bytes.count) bytes)")
        previousEnd = range.upperBound
      }
    }
  }
}

/// A question to a retriever over a fixed corpus, and the input summarized as a document
/// (alone and within the corpus), with summary options taken from its first byte.
final class QuestionCheck {
  private let retriever: Retriever
  private let ids: Set<String>
  /// Two short documents (the first two sentences of two articles) to summarize the input
  /// among, which takes the corpus path of the summarizer.
  private let neighbors: [Document]

  init(corpus folder: String) throws {
    let corpus = try DocumentLoader.load(paths: [folder]).map { try $0.get() }
    retriever = try Retriever(documents: corpus)
    ids = Set(corpus.map(\.id))
    let splitter = SentenceSplitter()
    neighbors = corpus.prefix(2).map { document in
      let sentences = splitter.sentences(in: document.body).prefix(2)
      let body = sentences.map { splitter.text(of: $0, in: document.body) }.joined(separator: " ")
      return Document(id: document.id, title: document.title, body: body)
    }
  }

  /// Summary options chosen by one byte: the length kind and size, and the method.
  static func options(_ byte: UInt8, language: Language) -> SummaryOptions {
    let size = Int(byte >> 2) & 0x0F
    let length: SummaryLength
    switch byte % 3 {
    case 0: length = .sentences(1 + size % 5)
    case 1: length = .ratio(Double(1 + size % 10) / 10)
    default: length = .words(1 + size * 4)
    }
    return SummaryOptions(
      length: length, method: byte & 0x80 == 0 ? .tfidf : .lead, language: language)
  }

  func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    let text = String(decoding: bytes, as: UTF8.self)
    let limit = 5
    let answers = retriever.answers(to: text, limit: limit)
    try require(answers.count <= limit, "\(answers.count) answers for limit \(limit)")
    var previous = Double.infinity
    for answer in answers {
      try require(answer.score.isFinite && answer.score <= previous, "score \(answer.score) order")
      try require(ids.contains(answer.documentID), "unknown document \(answer.documentID)")
      try require(!answer.text.isEmpty, "empty answer text")
      previous = answer.score
    }
    let prefix = text.lowercased()
    for word in retriever.words(withPrefix: text, limit: limit) {
      try require(word.hasPrefix(prefix), "completion \(word) lacks prefix")
    }
    let document = Document(id: "fuzz", body: text)
    for language in Language.allCases {
      let options = Self.options(bytes.first ?? 0, language: language)
      let summarizer: Summarizer
      do {
        summarizer = try Summarizer(options: options, workers: 1)
      } catch {
        throw FuzzFailure(description: "no summarizer for \(options): \(error)")
      }
      let alone: Summary
      do {
        alone = try summarizer.summarize(document)
      } catch .emptyBody {
        continue
      } catch {
        throw FuzzFailure(description: "summarize threw \(error)")
      }
      try requireValid(alone, of: text, options)
      let results = summarizer.summarize([neighbors[0], document, neighbors[1]])
      try require(results.count == 3, "\(results.count) summaries of 3 documents")
      guard case .success(let within) = results[1] else {
        throw FuzzFailure(description: "in a corpus: \(results[1])")
      }
      try requireValid(within, of: text, options)
    }
  }

  /// Checks a summary of `text` made with `options`.
  private func requireValid(_ summary: Summary, of text: String, _ options: SummaryOptions)
    throws(FuzzFailure)
  {
    try require(!summary.sentences.isEmpty, "empty summary")
    if case .sentences(let count) = options.length {
      try require(summary.sentences.count <= count, "\(summary.sentences.count) of \(count)")
    }
    try requireOrderedRanges(summary.sentences.map(\.range), in: Array(text.utf8), "summary")
    var previousIndex = -1
    for sentence in summary.sentences {
      try require(
        sentence.index > previousIndex && sentence.index < summary.sentenceCount,
        "sentence index \(sentence.index) of \(summary.sentenceCount)")
      try require(sentence.score.isFinite, "score \(sentence.score)")
      try require(!sentence.text.isEmpty, "empty key point")
      previousIndex = sentence.index
    }
  }
}

/// Bytes as a saved index file: opening gives an index that answers questions, or a typed
/// error about the index, never anything else.
enum IndexCheck {
  /// One file per process, rewritten for each input.
  nonisolated(unsafe) static let path =
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "brief-fuzz-index-\(ProcessInfo.processInfo.processIdentifier).briefindex"
    ).path

  static func check(_ bytes: [UInt8]) throws(FuzzFailure) {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      throw FuzzFailure(description: "cannot write \(path)")
    }
    let index: CorpusIndex
    do {
      index = try CorpusIndex(contentsOf: path)
    } catch .invalidIndex(let file, _), .indexSettingsMismatch(let file, _, _) {
      try require(file == path, "error names \(file)")
      return
    } catch {
      throw FuzzFailure(description: "unexpected error \(error)")
    }
    let retriever: Retriever
    do {
      retriever = try Retriever(index: index)
    } catch {
      throw FuzzFailure(description: "no retriever over an opened index: \(error)")
    }
    let ids = Set(index.documents.map(\.id))
    for question in ["bridge", "what did the council say?", "1964"] {
      for answer in retriever.answers(to: question, limit: 3) {
        try require(ids.contains(answer.documentID), "unknown document \(answer.documentID)")
        try require(answer.score.isFinite, "score \(answer.score)")
      }
    }
  }
}
