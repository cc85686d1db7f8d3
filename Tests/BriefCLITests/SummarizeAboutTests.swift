import Foundation
import Testing

@Suite struct SummarizeAboutTests {
  /// An article about a flood and a library, in alternate sentences.
  static let town = """
    A week in Alderton

    The river Alder burst its banks on Sunday and flooded forty homes in the lower town. \
    The new public library on Mill Street opened its doors to readers the same day. \
    Emergency crews pumped water from the flooded streets through the night. \
    The library holds twenty thousand books and a children's reading room. \
    Residents said the flood water rose faster than in any year they remember. \
    Its shelves were built by carpenters from the next valley over two winters. \
    The council will pay for new flood walls along the river next spring. \
    Library membership is free for everyone who lives in the town.

    """

  static let match = """
    Rovers win the cup

    Millbrook Rovers won the county cup on Saturday after extra time. \
    The winning goal came from a header in the last minute. \
    A record crowd watched the final at the old ground.

    """

  private func bullets(_ output: String) -> [String] {
    output.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
  }

  @Test func aboutPicksTheTopicsSentencesInDocumentOrder() throws {
    let folder = try BriefRunner.folder(["town.txt": Array(Self.town.utf8)])
    let file = folder.appendingPathComponent("town.txt").path
    let result = try BriefRunner.run(
      ["summarize", file, "--about", "the library", "-n", "2", "--no-model"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let points = bullets(result.stdout)
    #expect(points.count == 2)
    for point in points { #expect(point.lowercased().contains("library")) }
    let offsets = try points.map { try #require(Self.town.range(of: $0)).lowerBound }
    #expect(offsets == offsets.sorted())
    let flood = bullets(
      try BriefRunner.run(["summarize", file, "--about", "floods", "-n", "2", "--no-model"])
        .stdout)
    #expect(flood.count == 2)
    for point in flood { #expect(point.lowercased().contains("flood")) }
  }

  @Test func aSilentDocumentIsLeftOutAndCountedUnlessAll() throws {
    let folder = try BriefRunner.folder([
      "a-town.txt": Array(Self.town.utf8), "b-match.txt": Array(Self.match.utf8),
    ])
    let result = try BriefRunner.run(
      ["summarize", folder.path, "--about", "flood walls", "--no-model"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("A week in Alderton"))
    #expect(!result.stdout.contains("Rovers win the cup"))
    #expect(result.stderr == "brief: 1 of 2 documents say nothing about “flood walls”\n")
    let all = try BriefRunner.run(
      ["summarize", folder.path, "--about", "flood walls", "--no-model", "--all"])
    #expect(all.status == 0)
    #expect(all.stdout.contains("A week in Alderton"))
    #expect(all.stdout.contains("Rovers win the cup"))
    #expect(bullets(all.stdout).count == 6)
    #expect(all.stderr.contains("1 of 2 documents say nothing about"))
  }

  @Test func conflictingOptionsAreRefused() throws {
    let folder = try BriefRunner.folder(["town.txt": Array(Self.town.utf8)])
    let file = folder.appendingPathComponent("town.txt").path
    for arguments in [
      ["--about", "flood", "--explain"], ["--all"], ["--no-model"],
      ["--about", "flood", "--about-file", file], ["--about", "?!"],
    ] {
      let result = try BriefRunner.run(["summarize", file] + arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func anAboutFileAnswersEachLineAsAbout() throws {
    let folder = try BriefRunner.folder([
      "town.txt": Array(Self.town.utf8), "q.txt": Array("the library\n\nfloods\n".utf8),
    ])
    let file = folder.appendingPathComponent("town.txt").path
    let both = try BriefRunner.run(
      [
        "summarize", file, "--about-file", folder.appendingPathComponent("q.txt").path,
        "--no-model", "-n", "2", "--format", "jsonl",
      ])
    #expect(both.status == 0)
    let lines = both.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let one = try BriefRunner.run(
      ["summarize", file, "--about", "floods", "--no-model", "-n", "2", "--format", "jsonl"])
    #expect(String(lines[1]) + "\n" == one.stdout)
  }
}
