import Testing

@testable import Brief

@Suite struct TermRunsTests {
  /// A corpus with pronoun sentences (context postings), repeated paragraphs and a twin.
  private func features() throws -> AnswerFeatures {
    var documents = AnsweringFixtures.mixedCorpus(documentCount: 12)
    documents.append(
      Document(
        id: "context",
        body: """
          Mayor Brennan opened the ferry. She praised the ferry crews.

          Brennan spoke again. He thanked Brennan's staff. The ferry left.
          """))
    var twin = documents[3]
    twin.id = "twin"
    documents.append(twin)
    return try Retriever(documents: documents).features
  }

  /// What a run must hold, from the postings one by one: per posting (own text, then
  /// context, merged in unit order) its unit and what it gets from the term per unit of
  /// `idf · (k1 + 1)`, skipping the units of twins when `canonical` is given.
  private func postings(of term: Int, _ features: AnswerFeatures, canonical: [Int32]?)
    -> [(unit: Int, own: Int, context: Int, saturation: Double)]
  {
    let index = features.index
    var found: [(unit: Int, own: Int, context: Int, saturation: Double)] = []
    let ownBase = index.postingStarts[term]
    for own in ownBase..<index.postingStarts[term + 1] {
      let unit = Int(index.postingUnits[own])
      let tf = Double(index.postingFrequencies[own])
      found.append((unit, own - ownBase, -1, tf / (tf + features.norm(unit))))
    }
    let contextBase = index.contextPostingStarts[term]
    for context in contextBase..<index.contextPostingStarts[term + 1] {
      let unit = Int(index.contextUnits[context])
      let weight = features.parameters.contextWeight
      found.append((unit, -1, context - contextBase, weight / (1 + features.norm(unit))))
    }
    return found.sorted { $0.unit < $1.unit }.filter { posting in
      let document = Int(index.unitDocuments[posting.unit])
      return canonical.map { $0[document] == Int32(document) } ?? true
    }
  }

  @Test(arguments: [false, true])
  func runsAreTheParagraphsOfThePostingsWithTheirBestValueRoundedUp(collapsing: Bool) throws {
    let features = try features()
    let index = features.index
    let canonical = collapsing ? index.canonicalDocuments : nil
    #expect(canonical.map { Set($0).count < $0.count } ?? true)
    var scratch = TermRuns()
    var contextRuns = 0
    for term in 0..<index.vocabulary.count {
      let runs = TermRuns(term: term, features: features, canonical: canonical, scratch: &scratch)
      let postings = postings(of: term, features, canonical: canonical)
      // One run per stretch of postings in one paragraph.
      var groups: [[(unit: Int, own: Int, context: Int, saturation: Double)]] = []
      for posting in postings {
        let paragraph = index.unitParagraphs[posting.unit]
        if let last = groups.last?.last, index.unitParagraphs[last.unit] == paragraph {
          groups[groups.count - 1].append(posting)
        } else {
          groups.append([posting])
        }
      }
      #expect(runs.count == groups.count, "term \(term)")
      guard runs.count == groups.count else { continue }
      for (run, group) in groups.enumerated() {
        #expect(runs.paragraphs[run] == index.unitParagraphs[group[0].unit])
        let best = group.map(\.saturation).max() ?? 0
        // The bound is never below the best, and above it by one float step at most.
        #expect(Double(runs.saturations[run]) >= best)
        #expect(Double(runs.saturations[run].nextDown) < best)
        // The first postings at or after the run, own text and context.
        let ownBefore = postings.prefix { $0.unit < group[0].unit }.filter { $0.own >= 0 }
        let firstOwn = group.first { $0.own >= 0 }?.own
        #expect(firstOwn.map { UInt32($0) == runs.ownStarts[run] } ?? true)
        if !collapsing { #expect(runs.ownStarts[run] == UInt32(ownBefore.count)) }
        if let firstContext = group.first(where: { $0.context >= 0 })?.context {
          #expect(runs.contextStarts[run] == UInt32(firstContext))
          contextRuns += 1
        }
      }
    }
    #expect(contextRuns > 0)
  }
}
