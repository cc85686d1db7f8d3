/// The text of a page, gathered paragraph by paragraph.
///
/// White space is collapsed to single spaces (no-break spaces included), invisible
/// characters (soft hyphens, zero-width spaces) dropped, and paragraphs joined by blank
/// lines. A paragraph that is only a web address is left out: it is not a sentence.
internal struct HTMLText {
  /// The finished paragraphs, separated by blank lines.
  private(set) var body: [UInt8] = []
  /// The paragraph being gathered.
  private var paragraph: [UInt8] = []
  /// White space met since the last byte kept.
  private var pendingSpace = false

  /// Adds the UTF-8 bytes of a text node to the current paragraph.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
        pendingSpace = true
        index += 1
        continue
      case 0xC2 where index + 1 < count && bytes[index + 1] == 0xA0:  // no-break space
        pendingSpace = true
        index += 2
        continue
      case 0xC2 where index + 1 < count && bytes[index + 1] == 0xAD:  // soft hyphen
        index += 2
        continue
      case 0xE2
      where index + 2 < count && bytes[index + 1] == 0x80
        && (0x8B...0x8D).contains(bytes[index + 2]):
        index += 3  // zero-width space, non-joiner, joiner
        continue
      case 0xEF where index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
        index += 3  // a byte-order mark inside the text
        continue
      default:
        break
      }
      if pendingSpace && !paragraph.isEmpty { paragraph.append(0x20) }
      pendingSpace = false
      paragraph.append(byte)
      index += 1
    }
  }

  /// Where the last finished paragraph starts in ``body``.
  private var lastStart = 0

  /// Ends the current paragraph (a block element closed or opened).
  mutating func endParagraph() {
    defer {
      paragraph.removeAll(keepingCapacity: true)
      pendingSpace = false
    }
    guard !paragraph.isEmpty, !Self.isOnlyAddress(paragraph) else { return }
    if !body.isEmpty { body.append(contentsOf: [0x0A, 0x0A]) }
    lastStart = body.count
    body.append(contentsOf: paragraph)
  }

  /// Drops the last finished paragraph when it only leads in to what followed.
  ///
  /// A lead-in ("Read more:", "Related:") has at most six words and ends with a colon.
  /// Called when what followed was left out.
  mutating func dropLeadIn() {
    guard paragraph.isEmpty, body.last == UInt8(ascii: ":"), lastStart < body.count else {
      return
    }
    let words = body[lastStart...].split(separator: 0x20).count
    guard words <= 6 else { return }
    body.removeSubrange(max(0, lastStart - 2)...)
    lastStart = body.count  // one lead-in at most
  }

  /// The current paragraph's text (not ended).
  func paragraphText() -> String {
    String(decoding: paragraph, as: UTF8.self)
  }

  /// Whether the text is one web address and nothing else.
  static func isOnlyAddress(_ text: some Collection<UInt8>) -> Bool {
    guard !text.contains(0x20) else { return false }
    return text.starts(with: "http://".utf8) || text.starts(with: "https://".utf8)
      || text.starts(with: "www.".utf8)
  }
}
