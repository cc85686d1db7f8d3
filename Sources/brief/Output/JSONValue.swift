/// A JSON value with ordered object keys, written without Foundation's encoder (faster,
/// and the key order stays as declared).
enum JSONValue {
  case string(String)
  case int(Int)
  case double(Double)
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
    case .int(let value): out += String(value).utf8
    case .double(let value): out += (value.isFinite ? String(value) : "null").utf8
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

  private static func writeString(_ value: String, to out: inout [UInt8]) {
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
