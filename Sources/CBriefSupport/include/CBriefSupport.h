#ifndef BRIEF_CBRIEFSUPPORT_H
#define BRIEF_CBRIEFSUPPORT_H

// C library calls the library needs that Swift's Glibc module does not export.

#include <stdlib.h>  // defines __GLIBC__ under glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

/// Returns freed heap memory to the system where the allocator keeps it: glibc keeps freed
/// pages inside its heaps until malloc_trim; elsewhere this does nothing.
static inline void brief_release_freed_memory(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

#endif
