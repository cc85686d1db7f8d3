// Rule-based sentence splitter for English and Spanish prose.
//
// The splitter works on the UTF-8 bytes of the input. It first groups lines
// into paragraphs (blank lines and "paragraph-looking" line breaks end a
// paragraph; hard-wrapped lines are joined), strips news datelines and
// DailyMail-style boilerplate from the start of each paragraph, and then
// scans each paragraph for sentence-final punctuation, deciding at every
// candidate with a small set of rules (abbreviations, initials, numbers,
// ellipses, closing quotes, list markers, URLs/e-mails, glued sentences).

/// Splits prose into sentences, returned as UTF-8 byte ranges into the input.
public struct SentenceSplitter: Sendable {
  /// The language whose abbreviation list is used.
  internal let language: Language

  /// Abbreviations, sentence-starter words, etc. for `language`.
  private let lexicon: SplitterLexicon

  /// Creates a splitter.
  /// - Parameter language: chooses the abbreviation list (English default, Spanish too).
  public init(language: Language = .english) {
    self.language = language
    switch language {
    case .english: self.lexicon = SplitterLexicon.english
    case .spanish: self.lexicon = SplitterLexicon.spanish
    }
  }

  /// Sentence ranges in text order, as UTF-8 byte offsets into `text.utf8`,
  /// trimmed of surrounding whitespace; never empty ranges.
  public func sentences(in text: String) -> [Range<Int>] {
    if text.utf8.isEmpty { return [] }
    var copy = text
    let lexicon = self.lexicon
    return copy.withUTF8 { buffer -> [Range<Int>] in
      var scanner = SentenceSplitterScanner(bytes: buffer, lexicon: lexicon)
      scanner.run()
      return scanner.output
    }
  }

