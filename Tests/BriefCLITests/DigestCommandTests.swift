import Foundation
import Testing

@Suite struct DigestCommandTests {
  static let stories = BriefRunner.corpus("stories")

  /// The JSON digest of Corpora/stories with extra arguments.
  private func jsonDigest(_ arguments: [String] = []) throws -> [String: Any] {
    let result = try BriefRunner.run(["digest", Self.stories, "--format", "json"] + arguments)
    #expect(result.status == 0)
    return try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test func theSevenArticlesAreThreeStoriesTheTwoReportedThriceFirst() throws {
    let digest = try jsonDigest()
    #expect(digest["article_count"] as? Int == 7)
    let stories = try #require(digest["stories"] as? [[String: Any]])
    let articles = stories.map { ($0["articles"] as? [String] ?? []).sorted() }
    #expect(articles.map(\.count) == [3, 3, 1])
    // Each story's articles share a name: the flood, the recall, the library.
    for (story, topic) in zip(articles, ["ashcombe-flood", "tallis-scooter", "pellford"]) {
      #expect(story.allSatisfy { $0.contains(topic) })
    }
  }

  @Test func everyPointIsASentenceOfEachArticleItNames() throws {
    let stories = try #require(try jsonDigest()["stories"] as? [[String: Any]])
    for story in stories {
      let points = try #require(story["points"] as? [[String: Any]])
      #expect(points.count == 3)
      for point in points {
        let sources = try #require(point["sources"] as? [[String: Any]])
        #expect(!sources.isEmpty)
        // One source per article at most.
        let ids = sources.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        for source in sources {
          let path = try #require(source["source"] as? String)
          let text = try String(contentsOfFile: path, encoding: .utf8)
          let sentence = try #require(source["text"] as? String)
          #expect(text.contains(sentence))
        }
      }
    }
  }

  @Test func textShowsSourcesUnderPointsOfStoriesWithSeveralArticles() throws {
    let result = try BriefRunner.run(["digest", Self.stories, "-n", "2"])
    #expect(result.status == 0)
    let sections = result.stdout.components(separatedBy: "\n\n")
    #expect(sections.count == 3)
    let flood = sections[0].split(separator: "\n").map(String.init)
    #expect(flood[0].hasSuffix("(3 articles)"))
    #expect(flood.count == 5)  // heading, then two points each with its sources
    #expect(flood[1].hasPrefix("- ") && flood[2].hasPrefix("  [") && flood[2].hasSuffix("]"))
    let library = sections[2].split(separator: "\n").map(String.init)
    #expect(library[0].hasSuffix("(\(Self.stories)/007_pellford-library-centenary.txt)"))
    #expect(library.count == 3 && library.dropFirst().allSatisfy { $0.hasPrefix("- ") })
  }

  @Test func aWordBudgetBoundsTheWholeDigest() throws {
    let stories = try #require(try jsonDigest(["--words", "80"])["stories"] as? [[String: Any]])
    let words = stories.flatMap { $0["points"] as? [[String: Any]] ?? [] }
      .compactMap { $0["words"] as? Int }
    #expect(!words.isEmpty)
    #expect(words.reduce(0, +) <= 80)
  }

  @Test func oneStoryPutsEveryArticleInOneSection() throws {
    let stories = try #require(try jsonDigest(["--one-story"])["stories"] as? [[String: Any]])
    #expect(stories.count == 1)
    #expect((stories[0]["articles"] as? [String])?.count == 7)
  }

  @Test func markdownHasAHeadingPerStory() throws {
    let result = try BriefRunner.run(["digest", Self.stories, "--format", "markdown"])
    #expect(result.status == 0)
    let headings = result.lines.filter { $0.hasPrefix("## ") }
    #expect(headings.count == 3)
    #expect(result.lines.contains("*3 articles*"))
  }

  @Test(arguments: [["-n", "0"], ["-n", "2", "--words", "50"], ["--order", "random"]])
  func badOptionsAreUsageErrors(arguments: [String]) throws {
    let result = try BriefRunner.run(["digest", Self.stories] + arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(!result.stderr.isEmpty)
  }

  @Test func aMissingInputIsNamedAndFailsTheRun() throws {
    let missing = Self.stories + "/no-such-article.txt"
    let result = try BriefRunner.run([
      "digest", BriefRunner.corpus("stories/001_ashcombe-flood-gazette.txt"), missing,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no-such-article.txt"))
  }
}
