/// The fields of one JSON Lines object that ``DocumentReader`` reads, parsed straight from
/// the line's UTF-8 bytes: the fast path in front of `JSONSerialization`.
///
/// Only the common shape is accepted: an object whose `text`, `id` and other fields are
/// strings, whose `title` and `date` are strings or null and whose `highlights` is a string
/// or an array of strings; other fields may also hold `true`, `false`, `null`, or arrays and
/// objects of those. Anything else (numbers, escaped keys, unpaired surrogates, a repeated
/// field, a raw U+FEFF opening a key or a run of unescaped text, malformed or trailing
/// text, a missing `text`) gives nil, and the caller parses
/// the line with `JSONSerialization` as before, so results and error messages are exactly
/// those of the general parser; this path only ever accepts lines that parser reads the
/// same way.
internal struct JSONLineFields {
  /// How the `highlights` field was given.
  internal enum Highlights {
    case absent
    case list([String])
    case single(String)
  }

  /// The `text` field.
  internal var text: String
  /// The `id` field, nil when absent.
  internal var id: String?
  /// The `title` field, nil when absent or null.
  internal var title: String?
  /// The `highlights` field.
  internal var highlights: Highlights
  /// The `date` field, nil when absent or null.
  internal var date: String?

  /// Parses one line, or nil when it is not of the common shape (see the type's summary).
  internal init?(_ line: Substring) {
    guard
      let fields = line.utf8.withContiguousStorageIfAvailable({ bytes -> JSONLineFields? in
        var scanner = Scanner(bytes: bytes)
        return scanner.object()
      }), let fields
    else { return nil }
    self = fields
  }

  private init(
    text: String, id: String?, title: String?, highlights: Highlights, date: String?
  ) {
    self.text = text
    self.id = id
    self.title = title
    self.highlights = highlights
    self.date = date
  }

  /// A cursor over the bytes of one line.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    mutating func object() -> JSONLineFields? {
      skipSpace()
      guard take(UInt8(ascii: "{")) else { return nil }
      var text: String?
      var id: String?
      var title: String?
      var highlights = Highlights.absent
      var date: String?
      var seen: Set<String> = []  // a repeated field is left to the general parser
      skipSpace()
      if !take(UInt8(ascii: "}")) {
        while true {
          skipSpace()
          guard let key = plainKey() else { return nil }
          skipSpace()
          guard take(UInt8(ascii: ":")) else { return nil }
          skipSpace()
          switch key {
          case "text", "id", "title", "highlights", "date":
            guard seen.insert(key).inserted else { return nil }
            switch key {
            case "text":
              guard let value = string() else { return nil }
              text = value
            case "id":
              guard let value = string() else { return nil }
              id = value
            case "title", "date":
              if !literal("null") {
                guard let value = string() else { return nil }
                if key == "title" { title = value } else { date = value }
              }
            default:
              if peek == UInt8(ascii: "[") {
                guard let list = stringArray() else { return nil }
                highlights = .list(list)
              } else {
                guard let value = string() else { return nil }
                highlights = .single(value)
              }
            }
          case "references":
            return nil  // several references are left to the general parser
          default:
            guard skipValue(depth: 0) else { return nil }
          }
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          guard take(UInt8(ascii: "}")) else { return nil }
          break
        }
      }
      skipSpace()
      guard index == bytes.count, let text else { return nil }
      return JSONLineFields(
        text: text, id: id, title: title, highlights: highlights, date: date)
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    private mutating func skipSpace() {
      while index < bytes.count && bytes[index].isJSONWhitespace { index += 1 }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { return false }
      let pointer = word.utf8Start
      for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
      index += count
      return true
    }

