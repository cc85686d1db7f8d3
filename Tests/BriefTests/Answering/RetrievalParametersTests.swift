import Testing

@testable import Brief

@Suite struct RetrievalParametersTests {
  @Test func theDefaultsAreValid() throws {
    try RetrievalParameters().validate()
    var off = RetrievalParameters()
    off.pairWeight = 0
    off.meaningWeight = 0
    off.k1 = 0
    off.b = 1
    try off.validate()
  }

  @Test(
    arguments: [
      (\RetrievalParameters.contextWeight, "contextWeight"), (\.pairWeight, "pairWeight"),
      (\.documentWeight, "documentWeight"), (\.answerTypeWeight, "answerTypeWeight"),
      (\.nameWeight, "nameWeight"), (\.paragraphWeight, "paragraphWeight"),
      (\.neighborWeight, "neighborWeight"), (\.continuationWeight, "continuationWeight"),
      (\.exactWeight, "exactWeight"), (\.phraseWeight, "phraseWeight"),
      (\.relatedWeight, "relatedWeight"), (\.synonymWeight, "synonymWeight"),
      (\.meaningWeight, "meaningWeight"), (\.titleWeight, "titleWeight"),
      (\.keyPointWeight, "keyPointWeight"),
    ] as [(WritableKeyPath<RetrievalParameters, Double> & Sendable, String)])
  func everyWeightMustBeFiniteAndNonNegative(
    weight: WritableKeyPath<RetrievalParameters, Double> & Sendable, name: String
  ) {
    for value in [-0.01, .nan, .infinity] {
      var parameters = RetrievalParameters()
      parameters[keyPath: weight] = value
      #expect(
        throws: BriefError.invalidParameter(
          name: name, reason: "must be finite and non-negative, got \(value)")
      ) { try parameters.validate() }
    }
  }

  @Test func bm25AndTheDepthsAreChecked() {
    var parameters = RetrievalParameters()
    parameters.b = 1.5
    #expect(
      throws: BriefError.invalidParameter(name: "b", reason: "must be between 0 and 1, got 1.5")
    ) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.rerankDepth = 0
    #expect(
      throws: BriefError.invalidParameter(name: "rerankDepth", reason: "must be at least 1, got 0")
    ) { try parameters.validate() }
    parameters = RetrievalParameters()
    parameters.fineDepth = -1
    #expect(
      throws: BriefError.invalidParameter(name: "fineDepth", reason: "must be at least 1, got -1")
    ) { try parameters.validate() }
    // The first bad value is named.
    parameters.k1 = .nan
    parameters.pairWeight = -1
    #expect(
      throws: BriefError.invalidParameter(
        name: "k1", reason: "must be finite and non-negative, got nan")
    ) { try parameters.validate() }
  }
}
