#ifndef BRIEF_CLIBXML2_SHIM_H
#define BRIEF_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Brief never touches libxml2's encoding handlers, the only structures that differ with
   ICU; leaving ICU's headers out keeps them from clashing with the ICU that Foundation
   brings along. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
