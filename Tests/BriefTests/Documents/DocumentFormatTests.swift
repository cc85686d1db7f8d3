import Testing

@testable import Brief

@Suite struct DocumentFormatTests {
  @Test func formatFollowsTheFileNameOrTheFirstBytes() {
    #expect(DocumentFormat(fileName: "x/y.MD") == .markdown)
    #expect(DocumentFormat(fileName: "y.jsonl") == .jsonl)
    #expect(DocumentFormat(fileName: "y.txt") == .text)
    #expect(DocumentFormat(sniffing: "  {\"text\": \"a\"}") == .jsonl)
    #expect(DocumentFormat(sniffing: "# Title\nBody") == .markdown)
    #expect(DocumentFormat(sniffing: "Title\nBody") == .text)
    // Raw stdin bytes: a byte-order mark and CRLF blank lines before the first object.
    #expect(
      DocumentFormat(sniffing: [0xEF, 0xBB, 0xBF] + Array("\r\n {\"text\": 1}".utf8)) == .jsonl)
    #expect(DocumentFormat(sniffing: Array("# T".utf8)) == .markdown)
  }

  @Test(arguments: [
    ("a.markdown", DocumentFormat.markdown), ("A.JSONL", .jsonl), ("notes.md.txt", .text),
    ("x.mdx", .text), ("jsonl", .text), ("folder.md/story", .text), ("", .text),
  ])
  func fileNamesGoByTheirLastExtension(name: String, format: DocumentFormat) {
    #expect(DocumentFormat(fileName: name) == format)
  }

  @Test func sniffingSkipsOnlyJSONWhitespaceAndAByteOrderMark() {
    #expect(DocumentFormat(sniffing: "\n\t\r {") == .jsonl)
    #expect(DocumentFormat(sniffing: "\u{FEFF}{\"text\": \"a\"}") == .jsonl)
    #expect(DocumentFormat(sniffing: "\u{00A0}{") == .text)
    // A heading needs its space, and must open the first line that is not blank.
    #expect(DocumentFormat(sniffing: "#Title") == .text)
    #expect(DocumentFormat(sniffing: "\n# Title") == .markdown)
    #expect(DocumentFormat(sniffing: "Title\n# Section") == .text)
    #expect(DocumentFormat(sniffing: "") == .text)
    #expect(DocumentFormat(sniffing: [UInt8]()) == .text)
    #expect(DocumentFormat(sniffing: [0xEF, 0xBB]) == .text)
  }
}
