/// Inline Markdown reduced to the text a reader sees.
///
/// Links keep their text, images and badges vanish, code spans keep their code without the
/// ticks, emphasis markers go (an intraword `_`, as in `snake_case`, and a `*` between
/// spaces stay), struck-out text (`~~…~~`) goes with its markers, footnote marks (`[^1]`)
/// go, HTML tags go and their text stays, autolinks keep their address, entities and
/// backslash escapes are decoded. White space is collapsed to single spaces.
internal struct MarkdownInline {
  /// The labels of the document's link reference definitions, lower case: `[label]` alone
  /// is a link only when the document defines it.
  var references: Set<String> = []

  /// How far a link's or tag's closing bracket is looked for (pathological input, such as
  /// thousands of `[`, stays linear).
  private static let reach = 2_000

  /// The text of a span of Markdown.
  func text(_ source: some StringProtocol) -> String {
    let bytes = Array(source.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    strip(bytes, 0..<bytes.count, into: &out)
    return Self.collapsed(out)
  }

  private func strip(_ s: [UInt8], _ range: Range<Int>, into out: inout [UInt8]) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let byte = s[i]
      switch byte {
      case UInt8(ascii: "\\") where i + 1 < end && Self.isPunctuation(s[i + 1]):
        out.append(s[i + 1])
        i += 2
      case UInt8(ascii: "`"):
        let run = Self.run(of: byte, in: s, at: i, end: end)
        if let close = Self.closingRun(of: byte, length: run, in: s, from: i + run, end: end) {
          var inner = (i + run)..<close
          if inner.count >= 2 && s[inner.lowerBound] == 0x20 && s[inner.upperBound - 1] == 0x20 {
            inner = (inner.lowerBound + 1)..<(inner.upperBound - 1)
          }
          out.append(contentsOf: s[inner])
          i = close + run
        } else {
          out.append(contentsOf: s[i..<(i + run)])
          i += run
        }
      case UInt8(ascii: "!") where i + 1 < end && s[i + 1] == UInt8(ascii: "["):
        if let link = link(in: s, at: i + 1, end: end) {
          i = link.end  // an image or badge: nothing a reader reads
        } else {
          out.append(byte)
          i += 1
        }
      case UInt8(ascii: "["):
        if i + 1 < end, s[i + 1] == UInt8(ascii: "^"),
          let close = Self.index(of: UInt8(ascii: "]"), in: s, from: i + 2, end: end)
        {
          i = close + 1  // a footnote mark
        } else if let link = link(in: s, at: i, end: end) {
          strip(s, link.label, into: &out)
          i = link.end
        } else {
          out.append(byte)
          i += 1
        }
      case UInt8(ascii: "<"):
        if let tag = Self.tag(in: s, at: i, end: end) {
          if tag.spaced { out.append(0x20) }
          i = tag.end
        } else if let link = Self.autolink(in: s, at: i, end: end) {
          out.append(contentsOf: s[link])
          i = link.upperBound + 1
        } else {
          out.append(byte)
          i += 1
        }
      case UInt8(ascii: "*"), UInt8(ascii: "_"):
        let run = Self.run(of: byte, in: s, at: i, end: end)
        let before = i > range.lowerBound ? s[i - 1] : 0x20
        let after = i + run < end ? s[i + run] : 0x20
        // Emphasis markers go; a `*` between spaces ("2 * 3") and an intraword `_` stay.
        let literal =
          byte == UInt8(ascii: "*")
          ? Self.isSpace(before) && Self.isSpace(after)
          : Self.isWordByte(before) && Self.isWordByte(after)
        if literal { out.append(contentsOf: s[i..<(i + run)]) }
        i += run
      case UInt8(ascii: "~") where i + 1 < end && s[i + 1] == UInt8(ascii: "~"):
        let run = Self.run(of: byte, in: s, at: i, end: end)
        if let close = Self.closingRun(of: byte, length: run, in: s, from: i + run, end: end) {
          i = close + run  // struck-out text: deleted
        } else {
          out.append(contentsOf: s[i..<(i + run)])
          i += run
        }
      case UInt8(ascii: "&"):
        if let entity = HTMLEntity.decode(s, at: i, end: end) {
          out.append(contentsOf: entity.bytes)
          i = entity.end
        } else {
          out.append(byte)
          i += 1
        }
      default:
        out.append(byte)
        i += 1
      }
    }
  }

  /// A link starting at the `[` at `start`: `[label](destination)`, `[label][ref]`,
  /// `[label][]`, or `[label]` when the document defines `label`.
  private func link(in s: [UInt8], at start: Int, end: Int) -> (label: Range<Int>, end: Int)? {
    guard let close = Self.matchingBracket(in: s, at: start, end: end) else { return nil }
    let label = (start + 1)..<close
    let next = close + 1
    if next < end && s[next] == UInt8(ascii: "(") {
      guard let paren = Self.matchingParenthesis(in: s, at: next, end: end) else { return nil }
      return (label, paren + 1)
    }
    if next < end && s[next] == UInt8(ascii: "["),
      let refClose = Self.index(of: UInt8(ascii: "]"), in: s, from: next + 1, end: end)
    {
      return (label, refClose + 1)
    }
    let name = String(decoding: s[label], as: UTF8.self).lowercased()
    return references.contains(name) ? (label, next) : nil
  }

  /// The `]` that closes the `[` at `start` (nested brackets counted, escapes skipped).
  private static func matchingBracket(in s: [UInt8], at start: Int, end: Int) -> Int? {
    var depth = 0
    var i = start
    while i < min(end, start + reach) {
      switch s[i] {
      case UInt8(ascii: "\\"): i += 1
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return i }
      default: break
      }
      i += 1
    }
    return nil
  }

  /// The `)` that closes a link destination's `(` at `start` (nested parentheses counted).
  private static func matchingParenthesis(in s: [UInt8], at start: Int, end: Int) -> Int? {
    var depth = 0
    var i = start
    while i < min(end, start + reach) {
      switch s[i] {
      case UInt8(ascii: "\\"): i += 1
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return i }
      default: break
      }
      i += 1
    }
    return nil
  }

  /// An HTML tag or comment at `start` (`<b>`, `</p>`, `<img src=… />`, `<!-- … -->`):
  /// where it ends, and whether it separates words (any tag but inline ones).
  private static func tag(in s: [UInt8], at start: Int, end: Int) -> (end: Int, spaced: Bool)? {
    let limit = min(end, start + reach)
    if s[start...].starts(with: "<!--".utf8) {
      var i = start + 4
      while i + 2 < limit {
        if s[i] == UInt8(ascii: "-") && s[i + 1] == UInt8(ascii: "-")
          && s[i + 2] == UInt8(ascii: ">")
        {
          return (i + 3, true)
        }
        i += 1
      }
      return nil
    }
    var i = start + 1
    if i < limit && s[i] == UInt8(ascii: "/") { i += 1 }
    let nameStart = i
    guard i < limit, isLetter(s[i]) else { return nil }
    while i < limit && (isLetter(s[i]) || isDigit(s[i]) || s[i] == UInt8(ascii: "-")) { i += 1 }
    let name = String(decoding: s[nameStart..<i], as: UTF8.self).lowercased()
    guard i < limit, isSpace(s[i]) || s[i] == UInt8(ascii: ">") || s[i] == UInt8(ascii: "/") else {
      return nil
    }
    var quote: UInt8?
    while i < limit {
      let byte = s[i]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return (i + 1, !inlineTags.contains(name))
      }
      i += 1
    }
    return nil
  }

  /// Tags that sit inside a run of text without separating its words.
  private static let inlineTags: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
  ]

  /// The address of an autolink at `start` (`<https://…>`, `<name@host>`), without its
  /// angle brackets.
  private static func autolink(in s: [UInt8], at start: Int, end: Int) -> Range<Int>? {
    guard let close = index(of: UInt8(ascii: ">"), in: s, from: start + 1, end: end) else {
      return nil
    }
    let inner = (start + 1)..<close
    guard !inner.isEmpty, !s[inner].contains(where: { isSpace($0) || $0 == UInt8(ascii: "<") })
    else { return nil }
    let text = s[inner]
    let isAddress = text.contains(UInt8(ascii: ":")) && text.first.map(isLetter) == true
    return isAddress || text.contains(UInt8(ascii: "@")) ? inner : nil
  }

  /// The length of the run of `byte` at `start`.
  private static func run(of byte: UInt8, in s: [UInt8], at start: Int, end: Int) -> Int {
    var i = start
    while i < end && s[i] == byte { i += 1 }
    return i - start
  }

  /// Where a run of exactly `length` `byte`s starts after `start`, nil when none does.
  private static func closingRun(
    of byte: UInt8, length: Int, in s: [UInt8], from start: Int, end: Int
  ) -> Int? {
    var i = start
    while i < min(end, start + reach) {
      if s[i] == byte {
        let count = run(of: byte, in: s, at: i, end: end)
        if count == length { return i }
        i += count
      } else {
        i += 1
      }
    }
    return nil
  }

  private static func index(of byte: UInt8, in s: [UInt8], from start: Int, end: Int) -> Int? {
    var i = start
    while i < min(end, start + reach) {
      if s[i] == byte { return i }
      i += 1
    }
    return nil
  }

  /// The bytes with runs of white space made single spaces, trimmed.
  private static func collapsed(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var space = false
    for byte in bytes {
      if isSpace(byte) {
        space = !out.isEmpty
      } else {
        if space { out.append(0x20) }
        space = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte >= 0x80
  }

  /// ASCII punctuation, which a backslash escapes.
  private static func isPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
      || (0x7B...0x7E).contains(byte)
  }
}
