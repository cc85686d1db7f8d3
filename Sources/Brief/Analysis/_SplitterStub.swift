// TEMPORARY stub until the real splitter lands.
public struct SentenceSplitter: Sendable {
  public init(language: Language = .english) {}
  public func sentences(in text: String) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let bytes = Array(text.utf8)
    var start = 0
    var i = 0
    while i < bytes.count {
      if (bytes[i] == 0x2E || bytes[i] == 0x0A) && (i + 1 == bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A) {
        var s = start
        while s <= i && (bytes[s] == 0x20 || bytes[s] == 0x0A) { s += 1 }
        if s <= i && bytes[i] != 0x0A { result.append(s..<(i + 1)) }
        else if s < i { result.append(s..<i) }
        start = i + 1
      }
      i += 1
    }
    var s = start
    while s < bytes.count && (bytes[s] == 0x20 || bytes[s] == 0x0A) { s += 1 }
    if s < bytes.count { result.append(s..<bytes.count) }
    return result
  }
  public func text(of range: Range<Int>, in text: String) -> String {
    let bytes = Array(text.utf8)[range]
    return String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }
}
