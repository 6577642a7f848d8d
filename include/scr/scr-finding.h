/* scr-finding.h: a finding of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_FINDING (scr_finding_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrFinding, scr_finding, SCR, FINDING, GObject)

SCR_AVAILABLE_IN_ALL
ScrFinding         *scr_finding_new           (const char          *id,
                                               const char          *text);
SCR_AVAILABLE_IN_ALL
ScrFinding         *scr_finding_new_from_json (JsonNode            *node,
                                               GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_finding_to_json       (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_finding_get_id        (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_id        (ScrFinding          *self,
                                               const char          *id);
SCR_AVAILABLE_IN_ALL
const char         *scr_finding_get_review_id (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_review_id (ScrFinding          *self,
                                               const char          *review_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_finding_get_number    (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_number    (ScrFinding          *self,
                                               const char          *number);
SCR_AVAILABLE_IN_ALL
const char         *scr_finding_get_title     (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_title     (ScrFinding          *self,
                                               const char          *title);
SCR_AVAILABLE_IN_ALL
const char         *scr_finding_get_text      (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_text      (ScrFinding          *self,
                                               const char          *text);
SCR_AVAILABLE_IN_ALL
const char * const *scr_finding_get_theme_ids (ScrFinding          *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_theme_ids (ScrFinding          *self,
                                               const char * const  *theme_ids);

SCR_AVAILABLE_IN_ALL
const char * const *scr_finding_get_concept_ids (ScrFinding         *self);
SCR_AVAILABLE_IN_ALL
void                scr_finding_set_concept_ids (ScrFinding         *self,
                                                 const char * const *concept_ids);

G_END_DECLS
