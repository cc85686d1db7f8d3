import ArgumentParser

/// The `brief` command: extractive summaries and answers over text corpora.
@main
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Key points, answers and sentence splitting for news articles and other prose.",
    version: "0.1.0",
    subcommands: [Summarize.self, Digest.self, Ask.self, Index.self, Eval.self, Split.self]
  )
}
