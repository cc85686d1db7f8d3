extension Summary {
  /// The summary cut to its first `words` words (as ``Words`` counts them).
  ///
  /// Sentences are read in order: the one where the budget ends is cut after its last word
  /// that fits (its range and text end there, ``Sentence/isCut`` set), those after it are
  /// dropped. A summary of at most `words` words is returned as it is.
  ///
  /// - Parameters:
  ///   - words: the budget.
  ///   - body: the body the sentences' ranges point into.
  ///   - splitter: the splitter that gave the sentences' texts.
  internal func cut(toWords words: Int, body: String, splitter: SentenceSplitter) -> Summary {
    var left = words
    var kept: [Sentence] = []
    for sentence in sentences {
      guard left > 0 else { break }
      let ends = Words.ends(in: body, range: sentence.range)
      if ends.count <= left {
        kept.append(sentence)
        left -= ends.count
        continue
      }
      var cut = sentence
      cut.range = sentence.range.lowerBound..<ends[left - 1]
      cut.text = splitter.text(of: cut.range, in: body)
      cut.isCut = true
      kept.append(cut)
      left = 0
    }
    var result = self
    result.sentences = kept
    return result
  }
}
