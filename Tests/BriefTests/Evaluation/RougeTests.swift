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

  @Test func fIsTheMeanOfTheDocumentsFNotTheFOfTheMeans() {
    var average = RougeAverage()
    var onlyPrecise = RougeScores.zero
    onlyPrecise.rougeL = RougeScore(precision: 1, recall: 0)
    var onlyRecalled = RougeScores.zero
    onlyRecalled.rougeL = RougeScore(precision: 0, recall: 1)
    average.add(onlyPrecise)
    average.add(onlyRecalled)
    #expect(average.points.rougeL.precision == 50)
    #expect(average.points.rougeL.recall == 50)
    #expect(average.points.rougeL.fMeasure == 0)
    #expect(average.points.rouge1 == .zero)
  }

  @Test func fMeasureIsTheHarmonicMean() {
    #expect(abs(RougeScore(precision: 1, recall: 0.5).fMeasure - 2.0 / 3.0) < 1e-12)
    #expect(abs(RougeScore(precision: 0.25, recall: 0.75).fMeasure - 0.375) < 1e-12)
    #expect(RougeScore(precision: 0, recall: 0).fMeasure == 0)
    #expect(abs(RougeScore(precision: 0.4, recall: 0.4).fMeasure - 0.4) < 1e-12)
  }

  @Test func eachMeasureIsReadAndWrittenByItsName() {
    var scores = RougeScores.zero
    for (number, measure) in RougeMeasure.allCases.enumerated() {
      scores[measure] = RougeScore(precision: Double(number), recall: 1)
    }
    #expect(scores.rouge1.precision == 0)
    #expect(scores.rouge2.precision == 1)
    #expect(scores.rougeL.precision == 2)
    #expect(scores.rougeLsum.precision == 3)
    #expect(
      RougeMeasure.allCases.map(\.displayName) == ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"])
  }
}
