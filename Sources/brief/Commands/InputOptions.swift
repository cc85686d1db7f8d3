import ArgumentParser
import Brief

extension Language: ExpressibleByArgument {}

/// The inputs and language shared by every subcommand.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders (walked for .txt, .md, .jsonl) or JSONL files; '-' or nothing reads stdin.",
      valueName: "path"))
  var paths: [String] = []

  @Option(help: "Language of stemmer, stop words and splitter.")
  var language: Language = .english
}
