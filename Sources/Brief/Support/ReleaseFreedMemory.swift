import CBriefSupport

/// Returns freed heap pages to the system where the allocator keeps them (glibc keeps
/// freed pages inside its heaps until trimmed); nothing elsewhere.
internal func _releaseFreedMemory() {
  brief_release_freed_memory()
}
