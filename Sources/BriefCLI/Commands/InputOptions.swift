import ArgumentParser
import Brief

extension Language: ExpressibleByArgument {}

/// The inputs and language shared by every subcommand.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders (walked for .txt, .md, .html, .jsonl) or JSONL files; '-' or nothing reads stdin.",
      valueName: "path"))
  var paths: [String] = []

  @Option(
    name: .customLong("language"),
    help: "Language of stemmer, stop words and splitter (default: english).")
  var languageChoice: Language?

  /// The language asked for, English unless told otherwise.
  var language: Language { languageChoice ?? .english }
}
