/// HTML character references in text that no HTML parser reads (Markdown): numeric ones
/// (`&#8217;`, `&#x2019;`) and the named ones prose uses (`&amp;`, `&nbsp;`, `&mdash;`…).
internal enum HTMLEntity {
  /// The UTF-8 bytes of the reference at `start` (an `&`) and where it ends, nil when there
  /// is none (an `&` standing for itself, or a name this table does not hold).
  static func decode(_ s: [UInt8], at start: Int, end: Int) -> (bytes: [UInt8], end: Int)? {
    var i = start + 1
    let limit = min(end, start + 12)
    while i < limit && s[i] != UInt8(ascii: ";") { i += 1 }
    guard i < limit, i > start + 1 else { return nil }
    let name = s[(start + 1)..<i]
    let scalar: Unicode.Scalar?
    if name.first == UInt8(ascii: "#") {
      var digits = name.dropFirst()
      var radix = 10
      if let x = digits.first, x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
        digits = digits.dropFirst()
        radix = 16
      }
      scalar = UInt32(String(decoding: digits, as: UTF8.self), radix: radix)
        .flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
    } else {
      scalar = named[String(decoding: name, as: UTF8.self)].flatMap(Unicode.Scalar.init)
    }
    guard let scalar else { return nil }
    return (Array(String(Character(scalar)).utf8), i + 1)
  }

  /// The named references prose uses (a no-break space is read as a space).
  private static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20, "copy": 0xA9,
    "reg": 0xAE, "trade": 0x2122, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013,
    "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "laquo": 0xAB,
    "raquo": 0xBB, "middot": 0xB7, "bull": 0x2022, "deg": 0xB0, "euro": 0x20AC, "pound": 0xA3,
    "times": 0xD7, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "uuml": 0xFC, "ouml": 0xF6,
    "auml": 0xE4, "szlig": 0xDF, "ccedil": 0xE7, "ntilde": 0xF1,
  ]
}
