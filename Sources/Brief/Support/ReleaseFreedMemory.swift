#if canImport(Glibc)
  import Glibc
#endif

#if canImport(Glibc)
  /// glibc's `malloc_trim`, which `Glibc` does not export.
  private let mallocTrim: (@convention(c) (Int) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else {
      return nil
    }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
  }()
#endif

/// Returns freed heap pages to the system where the allocator keeps them (glibc keeps
/// freed pages inside its heaps until trimmed); nothing elsewhere.
internal func _releaseFreedMemory() {
  #if canImport(Glibc)
    _ = mallocTrim?(0)
  #endif
}
