import ArgumentParser
import Brief

/// The `name=value,...` pairs of a hidden tuning option (`summarize --weights`,
/// `ask --parameters`).
enum TuningAssignments {
  /// The pairs in order; nil or empty text gives none.
  ///
  /// - Throws: `ValidationError` naming `option` for a pair that is not `name=number`.
  static func parse(_ text: String?, option: String) throws -> [(name: String, value: Double)] {
    try (text ?? "").split(separator: ",").map { pair in
      let parts = pair.split(separator: "=")
      guard parts.count == 2, let value = Double(parts[1]) else {
        throw ValidationError("\(option): expected name=value, got \(pair)")
      }
      return (String(parts[0]), value)
    }
  }

  /// The error for a name the option does not know.
  static func unknown(_ name: String, option: String) -> ValidationError {
    ValidationError("\(option): unknown name \(name)")
  }

  /// `--parameters name=value,...` overrides of the default retrieval parameters (`brief
  /// ask`, `brief eval --questions`).
  ///
  /// - Throws: `ValidationError` for an unknown name or a bad value.
  static func retrievalParameters(_ parameters: String?) throws -> RetrievalParameters {
    var result = RetrievalParameters()
    for (name, value) in try TuningAssignments.parse(parameters, option: "--parameters") {
      switch name {
      case "k1": result.k1 = value
      case "b": result.b = value
      case "context": result.contextWeight = value
      case "pair": result.pairWeight = value
      case "document": result.documentWeight = value
      case "type": result.answerTypeWeight = value
      case "title": result.titleWeight = value
      case "name": result.nameWeight = value
      case "paragraph": result.paragraphWeight = value
      case "neighbor": result.neighborWeight = value
      case "synonym": result.synonymWeight = value
      case "continuation": result.continuationWeight = value
      case "keypoint": result.keyPointWeight = value
      case "related": result.relatedWeight = value
      case "exact": result.exactWeight = value
      case "phrase": result.phraseWeight = value
      case "meaning": result.meaningWeight = value
      case "lead0": result.leadWeights[0] = value
      case "lead1": result.leadWeights[1] = value
      case "lead2": result.leadWeights[2] = value
      case "depth": result.rerankDepth = Int(value)
      case "fine-depth": result.fineDepth = Int(value)
      default: throw TuningAssignments.unknown(name, option: "--parameters")
      }
    }
    do { try result.validate() } catch { throw ValidationError(error.description) }
    return result
  }

  /// `--weights name=value,...` overrides of the default summary scoring weights (`brief
  /// summarize`).
  ///
  /// - Throws: `ValidationError` for an unknown name or a bad value.
  static func scoringWeights(_ weights: String?) throws -> ScoringWeights {
    var result = ScoringWeights()
    for (name, value) in try TuningAssignments.parse(weights, option: "--weights") {
      switch name {
      case "centrality": result.centrality = value
      case "position": result.position = value
      case "decay": result.positionDecay = value
      case "headline-position": result.headlinePosition = value
      case "title": result.title = value
      case "names": result.names = value
      case "preceding": result.precedingOverlap = value
      case "quote": result.quotePenalty = value
      case "reference": result.referencePenalty = value
      case "number": result.numberBonus = value
      case "short": result.shortSentenceWords = Int(value)
      case "long": result.longSentenceWords = Int(value)
      case "redundancy": result.redundancy = value
      default: throw TuningAssignments.unknown(name, option: "--weights")
      }
    }
    return result
  }

  /// `--parameters name=value,...` overrides of the digest's weights and thresholds (`brief
  /// digest`).
  ///
  /// - Throws: `ValidationError` for an unknown name or a bad value.
  static func digestParameters(_ parameters: String?, into options: inout DigestOptions) throws {
    for (name, value) in try TuningAssignments.parse(parameters, option: "--parameters") {
      switch name {
      case "story": options.storySimilarity = value
      case "same": options.sameFactSimilarity = value
      case "centrality": options.centrality = value
      case "article": options.articleScore = value
      case "article-centrality": options.articleCentrality = value
      case "redundancy": options.redundancy = value
      case "minimum": options.minimumWords = Int(value)
      default: throw TuningAssignments.unknown(name, option: "--parameters")
      }
    }
  }
}
