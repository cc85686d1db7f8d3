import Foundation
import Testing

/// Saved web pages through every command that reads documents, end to end.
@Suite struct HTMLInputTests {
  static let page = BriefRunner.packageRoot.appendingPathComponent(
    "Tests/Fixtures/html/news-page.html"
  )
  .path

  static let headline = "Dunmere ferry crossing to resume in May after £12.4m overhaul"

  /// Whether a line holds markup or the page around the article: a tag, a Markdown link, a
  /// table row, a heading underline or a bare web address.
  static func looksLikeMarkup(_ line: Substring) -> Bool {
    line.contains("<") || line.contains("](") || line.contains(" | ") || line.contains("===")
      || line.contains("---") || line.contains("http://") || line.contains("https://")
  }

  @Test func aSavedNewsPageSummarizesToItsArticlesKeyPoints() throws {
    let result = try BriefRunner.run(["summarize", Self.page])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.lines.filter { !$0.isEmpty }
    #expect(lines.first == Self.headline)
    let bullets = lines.dropFirst()
    #expect(bullets.count == 3)
    for bullet in bullets {
      #expect(bullet.hasPrefix("- "))
      #expect(!Self.looksLikeMarkup(Substring(bullet)), "\(bullet)")
    }
    #expect(bullets.first?.contains("will carry passengers again from May 2") == true)
  }

  @Test func splitAskAndIndexReadThePageTheSameWay() throws {
    let split = try BriefRunner.run(["split", Self.page])
    #expect(split.status == 0)
    let sentences = split.lines.filter { !$0.isEmpty }
    #expect(sentences.first == Self.headline)
    #expect(sentences.count == 14)
    #expect(!sentences.contains(where: { Self.looksLikeMarkup(Substring($0)) }))
    #expect(!split.stdout.contains("cookies"))

    let question = "how much is the single fare?"
    let asked = try BriefRunner.run([
      "ask", Self.page, "--question", question, "-k", "1", "--no-model",
    ])
    #expect(asked.status == 0, "\(asked.stderr)")
    #expect(asked.stdout.contains("the single fare will stay at £1.80 for foot passengers"))

    let folder = try BriefRunner.folder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("page.briefindex").path
    let built = try BriefRunner.run(["index", Self.page, "-o", index])
    #expect(built.status == 0, "\(built.stderr)")
    let fromIndex = try BriefRunner.run([
      "ask", "--index", index, "--question", question, "-k", "1", "--no-model",
    ])
    #expect(fromIndex.stdout == asked.stdout)
  }

  @Test func pagesAreFoundInFoldersOnStdinAndInTextFiles() throws {
    let html = try Data(contentsOf: URL(fileURLWithPath: Self.page))
    let folder = try BriefRunner.folder([
      "pages/a.html": Array(html), "pages/b.htm": Array(html), "saved.txt": Array(html),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let walked = try BriefRunner.run(["summarize", folder.path, "--format", "jsonl", "-n", "1"])
    #expect(walked.status == 0, "\(walked.stderr)")
    let records = walked.lines.filter { !$0.isEmpty }
    #expect(records.count == 3)
    #expect(records.allSatisfy { $0.contains("\"title\":\"\(Self.headline)\"") })
    let piped = try BriefRunner.run(
      ["summarize", "-n", "1"], stdin: String(decoding: html, as: UTF8.self))
    #expect(piped.lines.first == Self.headline)
  }
}
