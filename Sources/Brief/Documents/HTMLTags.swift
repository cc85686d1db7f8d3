/// What HTML elements are to a reader of the page's prose, by tag name (lower case) or
/// role.
internal enum HTMLTags {
  /// Elements whose content is never text to read: code, media, form controls, metadata.
  static let neverText: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "video", "audio", "picture", "img", "map", "select", "option", "textarea",
    "button", "input", "head", "title", "meta", "link", "base", "source", "track", "param",
  ]

  /// Form controls: a block that holds one and little text is part of a form (a newsletter
  /// sign-up, a cookie banner's buttons).
  static let controls: Set<String> = ["input", "button", "select", "textarea"]

  /// Embedded media: a block that holds one and little text is a player.
  static let media: Set<String> = ["video", "audio", "iframe", "object", "embed"]

  /// The page's furniture: navigation, headers and footers, asides, forms, dialogs.
  static let furniture: Set<String> = [
    "nav", "header", "footer", "aside", "form", "dialog", "menu",
  ]

  /// Headings: structure, never sentences of the body (they end paragraphs).
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "hgroup"]

  /// Elements that end a paragraph and hold no prose: line breaks, rules, preformatted code.
  static let breaks: Set<String> = ["br", "hr", "pre"]

  /// Block elements: each ends the paragraph before it and its own.
  static let blocks: Set<String> = [
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "html", "legend", "li", "main", "ol", "p",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  ]

  /// Blocks that are boilerplate when more than half of their text is link text (menus,
  /// lists of related stories).
  static let linkListBlocks: Set<String> = [
    "ul", "ol", "dl", "div", "section", "table", "tbody", "tr", "center", "details", "figure",
  ]

  /// Blocks of text that are boilerplate when more than seven tenths of it is link text
  /// ("Read more: …").
  static let textBlocks: Set<String> = [
    "p", "li", "dd", "dt", "blockquote", "td", "th", "address", "caption", "summary",
  ]

  /// ARIA roles of the page's furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar",
  ]
}
