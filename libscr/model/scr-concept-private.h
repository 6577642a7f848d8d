/* scr-concept-private.h: making the concepts of a vocabulary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-concept.h"

G_BEGIN_DECLS

/* All strings are copied; the vectors may be NULL for empty. */
ScrConcept *scr_concept_new_internal (const char         *id,
                                      const char         *pref_label,
                                      const char * const *alt_labels,
                                      const char * const *broader,
                                      const char * const *narrower,
                                      const char         *definition,
                                      const char         *source_id,
                                      const char         *evidence);

G_END_DECLS
