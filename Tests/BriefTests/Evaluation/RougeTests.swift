import Testing

@testable import Brief

@Suite struct RougeTests {
  @Test func averageIsTheMacroMeanInPoints() {
    var average = RougeAverage()
    #expect(average.points == .zero)
    var first = RougeScores.zero
    first.rouge1 = RougeScore(precision: 1, recall: 0.5)
    average.add(first)
    average.add(.zero)
    #expect(average.documents == 2)
    #expect(abs(average.points.rouge1.precision - 50) < 1e-9)
    #expect(abs(average.points.rouge1.recall - 25) < 1e-9)
    #expect(abs(average.points.rouge1.fMeasure - 100.0 / 3.0) < 1e-9)
  }
}
