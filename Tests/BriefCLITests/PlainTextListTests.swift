import Foundation
import Testing

/// Lists in plain text, end to end: a list of short lines gives a unit a line, and a
/// bullet or list marker at a line's start is not part of a key point.
@Suite struct PlainTextListTests {
  /// Thirty lines of eight words without capitals or punctuation, as a generator writes them.
  static let wordLines = (0..<30).map { line in
    let words = ["river", "town", "council", "said", "new", "bridge", "water", "people", "road"]
    return (0..<8).map { words[(line * 7 + $0 * 4) % words.count] }.joined(separator: " ")
  }

  /// A README hard-wrapped at 75 columns, with a bulleted list.
  static let readme = """
    The FHS standard specifies /var/mail as the mail spool, but it also says
    /var/mail may be a symbolic link to another directory, and there is no
    requirement to physically move the mail spool to this location.

    So, to summarize:

    * New systems (Debian 2.2 or later) will have /var/mail as a real
    directory and /var/spool/mail as a symlink to it.

    * Upgraded systems will have /var/spool/mail as the real directory
    and /var/mail as a symlink to it.

    """

  @Test func aListOfShortLinesSummarizesToWholeLines() throws {
    let folder = try BriefRunner.folder(
      ["words.txt": Array(Self.wordLines.joined(separator: "\n").utf8)])
    let path = folder.appendingPathComponent("words.txt").path
    let summary = try BriefRunner.run(["summarize", path, "-n", "3"])
    #expect(summary.status == 0, "\(summary.stderr)")
    let bullets = summary.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets.count == 3)
    for bullet in bullets { #expect(Self.wordLines.contains(String(bullet.dropFirst(2)))) }
    let split = try BriefRunner.run(["split", path])
    #expect(split.lines.filter { !$0.isEmpty } == Self.wordLines)
  }

  @Test func keyPointsDoNotStartWithTheListsBullets() throws {
    let folder = try BriefRunner.folder(["README.FHS": Array(Self.readme.utf8)])
    let path = folder.appendingPathComponent("README.FHS").path
    let summary = try BriefRunner.run(["summarize", path, "-n", "3"])
    #expect(summary.status == 0, "\(summary.stderr)")
    let bullets = summary.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets.count == 3)
    #expect(bullets.contains { $0.hasPrefix("- New systems (Debian 2.2 or later)") })
    #expect(!bullets.contains { $0.hasPrefix("- * ") })
    // split shows the same units.
    let split = try BriefRunner.run(["split", path])
    let units = split.lines.filter { !$0.isEmpty }
    for bullet in bullets { #expect(units.contains(String(bullet.dropFirst(2)))) }
    #expect(
      units.contains(
        "Upgraded systems will have /var/spool/mail as the real directory and /var/mail as a symlink to it."
      ))
  }

  @Test func numberedLinesLoseTheirMarkersButANumberInNewsStays() throws {
    let summary = try BriefRunner.run(
      ["summarize", "-n", "5"],
      stdin: "Steps to follow\n\n1. Open the box with care.\n2. Take the lamp out.\n")
    #expect(summary.status == 0, "\(summary.stderr)")
    let bullets = summary.lines.filter { $0.hasPrefix("- ") }
    #expect(bullets == ["- Open the box with care.", "- Take the lamp out."])
    let news = try BriefRunner.run(
      ["split", "-"],
      stdin: "The season was long.\n1. FC Köln won the derby on Sunday.\nThe fans cheered.\n")
    #expect(news.lines.contains("1. FC Köln won the derby on Sunday."))
  }
}
