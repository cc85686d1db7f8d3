import ArgumentParser
import Brief
import Foundation

extension BriefCommand {
  /// `brief index`: analyze a corpus once and save it, for `brief ask --index`.
  struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Save the analyzed corpus to a file that `brief ask --index` opens at once.",
      discussion: """
        The file holds the documents, their sentences, the vocabulary, the postings, the \
        analysis settings and (unless --no-model) every sentence's vector from the sentence \
        model, in a versioned format whose sections are checksummed. It is written \
        to a temporary file and renamed into place when complete; it never replaces an input \
        or a file that is not a Brief index. A bad document is reported on stderr and left \
        out; the exit status is then 1 (the index of the others is still written).
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var modelOptions: ModelOptions

    @Option(
      name: .shortAndLong, help: ArgumentHelp("The index file to write.", valueName: "file"),
      completion: .file())
    var output: String

    func run() throws {
      if let problem = Self.problem(writing: output, inputs: Input.files(paths: input.paths)) {
        Terminal.report(problem)
        throw ExitCode.failure
      }
      let (documents, failed) = Input.reportingFailures(paths: input.paths)
      guard !documents.isEmpty else {
        Terminal.report("\(output): not written, no document could be read")
        throw ExitCode.failure
      }
      let start = Date()
      let language = input.language(of: documents)
      let encoder = try modelOptions.encoder(language: language)
      var index: CorpusIndex
      do {
        index = try CorpusIndex(documents: documents, language: language)
        if let encoder { index = ModelOptions.withVectors(index, encoder: encoder, from: nil) }
        try index.write(to: output)
      } catch {
        Terminal.report(error.description)
        throw ExitCode.failure
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      Terminal.writeError(
        "brief: \(output): \(documents.count) document\(documents.count == 1 ? "" : "s"), \(index.sentenceCount) sentences, "
          + String(
            format: "%.1f MB in %.2f s\n", Double(size) / 1e6, Date().timeIntervalSince(start)))
      if failed { throw ExitCode.failure }
    }

    /// Why `path` must not be written: it is one of the inputs, a folder, or an existing
    /// file that is not a Brief index (which would be lost); nil when it may.
    static func problem(writing path: String, inputs: [String]) -> String? {
      let target = OutputDirectory.canonical(path)
      if inputs.contains(where: { OutputDirectory.canonical($0) == target }) {
        return "\(path): refusing to overwrite an input file"
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        return nil
      }
      if isDirectory.boolValue { return "\(path): is a folder, not an index file" }
      guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 8)) ?? Data()
      if !head.isEmpty && head != Data("BRIEFIDX".utf8) {
        return "\(path): exists and is not a Brief index; refusing to replace it"
      }
      return nil
    }
  }
}
