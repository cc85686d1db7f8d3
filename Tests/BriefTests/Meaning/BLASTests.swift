import Testing

@testable import Brief

@Suite struct BLASTests {
  @Test func coreTypeFollowsTheProcessorsVectorUnits() {
    let avx512 = "flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl\n"
    #expect(BLAS.coreType(cpuinfo: "processor\t: 0\n" + avx512) == "SkylakeX")
    #expect(BLAS.coreType(cpuinfo: "flags\t\t: fpu sse2 avx avx2 fma\n") == "Haswell")
    #expect(BLAS.coreType(cpuinfo: "flags\t\t: fpu sse2 sse3\n") == nil)
    #expect(BLAS.coreType(cpuinfo: "Features\t: fp asimd\n") == nil)
    #expect(BLAS.coreType(cpuinfo: nil) == nil)
  }

  @Test func multiplyIsTheRowMajorProduct() throws {
    let blas = try BLAS.shared.get()
    // a: 2 × 3, b: 3 × 2 (or its transpose, 2 × 3), both with a spare column.
    let a: [Float] = [1, 2, 3, 0, 4, 5, 6, 0]
    let b: [Float] = [7, 8, 0, 9, 10, 0, 11, 12, 0]
    let bTransposed: [Float] = [7, 9, 11, 0, 8, 10, 12, 0]
    // a · b = [[58, 64], [139, 154]].
    var c: [Float] = [1, 1, 1, 1]
    blas.multiply(
      transposingB: false, m: 2, n: 2, k: 3, a, lda: 4, b, ldb: 3, beta: 0, &c, ldc: 2)
    #expect(c == [58, 64, 139, 154])
    // alpha · a · b + beta · c, b given transposed: three times the product.
    blas.multiply(
      transposingB: true, m: 2, n: 2, k: 3, alpha: 2, a, lda: 4, bTransposed, ldb: 4, beta: 1,
      &c, ldc: 2)
    #expect(c == [174, 192, 417, 462])
  }
}
