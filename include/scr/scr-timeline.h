/* scr-timeline.h: every statutory step of a case, with due dates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-calendar.h"
#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-deadline.h"

G_BEGIN_DECLS

#define SCR_TYPE_TIMELINE (scr_timeline_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrTimeline, scr_timeline, SCR, TIMELINE, GObject)

SCR_AVAILABLE_IN_ALL
const char    *scr_timeline_get_case_id       (ScrTimeline *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_timeline_get_today         (ScrTimeline *self);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_timeline_get_deadlines     (ScrTimeline *self);
SCR_AVAILABLE_IN_ALL
ScrCalendar   *scr_timeline_get_calendar      (ScrTimeline *self);
SCR_AVAILABLE_IN_ALL
char         **scr_timeline_list_missing      (ScrTimeline *self);
SCR_AVAILABLE_IN_ALL
JsonNode      *scr_timeline_to_json           (ScrTimeline *self);

G_END_DECLS
