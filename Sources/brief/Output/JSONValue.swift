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
      Self.writeContainer(
        items.map { (nil, $0) }, open: "[", close: "]", to: &out, pretty: pretty, indent: indent)
    case .object(let fields):
      Self.writeContainer(
        fields.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, pretty: pretty,
        indent: indent)
    }
  }

  private static func writeContainer(
    _ items: [(String?, JSONValue)], open: Unicode.Scalar, close: Unicode.Scalar,
    to out: inout [UInt8], pretty: Bool, indent: Int
  ) {
    out.append(UInt8(ascii: open))
    guard !items.isEmpty else {
      out.append(UInt8(ascii: close))
      return
    }
    for (index, (key, value)) in items.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      if pretty { newline(&out, indent: indent + 1) }
      if let key {
        writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
      }
      value.write(to: &out, pretty: pretty, indent: indent + 1)
    }
    if pretty { newline(&out, indent: indent) }
    out.append(UInt8(ascii: close))
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
