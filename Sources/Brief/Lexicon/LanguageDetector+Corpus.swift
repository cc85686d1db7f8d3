import Foundation
import Synchronization

extension LanguageDetector {
  /// The language most of `documents` are in, by ``language(of:)`` of each body (English on
  /// a tie or when there are none).
  ///
  /// The bodies are read on up to `workers` threads (nil: one per active core), a batch at a
  /// time, and reading stops once the documents left could no longer change the outcome
  /// (an English corpus is decided when over half of it has been read), so the answer is the
  /// one reading every body would give.
  public static func language(of documents: [Document], workers: Int? = nil) -> Language {
    let batch = 32
    let batches = (documents.count + batch - 1) / batch
    let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, batches))
    let tally = Mutex(Tally(remaining: documents.count))
    let settled = Atomic<Bool>(false)
    WorkerPool(threads: threads).run(count: batches) { index, _, _ in
      if settled.load(ordering: .relaxed) { return }
      var votes = [Int](repeating: 0, count: Language.allCases.count)
      let range = (index * batch)..<min(documents.count, (index + 1) * batch)
      for document in documents[range] { votes[language(of: document.body).ordinal] += 1 }
      let done = tally.withLock { tally in
        tally.add(votes, documents: range.count)
        return tally.settledOutcome != nil
      }
      if done { settled.store(true, ordering: .relaxed) }
    }
    return tally.withLock { $0.outcome }
  }
}

/// The votes of the documents read so far, one per language.
private struct Tally {
  var votes = [Int](repeating: 0, count: Language.allCases.count)
  /// The documents not read yet.
  var remaining: Int

  mutating func add(_ more: [Int], documents: Int) {
    for (index, count) in more.enumerated() { votes[index] += count }
    remaining -= documents
  }

  /// The corpus's language once every document is read: the non-English language with the
  /// most votes (the first in `Language.allCases` on a tie) if it has more than English,
  /// else English.
  var outcome: Language {
    let english = votes[Language.english.ordinal]
    guard let leader = Self.others.max(by: { votes[$0.ordinal] < votes[$1.ordinal] }),
      votes[leader.ordinal] > english
    else { return .english }
    return leader
  }

  /// ``outcome`` if the unread documents cannot change it, whichever way they vote.
  var settledOutcome: Language? {
    let english = votes[Language.english.ordinal]
    if Self.others.allSatisfy({ votes[$0.ordinal] + remaining <= english }) { return .english }
    let leader = outcome
    let lead = votes[leader.ordinal]
    if leader != .english && lead > english + remaining
      && Self.others.allSatisfy({ $0 == leader || votes[$0.ordinal] + remaining < lead })
    {
      return leader
    }
    return nil
  }

  private static let others = Language.allCases.filter { $0 != .english }
}

extension Language {
  /// The language's place in `allCases`.
  fileprivate var ordinal: Int { Language.allCases.firstIndex(of: self) ?? 0 }
}
