/* scr-concept.h: a concept of a theme vocabulary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_CONCEPT (scr_concept_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrConcept, scr_concept, SCR, CONCEPT, GObject)

SCR_AVAILABLE_IN_ALL
const char         *scr_concept_get_id         (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_concept_get_pref_label (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_concept_get_alt_labels (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_concept_get_broader    (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_concept_get_narrower   (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_concept_get_definition (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_concept_get_source_id  (ScrConcept *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_concept_get_evidence   (ScrConcept *self);

G_END_DECLS
