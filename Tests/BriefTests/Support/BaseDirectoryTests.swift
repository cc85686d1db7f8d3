import Testing

@testable import Brief

/// The XDG base directories: the variable when set, else the default under `$HOME`.
@Suite struct BaseDirectoryTests {
  @Test func variablesWinAndEmptyOnesFallBackToHome() {
    let set = ["XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s", "HOME": "/h"]
    #expect(BaseDirectory.data.path(environment: set) == "/d")
    #expect(BaseDirectory.state.path(environment: set) == "/s")
    let empty = ["XDG_DATA_HOME": "", "HOME": "/h"]
    #expect(BaseDirectory.data.path(environment: empty) == "/h/.local/share")
    #expect(BaseDirectory.state.path(environment: empty) == "/h/.local/state")
    let model = SentenceEncoder.defaultDirectory(environment: ["BRIEF_MODEL": "/m", "HOME": "/h"])
    #expect(model.path == "/m")
    #expect(
      SentenceEncoder.defaultDirectory(environment: empty).path
        == "/h/.local/share/brief/models/all-MiniLM-L6-v2")
  }
}
