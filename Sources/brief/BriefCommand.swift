import ArgumentParser

/// The `brief` command: extractive summaries and answers over text corpora.
@main
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Extractive key points and sentence splitting for news articles and other prose.",
    version: "0.1.0",
    subcommands: [Summarize.self, Split.self, Ask.self]
  )
}
