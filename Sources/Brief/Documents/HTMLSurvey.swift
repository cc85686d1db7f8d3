/// One pass over a parsed page before its text is read: how much text and link text each
/// element holds (of what would be read: furniture, headings and code not counted), the
/// page's title, its `<h1>` headings, and the element that holds its main content.
internal struct HTMLSurvey {
  /// Bytes of text (white space not counted) in an element, and how many of them are link
  /// text.
  struct Counts {
    var text = 0
    var link = 0
    /// The element holds form controls (a form, an input, a button…).
    var controls = false
    /// The element holds embedded media (a video, an audio player, an iframe…).
    var media = false

    /// Adds what a child holds.
    mutating func add(_ child: Counts) {
      text += child.text
      link += child.link
      controls = controls || child.controls
      media = media || child.media
    }
  }

  /// The counts of every element read.
  private(set) var counts: [HTMLNode: Counts] = [:]
  /// The text of the page's `<title>`.
  private(set) var title: String?
  /// The `<body>` element.
  private(set) var body: HTMLNode?
  /// The `<h1>` headings outside navigation, asides, footers, forms and hidden elements, in
  /// document order.
  private(set) var headings: [HTMLNode] = []
  /// The `<article>` with the most text, unless a `<main>` (or `role="main"`) element holds
  /// more than three times as much; nil when the page has neither.
  private(set) var mainContent: HTMLNode?

  /// Where the walk is: whether text here is counted, and whether it is inside furniture
  /// whose headings are not the article's.
  private struct Context {
    var counted = true
    var excluded = false
  }

  private enum Step {
    case enter(HTMLNode, Context)
    case leave(HTMLNode, isLink: Bool, counted: Bool)
  }

  /// Surveys the page whose root element is `root`.
  init(root: HTMLNode) {
    var articles: [HTMLNode] = []
    var mains: [HTMLNode] = []
    var stack: [Step] = [.enter(root, Context())]
    while let step = stack.popLast() {
      switch step {
      case .leave(let node, let isLink, let counted):
        var own = counts[node] ?? Counts()
        if isLink { own.link = own.text }
        counts[node] = own
        if counted, let parent = node.parent { counts[parent, default: Counts()].add(own) }
      case .enter(let node, let context):
        if node.isText {
          if context.counted, let parent = node.parent {
            counts[parent, default: Counts()].text += Self.visibleBytes(node.text)
          }
          continue
        }
        guard node.isElement else { continue }
        let tag = node.name
        if tag == "head" {
          if title == nil, let element = node.children.first(where: { $0.name == "title" }) {
            title = element.textContent
          }
          continue
        }
        if HTMLTags.neverText.contains(tag) {
          if context.counted, let parent = node.parent {
            if HTMLTags.controls.contains(tag) { counts[parent, default: Counts()].controls = true }
            if HTMLTags.media.contains(tag) { counts[parent, default: Counts()].media = true }
          }
          continue
        }
        let attributes = HTMLAttributes(node)
        var inner = context
        let role = attributes.role ?? ""
        if attributes.hidden {
          inner.counted = false
          inner.excluded = true
        } else if tag == "header" || role == "banner" {
          inner.counted = false  // its h1 may be the article's (<article><header><h1>)
        } else if HTMLTags.furniture.contains(tag) || HTMLTags.furnitureRoles.contains(role) {
          inner.counted = false
          inner.excluded = true
          if tag == "form", context.counted, let parent = node.parent {
            counts[parent, default: Counts()].controls = true
          }
        }
        if HTMLTags.headings.contains(tag) || HTMLTags.breaks.contains(tag) {
          inner.counted = false
        }
        if !inner.excluded {
          if tag == "h1" { headings.append(node) }
          if tag == "article" { articles.append(node) }
          if tag == "main" || role == "main" { mains.append(node) }
        }
        if tag == "body" && body == nil { body = node }
        stack.append(.leave(node, isLink: tag == "a", counted: inner.counted))
        for child in node.children.reversed() { stack.append(.enter(child, inner)) }
      }
    }
    mainContent = Self.mainContent(articles: articles, mains: mains, counts: counts)
  }

  private static func mainContent(
    articles: [HTMLNode], mains: [HTMLNode], counts: [HTMLNode: Counts]
  ) -> HTMLNode? {
    func text(_ node: HTMLNode) -> Int { counts[node]?.text ?? 0 }
    var best: HTMLNode?
    for article in articles where text(article) > best.map(text) ?? 0 { best = article }
    let main = mains.first(where: { text($0) > 0 })
    if let best, main.map({ text(best) * 3 >= text($0) }) ?? true { return best }
    return main
  }

  /// The bytes of text that are not ASCII white space.
  private static func visibleBytes(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in text where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
      count += 1
    }
    return count
  }
}