    /// A key without escapes.
    private mutating func plainKey() -> String? {
      guard take(Self.quote) else { return nil }
      let start = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == Self.quote {
          index += 1
          let key = UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
          return Self.startsWithBOM(key) ? nil : String(decoding: key, as: UTF8.self)
        }
        if byte == Self.backslash || byte < 0x20 { return nil }
        index += 1
      }
      return nil
    }

    /// A string value, escapes decoded.
    ///
    /// Runs of plain bytes are copied at once; a string without escapes is decoded straight from
    /// the line.
    private mutating func string() -> String? {
      guard take(Self.quote) else { return nil }
      var decoded: [UInt8]? = nil
      var runStart = index
      while true {
        skipPlainWords()
        while index < bytes.count {
          let byte = bytes[index]
          if byte == Self.quote || byte == Self.backslash || byte < 0x20 { break }
          index += 1
        }
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
        // JSONSerialization drops a raw U+FEFF that opens a run (the string's start, or
        // just after an escape): such strings are left to it.
        if Self.startsWithBOM(run) { return nil }
        index += 1
        if byte == Self.quote {
          guard var out = decoded else { return String(decoding: run, as: UTF8.self) }
          decoded = nil
          out.append(contentsOf: run)
          return String(decoding: out, as: UTF8.self)
        }
        guard byte == Self.backslash else { return nil }  // a raw control byte
        var out = decoded ?? []
        decoded = nil  // keeps `out` the array's only owner while it grows
        out.append(contentsOf: run)
        guard let escape = peek else { return nil }
        index += 1
        switch escape {
        case Self.quote, Self.backslash, UInt8(ascii: "/"): out.append(escape)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          guard var value = hex4() else { return nil }
          if (0xD800...0xDBFF).contains(value) {
            guard literal("\\u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
              return nil
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(value) {
            return nil
          }
          guard let scalar = Unicode.Scalar(value) else { return nil }
          UTF8.encode(scalar) { out.append($0) }
        default: return nil
        }
        decoded = out
        runStart = index
      }
    }

    /// Whether `run` opens with the UTF-8 bytes of U+FEFF (a byte-order mark).
    private static func startsWithBOM(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
      run.count >= 3 && run[0] == 0xEF && run[1] == 0xBB && run[2] == 0xBF
    }

    /// Advances over whole 8-byte words that hold no quote, backslash or control byte.
    ///
    /// It tests eight bytes at once (the classic "has a zero byte" bit trick: a byte of `x` is zero
    /// exactly when the word `(x - 0x01…01) & ~x & 0x80…80` has its top bit set there, and the test
    /// is exact for "any byte", which is all that is asked). It stops at the first word that may
    /// hold one; the byte loop takes it from there.
    private mutating func skipPlainWords() {
      guard let base = bytes.baseAddress else { return }
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= bytes.count {
        // In bounds: index + 8 <= count. Unaligned loads are what `loadUnaligned` is for.
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let quotes = word ^ (ones &* UInt64(Self.quote))
        let backslashes = word ^ (ones &* UInt64(Self.backslash))
        let hasQuote = (quotes &- ones) & ~quotes & highs
        let hasBackslash = (backslashes &- ones) & ~backslashes & highs
        let hasControl = (word &- ones &* 0x20) & ~word & highs  // some byte < 0x20
        if hasQuote | hasBackslash | hasControl != 0 { return }
        index += 8
      }
    }

    private mutating func hex4() -> UInt32? {
      guard index + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let digit = bytes[index].asciiHexDigitValue else { return nil }
        value = value << 4 | UInt32(digit)
        index += 1
      }
      return value
    }

    /// An array of strings.
    private mutating func stringArray() -> [String]? {
      guard take(UInt8(ascii: "[")) else { return nil }
      var list: [String] = []
      skipSpace()
      if take(UInt8(ascii: "]")) { return list }
      while true {
        skipSpace()
        guard let value = string() else { return nil }
        list.append(value)
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        return take(UInt8(ascii: "]")) ? list : nil
      }
    }

    /// Skips a string, `true`, `false`, `null`, or an array or object of those.
    private mutating func skipValue(depth: Int) -> Bool {
      guard depth < 64, let first = peek else { return false }
      switch first {
      case Self.quote: return string() != nil
      case UInt8(ascii: "t"): return literal("true")
      case UInt8(ascii: "f"): return literal("false")
      case UInt8(ascii: "n"): return literal("null")
      case UInt8(ascii: "["):
        index += 1
        skipSpace()
        if take(UInt8(ascii: "]")) { return true }
        while true {
          skipSpace()
          guard skipValue(depth: depth + 1) else { return false }
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          return take(UInt8(ascii: "]"))
        }
      case UInt8(ascii: "{"):
        index += 1
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
          skipSpace()
          guard plainKey() != nil else { return false }
          skipSpace()
          guard take(UInt8(ascii: ":")) else { return false }
          skipSpace()
          guard skipValue(depth: depth + 1) else { return false }
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          return take(UInt8(ascii: "}"))
        }
      default: return false
      }
    }
  }
}
