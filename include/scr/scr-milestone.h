/* scr-milestone.h: a dated step of a review.
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

/**
 * ScrMilestoneKind:
 * @SCR_MILESTONE_KIND_REFERRED: the case was referred for consideration
 * @SCR_MILESTONE_KIND_NOTIFIED: the serious incident was notified (to
 *   Ofsted, the Panel or the Welsh Government)
 * @SCR_MILESTONE_KIND_RAPID_REVIEW: the rapid review was held or completed
 * @SCR_MILESTONE_KIND_DECISION: the decision whether to hold a review
 * @SCR_MILESTONE_KIND_AUTHOR_APPOINTED: the lead reviewer or author was appointed
 * @SCR_MILESTONE_KIND_REPORT_TO_BOARD: the report went to the board or partnership
 * @SCR_MILESTONE_KIND_REPORT_TO_PANEL: the report went to the national panel
 * @SCR_MILESTONE_KIND_PUBLICATION: the report was published
 * @SCR_MILESTONE_KIND_OTHER: another step, described by the note
 *
 * The kind of a [class@Scr.Milestone]. The JSON spelling is the nick:
 * `referred`, `notified`, `rapid-review`, `decision`, `author-appointed`,
 * `report-to-board`, `report-to-panel`, `publication`, `other`.
 */
typedef enum {
  SCR_MILESTONE_KIND_REFERRED,
  SCR_MILESTONE_KIND_NOTIFIED,
  SCR_MILESTONE_KIND_RAPID_REVIEW,
  SCR_MILESTONE_KIND_DECISION,
  SCR_MILESTONE_KIND_AUTHOR_APPOINTED,
  SCR_MILESTONE_KIND_REPORT_TO_BOARD,
  SCR_MILESTONE_KIND_REPORT_TO_PANEL,
  SCR_MILESTONE_KIND_PUBLICATION,
  SCR_MILESTONE_KIND_OTHER,
} ScrMilestoneKind;

#define SCR_TYPE_MILESTONE (scr_milestone_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrMilestone, scr_milestone, SCR, MILESTONE, GObject)

SCR_AVAILABLE_IN_ALL
ScrMilestone     *scr_milestone_new            (ScrMilestoneKind   kind);
SCR_AVAILABLE_IN_ALL
ScrMilestone     *scr_milestone_new_from_json  (JsonNode          *node,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
JsonNode         *scr_milestone_to_json        (ScrMilestone      *self);

SCR_AVAILABLE_IN_ALL
ScrMilestoneKind  scr_milestone_get_kind       (ScrMilestone      *self);
SCR_AVAILABLE_IN_ALL
void              scr_milestone_set_kind       (ScrMilestone      *self,
                                                ScrMilestoneKind   kind);
SCR_AVAILABLE_IN_ALL
const ScrDate    *scr_milestone_get_planned    (ScrMilestone      *self);
SCR_AVAILABLE_IN_ALL
void              scr_milestone_set_planned    (ScrMilestone      *self,
                                                const ScrDate     *planned);
SCR_AVAILABLE_IN_ALL
const ScrDate    *scr_milestone_get_date       (ScrMilestone      *self);
SCR_AVAILABLE_IN_ALL
void              scr_milestone_set_date       (ScrMilestone      *self,
                                                const ScrDate     *date);
SCR_AVAILABLE_IN_ALL
const char       *scr_milestone_get_note       (ScrMilestone      *self);
SCR_AVAILABLE_IN_ALL
void              scr_milestone_set_note       (ScrMilestone      *self,
                                                const char        *note);

G_END_DECLS
