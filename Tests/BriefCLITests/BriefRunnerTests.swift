import Foundation
import Testing

/// The binary the end-to-end tests run is the one built with them.
@Suite struct BriefRunnerTests {
  /// Under AddressSanitizer (`swift test --sanitize=address`, the second half of CI) the
  /// tests must run a sanitized `brief` too, the REPL's in a terminal included: a binary
  /// from another build folder would pass them without the sanitizer looking.
  @Test func theBinaryIsSanitizedIfTheTestsAre() throws {
    let testsSanitized = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil
    let binary = try Data(contentsOf: BriefRunner.binary, options: .alwaysMapped)
    let binarySanitized = binary.range(of: Data("__asan_init".utf8)) != nil
    #expect(testsSanitized == binarySanitized, "\(BriefRunner.binary.path)")
  }
}
