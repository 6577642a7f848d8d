/* scr-action.h: an action of an action plan.
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
#include "scr-action-impact.h"
#include "scr-calendar.h"

G_BEGIN_DECLS

/**
 * ScrActionStatus:
 * @SCR_ACTION_STATUS_NOT_STARTED: not started (`not-started`)
 * @SCR_ACTION_STATUS_IN_PROGRESS: in progress (`in-progress`)
 * @SCR_ACTION_STATUS_COMPLETED: completed (`completed`)
 * @SCR_ACTION_STATUS_OVERDUE: recorded as overdue by the partnership
 *   (`overdue`); [method@Scr.Action.is_overdue] decides from the dates
 * @SCR_ACTION_STATUS_SUPERSEDED: replaced by another action or no longer
 *   needed (`superseded`)
 * @SCR_ACTION_STATUS_UNKNOWN: no status recorded, as in most published
 *   action plans; written as JSON `null` (`unknown` is read too)
 *
 * The recorded status of an action. The JSON spelling is the nick in
 * brackets.
 */
typedef enum {
  SCR_ACTION_STATUS_NOT_STARTED,
  SCR_ACTION_STATUS_IN_PROGRESS,
  SCR_ACTION_STATUS_COMPLETED,
  SCR_ACTION_STATUS_OVERDUE,
  SCR_ACTION_STATUS_SUPERSEDED,
  SCR_ACTION_STATUS_UNKNOWN,
} ScrActionStatus;

/**
 * ScrRag:
 * @SCR_RAG_NONE: no rating given (`none`); from
 *   [method@Scr.Action.compute_rag], grey: no due date to judge against
 * @SCR_RAG_RED: red: off track (`red`)
 * @SCR_RAG_AMBER: amber: at risk (`amber`)
 * @SCR_RAG_GREEN: green: on track or done (`green`)
 * @SCR_RAG_BLUE: blue: completed and evidenced (`blue`)
 *
 * The red/amber/green rating of an action plan. The JSON spelling is the
 * nick in brackets.
 */
typedef enum {
  SCR_RAG_NONE,
  SCR_RAG_RED,
  SCR_RAG_AMBER,
  SCR_RAG_GREEN,
  SCR_RAG_BLUE,
} ScrRag;

#define SCR_TYPE_ACTION (scr_action_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrAction, scr_action, SCR, ACTION, GObject)

SCR_AVAILABLE_IN_ALL
ScrAction       *scr_action_new                   (const char       *id,
                                                   const char       *text);
SCR_AVAILABLE_IN_ALL
ScrAction       *scr_action_new_from_json         (JsonNode         *node,
                                                   GError          **error);
SCR_AVAILABLE_IN_ALL
JsonNode        *scr_action_to_json               (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_id                (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_id                (ScrAction        *self,
                                                   const char       *id);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_review_id         (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_review_id         (ScrAction        *self,
                                                   const char       *review_id);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_recommendation_id (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_recommendation_id (ScrAction        *self,
                                                   const char       *recommendation_id);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_text              (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_text              (ScrAction        *self,
                                                   const char       *text);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_owner_agency_id   (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_owner_agency_id   (ScrAction        *self,
                                                   const char       *owner_agency_id);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_owner             (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_owner             (ScrAction        *self,
                                                   const char       *owner);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_lead              (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_lead              (ScrAction        *self,
                                                   const char       *lead);
SCR_AVAILABLE_IN_ALL
const ScrDate   *scr_action_get_due_date          (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_due_date          (ScrAction        *self,
                                                   const ScrDate    *due_date);
SCR_AVAILABLE_IN_ALL
ScrActionStatus  scr_action_get_status            (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_status            (ScrAction        *self,
                                                   ScrActionStatus   status);
SCR_AVAILABLE_IN_ALL
ScrRag           scr_action_get_rag               (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_rag               (ScrAction        *self,
                                                   ScrRag            rag);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_outcome_measure   (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_outcome_measure   (ScrAction        *self,
                                                   const char       *outcome_measure);
SCR_AVAILABLE_IN_ALL
const char      *scr_action_get_evidence          (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_evidence          (ScrAction        *self,
                                                   const char       *evidence);
SCR_AVAILABLE_IN_ALL
const ScrDate   *scr_action_get_completed_date    (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_completed_date    (ScrAction        *self,
                                                   const ScrDate    *completed_date);
SCR_AVAILABLE_IN_ALL
ScrActionImpact *scr_action_get_impact            (ScrAction        *self);
SCR_AVAILABLE_IN_ALL
void             scr_action_set_impact            (ScrAction        *self,
                                                   ScrActionImpact  *impact);
SCR_AVAILABLE_IN_ALL
ScrRag           scr_action_compute_rag           (ScrAction        *self,
                                                   const ScrDate    *today,
                                                   ScrCalendar      *calendar,
                                                   guint             amber_days);
SCR_AVAILABLE_IN_ALL
gboolean         scr_action_is_overdue            (ScrAction        *self,
                                                   const ScrDate    *on);

G_END_DECLS
