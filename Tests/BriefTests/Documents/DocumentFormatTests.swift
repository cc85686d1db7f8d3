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
}
