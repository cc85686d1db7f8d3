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
      valueName: "folder"))
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
      return try SentenceEncoder(directory: directory)
    } catch {
      Terminal.report(error.description)
      throw ExitCode.failure
    }
  }
}