  /// The text of a sentence for display: the bytes of `range` with every run of
  /// whitespace (spaces, tabs, newlines) collapsed to one space.
  public func text(of range: Range<Int>, in text: String) -> String {
    var copy = text
    return copy.withUTF8 { buffer -> String in
      let lower = max(0, min(range.lowerBound, buffer.count))
      let upper = max(lower, min(range.upperBound, buffer.count))
      if lower == upper { return "" }
      // Most sentences need no collapsing: single spaces between words, none at the ends.
      var plain = !SplitterBytes.isSpace(buffer[lower]) && !SplitterBytes.isSpace(buffer[upper - 1])
      var i = lower
      while plain && i < upper {
        let byte = buffer[i]
        if SplitterBytes.isSpace(byte) && (byte != 0x20 || SplitterBytes.isSpace(buffer[i + 1])) {
          plain = false
        }
        i += 1
      }
      if plain {
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
      }
      var out: [UInt8] = []
      out.reserveCapacity(upper - lower)
      var pendingSpace = false
      i = lower
      while i < upper {
        let byte = buffer[i]
        if SplitterBytes.isSpace(byte) {
          pendingSpace = true
        } else {
          if pendingSpace && !out.isEmpty { out.append(0x20) }
          pendingSpace = false
          out.append(byte)
        }
        i += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}

// MARK: - Byte classification

/// Character classes on UTF-8 bytes (ASCII fast path, scalar decoding on demand).
internal enum SplitterBytes {
  /// ASCII whitespace (space, tab, newline, vertical tab, form feed, carriage return).
  @inline(__always)
  internal static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  /// ASCII upper-case letter.
  @inline(__always)
  internal static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

  /// ASCII lower-case letter.
  @inline(__always)
  internal static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

  /// ASCII letter.
  @inline(__always)
  internal static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }

  /// ASCII digit.
  @inline(__always)
  internal static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// ASCII letter or digit.
  @inline(__always)
  internal static func isAlnum(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
}

/// Coarse class of the character that starts a word.
internal enum SplitterWordStart {
  case lower, upper, digit, other
}

// MARK: - Lexicon

/// How an abbreviation behaves before a capitalized word.
internal enum SplitterAbbreviationKind: Sendable {
  /// Title-like: never ends a sentence (Mr., Dr., St., Gen., vs., e.g.).
  case title
  /// Ends a sentence before a capitalized word, but not before a number (Inc., Jan., No.).
  case general
}

/// Word lists for one language, keyed by up to 8 lower-cased ASCII bytes packed in a UInt64.
internal struct SplitterLexicon: Sendable {
  /// Abbreviations (without the final period).
  internal let abbreviations: [UInt64: SplitterAbbreviationKind]
  /// Words that typically begin a sentence (used after initials like "U.S." or "E.").
  internal let starters: Set<UInt64>
  /// Words that typically follow a time like "5 p.m." inside a sentence.
  internal let timeFollowers: Set<UInt64>

  /// Packs up to 8 bytes (ASCII lower-cased) into a key; nil when empty or longer.
  @inline(__always)
  internal static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64?
  {
    let count = end - start
    guard count > 0 && count <= 8 else { return nil }
    var k: UInt64 = 0
    var shift: UInt64 = 0
    var i = start
    while i < end {
      var c = bytes[i]
      if SplitterBytes.isUpper(c) { c |= 0x20 }
      k |= UInt64(c) << shift
      shift += 8
      i += 1
    }
    return k
  }

  /// The key of a word given as a String (used to build the tables).
  internal static func key(_ word: String) -> UInt64? {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { key($0, 0, $0.count) }
  }

  private static func keys(_ words: [String]) -> Set<UInt64> {
    var set = Set<UInt64>()
    for word in words {
      if let k = key(word) { set.insert(k) }
    }
    return set
  }

  private static func table(titles: [String], general: [String]) -> [UInt64:
    SplitterAbbreviationKind]
  {
    var dict: [UInt64: SplitterAbbreviationKind] = [:]
    for word in general {
      if let k = key(word) { dict[k] = .general }
    }
    for word in titles {
      if let k = key(word) { dict[k] = .title }
    }
    return dict
  }

  private static let englishTitles: [String] = [
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "st", "ste", "mt", "gov",
    "govs", "sen", "sens", "rep", "reps", "gen", "gens", "lt", "col", "capt", "cpt", "sgt",
    "cpl", "pvt", "maj", "adm", "cmdr", "cdr", "brig", "rev", "revd", "hon", "pres", "supt",
    "insp", "det", "atty", "mme", "mlle", "fr", "rt", "vs", "v", "cf", "viz", "approx", "ca",
    "eg", "ie", "sgt", "amb", "gov't", "asst", "assoc",
  ]

  private static let englishGeneral: [String] = [
    "inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "esq", "bros", "etc", "dept", "est",
    "ave", "blvd", "rd", "hwy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "no", "nos", "nr", "n\u{00B0}", "n\u{00BA}", "p", "pp", "vol", "vols", "fig", "figs", "art",
    "ch", "chap", "sec", "op", "ed", "eds", "pt", "pts", "para", "min", "max", "hr", "hrs",
    "mins", "sq", "ft", "oz", "lb", "lbs", "mi", "tel", "univ", "assn", "natl", "intl", "govt",
    "mfg", "yr", "yrs", "al", "ibid", "misc", "dist", "div", "ext",
  ]

  private static let spanishTitles: [String] = [
    "sr", "sra", "sras", "sres", "srta", "srtas", "dr", "dra", "drs", "dras", "lic", "lcdo",
    "lcda", "ing", "arq", "prof", "profa", "d", "dña", "sto", "sta", "gral", "ud", "uds", "vd",
    "vds", "mons", "pbro", "excmo", "excma", "ilmo", "ilma", "vs", "cf", "ej", "aprox", "ca",
    "av", "avda", "mr", "mrs", "ms", "st",
  ]

  private static let spanishGeneral: [String] = [
    "etc", "pág", "págs", "p", "pp", "núm", "nro", "n\u{00B0}", "n\u{00BA}", "cía", "tel",
    "vol", "vols", "cap", "art", "fig", "ed", "ene", "feb", "mar", "abr", "may", "jun", "jul",
    "ago", "sep", "sept", "oct", "nov", "dic", "inc", "co", "corp", "ltd", "s.a", "col", "dpto",
    "depto", "admón", "min", "máx", "km", "kg", "hs", "hrs", "a.c", "d.c",
  ]

  private static let englishStarters: [String] = [
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "he", "she", "it",
    "we", "they", "you", "i", "his", "her", "its", "our", "their", "my", "your", "but", "and",
    "so", "yet", "or", "if", "in", "on", "at", "as", "how", "what", "why", "when", "where",
    "who", "which", "whom", "whose", "did", "do", "does", "is", "are", "was", "were", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must", "have", "has", "had",
    "however", "still", "now", "then", "after", "before", "while", "although", "though",
    "some", "many", "most", "for", "with", "not", "all", "both", "each", "every", "such",
    "also", "yes", "no", "because", "since", "thus", "hence", "today", "later", "instead",
    "even", "only", "just", "let", "please", "one", "two", "three", "other", "another",
    "more", "there's", "it's", "that's", "he's", "she's", "i'm", "we're", "they're",
    "by", "from", "to", "under", "over", "during", "despite", "about", "last", "next",
  ]

  private static let spanishStarters: [String] = [
    "el", "la", "los", "las", "un", "una", "unos", "unas", "pero", "y", "e", "o", "es", "son",
    "fue", "era", "esto", "este", "esta", "estos", "estas", "eso", "ese", "esa", "yo", "tú",
    "él", "Él", "ella", "ellos", "ellas", "nosotros", "usted", "en", "con", "por", "para",
    "sin", "que", "qué", "cómo", "cuándo", "dónde", "quién", "no", "sí", "se", "lo", "le",
    "les", "hoy", "ayer", "mañana", "allí", "aquí", "también", "además", "sin", "su", "sus",
    "mi", "mis", "tu", "tus", "nuestro", "al", "del", "hay", "había", "luego", "después",
    "antes", "ahora", "entonces", "así", "aunque", "si", "cuando", "donde", "como",
    "the", "he", "she", "it", "we", "they", "i", "how", "what", "this", "that",
  ]

  private static let timeFollowerWords: [String] = [
    "monday", "tuesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
    "tonight", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "gmt", "bst", "cet", "utc", "local", "january", "february", "march", "april", "may",
    "june", "july", "august", "october", "november", "december", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec",
  ]

  /// English word lists.
  internal static let english = SplitterLexicon(
    abbreviations: table(titles: englishTitles, general: englishGeneral),
    starters: keys(englishStarters),
    timeFollowers: keys(timeFollowerWords)
  )

  /// Spanish word lists.
  internal static let spanish = SplitterLexicon(
    abbreviations: table(titles: spanishTitles, general: spanishGeneral),
    starters: keys(spanishStarters),
    timeFollowers: keys(timeFollowerWords)
  )
}

// MARK: - Scanner

/// Result of examining one candidate position.
internal enum SplitterDecision {
  /// No boundary; continue scanning at `resume`.
  case none(resume: Int)
  /// A sentence ends at `end` (exclusive); the next one starts at or after `resume`.
  case boundary(end: Int, resume: Int)
}

/// List numbering state within a paragraph ("1.) a 2.) b", "a. x b. y").
internal struct SplitterListState {
  /// The expected next marker value (a digit number, or a letter's byte).
  internal var next: Int
  /// Whether the markers are letters rather than numbers.
  internal var isLetter: Bool
  /// Suffix style: 0 = ".", 1 = ")", 2 = ".)".
  internal var style: Int
}

/// A list marker found at the start of a sentence.
internal struct SplitterListMarker {
  /// Marker value (number, or letter byte).
  internal var value: Int
  /// Letter marker.
  internal var isLetter: Bool
  /// Suffix style: 0 = ".", 1 = ")", 2 = ".)".
  internal var style: Int
  /// Offset just past the marker's suffix.
  internal var end: Int
}

/// One-shot scanner over the UTF-8 bytes of a text.
internal struct SentenceSplitterScanner {
  private let b: UnsafeBufferPointer<UInt8>
  private let n: Int
  private let lexicon: SplitterLexicon
  /// The sentence ranges found so far.
  internal private(set) var output: [Range<Int>] = []

  /// Creates a scanner over `bytes`.
  internal init(bytes: UnsafeBufferPointer<UInt8>, lexicon: SplitterLexicon) {
    self.b = bytes
    self.n = bytes.count
    self.lexicon = lexicon
    output.reserveCapacity(bytes.count / 100 + 4)
  }

  // MARK: Paragraphs

  /// Splits the whole text.
  internal mutating func run() {
    // Trimmed lines (blank lines are empty ranges).
    var lines: [Range<Int>] = []
    var lineStart = 0
    while lineStart <= n {
      var lineEnd = lineStart
      while lineEnd < n && b[lineEnd] != 0x0A { lineEnd += 1 }
      var ts = lineStart
      while ts < lineEnd && SplitterBytes.isSpace(b[ts]) { ts += 1 }
      var te = lineEnd
      while te > ts && SplitterBytes.isSpace(b[te - 1]) { te -= 1 }
      lines.append(ts..<te)
      if lineEnd >= n { break }
      lineStart = lineEnd + 1
    }
    let hardWrapped = looksHardWrapped(lines)
    var paraStart = -1
    var paraEnd = -1
    var previous: Range<Int>?
    for line in lines {
      if line.isEmpty {
        if paraStart >= 0 { processParagraph(paraStart, paraEnd) }
        paraStart = -1
        previous = nil
        continue
      }
      if paraStart >= 0, let prev = previous,
        shouldJoin(
          prev.lowerBound, prev.upperBound, line.lowerBound, line.upperBound,
          hardWrapped: hardWrapped)
      {
        paraEnd = line.upperBound
      } else {
        if paraStart >= 0 { processParagraph(paraStart, paraEnd) }
        paraStart = line.lowerBound
        paraEnd = line.upperBound
      }
      previous = line
    }
    if paraStart >= 0 { processParagraph(paraStart, paraEnd) }
  }

  /// Whether lines without final punctuation mostly continue in lower case on the next
  /// line (hard-wrapped prose) rather than being followed by a capitalized line.
  private func looksHardWrapped(_ lines: [Range<Int>]) -> Bool {
    if lines.count < 3 { return false }
    var continued = 0
    var broken = 0
    var index = 0
    while index + 1 < lines.count {
      let line = lines[index]
      let next = lines[index + 1]
      index += 1
      if line.isEmpty || next.isEmpty || line.count < 40
        || lineEndsWithTerminal(line.lowerBound, line.upperBound)
      {
        continue
      }
      switch wordStart(at: next.lowerBound, end: next.upperBound) {
      case .lower: continued += 1
      case .upper: broken += 1
      default: break
      }
    }
    return continued >= 2 && continued > broken
  }

  /// Whether the trimmed line [ns, ne) continues the paragraph of line [ps, pe).
  private func shouldJoin(_ ps: Int, _ pe: Int, _ ns: Int, _ ne: Int, hardWrapped: Bool) -> Bool {
    if startsWithBullet(ns, ne) || listMarker(at: ns, end: ne) != nil { return false }
    // Last significant byte of the previous line, skipping closing quotes/brackets.
    var last = pe
    while last > ps {
      let len = closerLengthBefore(last, lowerBound: ps)
      if len == 0 { break }
      last -= len
    }
    if last <= ps { return false }
    let lastByte = b[last - 1]
    if lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F { return true }
    if last - ps >= 3 && b[last - 3] == 0xE2 && b[last - 2] == 0x80 && lastByte == 0xA6 {
      return true
    }
    if lastByte == 0x3A { return false }
    let prevLength = pe - ps
    let start = wordStart(at: ns, end: ne)
    if start == .lower {
      if prevLength >= 40 || lastByte == 0x2C || lastByte == 0x3B || lastByte == 0x2D {
        return true
      }
      return lineEndsWithTerminal(ns, ne)
    }
    if lastByte == 0x2C || lastByte == 0x3B { return true }
    return hardWrapped && prevLength >= 50
      && (SplitterBytes.isLower(lastByte) || SplitterBytes.isDigit(lastByte))
  }

  private func lineEndsWithTerminal(_ s: Int, _ e: Int) -> Bool {
    var last = e
    while last > s {
      let len = closerLengthBefore(last, lowerBound: s)
      if len == 0 { break }
      last -= len
    }
    guard last > s else { return false }
    let c = b[last - 1]
    if c == 0x2E || c == 0x21 || c == 0x3F { return true }
    return last - s >= 3 && b[last - 3] == 0xE2 && b[last - 2] == 0x80 && c == 0xA6
  }

  // MARK: Sentences within a paragraph

  private mutating func emit(_ start: Int, _ end: Int) {
    var s = start
    var e = end
    while s < e && SplitterBytes.isSpace(b[s]) { s += 1 }
    while e > s && SplitterBytes.isSpace(b[e - 1]) { e -= 1 }
    guard s < e else { return }
    // Drop punctuation-only fragments ("." or "» ." left over from page furniture).
    var j = s
    while j < e {
      let c = b[j]
      if SplitterBytes.isAlnum(c) || (c >= 0xC3 && c != 0xE2) {
        output.append(s..<e)
        return
      }
      j += 1
    }
  }

  /// Splits the paragraph [start, end).
  private mutating func processParagraph(_ start: Int, _ end: Int) {
    let e = end
    var s = skipBoilerplate(start, e)
    s = skipDateline(s, e)
    s = skipSpace(s, e)
    if s >= e { return }

    var sentStart = s
    var list: SplitterListState?
    var i = sentenceBodyStart(sentStart, e, list: &list, paragraphStart: true)

    while i < e {
      let c = b[i]
      var decision: SplitterDecision
      switch c {
      case 0x2E:  // .
        decision = period(at: i, sentStart: sentStart, end: e)
      case 0x21, 0x3F:  // ! ?
        decision = exclamationOrQuestion(at: i, end: e)
      case 0xE2:
        decision = threeByteMark(at: i, sentStart: sentStart, end: e)
      case 0x20, 0x09, 0x0A, 0x0D:
        decision = .none(resume: i + 1)
        if let state = list, i + 1 < e, matchesNextMarker(state, at: i + 1, end: e) {
          decision = .boundary(end: i, resume: i + 1)
        }
      default:
        i += 1
        continue
      }
      switch decision {
      case .none(let resume):
        i = max(resume, i + 1)
      case .boundary(let endPos, let resume):
        emit(sentStart, endPos)
        sentStart = skipSpace(resume, e)
        i = sentenceBodyStart(sentStart, e, list: &list, paragraphStart: false)
      }
    }
    emit(sentStart, e)
  }

  /// Skips a bullet and/or list marker at a sentence start; updates list state.
  private func sentenceBodyStart(
    _ s: Int, _ e: Int, list: inout SplitterListState?, paragraphStart: Bool
  ) -> Int {
    var j = s
    var hadBullet = false
    let bulletLength = bulletLength(at: j, end: e)
    if bulletLength > 0 {
      j += bulletLength
      hadBullet = true
      while j < e && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
    }
    if let marker = listMarker(at: j, end: e) {
      if var state = list, state.isLetter == marker.isLetter, state.style == marker.style,
        state.next == marker.value
      {
        state.next += 1
        list = state
      } else if paragraphStart || hadBullet || list == nil {
        list = SplitterListState(
          next: marker.value + 1, isLetter: marker.isLetter, style: marker.style)
      }
      return marker.end
    }
    return j
  }

  // MARK: Candidates

  /// Decision at a '.' (single period, or the start of an ellipsis).
  private func period(at i: Int, sentStart: Int, end e: Int) -> SplitterDecision {
    // Measure the dot cluster: contiguous dots, optionally ". . ." with single spaces.
    var runEnd = i
    while runEnd < e && b[runEnd] == 0x2E { runEnd += 1 }
    let firstRun = runEnd - i
    var k = runEnd
    var total = firstRun
    var spaced = false
    while k + 1 < e && b[k] == 0x20 && b[k + 1] == 0x2E {
      var r = k + 1
      while r < e && b[r] == 0x2E { r += 1 }
      total += r - (k + 1)
      k = r
      spaced = true
    }
    let clusterEnd = k
    let attached = i > sentStart && !SplitterBytes.isSpace(b[i - 1])

    if spaced {
      if attached && firstRun == 1 {
        // "word. . . . Next": the period ends the sentence, the ellipsis opens the next one.
        let ce = skipTerminalClosers(clusterEnd, e)
        if ce < e && SplitterBytes.isSpace(b[ce]) {
          let ns = skipSpace(ce, e)
          if ns < e && wordStart(at: skipOpeners(ns, e), end: e) == .upper {
            return .boundary(end: i + 1, resume: i + 1)
          }
        }
        return .none(resume: clusterEnd)
      }
      if total >= 4 && skipOpeners(sentStart, i) < i {
        return ellipsisEnd(clusterEnd, e, strict: false)
      }
      return .none(resume: clusterEnd)
    }
    if firstRun >= 2 {
      if skipOpeners(sentStart, i) >= i { return .none(resume: runEnd) }
      return ellipsisEnd(runEnd, e, strict: firstRun < 4)
    }

    // Single period.
    let after = i + 1
    if after >= e { return .none(resume: e) }
    let next = b[after]
    if SplitterBytes.isAlnum(next) {
      if gluedBoundary(at: i, sentStart: sentStart, end: e) {
        return .boundary(end: after, resume: after)
      }
      return .none(resume: after)
    }
    let ce = skipTerminalClosers(after, e)
    if ce >= e { return .none(resume: e) }
    if !SplitterBytes.isSpace(b[ce]) { return .none(resume: after) }
    var ns = ce
    var newline = false
    while ns < e && SplitterBytes.isSpace(b[ns]) {
      if b[ns] == 0x0A { newline = true }
      ns += 1
    }
    if ns >= e { return .none(resume: e) }
    if b[ns] == 0x2E || (ns + 2 < e && b[ns] == 0xE2 && b[ns + 1] == 0x80 && b[ns + 2] == 0xA6) {
      // "word. ... Next": let the following ellipsis decide.
      return .none(resume: ns)
    }
    let w = skipOpeners(ns, e)
    if w >= e { return .none(resume: ns) }
    let nextStart = wordStart(at: w, end: e)
    if nextStart == .lower { return .none(resume: ns) }

    let boundary = SplitterDecision.boundary(end: ce, resume: ce)
    let kind = classifyWordBefore(period: i, sentStart: sentStart)
    switch kind {
    case .title:
      return .none(resume: ns)
    case .general:
      if nextStart == .upper && isAbbreviationWithPeriod(at: w, end: e) {
        return .none(resume: ns)  // "Pennyworth & Co. Ltd.": one name, not two sentences
      }
      return nextStart == .upper ? boundary : .none(resume: ns)
    case .number, .plain:
      return boundary
    case .lowerInitial:
      return nextStart == .digit ? .none(resume: ns) : boundary
    case .initialism, .upperInitial:
      if nextStart != .upper { return .none(resume: ns) }
      if newline || (w == ns && isStarter(at: w, end: e)) { return boundary }
      return .none(resume: ns)
    case .time(let tokenStart):
      if nextStart == .digit { return .none(resume: ns) }
      if newline || isStarter(at: w, end: e) { return boundary }
      if isTimeFollower(at: w, end: e) { return .none(resume: ns) }
      return wordCount(sentStart, tokenStart) >= 4 ? boundary : .none(resume: ns)
    }
  }

  /// Decision after an ellipsis that ends at `pos` (exclusive).
  /// `strict`: a plain "..." only ends a sentence before a capitalized word other than "I".
  private func ellipsisEnd(_ pos: Int, _ e: Int, strict: Bool) -> SplitterDecision {
    let ce = skipTerminalClosers(pos, e)
    if ce >= e { return .none(resume: e) }
    if !SplitterBytes.isSpace(b[ce]) { return .none(resume: pos) }
    let ns = skipSpace(ce, e)
    if ns >= e { return .none(resume: e) }
    if strict {
      // Only quotes may precede the capital ("[...]" (Smith 55)" is not a boundary).
      var w = ns
      while w < e {
        let c = b[w]
        if c == 0x22 || c == 0x27 {
          w += 1
        } else if c == 0xE2 && w + 2 < e && b[w + 1] == 0x80
          && (b[w + 2] == 0x9C || b[w + 2] == 0x98)
        {
          w += 3
        } else {
          break
        }
      }
      guard w < e, wordStart(at: w, end: e) == .upper else { return .none(resume: ns) }
      if b[w] == 0x49 && (w + 1 >= e || !SplitterBytes.isLetter(b[w + 1])) {
        return .none(resume: ns)
      }
      return .boundary(end: ce, resume: ce)
    }
    let w = skipOpeners(ns, e)
    if w < e && wordStart(at: w, end: e) == .upper { return .boundary(end: ce, resume: ce) }
    return .none(resume: ns)
  }

  /// Decision at a run of '!' / '?'.
  private func exclamationOrQuestion(at i: Int, end e: Int) -> SplitterDecision {
    var j = i
    while j < e && (b[j] == 0x21 || b[j] == 0x3F || b[j] == 0x2E) { j += 1 }
    if j >= e { return .none(resume: e) }
    let ce = skipTerminalClosers(j, e)
    if ce >= e { return .none(resume: e) }
    if !SplitterBytes.isSpace(b[ce]) { return .none(resume: j) }
    let ns = skipSpace(ce, e)
    if ns >= e { return .none(resume: e) }
    // Skip openers and a dialogue dash ("¿Vienes? —preguntó él.").
    var w = skipOpeners(ns, e)
    if w + 2 < e && b[w] == 0xE2 && b[w + 1] == 0x80 && (b[w + 2] == 0x94 || b[w + 2] == 0x93) {
      w += 3
    }
    if w < e && wordStart(at: w, end: e) == .lower { return .none(resume: ns) }
    return .boundary(end: ce, resume: ce)
  }

  /// Decision at a 0xE2 lead byte: "…" (ellipsis) or a bullet mid-sentence.
  private func threeByteMark(at i: Int, sentStart: Int, end e: Int) -> SplitterDecision {
    guard i + 2 < e else { return .none(resume: i + 1) }
    if b[i + 1] == 0x80 && b[i + 2] == 0xA6 {
      if skipOpeners(sentStart, i) >= i { return .none(resume: i + 3) }
      return ellipsisEnd(i + 3, e, strict: true)
    }
    if i > sentStart && SplitterBytes.isSpace(b[i - 1]) && bulletLength(at: i, end: e) > 0 {
      return .boundary(end: i, resume: i)
    }
    return .none(resume: i + 1)
  }

  /// "Hello world.Today is..." — a period glued to a capitalized word.
  private func gluedBoundary(at i: Int, sentStart: Int, end e: Int) -> Bool {
    guard i > sentStart, i + 2 < e else { return false }
    let prev = b[i - 1]
    guard SplitterBytes.isLower(prev) || SplitterBytes.isDigit(prev) else { return false }
    guard SplitterBytes.isUpper(b[i + 1]) && SplitterBytes.isLower(b[i + 2]) else { return false }
    // Reject URLs, e-mail addresses, file paths.
    let lowLimit = max(sentStart, i - 256)
    let highLimit = min(e, i + 256)
    var ts = i
    while ts > lowLimit && !SplitterBytes.isSpace(b[ts - 1]) { ts -= 1 }
    var te = i
    while te < highLimit && !SplitterBytes.isSpace(b[te]) { te += 1 }
    var j = ts
    while j < te {
      let c = b[j]
      if c == 0x40 || c == 0x2F || c == 0x5C || c == 0x3A || c == 0x3D { return false }
      j += 1
    }
    // The segment before the period must be a real word, not an abbreviation.
    var ws = i
    while ws > ts && b[ws - 1] != 0x2E { ws -= 1 }
    var letters = 0
    var k = ws
    while k < i {
      if SplitterBytes.isLetter(b[k]) { letters += 1 }
      k += 1
    }
    if letters == 1 { return false }
    if let key = SplitterLexicon.key(b, ws, i), lexicon.abbreviations[key] != nil { return false }
    return true
  }

  // MARK: Word before a period

  private enum PrecedingWord {
    case title, general, number, plain, lowerInitial, upperInitial, initialism
    case time(tokenStart: Int)
  }

  private func classifyWordBefore(period i: Int, sentStart: Int) -> PrecedingWord {
    var ts = i
    while ts > sentStart && !SplitterBytes.isSpace(b[ts - 1]) { ts -= 1 }
    let tokenStart = ts
    ts = skipOpeners(ts, i)
    if ts >= i { return .plain }
    let last = b[i - 1]
    if SplitterBytes.isDigit(last) { return .number }
    // Look for internal periods.
    var lastDot = -1
    var j = ts
    while j < i {
      if b[j] == 0x2E { lastDot = j }
      j += 1
    }
    var ws = ts
    if lastDot >= 0 {
      if isInitialism(ts, i) {
        let count = i - ts
        if count == 3 {
          let a = b[ts] | 0x20
          let c = b[ts + 2] | 0x20
          if (a == 0x61 || a == 0x70) && c == 0x6D { return .time(tokenStart: tokenStart) }  // a.m / p.m
          if (a == 0x65 && c == 0x67) || (a == 0x69 && c == 0x65) { return .title }  // e.g / i.e
        }
        if let key = SplitterLexicon.key(b, ts, i), let kind = lexicon.abbreviations[key] {
          return kind == .title ? .title : .general
        }
        return .initialism
      }
      ws = lastDot + 1
      if ws >= i { return .plain }
    }
    var h = i - 1
    while h > ws && b[h] != 0x2D { h -= 1 }
    if h > ws && b[h] == 0x2D { ws = h + 1 }
    if i - ws == 1 && SplitterBytes.isLetter(b[ws]) {
      return SplitterBytes.isUpper(b[ws]) ? .upperInitial : .lowerInitial
    }
    if let key = SplitterLexicon.key(b, ws, i), let kind = lexicon.abbreviations[key] {
      return kind == .title ? .title : .general
    }
    return .plain
  }

  /// "U.S", "e.g", "J.R.R", "EE.UU", "Ph.D": letters in segments of 1–2 separated by periods.
  private func isInitialism(_ s: Int, _ e: Int) -> Bool {
    var segment = 0
    var j = s
    while j < e {
      let c = b[j]
      if c == 0x2E {
        if segment == 0 { return false }
        segment = 0
      } else if SplitterBytes.isLetter(c) {
        segment += 1
        if segment > 2 { return false }
      } else {
        return false
      }
      j += 1
    }
    return segment > 0
  }

  // MARK: Next word

  private func wordKey(at w: Int, end e: Int) -> UInt64? {
    var j = w
    while j < e && (SplitterBytes.isLetter(b[j]) || b[j] >= 0x80 || b[j] == 0x27) {
      j += 1
      if j - w > 8 { return nil }
    }
    return SplitterLexicon.key(b, w, j)
  }

  /// True when the word at `w` is a known abbreviation written with its period ("Ltd.").
  private func isAbbreviationWithPeriod(at w: Int, end e: Int) -> Bool {
    var j = w
    while j < e && SplitterBytes.isLetter(b[j]) { j += 1 }
    guard j < e, j > w, b[j] == 0x2E, let key = SplitterLexicon.key(b, w, j) else { return false }
    return lexicon.abbreviations[key] == .general
  }

  private func isStarter(at w: Int, end e: Int) -> Bool {
    guard let key = wordKey(at: w, end: e) else { return false }
    return lexicon.starters.contains(key)
  }

  private func isTimeFollower(at w: Int, end e: Int) -> Bool {
    guard let key = wordKey(at: w, end: e) else { return false }
    return lexicon.timeFollowers.contains(key)
  }

  private func wordCount(_ s: Int, _ e: Int) -> Int {
    var count = 0
    var inWord = false
    var j = s
    while j < e {
      let space = SplitterBytes.isSpace(b[j])
      if !space && !inWord { count += 1 }
      inWord = !space
      j += 1
    }
    return count
  }

  /// Class of the character at `w` (decodes non-ASCII scalars).
  private func wordStart(at w: Int, end e: Int) -> SplitterWordStart {
    guard w < e else { return .other }
    let c = b[w]
    if c < 0x80 {
      if SplitterBytes.isLower(c) { return .lower }
      if SplitterBytes.isUpper(c) { return .upper }
      if SplitterBytes.isDigit(c) { return .digit }
      return .other
    }
    guard let scalar = decodeScalar(at: w, end: e) else { return .other }
    let properties = scalar.properties
    if properties.isLowercase { return .lower }
    if properties.isUppercase { return .upper }
    return .other
  }

  private func decodeScalar(at i: Int, end e: Int) -> Unicode.Scalar? {
    let c = b[i]
    var value: UInt32
    var count: Int
    if c & 0xE0 == 0xC0 {
      value = UInt32(c & 0x1F)
      count = 2
    } else if c & 0xF0 == 0xE0 {
      value = UInt32(c & 0x0F)
      count = 3
    } else if c & 0xF8 == 0xF0 {
      value = UInt32(c & 0x07)
      count = 4
    } else {
      return nil
    }
    guard i + count <= e else { return nil }
    var j = 1
    while j < count {
      value = (value << 6) | UInt32(b[i + j] & 0x3F)
      j += 1
    }
    return Unicode.Scalar(value)
  }

  // MARK: Punctuation helpers

  private func skipSpace(_ i: Int, _ e: Int) -> Int {
    var j = i
    while j < e && SplitterBytes.isSpace(b[j]) { j += 1 }
    return j
  }

  /// Length of a closing quote/bracket at `i`, or 0.
  private func closerLength(at i: Int, end e: Int) -> Int {
    let c = b[i]
    switch c {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1  // " ' ) ] }
    case 0xC2:
      if i + 1 < e && (b[i + 1] == 0xBB) { return 2 }  // »
      return 0
    case 0xE2:
      if i + 2 < e && b[i + 1] == 0x80 {
        let d = b[i + 2]
        if d == 0x9D || d == 0x99 || d == 0xBA { return 3 }  // ” ’ ›
      }
      return 0
    default:
      return 0
    }
  }

  /// Length of a closing quote/bracket ending just before `i`, or 0.
  private func closerLengthBefore(_ i: Int, lowerBound s: Int) -> Int {
    guard i > s else { return 0 }
    let c = b[i - 1]
    if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x7D { return 1 }
    if i - 2 >= s && b[i - 2] == 0xC2 && c == 0xBB { return 2 }
    if i - 3 >= s && b[i - 3] == 0xE2 && b[i - 2] == 0x80 && (c == 0x9D || c == 0x99 || c == 0xBA) {
      return 3
    }
    return 0
  }

  private func skipClosers(_ i: Int, _ e: Int) -> Int {
    var j = i
    while j < e {
      let len = closerLength(at: j, end: e)
      if len == 0 { break }
      j += len
    }
    return j
  }

  /// Skips closers after final punctuation, including a detached closing quote
  /// ("?' \" he said" in tokenized sources: a quote with spaces on both sides).
  private func skipTerminalClosers(_ i: Int, _ e: Int) -> Int {
    var j = skipClosers(i, e)
    if j > i && j + 1 < e && b[j] == 0x20 && b[j + 1] == 0x22
      && (j + 2 >= e || SplitterBytes.isSpace(b[j + 2]))
    {
      j = skipClosers(j + 1, e)
    }
    return j
  }

  /// Length of an opening quote/bracket (or Spanish ¿ ¡) at `i`, or 0.
  private func openerLength(at i: Int, end e: Int) -> Int {
    let c = b[i]
    switch c {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B: return 1  // " ' ( [ {
    case 0xC2:
      if i + 1 < e {
        let d = b[i + 1]
        if d == 0xAB || d == 0xBF || d == 0xA1 { return 2 }  // « ¿ ¡
      }
      return 0
    case 0xE2:
      if i + 2 < e && b[i + 1] == 0x80 {
        let d = b[i + 2]
        if d == 0x9C || d == 0x98 || d == 0xB9 { return 3 }  // “ ‘ ‹
      }
      return 0
    default:
      return 0
    }
  }

  private func skipOpeners(_ i: Int, _ e: Int) -> Int {
    var j = i
    while j < e {
      let len = openerLength(at: j, end: e)
      if len == 0 { break }
      j += len
    }
    return j
  }

  // MARK: Lists

  /// Length of a bullet at `i` ("•", "⁃", "‣", "◦", "▪", "·", or "-"/"*" followed by a space), or 0.
  private func bulletLength(at i: Int, end e: Int) -> Int {
    guard i < e else { return 0 }
    let c = b[i]
    if c == 0x2D || c == 0x2A {
      return (i + 1 < e && (b[i + 1] == 0x20 || b[i + 1] == 0x09)) ? 1 : 0
    }
    if c == 0xE2 && i + 2 < e {
      let c1 = b[i + 1]
      let c2 = b[i + 2]
      if c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3) { return 3 }  // • ‣
      if c1 == 0x81 && c2 == 0x83 { return 3 }  // ⁃
      if c1 == 0x97 && c2 == 0xA6 { return 3 }  // ◦
      if c1 == 0x96 && (c2 == 0xAA || c2 == 0xB8) { return 3 }  // ▪ ▸
    }
    if c == 0xC2 && i + 1 < e && b[i + 1] == 0xB7 { return 2 }  // ·
    return 0
  }

  private func startsWithBullet(_ s: Int, _ e: Int) -> Bool { bulletLength(at: s, end: e) > 0 }

  /// A list marker at `s`: 1–2 digits or one lower-case letter, then ".", ")" or ".)",
  /// then whitespace (or, for digits after a period, end of text).
  private func listMarker(at s: Int, end e: Int) -> SplitterListMarker? {
    guard s < e else { return nil }
    var j = s
    var value = 0
    var isLetter = false
    if SplitterBytes.isDigit(b[j]) {
      while j < e && SplitterBytes.isDigit(b[j]) && j - s < 3 {
        value = value * 10 + Int(b[j] - 0x30)
        j += 1
      }
      if j - s > 2 || (j < e && SplitterBytes.isDigit(b[j])) { return nil }
    } else if SplitterBytes.isLower(b[j]) {
      value = Int(b[j])
      isLetter = true
      j += 1
    } else {
      return nil
    }
    guard j < e else { return nil }
    var style: Int
    if b[j] == 0x2E {
      if j + 1 < e && b[j + 1] == 0x29 {
        style = 2
        j += 2
      } else {
        style = 0
        j += 1
      }
    } else if b[j] == 0x29 {
      style = 1
      j += 1
    } else {
      return nil
    }
    guard j < e, SplitterBytes.isSpace(b[j]) else { return nil }
    return SplitterListMarker(value: value, isLetter: isLetter, style: style, end: j)
  }

  private func matchesNextMarker(_ state: SplitterListState, at i: Int, end e: Int) -> Bool {
    let c = b[i]
    if state.isLetter {
      guard Int(c) == state.next else { return false }
    } else {
      guard SplitterBytes.isDigit(c) else { return false }
    }
    guard let marker = listMarker(at: i, end: e) else { return false }
    return marker.isLetter == state.isLetter && marker.style == state.style
      && marker.value == state.next
  }

  // MARK: Datelines and boilerplate

  private func startsWith(_ s: Int, _ e: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard s + count <= e else { return false }
    let p = literal.utf8Start
    var j = 0
    while j < count {
      if b[s + j] != p[j] { return false }
      j += 1
    }
    return true
  }

  /// Finds " ." followed by whitespace or end in [s, limit); returns the offset after the dot.
  private func findSpaceDot(_ s: Int, _ limit: Int, _ e: Int) -> Int? {
    var j = s
    while j + 1 < limit {
      if b[j] == 0x20 && b[j + 1] == 0x2E && (j + 2 >= e || SplitterBytes.isSpace(b[j + 2])) {
        return j + 2
      }
      j += 1
    }
    return nil
  }

  /// Skips DailyMail-style "By . Name . PUBLISHED: ... . | . UPDATED: ... ." prefixes.
  private func skipBoilerplate(_ start: Int, _ e: Int) -> Int {
    var s = skipSpace(start, e)
    var rounds = 0
    while s < e && rounds < 12 {
      rounds += 1
      var skipFrom = -1
      if startsWith(s, e, "By .") {
        skipFrom = s + 4
      } else if startsWith(s, e, "PUBLISHED:") {
        skipFrom = s + 10
      } else if startsWith(s, e, "UPDATED:") {
        skipFrom = s + 8
      } else if startsWith(s, e, "Last updated at") {
        skipFrom = s + 15
      } else if startsWith(s, e, "| .") {
        s = skipSpace(s + 3, e)
        continue
      } else if startsWith(s, e, "|") && (s + 1 >= e || SplitterBytes.isSpace(b[s + 1])) {
        s = skipSpace(s + 1, e)
        continue
      }
      if skipFrom < 0 { break }
      guard let after = findSpaceDot(skipFrom, min(e, skipFrom + 160), e) else { break }
      s = skipSpace(after, e)
    }
    return s
  }

  /// Skips a news dateline: "(CNN)", "(CNN) -- ", "LONDON, England (CNN) -- ",
  /// "WASHINGTON (Reuters) - ", "NEW YORK (AP) — ", "ROME, Italy -- ".
  private func skipDateline(_ start: Int, _ e: Int) -> Int {
    let s = skipSpace(start, e)
    guard s < e else { return s }
    var j = s
    var allCapsFirstWord = false
    var hasLocation = false
    if b[j] != 0x28 {
      // Location: capitalized words with commas/periods, at most 60 bytes.
      let limit = min(e, s + 60)
      var wordIndex = 0
      while true {
        guard j < limit else { return s }
        let c = b[j]
        if wordIndex > 0 {
          if c == 0x28 { break }
          if c == 0x2D && j + 1 < e && (b[j + 1] == 0x2D || b[j + 1] == 0x20) { break }
          if c == 0xE2 && j + 2 < e && b[j + 1] == 0x80 && (b[j + 2] == 0x94 || b[j + 2] == 0x93) {
            break
          }
        }
        guard SplitterBytes.isUpper(c) || c >= 0x80 else { return s }
        var caps = 0
        var lowers = 0
        while j < limit && b[j] != 0x20 {
          let d = b[j]
          if SplitterBytes.isUpper(d) {
            caps += 1
          } else if SplitterBytes.isLower(d) {
            lowers += 1
          } else if !(d == 0x2C || d == 0x2E || d == 0x27 || d == 0x2D || d >= 0x80) {
            return s
          }
          j += 1
        }
        if wordIndex == 0 { allCapsFirstWord = lowers == 0 && caps >= 2 }
        wordIndex += 1
        guard j < limit else { return s }
        while j < limit && b[j] == 0x20 { j += 1 }
      }
      hasLocation = true
    }
    var sawAgency = false
    if j < e && b[j] == 0x28 {
      // Agency: "(CNN)", "(The Hollywood Reporter)": capitalized words, no lowercase-initial word.
      var k = j + 1
      let limit = min(e, j + 42)
      guard k < limit, SplitterBytes.isUpper(b[k]) else { return s }
      var atWordStart = true
      while k < limit && b[k] != 0x29 {
        let c = b[k]
        if c == 0x20 {
          atWordStart = true
        } else {
          if atWordStart && !(SplitterBytes.isUpper(c) || c == 0x26) { return s }
          atWordStart = false
          if !(SplitterBytes.isLetter(c) || c == 0x2E || c == 0x26 || c == 0x27 || c == 0x2D) {
            return s
          }
        }
        k += 1
      }
      guard k < limit, b[k] == 0x29 else { return s }
      j = k + 1
      sawAgency = true
    } else if !hasLocation {
      return s
    }
    // Optional dash.
    let beforeSpace = j
    while j < e && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
    let spaceAfterParen = j > beforeSpace
    var sawDash = false
    if j < e && b[j] == 0x2D {
      var k = j
      while k < e && b[k] == 0x2D { k += 1 }
      if k - j <= 2 && k < e && b[k] == 0x20 {
        j = k
        sawDash = true
      }
    } else if j + 2 < e && b[j] == 0xE2 && b[j + 1] == 0x80
      && (b[j + 2] == 0x94 || b[j + 2] == 0x93)
    {
      j += 3
      sawDash = true
    }
    if sawDash {
      while j < e && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
    }
    guard j < e else { return s }
    if !sawAgency {
      // "ROME, Italy -- ..." needs a dash and an all-caps city.
      return (sawDash && allCapsFirstWord) ? j : s
    }
    if sawDash || !spaceAfterParen { return j }
    // "(Reuters) The ...", "WASHINGTON (AP) The ...": accept before a capitalized word.
    if !hasLocation || allCapsFirstWord {
      let w = skipOpeners(j, e)
      if w < e && wordStart(at: w, end: e) != .lower { return j }
    }
    return s
  }
}
