/// A fixed array of floats at a 64-byte boundary (a cache line), for the encoder's weights
/// and activations: the vector kernels and BLAS take its pointer directly.
///
/// Immutable once made when used for weights, which is what makes the `@unchecked
/// Sendable` sound; a workspace's buffers are written by the one thread that holds it.
internal final class AlignedFloats: @unchecked Sendable {
  internal let pointer: UnsafeMutablePointer<Float>
  internal let count: Int

  /// `count` floats, all 0.
  internal init(count: Int) {
    self.count = count
    pointer = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * 4, alignment: 64)
      .bindMemory(to: Float.self, capacity: max(1, count))
    pointer.initialize(repeating: 0, count: max(1, count))
  }

  /// A copy of `values`.
  internal convenience init(_ values: [Float]) {
    self.init(count: values.count)
    _ = UnsafeMutableBufferPointer(start: pointer, count: values.count).update(
      fromContentsOf: values)
  }

  deinit {
    pointer.deallocate()
  }

  /// The floats, read-only.
  internal var values: UnsafePointer<Float> { UnsafePointer(pointer) }
}
