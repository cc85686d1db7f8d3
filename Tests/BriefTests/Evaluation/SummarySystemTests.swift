import Testing

@testable import Brief

@Suite struct SummarySystemTests {
  @Test func systemsAreNamed() {
    #expect(SummarySystem.all.map(\.name) == ScoringMethod.allCases.map(\.rawValue) + ["oracle"])
    for system in SummarySystem.all { #expect(SummarySystem(name: system.name) == system) }
    #expect(SummarySystem(name: "luhn") == nil)
  }
}
