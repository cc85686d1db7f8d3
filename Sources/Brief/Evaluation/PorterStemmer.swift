/// The Porter stemmer as NLTK runs it by default (its `NLTK_EXTENSIONS` mode), which is the
/// stemmer of Google's `rouge-score`.
///
/// It differs from the original algorithm (libstemmer's `porter`) in a handful of rules:
/// a small table of irregular forms (`dying` → `die`, `news` → `news`), `y` → `i` only after
/// a consonant that is not the first letter (`they`, `monday` keep their `y`), `-ied` and
/// four-letter `-ies` handled at once, `-alli`, `-fulli` and `-logi` in step 2, `-bli` for
/// `-abli`, and a two-letter vowel–consonant stem counting as *o. Words are lowercase ASCII.
/// Being pure Swift without state, it is safe to share between threads.
internal struct PorterStemmer: Sendable {
  private static let irregularForms: [String: String] = [
    "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
    "outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
    "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
  ]

  internal init() {}

  /// The stem of a lowercase ASCII word.
  internal func stem(_ word: String) -> String {
    if let irregular = Self.irregularForms[word] { return irregular }
    let bytes = Array(word.utf8)
    if bytes.count <= 2 { return word }
    return String(decoding: stem(bytes: bytes), as: UTF8.self)
  }

  /// The stem of a lowercase ASCII word given as bytes (irregular forms not looked up).
  internal func stem(bytes: [UInt8]) -> [UInt8] {
    var word = Word(bytes)
    word.step1a()
    word.step1b()
    word.step1c()
    word.step2()
    word.step3()
    word.step4()
    word.step5a()
    word.step5b()
    return word.letters
  }
}

/// A word being stemmed, with the rule machinery of the Porter paper.
private struct Word {
  var letters: [UInt8]

  init(_ letters: [UInt8]) { self.letters = letters }

  /// What a rule requires of the stem left once its suffix is removed.
  enum Condition {
    case always
    case measureAbove0
    case measureAbove1
    /// Step 1b's double consonant: not l, s or z.
    case notLSZ
    /// Step 1b's final `e`: measure 1 and *o.
    case measure1AndCVC
    /// Step 4's `-ion`: measure above 1 and the stem ends in s or t.
    case measureAbove1AndST
    /// Step 2's `-logi`: measure above 0 of the stem with its `l`.
    case measureAbove0KeepingL
    /// Step 5b: measure above 1 of the stem with one `l`.
    case measureAbove1KeepingL
  }

  /// A suffix rule; the suffix `*d` stands for any double consonant.
  struct Rule {
    var suffix: [UInt8]
    var replacement: [UInt8]
    var condition: Condition

    init(_ suffix: String, _ replacement: String, _ condition: Condition) {
      self.suffix = Array(suffix.utf8)
      self.replacement = Array(replacement.utf8)
      self.condition = condition
    }
  }

  private static func isVowel(_ letter: UInt8) -> Bool {
    letter == UInt8(ascii: "a") || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i")
      || letter == UInt8(ascii: "o") || letter == UInt8(ascii: "u")
  }

  /// Consonant flags, left to right: `y` is a consonant at the start or after a vowel.
  private static func consonants(_ letters: ArraySlice<UInt8>) -> [Bool] {
    var flags: [Bool] = []
    flags.reserveCapacity(letters.count)
    for letter in letters {
      if isVowel(letter) {
        flags.append(false)
      } else if letter == UInt8(ascii: "y") {
        flags.append(flags.last.map { !$0 } ?? true)
      } else {
        flags.append(true)
      }
    }
    return flags
  }

  /// The number of vowel-then-consonant transitions: *m* of the paper.
  private static func measure(_ letters: ArraySlice<UInt8>) -> Int {
    let flags = consonants(letters)
    var count = 0
    for index in flags.indices.dropFirst() where !flags[index - 1] && flags[index] { count += 1 }
    return count
  }

