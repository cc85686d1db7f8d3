/// How the encoder groups texts into batches: sorted by length (word pieces, ties in their
/// order), then packed in that order up to a number of rows a batch.
///
/// A batch's rows go through each projection as one matrix product, so fuller batches use
/// BLAS better; attention stays within each text, so lengths need not match and nothing is
/// padded. Sorting keeps each batch's texts of about one length (their attention loops
/// alike) and makes the plan depend on the texts alone: the same texts give the same
/// batches, and so the same vectors, on any number of threads.
internal struct EncoderBatches: Sendable {
  /// Text indices, shortest first.
  internal let order: [Int]
  /// Each batch as a range of `order`, in the order of `order`.
  internal let batches: [Range<Int>]

  /// Batches of at most `rows` rows for texts of `lengths` rows each (each at most `rows`).
  internal init(lengths: [Int], rows: Int) {
    let order = lengths.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    var batches: [Range<Int>] = []
    var start = 0
    var filled = 0
    for (position, text) in order.enumerated() {
      if filled + lengths[text] > rows, position > start {
        batches.append(start..<position)
        start = position
        filled = 0
      }
      filled += lengths[text]
    }
    if start < order.count { batches.append(start..<order.count) }
    self.order = order
    self.batches = batches
  }
}
