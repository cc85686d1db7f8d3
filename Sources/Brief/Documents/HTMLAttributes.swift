/// What an element's attributes say about its text: hidden, the page furniture by its
/// role, or boilerplate by the words of its class and id ("cookie-banner", "share-bar").
internal struct HTMLAttributes {
  /// The element is not shown: `hidden`, `aria-hidden="true"`, `display: none`, or a
  /// class meant for screen readers only.
  var hidden = false
  /// The ARIA role, lower case.
  var role: String?
  /// A whole word of its class or id names it as boilerplate ("share-bar", "meta"): read on
  /// blocks only, as an inline link's class ("meta-org") says nothing of the prose it is in.
  var boilerplateWord = false
  /// Its class or id holds a stem that names boilerplate on any element ("cookieConsent",
  /// "breadcrumb__crumb").
  var boilerplateStem = false
  /// Its class names it as a caption (read only when it is prose, as a `<figcaption>`).
  var namedAsCaption = false

  /// Reads the attributes of `node`.
  init(_ node: HTMLNode) {
    node.forEachAttribute { name, value in
      switch name {
      case "hidden": hidden = true
      case "aria-hidden": hidden = hidden || value.lowercased() == "true"
      case "style":
        let style = value.lowercased().filter { !$0.isWhitespace }
        hidden = hidden || style.contains("display:none") || style.contains("visibility:hidden")
      case "role": role = value.lowercased().trimmed
      case "class", "id":
        let lower = value.lowercased()
        let names = lower.split(whereSeparator: \.isWhitespace)
        if names.contains(where: { Self.screenReaderClasses.contains(String($0)) }) {
          hidden = true
        }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        boilerplateWord =
          boilerplateWord || words.contains(where: { Self.boilerplateWords.contains(String($0)) })
        boilerplateStem = boilerplateStem || Self.boilerplateStems.contains { lower.contains($0) }
        namedAsCaption = namedAsCaption || (name == "class" && lower.contains("caption"))
      default: break
      }
    }
  }

  /// Classes that hide text from sight (it is read to screen readers only).
  private static let screenReaderClasses: Set<String> = [
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
    "offscreen", "element-invisible",
  ]

  /// Words that name boilerplate when they are a whole word of a class or id
  /// ("share-bar", "related_links").
  private static let boilerplateWords: Set<String> = [
    "ad", "ads", "banner", "bio", "byline", "citations", "comment", "comments", "credit",
    "credits", "date", "eyebrow", "footer", "footnotes", "header", "kicker", "masthead", "menu",
    "meta", "modal", "nav", "navbar", "navigation", "player", "popup", "promo", "references",
    "reflist", "related", "share", "sharing", "sidebar", "signature", "skip", "social", "tags",
    "timestamp", "title", "toolbar", "video",
  ]

  /// Stems that name boilerplate anywhere in a class or id ("cookieConsent", "adverts").
  private static let boilerplateStems = [
    "cookie", "consent", "gdpr", "newsletter", "subscribe", "advert", "sponsor", "outbrain",
    "taboola", "paywall", "breadcrumb", "recommend", "signup", "optin", "opt-in",
  ]
}
