/// A JSON value with ordered object keys, written without Foundation's encoder (faster,
/// and the key order stays as declared).
enum JSONValue {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// The JSON text: one line, or indented by two spaces when `pretty`.
  func serialized(pretty: Bool = false) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(to: &out, pretty: pretty, indent: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
    switch self {
    case .string(let value): Self.writeString(value, to: &out)
    case .int(let value): Self.writeInt(value, to: &out)
    case .double(let value): Self.writeDouble(value, to: &out)
    case .bool(let value): out += (value ? "true" : "false").utf8
    case .null: out += "null".utf8
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (position, item) in items.enumerated() {
        Self.separate(position, to: &out, pretty: pretty, indent: indent)
        item.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      Self.close(UInt8(ascii: "]"), empty: items.isEmpty, to: &out, pretty: pretty, indent: indent)
    case .object(let fields):
      out.append(UInt8(ascii: "{"))
      for (position, (key, value)) in fields.enumerated() {
        Self.separate(position, to: &out, pretty: pretty, indent: indent)
        Self.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        value.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      Self.close(UInt8(ascii: "}"), empty: fields.isEmpty, to: &out, pretty: pretty, indent: indent)
    }
  }

  /// What goes before a container's item: a comma after the first, and a new line when pretty.
  private static func separate(
    _ position: Int, to out: inout [UInt8], pretty: Bool, indent: Int
  ) {
    if position > 0 { out.append(UInt8(ascii: ",")) }
    if pretty { newline(&out, indent: indent + 1) }
  }

  /// A container's closing bracket, on a line of its own when pretty and not empty.
  private static func close(
    _ bracket: UInt8, empty: Bool, to out: inout [UInt8], pretty: Bool, indent: Int
  ) {
    if pretty && !empty { newline(&out, indent: indent) }
    out.append(bracket)
  }

  private static func newline(_ out: inout [UInt8], indent: Int) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Writes `value` as `String(value)` spells it (`null` when not finite).
  ///
  /// A positive value below 10⁸ with at most four decimals, as scores are rounded, is spelled from
  /// its digits directly: the same text (that decimal is the shortest that reads back as the
  /// value), without the general shortest-digits search.
  static func writeDouble(_ value: Double, to out: inout [UInt8]) {
    guard value.isFinite else {
      out += "null".utf8
      return
    }
    let scaled = (value * 10_000).rounded()
    guard value > 0, value < 1e8, scaled / 10_000 == value else {
      out += String(value).utf8
      return
    }
    let units = Int(scaled)
    writeInt(units / 10_000, to: &out)
    out.append(UInt8(ascii: "."))
    var fraction = units % 10_000
    var digits = 4
    // Trailing zeros go, but one digit stays: "12.0", "12.5", "12.0625".
    while digits > 1 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    var divisor = 1
    for _ in 1..<digits { divisor *= 10 }
    while divisor > 0 {
      out.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  /// Writes an integer's decimal digits.
  static func writeInt(_ value: Int, to out: inout [UInt8]) {
    guard value >= 0 else {
      out += String(value).utf8
      return
    }
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    while divisor > 0 {
      out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }

  /// Appends JSON text known at compile time (punctuation, keys) as it is.
  @inline(__always)
  static func writeRaw(_ text: StaticString, to out: inout [UInt8]) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  static func writeString(_ value: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied at once.
      var runStart = 0
      for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        runStart = index + 1
        switch byte {
        case UInt8(ascii: "\""): out += "\\\"".utf8
        case UInt8(ascii: "\\"): out += "\\\\".utf8
        case UInt8(ascii: "\n"): out += "\\n".utf8
        case UInt8(ascii: "\r"): out += "\\r".utf8
        case UInt8(ascii: "\t"): out += "\\t".utf8
        default:
          out += "\\u00".utf8
          out.append(hexDigits[Int(byte >> 4)])
          out.append(hexDigits[Int(byte & 0x0F)])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
