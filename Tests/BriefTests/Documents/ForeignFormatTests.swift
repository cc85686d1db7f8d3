import Testing

@testable import Brief

/// Bytes that are not UTF-8 text: named by their first bytes, or decoded (UTF-16 with a
/// byte-order mark).
@Suite struct ForeignFormatTests {
  /// The error decoding `bytes` as the file `name` throws, nil when it decodes.
  private func error(_ bytes: [UInt8], name: String = "f") -> BriefError? {
    do {
      _ = try TextDecoding.decode(bytes, name: name)
      return nil
    } catch {
      return error
    }
  }

  private func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
    let units = Array(text.utf16)
    let bytes = units.flatMap { unit -> [UInt8] in
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      return bigEndian ? [high, low] : [low, high]
    }
    return (mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []) + bytes
  }

  @Test func compressedFilesAreNamedWithTheCommandThatDecompressesThem() {
    let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
    #expect(
      error(gzip, name: "news.txt.gz")?.description
        == "news.txt.gz: gzip-compressed file: decompress it first (gunzip -k news.txt.gz)")
    let bzip2 = Array("BZh91AY&SY".utf8) + [0xB5, 0x00]
    #expect(
      error(bzip2, name: "a.bz2")?.description
        == "a.bz2: bzip2-compressed file: decompress it first (bunzip2 -k a.bz2)")
    let xz: [UInt8] = [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04]
    #expect(error(xz)?.description == "f: xz-compressed file: decompress it first (unxz -k f)")
    let zstd: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD, 0x04, 0x00]
    #expect(error(zstd)?.description == "f: zstd-compressed file: decompress it first (unzstd f)")
    // On stdin, the advice is a pipe; a name the shell would split is quoted.
    #expect(
      error(gzip, name: "stdin")?.description
        == "stdin: gzip-compressed file: decompress it first (pipe it through gunzip -c)")
    #expect(
      error(gzip, name: "my news.gz")?.description
        == "my news.gz: gzip-compressed file: decompress it first (gunzip -k 'my news.gz')")
  }

  @Test func archivesDocumentsAndImagesAreNamed() {
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    #expect(
      error(zip, name: "a.zip")?.description == "a.zip: zip archive: extract it first (unzip a.zip)"
    )
    #expect(
      error(zip, name: "report.docx")?.description
        == "report.docx: Word document: save it as plain text or HTML first")
    #expect(
      error(zip, name: "book.EPUB")?.description
        == "book.EPUB: EPUB book: extract it first (unzip book.EPUB): its chapters are HTML files")
    var tar = [UInt8](repeating: 0, count: 512)
    tar.replaceSubrange(0..<5, with: Array("a.txt".utf8))
    tar.replaceSubrange(257..<263, with: Array("ustar\0".utf8))
    #expect(
      error(tar, name: "t.tar")?.description
        == "t.tar: tar archive: extract it first (tar -xf t.tar)")
    let pdf = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]
    #expect(
      error(pdf, name: "r.pdf")?.description
        == "r.pdf: PDF document: extract its text first (pdftotext r.pdf)")
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]
    #expect(
      error(png)?.description
        == "f: PNG image: not text (Brief reads text, Markdown, HTML and JSON Lines)")
    let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
    #expect(
      error(elf)
        == .notText(
          path: "f", format: "executable (ELF)",
          advice: "not text (Brief reads text, Markdown, HTML and JSON Lines)"))
    // Unknown binary data is still "binary", invalid UTF-8 still "invalid UTF-8".
    #expect(error([0x41, 0x00, 0x42, 0x43]) == .binaryFile(path: "f"))
    #expect(error([0x41, 0x42, 0xC3, 0x28]) == .invalidUTF8(path: "f", offset: 2))
  }

  @Test func utf16WithAByteOrderMarkIsDecoded() throws {
    let text = "Caf\u{E9} news\r\nThe \u{201C}bridge\u{201D} reopens \u{1F309} in March.\r\n"
    for bigEndian in [false, true] {
      let decoded = try TextDecoding.decode(
        utf16(text, bigEndian: bigEndian, mark: true), name: "u")
      #expect(decoded == "Caf\u{E9} news\nThe \u{201C}bridge\u{201D} reopens \u{1F309} in March.\n")
    }
    // An unpaired surrogate, an odd byte and a NUL character are named.
    #expect(
      error([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
        == .notText(
          path: "f", format: "UTF-16 text", advice: "invalid at byte 4 (an unpaired surrogate)"))
    #expect(
      error([0xFF, 0xFE, 0x41, 0x00, 0x42])
        == .notText(
          path: "f", format: "UTF-16 text", advice: "invalid at byte 4 (an odd number of bytes)"))
    #expect(error([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x00]) == .binaryFile(path: "f"))
  }

  @Test func utf16WithoutAMarkAndUTF32AreNamedWithTheirConversion() {
    let story = "Harbour news\nThe bridge reopens in March.\n"
    #expect(
      error(utf16(story, bigEndian: false, mark: false), name: "w.txt")?.description
        == "w.txt: UTF-16 text (little-endian, no byte-order mark): convert it to UTF-8 "
        + "(iconv -f UTF-16LE -t UTF-8 w.txt)")
    #expect(
      error(utf16(story, bigEndian: true, mark: false))?.description
        == "f: UTF-16 text (big-endian, no byte-order mark): convert it to UTF-8 "
        + "(iconv -f UTF-16BE -t UTF-8 f)")
    #expect(
      error([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])?.description
        == "f: UTF-32 text: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8 f)")
    // Binary data with NULs on both sides of each pair is not taken for UTF-16.
    #expect(error([0x00, 0x00, 0x41, 0x00, 0x00, 0x01, 0x42, 0x00]) == .binaryFile(path: "f"))
  }

  @Test func stdinInUTF16IsSniffedThroughItsMark() {
    let jsonl = "{\"id\": \"a\", \"text\": \"One.\"}\n"
    #expect(DocumentFormat(sniffing: utf16(jsonl, bigEndian: false, mark: true)) == .jsonl)
    #expect(DocumentFormat(sniffing: utf16("# Title\n", bigEndian: true, mark: true)) == .markdown)
    #expect(
      DocumentFormat(sniffing: utf16("<!DOCTYPE html>", bigEndian: false, mark: true)) == .html)
  }
}
