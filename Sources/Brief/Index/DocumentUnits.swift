/// The name the retriever reads the numbers spelled out by.
///
/// A document's units are now analyzed by ``AnalyzedDocument`` and the word lists live in
/// ``ListedWords``; this stays until `Answering/Retriever.swift` reads
/// ``ListedWords/numberWords`` itself.
internal enum DocumentUnits {
  /// The numbers spelled out that mark a quantity: ``ListedWords/numberWords``.
  internal static var numberWords: [String] { ListedWords.numberWords }
}
