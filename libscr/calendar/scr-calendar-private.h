/* scr-calendar-private.h: building calendars inside libscr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-calendar.h"

G_BEGIN_DECLS

/* @holidays: ScrHoliday sorted by date (bank holidays before closures on
 * one day); the calendar takes a reference to the array, which must not
 * change afterwards. */
ScrCalendar *scr_calendar_new_internal (ScrDivision  division,
                                        GPtrArray   *holidays,
                                        gint32       confirmed_through,
                                        guint        n_closures);

/* Ordinals of the supported range. */
gint32       scr_calendar_range_first  (void);
gint32       scr_calendar_range_last   (void);

G_END_DECLS
