import Foundation
import Testing

@testable import Brief

/// HTML pages: the headline and the main content's prose, without the page around it.
@Suite struct HTMLReaderTests {
  /// The saved news page of Tests/Fixtures/html (written for these tests: a menu, a cookie
  /// banner, a header, the article, a "related" list, a footer and scripts).
  static let newsPage: String = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/html/news-page.html").path
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }()

  private func page(_ body: String, title: String = "A page", head: String = "") -> String {
    "<!DOCTYPE html><html><head><title>\(title)</title>\(head)</head><body>\(body)</body></html>"
  }

  private func read(_ html: String) throws -> Document {
    try DocumentReader.html(from: html, name: "p.html")
  }

  @Test func aSavedNewsPageReadsAsItsArticle() throws {
    let document = try read(Self.newsPage)
    #expect(document.title == "Dunmere ferry crossing to resume in May after £12.4m overhaul")
    let paragraphs = document.body.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 8)
    #expect(
      paragraphs.first
        == "DUNMERE — The chain ferry that links Dunmere with the village of Saltry will carry "
        + "passengers again from May 2, the county council said on Monday, ending a closure that "
        + "has lasted almost eleven months.")
    // Entities decoded, no-break spaces and line breaks collapsed to single spaces.
    #expect(document.body.contains("about £1.1m more than the council’s original estimate."))
    #expect(document.body.contains("from 6 a.m. to 10 p.m., and the single fare"))
    #expect(document.body.contains("“She will be quieter, faster to load"))
    // List items and the quotation are paragraphs of their own.
    #expect(
      paragraphs.contains(
        "Season tickets bought before the closure will be extended by eleven months."))
    #expect(paragraphs.last?.hasPrefix("Traders in Saltry said") == true)
    // None of the page around the article, nor its headings, table, caption or link lists.
    for furniture in [
      "cookies", "Accept all", "Skip to", "News", "Sport", "Search", "Home", "Transport",
      "Ines Okafor", "Tuesday 4 March", "Photo", "Advertisement", "What changes", "Read more",
      "Sea trials", "Reopening timetable", "Share", "Facebook", "Topics", "Related stories",
      "Pellow Yard to hire", "newsletter", "Sign up", "All rights reserved", "About us",
      "https://", "dataLayer", "<", "position: fixed",
    ] {
      #expect(!document.body.contains(furniture), "\(furniture)")
    }
  }

  @Test func theHeadlineIsTheArticlesH1OrTheTitleWithoutTheSiteName() throws {
    // A logo in an h1 outside the article, the article's own h1, a title with a suffix.
    let withArticle = page(
      "<header><h1>The Gazette</h1></header><article><h1>Bridge reopens</h1>"
        + "<p>The bridge reopened on Monday after repairs.</p></article>",
      title: "Bridge reopens after repairs | The Gazette")
    #expect(try read(withArticle).title == "Bridge reopens")
    // No article: the h1 that matches the title wins over the logo before it.
    let logoFirst = page(
      "<div class=logo><h1>The Gazette</h1></div><div><h1>Bridge reopens after repairs</h1>"
        + "<p>The bridge reopened on Monday after repairs.</p></div>",
      title: "Bridge reopens after repairs - The Gazette")
    #expect(try read(logoFirst).title == "Bridge reopens after repairs")
    // No h1 that matches: the title without its site name.
    let logoOnly = page(
      "<h1>The Gazette</h1><p>The bridge reopened on Monday after repairs.</p>",
      title: "Bridge reopens after repairs — The Gazette")
    #expect(try read(logoOnly).title == "Bridge reopens after repairs")
    // No title: the first h1; neither: no headline.
    let untitled = "<html><body><h1>Bridge reopens</h1><p>It reopened on Monday.</p></body></html>"
    #expect(try read(untitled).title == "Bridge reopens")
    #expect(try read("<html><body><p>It reopened on Monday.</p></body></html>").title == nil)
  }

  @Test func siteSuffixesAreShortNamesAfterASeparator() {
    #expect(HTMLArticle.withoutSiteSuffix("Bridge reopens | The Gazette") == "Bridge reopens")
    #expect(
      HTMLArticle.withoutSiteSuffix("Storm hits the coast - BBC News") == "Storm hits the coast")
    #expect(HTMLArticle.withoutSiteSuffix("One | Two | Site") == "One | Two")
    // A colon is part of a headline; a long or longer "suffix" is the headline's own.
    #expect(HTMLArticle.withoutSiteSuffix("Zimbabwe coup: Mugabe under house arrest") == nil)
    #expect(HTMLArticle.withoutSiteSuffix("Apples - the complete guide to growing them") == nil)
    #expect(HTMLArticle.withoutSiteSuffix("Bridge | Site") == nil)
  }

  @Test func blocksEndParagraphsAndHeadingsAreNeverSentences() throws {
    let document = try read(
      page(
        "<main><p>First <b>bold</b> and <a href=x>linked</a> text.</p><div>Second block."
          + "<br>After a break.</div><h2>A subheading</h2><ul><li>One item.</li><li>Two "
          + "items.</li></ul><blockquote>A quotation.</blockquote><pre>code()</pre></main>"))
    #expect(
      document.body.components(separatedBy: "\n\n") == [
        "First bold and linked text.", "Second block.", "After a break.", "One item.",
        "Two items.", "A quotation.",
      ])
  }

  @Test func linkListsHiddenElementsAndBoilerplateAreLeftOut() throws {
    let document = try read(
      page(
        "<article><p>The council met on Tuesday.</p>"
          + "<ul><li><a href=a>Council budget</a></li><li><a href=b>Ferry news</a></li></ul>"
          + "<p>More:</p><div><a href=c>A related story about ferries</a></div>"
          + "<p>Read more: <a href=d>The council's plan for the harbour</a></p>"
          + "<p style='display: none'>Hidden text.</p><p aria-hidden=true>Also hidden.</p>"
          + "<div class='share-tools'>Share this page</div><div id=cookieNotice>We use cookies.</div>"
          + "<p>The <a href=e>mayor</a> spoke <span class=meta-org>first</span>.</p>"
          + "<p>It voted <sup>[1]</sup> to act.</p></article>"))
    #expect(
      document.body.components(separatedBy: "\n\n") == [
        "The council met on Tuesday.", "The mayor spoke first.", "It voted to act.",
      ])
  }

  @Test func dataTablesAndCaptionsThatAreNotProseAreLeftOut() throws {
    let document = try read(
      page(
        "<article><p>The timetable changes.</p><table><tr><th>Day</th><th>Time</th></tr>"
          + "<tr><td>Monday</td><td>9 a.m.</td></tr></table>"
          + "<figure><img src=x><figcaption>Photo: Ann Lee</figcaption></figure>"
          + "<figure><figcaption>The ferry leaves the quay for the first time since April."
          + "</figcaption></figure>"
          + "<table><tr><td><p>A page laid out in a table still reads as prose.</p></td></tr>"
          + "</table></article>"))
    #expect(
      document.body.components(separatedBy: "\n\n") == [
        "The timetable changes.", "The ferry leaves the quay for the first time since April.",
        "A page laid out in a table still reads as prose.",
      ])
  }

  @Test func theMainContentIsTheLargestArticleElseMainElseTheBody() throws {
    let teasers = page(
      "<main><article><p>A short teaser.</p></article><article><p>The real story, which is "
        + "much longer than the teaser beside it.</p></article></main>")
    #expect(
      try read(teasers).body == "The real story, which is much longer than the teaser beside it.")
    let roleMain = page(
      "<div>Menu text outside.</div><div role=main><p>The story.</p></div>")
    #expect(try read(roleMain).body == "The story.")
    // A wrapper whose menus outweigh the story is read, its menus left out.
    let menus = String(repeating: "<li><a href=x>A menu entry with a long name</a></li>", count: 20)
    let wrapped = page("<div id=wrapper><ul>\(menus)</ul><p>The story itself.</p></div>")
    #expect(try read(wrapped).body == "The story itself.")
    #expect(throws: BriefError.emptyBody(source: "p.html")) {
      try read(page("<nav><a href=x>Home</a></nav><script>var x = 1;</script>"))
    }
  }

  @Test func textThatStartsLikeAPageIsReadAsHTML() throws {
    #expect(DocumentFormat(fileName: "a/page.HTM") == .html)
    #expect(DocumentFormat(fileName: "page.xhtml") == .html)
    #expect(DocumentFormat(sniffing: "  <!doctype HTML>\n<html>") == .html)
    #expect(DocumentFormat(sniffing: "<html lang=en><body>") == .html)
    #expect(DocumentFormat(sniffing: "<!-- saved from url=(0022)x -->\n<!DOCTYPE html>") == .html)
    #expect(DocumentFormat(sniffing: "<htmlish> is not a tag") == .text)
    #expect(DocumentFormat(sniffing: "<p>A fragment.</p>") == .text)
    let html = page("<p>The story.</p>", title: "Story")
    for format in [DocumentFormat.text, .raw] {
      let results = DocumentReader.documents(from: html, name: "p.txt", format: format)
      #expect(results.count == 1)
      #expect(try results[0].get().body == "The story.")
      let fromBytes = try DocumentReader.documents(
        bytes: Array(html.utf8), name: "p.txt", format: format)
      #expect(try fromBytes[0].get().title == "Story")
    }
  }

  @Test func aPageThatIsNotUTF8IsReadInTheCharsetItDeclares() throws {
    // "café – naïve" in Windows-1252 (0x96 is the en dash), declared or not; ISO-8859-1 as
    // browsers read it.
    let text: [UInt8] =
      Array("<p>caf".utf8) + [0xE9, 0x20, 0x96, 0x20] + Array("na".utf8) + [0xEF]
      + Array("ve.</p>".utf8)
    for head in [
      "<meta charset=\"windows-1252\">", "",
      "<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>",
    ] {
      let bytes =
        Array("<!DOCTYPE html><html><head>\(head)</head><body>".utf8) + text
        + Array("</body></html>".utf8)
      let document = try DocumentReader.documents(bytes: bytes, name: "p.html", format: .html)
      #expect(try document[0].get().body == "café – naïve.")
    }
    // A page that declares UTF-8 and breaks it is invalid UTF-8, as a text file would be.
    let broken = Array("<html><head><meta charset=utf-8></head><body>caf".utf8) + [0xE9]
    #expect(throws: BriefError.invalidUTF8(path: "p.html", offset: 48)) {
      try DocumentReader.documents(bytes: broken, name: "p.html", format: .html)[0].get()
    }
  }

  @Test func deeplyNestedAndBrokenMarkupIsReadWithoutFailing() throws {
    let deep =
      String(repeating: "<div>", count: 20_000) + "<p>Deep text."
      + String(repeating: "</div>", count: 20_000)
    #expect(try read(page(deep)).body == "Deep text.")
    let broken =
      "<html><body><p>Unclosed <b>bold <i>and italic<p>Next &amp; last &bogus; para</table>"
    #expect(try read(broken).body == "Unclosed bold and italic\n\nNext & last &bogus; para")
  }
}
