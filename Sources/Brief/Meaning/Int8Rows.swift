import CBriefKernels

/// Activations quantized to bytes for the int8 product, each row by its own scale and zero
/// point (`value ≈ scale · (code − zero)`, codes 0…255 over the row's range): a reusable
/// buffer of an ``EncoderWorkspace``, refilled before each product.
///
/// Not thread-safe: written and read by the thread that holds its workspace.
internal final class Int8Rows: @unchecked Sendable {
  /// Whether this processor runs the int8 product (AVX2).
  internal static var supported: Bool { brief_int8_supported() != 0 }

  /// The most rows and the widest row the buffer holds.
  internal let capacity: Int
  internal let widest: Int
  /// The rows and their width last quantized.
  internal private(set) var count = 0
  internal private(set) var width = 0
  internal let codes: UnsafeMutablePointer<UInt8>
  internal let scales: UnsafeMutablePointer<Float>
  internal let zeros: UnsafeMutablePointer<Int32>

  /// A buffer of up to `capacity` rows of up to `widest` values.
  internal init(capacity: Int, widest: Int) {
    self.capacity = max(1, capacity)
    self.widest = max(1, widest)
    let bytes = self.capacity * Int(brief_int8_depth(Int32(self.widest)))
    codes = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
      .bindMemory(to: UInt8.self, capacity: bytes)
    scales = .allocate(capacity: self.capacity)
    zeros = .allocate(capacity: self.capacity)
  }

  deinit {
    codes.deallocate()
    scales.deallocate()
    zeros.deallocate()
  }

  /// Quantizes `count` rows of `width` floats, row `i` at `rows + i · stride`.
  internal func quantize(_ rows: UnsafePointer<Float>, count: Int, width: Int, stride: Int) {
    precondition(count <= capacity && width <= widest && stride >= width)
    self.count = count
    self.width = width
    brief_int8_quantize(rows, Int32(count), Int32(width), Int32(stride), codes, scales, zeros)
  }
}