  private static func containsVowel(_ letters: ArraySlice<UInt8>) -> Bool {
    consonants(letters).contains(false)
  }

  private static func endsWithDoubleConsonant(_ letters: ArraySlice<UInt8>) -> Bool {
    guard letters.count >= 2 else { return false }
    let last = letters.index(before: letters.endIndex)
    return letters[last] == letters[last - 1] && consonants(letters)[letters.count - 1]
  }

  /// *o: consonant, vowel, consonant other than w, x, y; or (NLTK) a two-letter
  /// vowel-consonant stem.
  private static func endsCVC(_ letters: ArraySlice<UInt8>) -> Bool {
    let flags = consonants(letters)
    let count = flags.count
    if count >= 3 {
      let last = letters[letters.index(before: letters.endIndex)]
      return flags[count - 3] && !flags[count - 2] && flags[count - 1]
        && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }
    return count == 2 && !flags[0] && flags[1]
  }

  private func endsWith(_ suffix: [UInt8]) -> Bool {
    letters.count >= suffix.count
      && letters[(letters.count - suffix.count)...].elementsEqual(suffix)
  }

  private func holds(_ condition: Condition, stem: ArraySlice<UInt8>) -> Bool {
    switch condition {
    case .always: return true
    case .measureAbove0: return Self.measure(stem) > 0
    case .measureAbove1: return Self.measure(stem) > 1
    case .notLSZ:
      let last = letters.last
      return last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z")
    case .measure1AndCVC: return Self.measure(stem) == 1 && Self.endsCVC(stem)
    case .measureAbove1AndST:
      return Self.measure(stem) > 1
        && (stem.last == UInt8(ascii: "s") || stem.last == UInt8(ascii: "t"))
    case .measureAbove0KeepingL: return Self.measure(letters[..<(letters.count - 3)]) > 0
    case .measureAbove1KeepingL: return Self.measure(letters[..<(letters.count - 1)]) > 1
    }
  }

  /// Applies the first rule whose suffix the word ends with, if its condition holds.
  ///
  /// Later rules are not tried. True if a rule changed the word.
  @discardableResult
  private mutating func apply(_ rules: [Rule]) -> Bool {
    for rule in rules {
      if rule.suffix == Array("*d".utf8) {
        guard Self.endsWithDoubleConsonant(letters[...]) else { continue }
        let stem = letters[..<(letters.count - 2)]
        guard holds(rule.condition, stem: stem) else { return false }
        letters = Array(stem) + [letters[letters.count - 1]]
        return true
      }
      guard endsWith(rule.suffix) else { continue }
      let stem = letters[..<(letters.count - rule.suffix.count)]
      guard holds(rule.condition, stem: stem) else { return false }
      letters = Array(stem) + rule.replacement
      return true
    }
    return false
  }

  private mutating func replaceSuffix(_ count: Int, with replacement: String) {
    letters.removeLast(count)
    letters.append(contentsOf: replacement.utf8)
  }

  private static let step1aRules = [
    Rule("sses", "ss", .always), Rule("ies", "i", .always), Rule("ss", "ss", .always),
    Rule("s", "", .always),
  ]

  mutating func step1a() {
    if letters.count == 4 && endsWith(Array("ies".utf8)) {
      replaceSuffix(3, with: "ie")
      return
    }
    apply(Self.step1aRules)
  }

  private static let step1bRules = [
    Rule("at", "ate", .always), Rule("bl", "ble", .always), Rule("iz", "ize", .always),
    Rule("*d", "", .notLSZ), Rule("", "e", .measure1AndCVC),
  ]

