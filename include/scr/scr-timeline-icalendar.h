/* scr-timeline-icalendar.h: a timeline's open deadlines as iCalendar.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"
#include "scr-calendar.h"
#include "scr-timeline.h"

G_BEGIN_DECLS

/**
 * SCR_TIMELINE_REMINDER_WORKING_DAYS:
 *
 * How many working days before its due date each exported deadline
 * reminds ([method@Scr.Timeline.to_icalendar]).
 */
#define SCR_TIMELINE_REMINDER_WORKING_DAYS 2

SCR_AVAILABLE_IN_ALL
char *scr_timeline_to_icalendar (ScrTimeline  *self,
                                 ScrCalendar  *calendar,
                                 GError      **error);

SCR_AVAILABLE_IN_ALL
char *scr_timelines_to_icalendar (GListModel   *timelines,
                                  ScrCalendar  *calendar,
                                  GError      **error);

G_END_DECLS
