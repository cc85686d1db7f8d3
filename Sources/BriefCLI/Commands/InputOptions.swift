import ArgumentParser
import Brief

extension Language: ExpressibleByArgument {
  /// A name or an ISO code: `spanish`, `es`.
  public init?(argument: String) { self.init(name: argument) }

  public static var allValueStrings: [String] { allCases.flatMap { [$0.rawValue, $0.code] } }
}

/// The inputs and language shared by every subcommand.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders (walked for .txt, .md, .html, .jsonl) or JSONL files; '-' or nothing reads stdin.",
      valueName: "path"),
    completion: .file())
  var paths: [String] = []

  @Option(
    name: .customLong("language"),
    help: ArgumentHelp(
      "Language of stemmer, stop words and splitter: english (en) or spanish (es) "
        + "(default: detected from the stop words of the text).",
      valueName: "language"))
  var languageChoice: Language?

  /// The language asked for, English unless told otherwise.
  var language: Language { languageChoice ?? .english }

  /// The language asked for, else the one most of `documents` are in (``LanguageDetector``),
  /// read on up to `workers` threads (nil: all cores).
  func language(of documents: [Document], workers: Int? = nil) -> Language {
    languageChoice ?? LanguageDetector.language(of: documents, workers: workers)
  }

  /// The language asked for, else the one `document` is in.
  func language(of document: Document) -> Language {
    languageChoice ?? LanguageDetector.language(of: document.body)
  }
}
