import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One node of a page parsed by libxml2's HTML parser (``HTMLNode/parse(_:encoding:_:)``).
///
/// An element, a text, or anything else (comments, processing instructions), which is
/// neither. Valid only inside the closure that parsing calls.
internal struct HTMLNode: Hashable {
  let pointer: xmlNodePtr

  /// Parses `bytes` with libxml2's forgiving HTML parser (recovering from any error,
  /// reporting none, never touching the network, without its limits on depth and text
  /// size, past which it would drop the rest of a page) and calls `body` with the page's
  /// root element, or nil when nothing could be parsed; the tree is freed afterwards.
  ///
  /// - Parameter encoding: the bytes' encoding (an IANA name: "UTF-8", "windows-1252"); the
  ///   page's own declaration (`<meta charset>`) is ignored.
  internal static func parse<Result>(
    _ bytes: UnsafeBufferPointer<UInt8>, encoding: String, _ body: (HTMLNode?) -> Result
  ) -> Result {
    _ = libraryReady
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
    let document = bytes.withMemoryRebound(to: CChar.self) { chars in
      htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, Int32(options))
    }
    guard let document else { return body(nil) }
    defer { xmlFreeDoc(document) }
    return body(xmlDocGetRootElement(document).map(HTMLNode.init(pointer:)))
  }

  /// libxml2 initialized once, before any thread parses (its own advice).
  private static let libraryReady: Void = { xmlInitParser() }()

  /// Whether the node is an element (a tag).
  var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

  /// Whether the node is text (or CDATA).
  var isText: Bool {
    pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
  }

  /// The element's tag name, lower case as the HTML parser gives it ("" for other nodes).
  var name: String {
    guard isElement, let name = pointer.pointee.name else { return "" }
    return String(cString: name)
  }

  /// The bytes of a text node (UTF-8), empty for other nodes.
  var text: UnsafeBufferPointer<UInt8> {
    guard isText, let content = pointer.pointee.content else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeBufferPointer(start: content, count: strlen(content))
  }

  /// The first child, if any.
  var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init(pointer:)) }

  /// The next sibling, if any.
  var next: HTMLNode? { pointer.pointee.next.map(HTMLNode.init(pointer:)) }

  /// The parent element, if any (nil at the root).
  var parent: HTMLNode? {
    guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
      return nil
    }
    return HTMLNode(pointer: parent)
  }

  /// The children, in document order.
  var children: [HTMLNode] {
    var result: [HTMLNode] = []
    var child = firstChild
    while let node = child {
      result.append(node)
      child = node.next
    }
    return result
  }

  /// Calls `body` with each attribute's name (lower case, as the parser gives it) and value.
  func forEachAttribute(_ body: (String, String) -> Void) {
    var property = pointer.pointee.properties
    while let attribute = property {
      if let name = attribute.pointee.name {
        var value = ""
        var child = attribute.pointee.children
        while let node = child {
          if let content = node.pointee.content { value += String(cString: content) }
          child = node.pointee.next
        }
        body(String(cString: name), value)
      }
      property = attribute.pointee.next
    }
  }

  /// Whether `ancestor` is this node or holds it.
  func isInside(_ ancestor: HTMLNode) -> Bool {
    var node: HTMLNode? = self
    while let current = node {
      if current == ancestor { return true }
      node = current.parent
    }
    return false
  }

  /// The text of the node and everything in it but scripts, styles and media (an icon's
  /// `<title>`), white space collapsed to single spaces.
  var textContent: String {
    var collector = HTMLText()
    var stack: [HTMLNode] = [self]
    while let node = stack.popLast() {
      if node.isText {
        collector.append(node.text)
      } else if node.isElement, node == self || !HTMLTags.neverText.contains(node.name) {
        stack.append(contentsOf: node.children.reversed())
      }
    }
    return collector.paragraphText()
  }
}
