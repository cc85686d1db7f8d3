import Testing

@testable import BriefCLI

/// Colour and other escape sequences reach only terminals that take them.
@Suite struct TextStyleTests {
  @Test func colourOnATerminal() {
    let style = TextStyle.forStandardOutput(environment: ["TERM": "xterm"], isTerminal: true)
    #expect(style.enabled)
    #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[0m")
  }

  @Test(arguments: [
    ["TERM": "dumb"], ["TERM": "xterm", "NO_COLOR": "1"], ["NO_COLOR": "yes"],
  ])
  func noColourWhenTheEnvironmentSaysSo(environment: [String: String]) {
    let style = TextStyle.forStandardOutput(environment: environment, isTerminal: true)
    #expect(!style.enabled)
    #expect(style.bold("x") == "x")
    #expect(style.dim("x") == "x")
    #expect(style.highlight("x") == "x")
  }

  @Test func anEmptyNoColorIsUnset() {
    let style = TextStyle.forStandardOutput(
      environment: ["TERM": "xterm", "NO_COLOR": ""], isTerminal: true)
    #expect(style.enabled)
  }

  @Test func noColourOffATerminal() {
    #expect(!TextStyle.forStandardOutput(environment: ["TERM": "xterm"], isTerminal: false).enabled)
  }

  @Test func theProgressBarIsErasedWithoutEscapesOnADumbTerminal() {
    let bar = ProgressBar(label: "summarizing 3 documents", enabled: false)
    #expect(bar.erasure(escapes: true) == "\r\u{1B}[2K")
    let plain = bar.erasure(escapes: Terminal.understandsEscapes(environment: ["TERM": "dumb"]))
    #expect(!plain.contains("\u{1B}"))
    // Spaces over the whole bar: the label, " [", 30 cells, "] " and "100%".
    #expect(plain == "\r" + String(repeating: " ", count: 23 + 38) + "\r")
    #expect(Terminal.understandsEscapes(environment: ["TERM": "xterm-256color"]))
    #expect(Terminal.understandsEscapes(environment: [:]))
  }
}
