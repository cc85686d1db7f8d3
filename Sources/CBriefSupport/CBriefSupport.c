// A C target needs a source file; everything is inline in include/CBriefSupport.h.
#include "CBriefSupport.h"