  mutating func step1b() {
    if endsWith(Array("ied".utf8)) {
      replaceSuffix(3, with: letters.count == 4 ? "ie" : "i")
      return
    }
    if endsWith(Array("eed".utf8)) {
      if Self.measure(letters[..<(letters.count - 3)]) > 0 { replaceSuffix(3, with: "ee") }
      return
    }
    var stripped = false
    for suffix in ["ed", "ing"] where endsWith(Array(suffix.utf8)) {
      let stem = letters[..<(letters.count - suffix.utf8.count)]
      if Self.containsVowel(stem) {
        letters = Array(stem)
        stripped = true
        break
      }
    }
    if stripped { apply(Self.step1bRules) }
  }

  mutating func step1c() {
    guard letters.last == UInt8(ascii: "y") else { return }
    let stem = letters[..<(letters.count - 1)]
    if stem.count > 1 && Self.consonants(stem)[stem.count - 1] { replaceSuffix(1, with: "i") }
  }

  private static let step2Rules = [
    Rule("ational", "ate", .measureAbove0), Rule("tional", "tion", .measureAbove0),
    Rule("enci", "ence", .measureAbove0), Rule("anci", "ance", .measureAbove0),
    Rule("izer", "ize", .measureAbove0), Rule("bli", "ble", .measureAbove0),
    Rule("alli", "al", .measureAbove0), Rule("entli", "ent", .measureAbove0),
    Rule("eli", "e", .measureAbove0), Rule("ousli", "ous", .measureAbove0),
    Rule("ization", "ize", .measureAbove0), Rule("ation", "ate", .measureAbove0),
    Rule("ator", "ate", .measureAbove0), Rule("alism", "al", .measureAbove0),
    Rule("iveness", "ive", .measureAbove0), Rule("fulness", "ful", .measureAbove0),
    Rule("ousness", "ous", .measureAbove0), Rule("aliti", "al", .measureAbove0),
    Rule("iviti", "ive", .measureAbove0), Rule("biliti", "ble", .measureAbove0),
    Rule("fulli", "ful", .measureAbove0), Rule("logi", "log", .measureAbove0KeepingL),
  ]

  mutating func step2() {
    while endsWith(Array("alli".utf8)) && Self.measure(letters[..<(letters.count - 4)]) > 0 {
      replaceSuffix(4, with: "al")
    }
    apply(Self.step2Rules)
  }

  private static let step3Rules = [
    Rule("icate", "ic", .measureAbove0), Rule("ative", "", .measureAbove0),
    Rule("alize", "al", .measureAbove0), Rule("iciti", "ic", .measureAbove0),
    Rule("ical", "ic", .measureAbove0), Rule("ful", "", .measureAbove0),
    Rule("ness", "", .measureAbove0),
  ]

  mutating func step3() { apply(Self.step3Rules) }

  private static let step4Rules = [
    Rule("al", "", .measureAbove1), Rule("ance", "", .measureAbove1),
    Rule("ence", "", .measureAbove1), Rule("er", "", .measureAbove1),
    Rule("ic", "", .measureAbove1), Rule("able", "", .measureAbove1),
    Rule("ible", "", .measureAbove1), Rule("ant", "", .measureAbove1),
    Rule("ement", "", .measureAbove1), Rule("ment", "", .measureAbove1),
    Rule("ent", "", .measureAbove1), Rule("ion", "", .measureAbove1AndST),
    Rule("ou", "", .measureAbove1), Rule("ism", "", .measureAbove1),
    Rule("ate", "", .measureAbove1), Rule("iti", "", .measureAbove1),
    Rule("ous", "", .measureAbove1), Rule("ive", "", .measureAbove1),
    Rule("ize", "", .measureAbove1),
  ]

  mutating func step4() { apply(Self.step4Rules) }

  mutating func step5a() {
    guard letters.last == UInt8(ascii: "e") else { return }
    let stem = letters[..<(letters.count - 1)]
    let measure = Self.measure(stem)
    if measure > 1 || (measure == 1 && !Self.endsCVC(stem)) { letters.removeLast() }
  }

  private static let step5bRules = [Rule("ll", "l", .measureAbove1KeepingL)]

  mutating func step5b() { apply(Self.step5bRules) }
}
