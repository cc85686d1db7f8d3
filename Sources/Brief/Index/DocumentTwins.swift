import Dispatch
import Foundation

/// Documents whose indexed content is identical ("twins").
///
/// Twins have the same units with the same fields, flags, paragraph layout, terms, names and
/// context terms. Every unit of a twin scores exactly as the matching unit of the first of its
/// twins (the *canonical* one), so a search scores only canonical documents and carries the scores
/// over to their twins. Corpora repeat documents more often than one would think: syndicated news,
/// crawls, concatenated collections.
internal struct DocumentTwins: Sendable {
  /// The canonical document of each document (itself when it is the first of its kind).
  internal let canonical: [Int32]
  /// The later twins of each document, in order (empty for most):
  /// `copies[copyStarts[d]..<copyStarts[d + 1]]`.
  internal let copyStarts: [Int32]
  internal let copies: [Int32]

  /// Whether any document has a twin.
  internal var isEmpty: Bool { copies.isEmpty }

  /// The twins named by `canonical` (see ``canonicalDocuments(_:)``).
  internal init(canonical: [Int32]) {
    let documentCount = canonical.count
    var copyStarts = [Int32](repeating: 0, count: documentCount + 1)
    for document in 0..<documentCount where canonical[document] != Int32(document) {
      copyStarts[Int(canonical[document]) + 1] += 1
    }
    for document in 0..<documentCount { copyStarts[document + 1] += copyStarts[document] }
    var copies = [Int32](repeating: 0, count: Int(copyStarts[documentCount]))
    var next = copyStarts
    for document in 0..<documentCount where canonical[document] != Int32(document) {
      let first = Int(canonical[document])
      copies[Int(next[first])] = Int32(document)
      next[first] += 1
    }
    self.canonical = canonical
    self.copyStarts = copyStarts
    self.copies = copies
  }

  /// What scoring reads of the units, by document: the arrays of a ``SentenceIndex``.
  internal struct Units: @unchecked Sendable {
    var documentStarts: [Int32]
    var fields: [SentenceField]
    var flags: [UnitFlags]
    var paragraphs: [Int32]
    var termStarts: [Int32]
    var terms: [Int32]
    var nameStarts: [Int32]
    var names: [Int32]
    var contextStarts: [Int32]
    var contextTerms: [Int32]
  }

