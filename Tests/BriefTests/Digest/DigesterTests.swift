import Foundation
import Testing

@testable import Brief

@Suite struct DigesterTests {
  /// Two reports of one flood (the same facts in other words) and an unrelated match.
  static let floodA = Document(
    id: "flood-a", title: "River floods Dunmore",
    body: """
      The river Tarrow burst its banks in Dunmore on Sunday, flooding about 200 homes. \
      Firefighters used boats to rescue 30 people from upper floors in Mill Street. \
      The council opened the town hall as a shelter for the night. \
      Forecasters said more rain would fall on Wednesday.
      """, date: "2024-10-21")
  static let floodB = Document(
    id: "flood-b", title: "Hundreds flooded out in Dunmore",
    body: """
      About 200 homes in Dunmore were flooded on Sunday when the river Tarrow burst its banks. \
      The town hall was opened by the council as an overnight shelter for families. \
      Insurers expect claims from Dunmore to pass four million pounds this week. \
      Residents began clearing mud from their kitchens on Monday morning.
      """, date: "2024-10-20")
  static let match = Document(
    id: "match", title: "Rovers win the county cup",
    body: """
      Millbrook Rovers won the county cup final on Saturday after extra time. \
      The winning goal came from a header by captain Ada Okoro in the last minute. \
      A record crowd of 9,000 watched the final at the old ground.
      """)

  private func digest(_ options: DigestOptions = DigestOptions(), _ documents: [Document]? = nil)
    throws -> Digest
  {
    try Digester(options: options, workers: 1).digest(
      documents ?? [Self.floodA, Self.floodB, Self.match])
  }

  @Test func reportsOfOneStoryAreOneSectionTheOthersTheirOwn() throws {
    let digest = try digest()
    #expect(digest.articleCount == 3)
    #expect(digest.stories.map(\.articleIDs) == [["flood-a", "flood-b"], ["match"]])
    #expect(digest.stories[1].headline == "Rovers win the county cup")
  }

  @Test func aFactReportedTwiceIsOnePointWithBothSources() throws {
    let flood = try digest().stories[0]
    let banks = flood.points.filter { $0.text.contains("burst its banks") }
    #expect(banks.count == 1)
    #expect(Set(banks[0].sources.map(\.id)) == ["flood-a", "flood-b"])
    #expect(banks[0].sources[0].similarity == 1)
    // No two points say the same: each pair is below the same-fact similarity.
    let shelter = flood.points.filter { $0.text.contains("shelter") }
    #expect(shelter.count <= 1)
  }

  @Test func aPointBudgetIsPerStoryAndAWordBudgetForTheWhole() throws {
    let points = try digest(DigestOptions(budget: .points(2)))
    #expect(points.stories.allSatisfy { $0.points.count <= 2 })
    #expect(points.stories[0].points.count == 2)
    let words = try digest(DigestOptions(budget: .words(40)))
    let total = words.stories.flatMap(\.points).reduce(0) { $0 + $1.wordCount }
    #expect(total <= 40)
    #expect(total > 20)
    for point in words.stories.flatMap(\.points) {
      #expect(point.wordCount == point.text.split(separator: " ").count)
    }
  }

  @Test func oneStoryKeepsEveryArticleTogether() throws {
    let digest = try digest(DigestOptions(stories: .single))
    #expect(digest.stories.count == 1)
    #expect(digest.stories[0].articleIDs == ["flood-a", "flood-b", "match"])
  }

  @Test func pointsByImportanceOrByTime() throws {
    let options = DigestOptions(budget: .points(4), stories: .single)
    let byImportance = try digest(options, [Self.floodA, Self.floodB]).stories[0].points
    var timeOptions = options
    timeOptions.order = .time
    let byTime = try digest(timeOptions, [Self.floodA, Self.floodB]).stories[0].points
    #expect(Set(byImportance.map(\.text)) == Set(byTime.map(\.text)))
    // flood-b is dated a day earlier: its points come first, each article's in its order.
    let places = byTime.map { point in
      (point.sources[0].id == "flood-b" ? 0 : 1, point.sources[0].sentenceIndex)
    }
    #expect(zip(places, places.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(places.first?.0 == 0)
  }

  @Test func scoresFallAsPointsAreTakenBestFirst() throws {
    let points = try digest(DigestOptions(budget: .points(3), redundancy: 0)).stories[0].points
    #expect(points.map(\.score) == points.map(\.score).sorted(by: >))
  }

  @Test func emptyArticlesAreListedAndNothingElseBreaks() throws {
    let blank = Document(id: "blank", body: "  \n ", source: "blank.txt")
    let digest = try digest(DigestOptions(), [blank, Self.match])
    #expect(digest.emptyArticles == ["blank.txt"])
    #expect(digest.stories.map(\.articleIDs) == [["match"]])
    #expect(try self.digest(DigestOptions(), []).stories.isEmpty)
  }

  @Test func outputDoesNotDependOnThreads() throws {
    let documents = [Self.floodA, Self.match, Self.floodB, Self.match]
    let one = try Digester(workers: 1).digest(documents)
    let two = try Digester(workers: 2).digest(documents)
    #expect(one == two)
  }

  @Test(arguments: [
    DigestOptions(budget: .points(0)), DigestOptions(budget: .words(-1)),
    DigestOptions(storySimilarity: 0), DigestOptions(sameFactSimilarity: 1.5),
    DigestOptions(redundancy: -1), DigestOptions(minimumWords: -2),
  ])
  func badOptionsAreTypedErrors(options: DigestOptions) {
    #expect(throws: BriefError.self) { try Digester(options: options) }
  }
}
