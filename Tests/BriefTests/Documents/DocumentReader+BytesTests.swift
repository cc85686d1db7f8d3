import Foundation
import Testing

@testable import Brief

/// Reading JSON Lines from bytes in pieces on several threads gives exactly what decoding
/// the whole file and reading its text gives: documents, line numbers and errors.
@Suite struct DocumentReaderBytesTests {
  /// About 3 MB of lines of every kind: fast-path objects, numeric ids (general parser),
  /// non-ASCII text, blank lines, malformed lines and objects without text.
  private func corpus(lines: Int = 12_000) -> [UInt8] {
    var text = ""
    for number in 0..<lines {
      switch number % 9 {
      case 0: text += "{\"id\": \(number), \"text\": \"Numeric id \(number). Café in Zürich.\"}\n"
      case 1: text += "\n"
      case 2: text += "{\"id\": \"x\(number)\", \"text\": \"Broken line \(number)\n"
      case 3: text += "{\"id\": \"x\(number)\", \"title\": null}\n"
      case 4: text += "   \n"
      default:
        text +=
          "{\"id\": \"d\(number)\", \"title\": \"Title \(number)\", \"highlights\": [\"A point.\"], "
        text +=
          "\"text\": \"" + String(repeating: "Sentence number \(number) goes here. ", count: 12)
        text += "Ünïcödé ✓ \(number).\"}\n"
      }
    }
    return Array(text.utf8)
  }

  /// The reference: the whole file decoded, then its text read.
  private func reference(_ bytes: [UInt8], name: String) -> Result<
    [Result<Document, BriefError>], BriefError
  > {
    Result { () throws(BriefError) in
      DocumentReader.jsonLines(
        from: try DocumentLoader.decode(bytes, name: name), name: name, workers: 1)
    }
  }

  private func pieces(_ bytes: [UInt8], name: String, workers: Int) -> Result<
    [Result<Document, BriefError>], BriefError
  > {
    Result { () throws(BriefError) in
      try DocumentReader.documents(bytes: bytes, name: name, format: .jsonl, workers: workers)
    }
  }

  @Test(arguments: [2, 3, 8])
  func piecesGiveWhatTheWholeFileGives(workers: Int) throws {
    let bytes = corpus()
    #expect(bytes.count > 2 << 20)  // large enough to be cut into pieces
    let expected = reference(bytes, name: "c.jsonl")
    let got = pieces(bytes, name: "c.jsonl", workers: workers)
    #expect(got == expected)
    // Line numbers in sources and errors run across pieces.
    let results = try got.get()
    #expect(results.count == (0..<12_000).filter { $0 % 9 != 1 && $0 % 9 != 4 }.count)
    guard case .failure(.malformedJSONL(_, let line, _))? = results.last else {
      Issue.record("the last line (a broken one) should fail")
      return
    }
    #expect(line == 12_000)
  }

  @Test func aByteOrderMarkIsDroppedAsInTheWholeFile() {
    let bytes = [0xEF, 0xBB, 0xBF] + corpus()
    #expect(pieces(bytes, name: "bom.jsonl", workers: 2) == reference(bytes, name: "bom.jsonl"))
  }

  @Test func badBytesLateInTheFileFailTheWholeFileWithTheFirstOffset() {
    var invalid = corpus()
    let late = invalid.count - 1000
    invalid[late] = 0xFF
    invalid[late + 10] = 0xC3
    #expect(
      pieces(invalid, name: "bad.jsonl", workers: 2)
        == .failure(.invalidUTF8(path: "bad.jsonl", offset: late)))
    var binary = corpus()
    binary[binary.count / 2] = 0
    #expect(
      pieces(binary, name: "bin.jsonl", workers: 2) == .failure(.binaryFile(path: "bin.jsonl")))
  }

  @Test func carriageReturnsAreFoldedAsInTheWholeFile() {
    var bytes: [UInt8] = []
    for (index, byte) in corpus().enumerated() {
      if byte == 0x0A && index % 3 == 0 { bytes.append(0x0D) }  // CRLF and lone CR line ends
      if byte == 0x0A && index % 3 == 1 {
        bytes.append(0x0D)
        continue
      }
      bytes.append(byte)
    }
    #expect(pieces(bytes, name: "crlf.jsonl", workers: 2) == reference(bytes, name: "crlf.jsonl"))
  }
}
