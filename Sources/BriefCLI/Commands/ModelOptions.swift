import ArgumentParser
import Brief
import Foundation

/// The sentence encoder that re-ranks answers by meaning (`brief ask`, `brief eval
/// --questions`).
struct ModelOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The sentence model's folder (default: $BRIEF_MODEL, else "
        + "$XDG_DATA_HOME/brief/models/all-MiniLM-L6-v2; .ci/setup installs it).",
      valueName: "folder"),
    completion: .directory)
  var model: String?

  @Flag(help: "Answer by words alone, without the sentence model.")
  var noModel = false

  func validate() throws {
    if model != nil && noModel { throw ValidationError("give --model or --no-model, not both") }
  }

  /// The encoder to use, or nil.
  ///
  /// Nil with `--no-model`, for a language other than English (the model is English), or when the
  /// default folder does not exist (a note on stderr says so). A model that is there but cannot be
  /// loaded is an error.
  func encoder(language: Language) throws -> SentenceEncoder? {
    guard !noModel, language == .english else { return nil }
    let directory =
      model.map { URL(fileURLWithPath: $0, isDirectory: true) }
      ?? SentenceEncoder.defaultDirectory(environment: ProcessInfo.processInfo.environment)
    if model == nil && !FileManager.default.fileExists(atPath: directory.path) {
      Terminal.report(
        "no sentence model in \(directory.path): answers by words alone "
          + "(.ci/setup installs it; --no-model hides this note)")
      return nil
    }
    do {
      return try SentenceEncoder(
        directory: directory,
        precision: .preferred(environment: ProcessInfo.processInfo.environment))
    } catch {
      Terminal.report(error.description)
      throw ExitCode.failure
    }
  }

  /// `corpus` with a sentence vector for every sentence from `encoder`: a saved index's own
  /// when they come from the same model, else encoded now (a progress bar on a terminal),
  /// through the vector cache in `$XDG_CACHE_HOME/brief/vectors`.
  static func withVectors(_ corpus: CorpusIndex, encoder: SentenceEncoder, from file: String?)
    -> CorpusIndex
  {
    if corpus.vectors?.model == encoder.modelID { return corpus }
    if let file, let vectors = corpus.vectors {
      Terminal.report(
        "\(file): sentence vectors of another model (\(vectors.model)); encoding with "
          + "\(encoder.modelID) (rebuild the index with `brief index` to keep them)")
    }
    let cache = VectorCache(
      root: VectorCache.defaultRoot(environment: ProcessInfo.processInfo.environment),
      model: encoder.modelID, width: encoder.width)
    let bar = ProgressBar(label: "encoding \(corpus.sentenceCount) sentences")
    let encoded = corpus.encoded(with: encoder, cache: cache) { done, total in
      bar.update(done: done, total: total)
    }
    bar.finish()
    return encoded
  }
}
