/// The question's own words (UTF-8, as the tokenizer gives them) that re-ranking looks for in
/// a candidate's text: its word forms, each with the bit of its term, and its phrases (pairs
/// of adjacent words).
///
/// A token is looked up by its hash in a small open-addressing table (and confirmed byte for
/// byte), so a candidate's text is read once whatever the number of words and phrases.
internal struct QuestionWords {
  /// Slot → word index + 1 (0: empty); the count is a power of two.
  private var slots: [Int16]
  private var hashes: [UInt64] = []
  /// Word `w` is `bytes[starts[w]..<starts[w + 1]]`.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  /// Each word's term bit when it is one of the question's forms, else 0.
  private var formBits: [UInt64] = []
  /// The phrases as word indices; phrase `p` has bit `1 << p`.
  private var phrases: [(first: Int, second: Int)] = []

  /// Whether there is nothing to look for.
  internal var isEmpty: Bool { formBits.allSatisfy { $0 == 0 } && phrases.isEmpty }

  /// - Parameters:
  ///   - forms: distinct question words, each with the bit of its term.
  ///   - phrases: distinct pairs of adjacent question words; at most 64.
  internal init(forms: [(word: [UInt8], bit: UInt64)], phrases: [(first: [UInt8], second: [UInt8])])
  {
    let most = forms.count + 2 * phrases.count
    var capacity = 16
    while capacity < 2 * most { capacity *= 2 }
    slots = [Int16](repeating: 0, count: capacity)
    for form in forms { formBits[add(form.word)] |= form.bit }
    for phrase in phrases.prefix(64) {
      self.phrases.append((add(phrase.first), add(phrase.second)))
    }
  }

  /// The index of `word`, added if new.
  private mutating func add(_ word: [UInt8]) -> Int {
    let found = word.withUnsafeBufferPointer { index(of: $0) }
    if found >= 0 { return found }
    let added = formBits.count
    let hash = word.withUnsafeBufferPointer { Self.hash($0) }
    var slot = Self.slot(hash) & (slots.count - 1)
    while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
    slots[slot] = Int16(added + 1)
    hashes.append(hash)
    bytes += word
    starts.append(bytes.count)
    formBits.append(0)
    return added
  }

  /// The index of `word` among the question's words, or -1.
  @inline(__always)
  internal func index(of word: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = Self.hash(word)
    let mask = slots.count - 1
    var slot = Self.slot(hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return -1 }
      let index = entry - 1
      if hashes[index] == hash && starts[index + 1] - starts[index] == word.count
        && bytes[starts[index]..<starts[index + 1]].elementsEqual(word)
      {
        return index
      }
      slot = (slot + 1) & mask
    }
  }

  /// The term bit of word `index` when it is a question form, else 0.
  @inline(__always)
  internal func formBit(_ index: Int) -> UInt64 { formBits[index] }

  /// The bits of the phrases made of word `previous` then word `current`.
  @inline(__always)
  internal func phraseBits(after previous: Int, _ current: Int) -> UInt64 {
    var bits: UInt64 = 0
    for (position, phrase) in phrases.enumerated()
    where phrase.second == current && phrase.first == previous {
      bits |= UInt64(1) << UInt64(position)
    }
    return bits
  }

  /// Where a hash's probe starts (FNV's low bits alone mix poorly).
  @inline(__always)
  private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }

  /// FNV-1a over the bytes.
  @inline(__always)
  private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
