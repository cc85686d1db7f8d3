/// The article a parsed HTML page holds: its headline and the text of its main content.
///
/// The main content is the page's `<article>` (the one with the most text), else `<main>`
/// or the element whose role is `main`, else the body. Its text leaves out what is not
/// prose: scripts and styles, the page's furniture (`nav`, `header`, `footer`, `aside`,
/// forms, buttons), hidden elements, headings (they end paragraphs), code, data tables,
/// captions that are not sentences, and boilerplate: blocks whose text is mostly link text
/// (menus, "related stories") and blocks named as such by their class or id (cookie
/// banners, share bars, newsletters). Block elements end paragraphs.
internal struct HTMLArticle {
  /// The headline (see ``headline(survey:content:)``).
  var headline: String?
  /// The main content's paragraphs, separated by blank lines.
  var body: String

  /// Reads the article of the page whose root element is `root`.
  init(root: HTMLNode) {
    let survey = HTMLSurvey(root: root)
    var content = survey.mainContent ?? survey.body ?? root
    var text = Self.text(of: content, survey: survey)
    if text.isEmpty, content != (survey.body ?? root) {
      content = survey.body ?? root  // the chosen element held no prose: read the whole body
      text = Self.text(of: content, survey: survey)
    }
    body = String(decoding: text, as: UTF8.self)
    headline = Self.headline(survey: survey, content: content)
  }

