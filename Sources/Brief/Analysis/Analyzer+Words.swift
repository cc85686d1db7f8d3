extension Analyzer {
  /// The UTF-8 byte ranges, in `text`, of the words whose stems are among `stems`, in order.
  ///
  ///     let analyzer = try Analyzer(language: .english)
  ///     analyzer.ranges(ofWordsStemmedTo: ["reject"], in: "She rejected the rejection")
  ///     // [4..<12, 17..<26]
  ///
  /// Words are read as ``terms(in:)`` reads them: a stop word matches nothing.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public func ranges(ofWordsStemmedTo stems: Set<String>, in text: String) -> [Range<Int>] {
    guard !stems.isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    var copy = text
    copy.withUTF8 { bytes in
      forEachTermID(bytes: bytes, range: 0..<bytes.count) { id, _, range in
        if id >= 0 && stems.contains(vocabulary[id]) { ranges.append(range) }
      }
    }
    return ranges
  }

  /// The words of `text` whose stems are among `stems`, as the text writes them (capitals,
  /// accents and all), each spelling once, in the order the text has them.
  ///
  ///     analyzer.words(stemmedTo: ["sheinbaum", "reject"], in: "Sheinbaum's rejection")
  ///     // ["Sheinbaum's", "rejection"]
  ///
  /// - Complexity: O(n) in the length of `text`.
  public func words(stemmedTo stems: Set<String>, in text: String) -> [String] {
    let bytes = Array(text.utf8)
    var seen: Set<String> = []
    return ranges(ofWordsStemmedTo: stems, in: text).compactMap { range in
      let word = String(decoding: bytes[range], as: UTF8.self)
      return seen.insert(word).inserted ? word : nil
    }
  }
}
