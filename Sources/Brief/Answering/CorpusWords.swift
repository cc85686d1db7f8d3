import Algorithms
import Dispatch

/// The distinct words of a corpus as written, sorted, for tab completion.
///
/// The words are normalized as the tokenizer gives them: lowercased, and in English without
/// accents. Collected on first use, on all cores, since an index keeps stems, not the words
/// themselves.
internal struct CorpusWords {
  private let documents: [Document]
  private let tokenizer: Tokenizer
  private let canonical: [Int32]?
  private var sorted: [String]?

  /// The words of `documents`; `canonical` names repeated documents, whose words are an
  /// earlier document's (``DocumentTwins``).
  internal init(documents: [Document], tokenizer: Tokenizer, canonical: [Int32]?) {
    self.documents = documents
    self.tokenizer = tokenizer
    self.canonical = canonical
  }

  /// The words that start with `prefix` (lowercased), in alphabetical order.
  ///
  /// - Complexity: O(log w + limit) after a first call that collects the w words.
  internal mutating func words(withPrefix prefix: String, limit: Int) -> [String] {
    guard limit > 0 else { return [] }
    let words = sorted ?? collect()
    sorted = words
    let prefix = prefix.lowercased()
    var low = words.partitioningIndex { $0 >= prefix }
    var result: [String] = []
    while low < words.count, result.count < limit, words[low].hasPrefix(prefix) {
      result.append(words[low])
      low += 1
    }
    return result
  }

  /// Every word of two bytes or more, sorted.
  private func collect() -> [String] {
    let documents = self.documents
    let tokenizer = self.tokenizer
    let canonical = self.canonical
    let chunk = 64
    let chunks = (documents.count + chunk - 1) / chunk
    let found = SlotArray<Set<String>>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { part in
      var words = Set<String>()
      for number in (part * chunk)..<min(documents.count, (part + 1) * chunk) {
        let document = documents[number]
        // A copy of an earlier document's text has no words of its own.
        if let first = canonical.map({ Int($0[number]) }), first != number,
          documents[first].body == document.body, documents[first].title == document.title,
          documents[first].keyPoints == document.keyPoints
        {
          continue
        }
        for text in [document.title ?? "", document.body] + document.keyPoints {
          for token in tokenizer.tokens(in: text) where token.text.utf8.count >= 2 {
            words.insert(token.text)
          }
        }
      }
      found[part] = words
    }
    var words = Set<String>()
    for part in 0..<chunks { words.formUnion(found[part] ?? []) }
    return words.sorted()
  }
}
