import Foundation

/// The 32-bit float tensors of a `.safetensors` file (Hugging Face's weight format: an
/// 8-byte little-endian header length, a JSON header naming each tensor's type, shape and
/// byte range, then the raw data).
internal struct SafeTensors {
  /// A tensor's shape and values, row-major.
  internal struct Tensor {
    var shape: [Int]
    var values: [Float]
  }

  internal let tensors: [String: Tensor]

  /// Reads every `F32` tensor of the file (other types, such as BERT's `I64` position ids,
  /// are skipped).
  ///
  /// - Throws: ``BriefError`` for a missing or unreadable file (``FileBytes``), or
  ///   ``BriefError/unreadable(path:reason:)`` for one that is not a well-formed safetensors
  ///   file.
  internal init(contentsOf url: URL) throws(BriefError) {
    let path = url.path
    let bytes = try FileBytes.read(file: path)
    func bad(_ reason: String) -> BriefError {
      .unreadable(path: path, reason: "not a safetensors file: \(reason)")
    }
    guard bytes.count >= 8 else { throw bad("shorter than its header") }
    let headerLength = bytes[..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    guard headerLength <= UInt64(bytes.count - 8) else { throw bad("header past the end") }
    let base = 8 + Int(headerLength)
    guard
      let header = try? JSONSerialization.jsonObject(with: Data(bytes[8..<base]))
        as? [String: Any]
    else { throw bad("header is not a JSON object") }
    var tensors: [String: Tensor] = [:]
    for (name, entry) in header where name != "__metadata__" {
      guard let entry = entry as? [String: Any], let type = entry["dtype"] as? String,
        let shape = entry["shape"] as? [Int], let range = entry["data_offsets"] as? [Int],
        range.count == 2, range[0] >= 0, range[0] <= range[1], base + range[1] <= bytes.count
      else { throw bad("tensor \(name) is malformed") }
      guard type == "F32" else { continue }
      let count = shape.reduce(1, *)
      guard count * 4 == range[1] - range[0] else { throw bad("tensor \(name) has the wrong size") }
      // Little-endian floats, as on every platform Brief builds for.
      let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        bytes.withUnsafeBytes { raw in
          let source = UnsafeRawBufferPointer(rebasing: raw[(base + range[0])..<(base + range[1])])
          UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
        }
        initialized = count
      }
      tensors[name] = Tensor(shape: shape, values: values)
    }
    self.tensors = tensors
  }
}
