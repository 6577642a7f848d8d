/* scr-action-impact.h: the evidence that an action changed practice.
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
#include "scr-date.h"

G_BEGIN_DECLS

#define SCR_TYPE_ACTION_IMPACT (scr_action_impact_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrActionImpact, scr_action_impact, SCR, ACTION_IMPACT, GObject)

SCR_AVAILABLE_IN_ALL
ScrActionImpact *scr_action_impact_new                 (void);
SCR_AVAILABLE_IN_ALL
ScrActionImpact *scr_action_impact_new_from_json       (JsonNode         *node,
                                                        GError          **error);
SCR_AVAILABLE_IN_ALL
JsonNode        *scr_action_impact_to_json             (ScrActionImpact  *self);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_impact_get_audit_measure_id (ScrActionImpact *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_impact_set_audit_measure_id (ScrActionImpact *self,
                                                         const char      *audit_measure_id);
SCR_AVAILABLE_IN_ALL
const ScrDate   *scr_action_impact_get_date            (ScrActionImpact  *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_impact_set_date            (ScrActionImpact  *self,
                                                        const ScrDate    *date);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_impact_get_note            (ScrActionImpact  *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_impact_set_note            (ScrActionImpact  *self,
                                                        const char       *note);
SCR_AVAILABLE_IN_ALL
gboolean         scr_action_impact_is_empty            (ScrActionImpact  *self);

G_END_DECLS
