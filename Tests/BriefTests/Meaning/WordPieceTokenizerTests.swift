import Foundation
import Testing

@testable import Brief

@Suite struct WordPieceTokenizerTests {
  /// A small vocabulary: line n is id n.
  private static let vocabulary = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",  // 0-4
    "un", "##aff", "##able", "unaff", "aff",  // 5-9
    "run", "##ning", "##n", "cafe", "!",  // 10-14
    "-", ".", "e", "mail", "中",  // 15-19
    "文", "ok", "a", "b", "c",  // 20-24
    "σ", "ς", "##σ", "##ς", "##c",  // 25-29
    "\u{AC00}", "\u{1100}", "##\u{1161}",  // 30-32: 가 precomposed, ᄀ, ##ᅡ
  ]

  private let tokenizer: WordPieceTokenizer

  init() throws {
    tokenizer = try WordPieceTokenizer(vocabulary: Self.vocabulary)
  }

  @Test func specialIDsComeFromTheVocabulary() {
    #expect(tokenizer.unknownID == 1)
    #expect(tokenizer.classID == 2)
    #expect(tokenizer.separatorID == 3)
  }

  @Test(arguments: [
    // Longest match first: "unaff" beats "un" + "##aff".
    ("unaffable", [8, 7]),
    ("running", [10, 11]),
    ("runn", [10, 12]),
    // A piece missing part-way makes the whole word one [UNK]; the next word is unaffected.
    ("runx ok", [1, 21]),
    ("xyz", [1]),
    // Punctuation splits a word, each character a token.
    ("e-mail!", [17, 15, 18, 14]),
    ("a.b.c.", [22, 16, 23, 16, 24, 16]),
    // Lower-cased, accents stripped.
    ("CAFÉ RUNNING", [13, 10, 11]),
    ("Cafe\u{301}", [13]),
    // CJK ideographs stand apart even inside a word.
    ("ok中文ok", [21, 19, 20, 21]),
    // NUL, U+FFFD and format/control characters vanish; other whitespace separates.
    ("c\u{0}\u{FFFD}c", [24, 29]),
    ("ok\u{200B}\u{7F}", [21]),
    // So do private-use and unassigned characters (Hugging Face drops every category C*).
    ("o\u{E000}k\u{378}", [21]),
    ("ok\u{A0}ok\u{3000}ok\u{2028}ok", [21, 21, 21, 21]),
    ("", []),
    (" \t\r\n", []),
    // A capital sigma ends a word as final sigma, as Python's str.lower does.
    ("ΣΣ", [25, 28]),
    ("Σ", [25]),
    // Vocabulary entries match scalar for scalar: decomposed 가 is ᄀ + ᅡ, not 가.
    ("\u{AC00}", [31, 32]),
    // Special tokens written in the text stay whole.
    ("ok[SEP]a [MASK]", [21, 3, 22, 4]),
    ("[sep]", [1, 1, 1]),
  ])
  func ids(text: String, expected: [Int32]) {
    #expect(tokenizer.ids(text) == expected)
  }

  @Test func wordsOfMoreThanAHundredCharactersAreUnknown() {
    let spelled = "c" + String(repeating: "c", count: 99)
    #expect(tokenizer.ids(spelled) == [24] + Array(repeating: 29, count: 99))
    #expect(tokenizer.ids(spelled + "c ok") == [1, 21])
  }

  @Test func limitKeepsTheFirstIDs() {
    #expect(tokenizer.ids("unaffable running ok", limit: 3) == [8, 7, 10])
    #expect(tokenizer.ids("running ok", limit: 1) == [10])
    #expect(tokenizer.ids("ok [SEP] ok", limit: 2) == [21, 3])
    #expect(tokenizer.ids("ok ok", limit: 0) == [])
  }

  @Test func missingSpecialTokensAreRejected() {
    #expect(throws: BriefError.invalidParameter(name: "vocabulary", reason: "has no [CLS] token")) {
      try WordPieceTokenizer(vocabulary: ["[UNK]", "[SEP]", "a"])
    }
  }

  @Test func readsAVocabularyFile() throws {
    let url = FileManager.default.temporaryDirectory.appending(
      path: "wordpiece-\(UUID().uuidString).txt")
    try (Self.vocabulary.joined(separator: "\n") + "\n").write(
      to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let read = try WordPieceTokenizer(contentsOf: url)
    #expect(read.ids("unaffable e-mail") == tokenizer.ids("unaffable e-mail"))
    #expect(read.classID == 2)
  }

  @Test func aMissingVocabularyFileIsAnError() {
    let path = "/nonexistent/vocab.txt"
    #expect(throws: BriefError.fileNotFound(path: path)) {
      try WordPieceTokenizer(contentsOf: URL(fileURLWithPath: path))
    }
  }

  /// Ids computed with Hugging Face's `BertTokenizer` for all-MiniLM-L6-v2's vocabulary.
  @Test(.enabled(if: TestModel.shouldRun, "needs the all-MiniLM-L6-v2 model folder"))
  func matchesHuggingFaceOnTheRealVocabulary() throws {
    let directory = try TestModel.requireDirectory()
    let real = try WordPieceTokenizer(contentsOf: directory.appending(path: "vocab.txt"))
    #expect(real.classID == 101)
    #expect(real.separatorID == 102)
    #expect(real.unknownID == 100)
    let cases: [(String, [Int32])] = [
      ("What did Sheinbaum reject?", [2054, 2106, 2016, 2378, 14898, 15454, 1029]),
      (
        "Nikola Tesla (Serbian Cyrillic: Никола Тесла; 10 July 1856 – 7 January 1943)",
        [
          24794, 26060, 1006, 6514, 15522, 1024, 1192, 10325, 23925, 14150, 29436, 10260, 1197,
          15290, 29747, 29436, 10260, 1025, 2184, 2251, 8708, 1516, 1021, 2254, 3826, 1007,
        ]
      ),
      (
        "Ögedei was seen by Genghis Khan as dependable — naïve “quotes” 中文 ok.",
        [
          13958, 14728, 2072, 2001, 2464, 2011, 8991, 28891, 2015, 4967, 2004, 12530, 3085, 1517,
          15743, 1523, 16614, 1524, 1746, 1861, 7929, 1012,
        ]
      ),
      (
        "The two unused Saturn Vs became museum exhibits.",
        [1996, 2048, 15171, 14784, 5443, 2150, 2688, 10637, 1012]
      ),
      (
        "$48.6 million, 1960s, 18th-century e-mail U.S.A. don't",
        [
          1002, 4466, 1012, 1020, 2454, 1010, 4120, 1010, 4985, 1011, 2301, 1041, 1011, 5653, 1057,
          1012, 1055, 1012, 1037, 1012, 2123, 1005, 1056,
        ]
      ),
      ("   \t\n ", []),
      (
        "supercalifragilisticexpialidocious" + String(repeating: "x", count: 120) + " end",
        [100, 2203]
      ),
      (
        "Café résumé Æsir straße ﬁ ½ ²",
        [7668, 13746, 1097, 29481, 2358, 27807, 1984, 1092, 1082]
      ),
      ("emoji 😀 and \u{200B} zero\u{A0}width", [7861, 29147, 2072, 100, 1998, 5717, 9381]),
      ("a\u{0}b\u{FFFD}c", [5925]),
    ]
    for (text, expected) in cases {
      #expect(real.ids(text) == expected, "\(text.debugDescription)")
    }
  }
}
