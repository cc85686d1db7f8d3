extension Document {
  /// The body's blank-line paragraphs: the blocks between `"\n\n"`, split as the project's
  /// QA scorer splits them (the paragraph numbers of its questions count these), so a third
  /// newline begins the next block.
  ///
  ///     Document(id: "d", body: "One.\n\nTwo.\nThree.").blankLineParagraphs
  ///     // ["One.", "Two.\nThree."]
  ///
  /// - Complexity: O(n) in the body's UTF-8 length.
  public var blankLineParagraphs: [Substring] {
    var blocks: [Substring] = []
    let view = body.utf8
    var start = view.startIndex
    var index = start
    while index != view.endIndex {
      let next = view.index(after: index)
      if view[index] == 0x0A, next != view.endIndex, view[next] == 0x0A {
        blocks.append(body[start..<index])
        start = view.index(after: next)
        index = start
        continue
      }
      index = next
    }
    blocks.append(body[start..<view.endIndex])
    return blocks
  }
}