  /// Parses `bytes` (in `encoding`) and reads the page's article; nil when nothing parsed.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> HTMLArticle? {
    HTMLNode.parse(bytes, encoding: encoding) { root in root.map(HTMLArticle.init(root:)) }
  }

  /// The page's headline, from its `<h1>` elements and its title.
  ///
  /// The first `<h1>` that shares most of its words with the page's title (one of the main
  /// content's first, when that is an article or main element); else the main content's
  /// first `<h1>`; else the title without a site-name suffix; else the page's first `<h1>`.
  /// A site's logo is often an `<h1>` too, and a title often ends with the site's name.
  private static func headline(survey: HTMLSurvey, content: HTMLNode) -> String? {
    let semantic = content == survey.mainContent
    let inside = semantic ? survey.headings.filter { $0.isInside(content) } : []
    let candidates = (inside + survey.headings).compactMap(headingText)
    let title = survey.title.flatMap(nonEmpty)
    if let title {
      let titleWords = words(withoutSiteSuffix(title) ?? title)
      let matching = candidates.first { heading in
        // Dice's coefficient of the two sets of words, at least one half.
        let headingWords = words(heading)
        return headingWords.intersection(titleWords).count * 4
          >= headingWords.count + titleWords.count
      }
      if let matching { return matching }
    }
    if let heading = inside.first.flatMap(headingText) { return heading }
    if let title { return withoutSiteSuffix(title) ?? title }
    return candidates.first
  }

  /// The distinct words of a text, lower case.
  private static func words(_ text: String) -> Set<String> {
    Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
  }

  /// The text of a heading without the permalink mark documentation generators add
  /// ("Usage¶"), nil when blank.
  private static func headingText(_ heading: HTMLNode) -> String? {
    var text = Substring(heading.textContent.trimmed)
    while let last = text.last, "¶§#🔗".contains(last) { text = text.dropLast() }
    return nonEmpty(String(text))
  }

  private static func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmed
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The title without a trailing site name (" | Site", " - Site", " — Site"…), nil when it
  /// has none: the suffix is short (at most five words) and no longer than the rest.
  internal static func withoutSiteSuffix(_ title: String) -> String? {
    let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]
    var best: Range<String.Index>?
    for separator in separators {
      if let range = title.range(of: separator, options: .backwards),
        best.map({ range.lowerBound > $0.lowerBound }) ?? true
      {
        best = range
      }
    }
    guard let separator = best else { return nil }
    let rest = title[..<separator.lowerBound].trimmed
    let suffix = title[separator.upperBound...].trimmed
    let suffixWords = suffix.split(separator: " ").count
    let restWords = rest.split(separator: " ").count
    guard suffixWords >= 1, suffixWords <= 5, restWords >= 2, rest.count >= suffix.count else {
      return nil
    }
    return rest
  }

  // MARK: The text

  /// One step of the walk over the content: a node to read, or the end of a block.
  private enum Step {
    case enter(HTMLNode)
    case close
  }

  /// The prose of `content`, paragraph by paragraph.
  private static func text(of content: HTMLNode, survey: HTMLSurvey) -> [UInt8] {
    var out = HTMLText()
    let total = survey.counts[content]?.text ?? 0
    var stack: [Step] = [.enter(content)]
    while let step = stack.popLast() {
      guard case .enter(let node) = step else {
        out.endParagraph()
        continue
      }
      if node.isText {
        out.append(node.text)
        continue
      }
      guard node.isElement else { continue }
      let tag = node.name
      if HTMLTags.neverText.contains(tag) || HTMLTags.furniture.contains(tag)
        || HTMLTags.headings.contains(tag) || HTMLTags.breaks.contains(tag)
      {
        out.endParagraph()
        continue
      }
      let attributes = HTMLAttributes(node)
      if node != content {
        switch boilerplate(node, tag: tag, attributes: attributes, survey: survey, total: total) {
        case .linkList?:
          out.endParagraph()
          out.dropLeadIn()  // "Read more:" before the list
          continue
        case .other?:
          out.endParagraph()
          continue
        case nil:
          break
        }
      }
      switch tag {
      case "table" where !isLayoutTable(node, survey: survey):
        out.endParagraph()
        continue
      case _ where (tag == "figcaption" || attributes.namedAsCaption) && !isProse(node.textContent):
        out.endParagraph()
        continue
      case "sup" where isReferenceMark(node.textContent):
        continue
      default:
        break
      }
      if HTMLTags.blocks.contains(tag) {
        out.endParagraph()
        stack.append(.close)
      }
      stack.append(contentsOf: node.children.reversed().map(Step.enter))
    }
    out.endParagraph()
    return out.body
  }

  /// Why an element inside the content is not prose.
  private enum Boilerplate {
    /// Mostly link text: a menu, a list of related stories.
    case linkList
    /// Hidden, furniture by its role, a form's or a player's labels, or named as
    /// boilerplate by its class or id.
    case other
  }

  /// Whether an element inside the content is not prose, and why.
  ///
  /// Only what is hidden, furniture by its role, or a paragraph of links is left out when
  /// it holds most of the content's text (the wrapper of a page whose menus outweigh its
  /// story is read, and its menus left out).
  private static func boilerplate(
    _ node: HTMLNode, tag: String, attributes: HTMLAttributes, survey: HTMLSurvey, total: Int
  ) -> Boilerplate? {
    if attributes.hidden { return .other }
    if let role = attributes.role, HTMLTags.furnitureRoles.contains(role) { return .other }
    let counts = survey.counts[node] ?? HTMLSurvey.Counts()
    // A paragraph or item of links is one, whatever else the page holds.
    if HTMLTags.textBlocks.contains(tag) && counts.text > 0 && counts.link * 10 > counts.text * 7 {
      return .linkList
    }
    if counts.text * 2 > total { return nil }
    if counts.text > 0 {
      // A form's or a player's labels, or too little text beside them to be prose.
      if (counts.controls || counts.media) && counts.text < 300 { return .other }
      if HTMLTags.linkListBlocks.contains(tag) && counts.link * 2 > counts.text { return .linkList }
    }
    let named =
      attributes.boilerplateStem || (attributes.boilerplateWord && HTMLTags.blocks.contains(tag))
    return named ? .other : nil
  }

  /// Whether a table lays out prose (it holds paragraphs, or long cells) rather than data.
  private static func isLayoutTable(_ table: HTMLNode, survey: HTMLSurvey) -> Bool {
    var cells = 0
    var stack = table.children
    while let node = stack.popLast() {
      guard node.isElement else { continue }
      switch node.name {
      case "p": return true
      case "td", "th": cells += 1
      default: break
      }
      stack.append(contentsOf: node.children)
    }
    let text = survey.counts[table]?.text ?? 0
    return cells > 0 && text / cells >= 150
  }

  /// Whether a caption reads as prose: six words or more, ending like a sentence.
  private static func isProse(_ text: String) -> Bool {
    let trimmed = text.trimmed
    guard trimmed.split(separator: " ").count >= 6 else { return false }
    let end = trimmed.reversed().drop(while: { "\"'”’)]".contains($0) })
    return end.first.map { ".!?".contains($0) } ?? false
  }

  /// Whether a superscript is a reference mark ("[1]", "[a]", "*", "†"), not text.
  private static func isReferenceMark(_ text: String) -> Bool {
    let mark = text.trimmed
    if mark.hasPrefix("[") && mark.hasSuffix("]") && mark.count <= 6 { return true }
    return !mark.isEmpty && mark.allSatisfy { "*†‡§".contains($0) }
  }
}
