#ifndef BRIEF_CSTEMMER_SHIM_H
#define BRIEF_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
