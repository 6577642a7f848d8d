/* scr-deadline.h: one statutory step of a timeline and its status.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-rule.h"

G_BEGIN_DECLS

/**
 * ScrDeadlineStatus:
 * @SCR_DEADLINE_STATUS_PENDING: not done, and not yet due on the day of
 *   the timeline (or no fixed due date)
 * @SCR_DEADLINE_STATUS_MET: done on or before the due date
 * @SCR_DEADLINE_STATUS_LATE: done, after the due date (for a minimum
 *   period: ended before it ran out)
 * @SCR_DEADLINE_STATUS_OVERDUE: not done, and the due date has passed
 *
 * The state of a [class@Scr.Deadline] on the day of its timeline.
 */
typedef enum {
  SCR_DEADLINE_STATUS_PENDING,
  SCR_DEADLINE_STATUS_MET,
  SCR_DEADLINE_STATUS_LATE,
  SCR_DEADLINE_STATUS_OVERDUE,
} ScrDeadlineStatus;

#define SCR_TYPE_DEADLINE (scr_deadline_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrDeadline, scr_deadline, SCR, DEADLINE, GObject)

SCR_AVAILABLE_IN_ALL
const char         *scr_deadline_get_rule_id     (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
ScrProcess          scr_deadline_get_process     (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_deadline_get_description (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_deadline_get_citation    (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
ScrEvidence         scr_deadline_get_evidence    (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
gboolean            scr_deadline_get_unverified  (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_deadline_get_anchor      (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_deadline_get_from        (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_deadline_get_due         (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_deadline_get_done        (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
gboolean            scr_deadline_get_approximate (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
ScrDeadlineStatus   scr_deadline_get_status      (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
int                 scr_deadline_get_days_late   (ScrDeadline *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_deadline_get_skipped     (ScrDeadline *self);

G_END_DECLS
