import CBriefKernels

/// A weight matrix quantized to 8 bits and packed for the int8 product (``CBriefKernels``):
/// each output column by its own scale (its largest magnitude over 64), in panels of 16
/// columns, as `brief_int8_pack` lays them out once at load time.
///
/// Immutable once made, which makes the `@unchecked Sendable` sound.
internal final class Int8Matrix: @unchecked Sendable {
  /// The inputs a column takes (`k`).
  internal let inputs: Int
  /// The output columns (`n`).
  internal let outputs: Int
  private let packed: UnsafeMutablePointer<Int8>
  private let scales: UnsafeMutablePointer<Float>
  private let sums: UnsafeMutablePointer<Int32>

  /// Quantizes `outputs` columns of `inputs` floats each, column `j` at `columns + j · stride`
  /// (PyTorch's `outputs × inputs` layout).
  internal init(columns: UnsafePointer<Float>, outputs: Int, inputs: Int, stride: Int) {
    precondition(outputs > 0 && inputs > 0 && stride >= inputs)
    self.inputs = inputs
    self.outputs = outputs
    let bytes = brief_int8_packed_bytes(Int32(outputs), Int32(inputs))
    let padded = Int(brief_int8_columns(Int32(outputs)))
    packed = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
      .bindMemory(to: Int8.self, capacity: bytes)
    scales = .allocate(capacity: padded)
    sums = .allocate(capacity: padded)
    brief_int8_pack(
      columns, Int32(outputs), Int32(inputs), Int32(stride), packed, scales, sums)
  }

  /// ``init(columns:outputs:inputs:stride:)`` from a matrix kept `inputs × outputs`
  /// (row-major: column `j` is every `outputs`-th float from `j`).
  internal convenience init(transposed matrix: UnsafePointer<Float>, inputs: Int, outputs: Int) {
    let columns = [Float](unsafeUninitializedCapacity: inputs * outputs) { buffer, count in
      for j in 0..<outputs {
        for i in 0..<inputs { buffer[j * inputs + i] = matrix[i * outputs + j] }
      }
      count = inputs * outputs
    }
    self.init(columns: columns, outputs: outputs, inputs: inputs, stride: inputs)
  }

  deinit {
    packed.deallocate()
    scales.deallocate()
    sums.deallocate()
  }

  /// `c (+)= rows · self`, by the int8 product.
  ///
  /// `rows` holds rows of ``inputs`` values, quantized; `c` is row-major with stride `ldc`.
  /// Needs ``Int8Rows/supported``.
  internal func multiply(
    _ rows: Int8Rows, into c: UnsafeMutablePointer<Float>, ldc: Int, accumulating: Bool
  ) {
    precondition(rows.width == inputs && ldc >= outputs)
    brief_int8_multiply(
      Int32(rows.count), Int32(outputs), Int32(inputs), rows.codes, rows.scales, rows.zeros,
      packed, scales, sums, c, Int32(ldc), accumulating ? 1 : 0)
  }
}
