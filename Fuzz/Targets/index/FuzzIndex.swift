// libFuzzer entry point of the `index` target (see FuzzChecks.swift for what it checks).
// A new target: copy this folder, change the case below, add the case to FuzzTarget.

import FuzzChecks
import FuzzEntry

/// The checker, built on the first input.
nonisolated(unsafe) let checker = FuzzEntry.checker(.index)

/// Called by libFuzzer with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndex(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  FuzzEntry.run(checker, data, size)
}
