import Foundation
import Testing

/// The shell completion scripts complete file and folder paths where `brief` takes them.
@Suite struct CompletionScriptTests {
  private static let bash = "/bin/bash"  // what BriefRunner.bash runs

  /// What bash offers for the last word of `words` (after `brief`), with the script
  /// `brief --generate-completion-script bash` prints, in a folder holding `a.txt`,
  /// `q.jsonl`, `q.csv` and the folder `dir`.
  private func bashCompletions(_ words: [String]) throws -> Set<String> {
    let script = try BriefRunner.run(["--generate-completion-script", "bash"])
    #expect(script.status == 0)
    let folder = try BriefRunner.folder([
      "completion.bash": Array(script.stdout.utf8), "a.txt": [], "q.jsonl": [], "q.csv": [],
      "dir/inside.txt": [],
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    // As bash calls a completion function: COMP_* set, then (command, word, previous word).
    let driver = """
      source ./completion.bash
      COMP_WORDS=(brief "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      _brief brief "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let (status, stdout) = try BriefRunner.bash(driver, ["bash"] + words, in: folder)
    #expect(status == 0)
    let lines = stdout.split(separator: "\n").map(String.init)
    return Set(lines.filter { $0 != "completion.bash" })
  }

  private static let everything: Set = ["a.txt", "q.jsonl", "q.csv", "dir"]

  @Test(
    .enabled(if: FileManager.default.isExecutableFile(atPath: bash)),
    arguments: ["summarize", "ask", "index", "eval", "split", "digest"])
  func pathsCompleteToFilesAndFolders(_ subcommand: String) throws {
    #expect(try bashCompletions([subcommand, ""]) == Self.everything)
    #expect(try bashCompletions([subcommand, "q"]) == ["q.jsonl", "q.csv"])
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: bash)))
  func fileOptionsCompleteToFilesAndFolderOptionsToFolders() throws {
    #expect(try bashCompletions(["ask", "--index", ""]) == Self.everything)
    #expect(try bashCompletions(["index", "-o", ""]) == Self.everything)
    #expect(try bashCompletions(["index", "--output", "a"]) == ["a.txt"])
    #expect(try bashCompletions(["summarize", "--out", ""]) == ["dir"])
    for subcommand in ["summarize", "ask", "index", "eval"] {
      #expect(try bashCompletions([subcommand, "--model", ""]) == ["dir"], "\(subcommand)")
    }
    // Questions are JSONL: those files, and folders to look in.
    #expect(try bashCompletions(["eval", "--questions", ""]) == ["q.jsonl", "dir"])
  }

  @Test func zshAndFishCompleteFilesToo() throws {
    let zsh = try BriefRunner.run(["--generate-completion-script", "zsh"]).stdout
    #expect(zsh.components(separatedBy: "'*:path:_files'").count - 1 == 6)
    #expect(zsh.contains("[The index file to write.]:file:_files'"))
    #expect(zsh.contains(":dir:_files -/'"))
    let fish = try BriefRunner.run(["--generate-completion-script", "fish"]).stdout
    for subcommand in ["summarize", "ask", "index", "eval", "split", "digest"] {
      #expect(fish.contains("positional \"brief \(subcommand)\" -ge 1' -F"), "\(subcommand)")
    }
    #expect(
      fish.contains("-l 'index' -d 'Search an index saved by `brief index` instead of paths.' -rF"))
  }
}
