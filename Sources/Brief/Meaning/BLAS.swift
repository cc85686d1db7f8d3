import Foundation

/// OpenBLAS's single-precision matrix product, loaded when the first encoder is made.
///
/// OpenBLAS chooses its kernels by the processor it recognises when it is loaded; on a
/// virtual machine that reports a generic model it falls back to its oldest x86-64 kernels
/// (SSE3), at half the speed of the AVX2 ones. So Brief loads it at run time (Debian's
/// `libopenblas0`), having first named the kernels by the processor's features in
/// `OPENBLAS_CORETYPE`, unless the environment already does. It also runs OpenBLAS on one
/// thread unless `OPENBLAS_NUM_THREADS` says otherwise: a sentence's products are small,
/// and OpenBLAS's threads wait for each other by spinning, which stalls a question for up to
/// seconds when another process has the other cores (callers parallelize over sentences or
/// documents instead).
internal struct BLAS: @unchecked Sendable {
  /// `cblas_sgemm`, row-major; the enums as in cblas.h.
  typealias Product =
    @convention(c) (
      Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
      UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void

  static let rowMajor: Int32 = 101
  static let noTranspose: Int32 = 111
  static let transpose: Int32 = 112

  /// The library's file names, tried in order.
  static let names = ["libopenblas.so.0", "libopenblas.so"]

  let product: Product

  /// The loaded library, or why it could not be loaded.
  static let shared: Result<BLAS, BriefError> = load()

  private static func load() -> Result<BLAS, BriefError> {
    if getenv("OPENBLAS_CORETYPE") == nil, let core = coreType() {
      setenv("OPENBLAS_CORETYPE", core, 0)
    }
    var reason = "not found"
    for name in names {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL) else {
        if let error = dlerror() { reason = String(cString: error) }
        continue
      }
      guard let symbol = dlsym(handle, "cblas_sgemm") else {
        return .failure(.libraryUnavailable(name: name, reason: "no cblas_sgemm"))
      }
      if getenv("OPENBLAS_NUM_THREADS") == nil, getenv("OMP_NUM_THREADS") == nil,
        let threads = dlsym(handle, "openblas_set_num_threads")
      {
        typealias SetThreads = @convention(c) (Int32) -> Void
        unsafeBitCast(threads, to: SetThreads.self)(1)
      }
      return .success(BLAS(product: unsafeBitCast(symbol, to: Product.self)))
    }
    return .failure(
      .libraryUnavailable(
        name: names[0], reason: "\(reason); install Debian's libopenblas0 (.ci/setup does)"))
  }

  /// OpenBLAS's name for the best kernels the processor can run, from the flags Linux lists
  /// in /proc/cpuinfo; nil where they cannot be read (OpenBLAS then decides).
  static func coreType(
    cpuinfo: String? = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
  )
    -> String?
  {
    guard let cpuinfo,
      let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return nil }
    let flags = Set(line.split(separator: " ").map(String.init))
    if flags.isSuperset(of: ["avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512cd"]) {
      return "SkylakeX"
    }
    if flags.isSuperset(of: ["avx2", "fma"]) { return "Haswell" }
    return nil
  }

  /// `c = alpha · op(a) · op(b) + beta · c`, row-major (`cblas_sgemm`).
  func multiply(
    transposingB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
    beta: Float, _ c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    product(
      Self.rowMajor, Self.noTranspose, transposingB ? Self.transpose : Self.noTranspose,
      Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
  }

  /// `c = op(a) · op(b)` over arrays, row-major, with `a` m × k (`lda` k), `b` k × n or,
  /// transposed, n × k, and `c` m × n; nothing when an array is empty.
  func multiply(
    transposingB: Bool, m: Int, n: Int, k: Int, _ a: [Float], _ b: [Float],
    into c: inout [Float]
  ) {
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else {
            return
          }
          multiply(
            transposingB: transposingB, m: m, n: n, k: k, a, lda: k, b,
            ldb: transposingB ? k : n, beta: 0, c, ldc: n)
        }
      }
    }
  }
}
