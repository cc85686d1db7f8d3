import Brief

/// Renders a digest as text, Markdown, JSON or JSON Lines.
struct DigestRenderer {
  let format: OutputFormat

  /// The whole digest's rendering, ending in a newline (empty for no story).
  func render(_ digest: Digest) -> String {
    switch format {
    case .text, .markdown:
      return digest.stories.map(renderStory).joined(separator: "\n")
    case .json:
      return JSONValue.object([
        ("article_count", .int(digest.articleCount)),
        ("stories", .array(digest.stories.map(\.json))),
      ]).serialized(pretty: true) + "\n"
    case .jsonl:
      return digest.stories.map { $0.json.serialized() + "\n" }.joined()
    }
  }

  /// One story: its headline and its articles (their number, or the one article's source),
  /// then a bullet a key point, with the sources that report it when there are several
  /// articles.
  private func renderStory(_ story: Digest.Story) -> String {
    let single = story.articleIDs.count == 1
    let articles =
      single
      ? story.points.first?.sources.first?.source ?? "1 article"
      : "\(story.articleIDs.count) articles"
    let headline = story.headline ?? "Untitled story"
    var text =
      format == .markdown ? "## \(headline)\n\n*\(articles)*\n\n" : "\(headline) (\(articles))\n"
    for point in story.points {
      let sources = point.sources.map(\.source).joined(separator: ", ")
      switch (format, single) {
      case (_, true): text += "- \(point.text)\n"
      case (.markdown, false): text += "- \(point.text) *(\(sources))*\n"
      default: text += "- \(point.text)\n  [\(sources)]\n"
      }
    }
    return text
  }
}

extension Digest.Story {
  /// The JSON shape of a story: `headline` (null when none), `articles` (ids) and
  /// `points`, each with `text`, `score`, `words` and `sources` (id, source, sentence index,
  /// text, similarity).
  var json: JSONValue {
    .object([
      ("headline", headline.map { .string($0) } ?? .null),
      ("articles", .array(articleIDs.map { .string($0) })),
      (
        "points",
        .array(
          points.map { point in
            .object([
              ("text", .string(point.text)),
              ("score", .double((point.score * 1e4).rounded() / 1e4)),
              ("words", .int(point.wordCount)),
              (
                "sources",
                .array(
                  point.sources.map { source in
                    .object([
                      ("id", .string(source.id)),
                      ("source", .string(source.source)),
                      ("sentence", .int(source.sentenceIndex)),
                      ("text", .string(source.text)),
                      ("similarity", .double((source.similarity * 1e4).rounded() / 1e4)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
