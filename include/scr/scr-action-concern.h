/* scr-action-concern.h: why an action's evidence of impact is in doubt.
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

/**
 * ScrActionConcernKind:
 * @SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE: the action is recorded
 *   as completed and has an outcome measure, but no evidence of impact
 *   (`complete-without-evidence`)
 * @SCR_ACTION_CONCERN_MEASURE_NOT_IMPROVED: the audit measure the action's
 *   impact names did not improve from one audit to the next
 *   (`measure-not-improved`)
 * @SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED: the audit measure the
 *   action's impact names was audited only once, so nothing shows whether
 *   it moved (`measure-not-reaudited`)
 * @SCR_ACTION_CONCERN_OVERDUE: the action is overdue
 *   ([method@Scr.Action.is_overdue]) (`overdue`)
 *
 * What is wrong with an action's evidence of impact. The JSON spelling is
 * the nick in brackets.
 */
typedef enum {
  SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE,
  SCR_ACTION_CONCERN_MEASURE_NOT_IMPROVED,
  SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED,
  SCR_ACTION_CONCERN_OVERDUE,
} ScrActionConcernKind;

#define SCR_TYPE_ACTION_CONCERN (scr_action_concern_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrActionConcern, scr_action_concern, SCR, ACTION_CONCERN, GObject)

SCR_AVAILABLE_IN_ALL
const char           *scr_action_concern_get_action_id (ScrActionConcern *self);
SCR_AVAILABLE_IN_ALL
ScrActionConcernKind  scr_action_concern_get_kind      (ScrActionConcern *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_action_concern_get_reason    (ScrActionConcern *self);
SCR_AVAILABLE_IN_ALL
JsonNode             *scr_action_concern_to_json       (ScrActionConcern *self);

G_END_DECLS