  /// The canonical document of each document: the first one whose units are the same in
  /// everything scoring reads, found by hashing each document's units on all cores, then
  /// comparing documents whose hashes agree.
  ///
  /// - Complexity: O(n) for n units, terms, names and context terms.
  internal static func canonicalDocuments(_ index: Units) -> [Int32] {
    let documentCount = index.documentStarts.count - 1
    let chunks = (documentCount + 255) / 256
    let slots = SlotArray<[UInt64]>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      slots[chunk] = (chunk * 256..<min(documentCount, chunk * 256 + 256)).map {
        Self.hash(document: $0, index)
      }
    }
    let hashes = (0..<chunks).flatMap { slots.take($0) ?? [] }
    // The first document of each hash is presumed the canonical one of the others with
    // that hash, which is checked on all cores; a document that differs from it after all
    // (a hash collision) is then placed among the canonical documents of its hash.
    var canonical = [Int32](repeating: 0, count: documentCount)
    var firsts: [UInt64: [Int32]] = [:]
    for document in 0..<documentCount {
      let hash = hashes[document]
      if let first = firsts[hash]?.first {
        canonical[document] = first
      } else {
        canonical[document] = Int32(document)
        firsts[hash] = [Int32(document)]
      }
    }
    let presumed = canonical
    let differs = SlotArray<[Int]>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      differs[chunk] = (chunk * 256..<min(documentCount, chunk * 256 + 256)).filter {
        presumed[$0] != Int32($0) && !Self.same(Int(presumed[$0]), $0, index)
      }
    }
    for document in (0..<chunks).flatMap({ differs[$0] ?? [] }) {
      let hash = hashes[document]
      if let first = firsts[hash]?.first(where: { Self.same(Int($0), document, index) }) {
        canonical[document] = first
      } else {
        canonical[document] = Int32(document)
        firsts[hash, default: []].append(Int32(document))
      }
    }
    return canonical
  }

  /// The later twins of `document`.
  internal func copies(of document: Int) -> ArraySlice<Int32> {
    copies[Int(copyStarts[document])..<Int(copyStarts[document + 1])]
  }

  /// A hash of everything about a document's units that scoring reads.
  private static func hash(document: Int, _ index: Units) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    func mix(_ value: Int32) {
      hash = (hash ^ UInt64(UInt32(bitPattern: value))) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
    }
    let units = Int(index.documentStarts[document])..<Int(index.documentStarts[document + 1])
    mix(Int32(units.count))
    guard let first = units.first else { return hash }
    let (fields, flags, paragraphs) = (index.fields, index.flags, index.paragraphs)
    let (termStarts, nameStarts, contextStarts) =
      (index.termStarts, index.nameStarts, index.contextStarts)
    for unit in units {
      // Packed, so two mixes a unit: collisions only cost a comparison.
      mix(
        (fieldCode(fields[unit]) << 28) ^ (Int32(flags[unit].rawValue) << 20)
          ^ (paragraphs[unit] - paragraphs[first]))
      mix(
        (termStarts[unit + 1] - termStarts[unit])
          ^ ((nameStarts[unit + 1] - nameStarts[unit]) << 12)
          ^ ((contextStarts[unit + 1] - contextStarts[unit]) << 22))
    }
    let last = units.upperBound
    for (starts, values) in [
      (termStarts, index.terms), (nameStarts, index.names), (contextStarts, index.contextTerms),
    ] {
      values[Int(starts[first])..<Int(starts[last])].withUnsafeBytes {
        hash = Checksum.of($0, seed: hash)
      }
    }
    return hash
  }

  private static func fieldCode(_ field: SentenceField) -> Int32 {
    switch field {
    case .body: return 0
    case .title: return 1
    case .keyPoint: return 2
    }
  }

  /// Whether two documents' units are the same in everything scoring reads.
  private static func same(_ a: Int, _ b: Int, _ index: Units) -> Bool {
    let firstA = Int(index.documentStarts[a])
    let firstB = Int(index.documentStarts[b])
    let count = Int(index.documentStarts[a + 1]) - firstA
    guard count == Int(index.documentStarts[b + 1]) - firstB else { return false }
    guard count > 0 else { return true }
    /// Whether `values[firstA ..< firstA + length]` and `values[firstB ..< ...]` hold the
    /// same bytes.
    func equal<T>(_ values: [T], _ firstA: Int, _ firstB: Int, _ length: Int) -> Bool {
      length == 0
        || values.withUnsafeBytes { bytes in
          guard let base = bytes.baseAddress else { return false }
          let size = MemoryLayout<T>.stride
          return memcmp(base + firstA * size, base + firstB * size, length * size) == 0
        }
    }
    /// Whether the two runs of `values` rise by the same steps (unit boundaries, paragraph
    /// numbers: the same up to where the document starts).
    func sameSteps(_ values: [Int32], _ length: Int) -> Bool {
      values.withUnsafeBufferPointer { values in
        let shift = values[firstB] &- values[firstA]
        for offset in 1..<length where values[firstB + offset] &- values[firstA + offset] != shift {
          return false
        }
        return true
      }
    }
    guard equal(index.fields, firstA, firstB, count),
      equal(index.flags, firstA, firstB, count),
      sameSteps(index.paragraphs, count)
    else { return false }
    for (starts, values) in [
      (index.termStarts, index.terms), (index.nameStarts, index.names),
      (index.contextStarts, index.contextTerms),
    ] {
      guard sameSteps(starts, count + 1),
        equal(
          values, Int(starts[firstA]), Int(starts[firstB]),
          Int(starts[firstA + count] - starts[firstA]))
      else { return false }
    }
    return true
  }
}
