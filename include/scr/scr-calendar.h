/* scr-calendar.h: working-day arithmetic over a UK bank-holiday division.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-holiday.h"

G_BEGIN_DECLS

/**
 * ScrRoll:
 * @SCR_ROLL_ERROR: a non-working day is an error
 *   (%SCR_ERROR_INVALID_ARGUMENT); a working day is returned as it is
 * @SCR_ROLL_FOLLOWING: a non-working day rolls to the next working day
 * @SCR_ROLL_PRECEDING: a non-working day rolls to the previous working day
 * @SCR_ROLL_MODIFIED_FOLLOWING: as following, unless that leaves the
 *   month: then as preceding
 * @SCR_ROLL_MODIFIED_PRECEDING: as preceding, unless that leaves the
 *   month: then as following
 *
 * What adding zero working days does ([method@Scr.Calendar.add_working_days]
 * with n = 0). For any other n the start day never counts and the roll is
 * not used.
 */
typedef enum {
  SCR_ROLL_ERROR,
  SCR_ROLL_FOLLOWING,
  SCR_ROLL_PRECEDING,
  SCR_ROLL_MODIFIED_FOLLOWING,
  SCR_ROLL_MODIFIED_PRECEDING,
} ScrRoll;

/**
 * ScrCalendarCombination:
 * @SCR_CALENDAR_COMBINATION_UNION: a day is a non-working day if it is one
 *   in either calendar (working days are those both calendars share: an
 *   English partnership and a Scottish agency both at work)
 * @SCR_CALENDAR_COMBINATION_INTERSECTION: a day is a non-working day only
 *   if it is one in both calendars (working days are those either calendar
 *   works)
 *
 * How [method@Scr.Calendar.combine] combines two calendars, for
 * cross-border cases.
 */
typedef enum {
  SCR_CALENDAR_COMBINATION_UNION,
  SCR_CALENDAR_COMBINATION_INTERSECTION,
} ScrCalendarCombination;

/**
 * SCR_CALENDAR_FIRST_YEAR:
 *
 * The first year a [class@Scr.Calendar] covers.
 */
#define SCR_CALENDAR_FIRST_YEAR 1971

/**
 * SCR_CALENDAR_LAST_YEAR:
 *
 * The last year a [class@Scr.Calendar] covers.
 */
#define SCR_CALENDAR_LAST_YEAR 2100

#define SCR_TYPE_CALENDAR (scr_calendar_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrCalendar, scr_calendar, SCR, CALENDAR, GObject)

SCR_AVAILABLE_IN_ALL
ScrCalendar   *scr_calendar_new_for_division      (ScrDivision     division,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
ScrCalendar   *scr_calendar_new_for_division_name (const char     *name,
                                                   GError        **error);

SCR_AVAILABLE_IN_ALL
ScrCalendar   *scr_calendar_combine               (ScrCalendar    *self,
                                                   ScrCalendar    *other,
                                                   ScrCalendarCombination combination);

SCR_AVAILABLE_IN_ALL
ScrDivision    scr_calendar_get_division          (ScrCalendar    *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_calendar_get_first_date        (ScrCalendar    *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_calendar_get_last_date         (ScrCalendar    *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_calendar_get_confirmed_through (ScrCalendar    *self);
SCR_AVAILABLE_IN_ALL
guint          scr_calendar_get_n_closures        (ScrCalendar    *self);

SCR_AVAILABLE_IN_ALL
gboolean       scr_calendar_is_working_day        (ScrCalendar    *self,
                                                   const ScrDate  *date,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
ScrDate       *scr_calendar_add_working_days      (ScrCalendar    *self,
                                                   const ScrDate  *date,
                                                   int             n,
                                                   ScrRoll         roll,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
int            scr_calendar_count_working_days    (ScrCalendar    *self,
                                                   const ScrDate  *from,
                                                   const ScrDate  *to,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
int            scr_calendar_count_working_days_inclusive (ScrCalendar   *self,
                                                          const ScrDate *from,
                                                          const ScrDate *to,
                                                          GError       **error);
SCR_AVAILABLE_IN_ALL
ScrDate       *scr_calendar_next_working_day      (ScrCalendar    *self,
                                                   const ScrDate  *date,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
ScrDate       *scr_calendar_previous_working_day  (ScrCalendar    *self,
                                                   const ScrDate  *date,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
gboolean       scr_calendar_is_provisional        (ScrCalendar    *self,
                                                   const ScrDate  *from,
                                                   const ScrDate  *to);

SCR_AVAILABLE_IN_ALL
ScrHoliday    *scr_calendar_get_holiday           (ScrCalendar    *self,
                                                   const ScrDate  *date);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_calendar_list_holidays         (ScrCalendar    *self,
                                                   const ScrDate  *from,
                                                   const ScrDate  *to,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_calendar_explain_add           (ScrCalendar    *self,
                                                   const ScrDate  *date,
                                                   int             n,
                                                   ScrRoll         roll,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_calendar_explain_count         (ScrCalendar    *self,
                                                   const ScrDate  *from,
                                                   const ScrDate  *to,
                                                   GError        **error);

/* Day numbers (ScrDate ordinals, Python's date.toordinal()). */
SCR_AVAILABLE_IN_ALL
gboolean       scr_calendar_is_working_day_ordinal (ScrCalendar   *self,
                                                    gint32         ordinal,
                                                    GError       **error);
SCR_AVAILABLE_IN_ALL
gint32         scr_calendar_add_working_days_ordinal (ScrCalendar *self,
                                                      gint32       ordinal,
                                                      int          n,
                                                      ScrRoll      roll,
                                                      GError     **error);
SCR_AVAILABLE_IN_ALL
int            scr_calendar_count_working_days_ordinal (ScrCalendar *self,
                                                        gint32       from,
                                                        gint32       to,
                                                        GError     **error);

/* Batches. */
SCR_AVAILABLE_IN_ALL
gint32        *scr_calendar_add_working_days_array (ScrCalendar   *self,
                                                    const gint32  *ordinals,
                                                    gsize          n_ordinals,
                                                    const gint32  *offsets,
                                                    gsize          n_offsets,
                                                    ScrRoll        roll,
                                                    gsize         *n_results,
                                                    GError       **error);
SCR_AVAILABLE_IN_ALL
gint32        *scr_calendar_count_working_days_array (ScrCalendar  *self,
                                                      const gint32 *from,
                                                      gsize         n_from,
                                                      const gint32 *to,
                                                      gsize         n_to,
                                                      gsize        *n_results,
                                                      GError      **error);
SCR_AVAILABLE_IN_ALL
GBytes        *scr_calendar_add_working_days_bytes (ScrCalendar   *self,
                                                    GBytes        *ordinals,
                                                    GBytes        *offsets,
                                                    ScrRoll        roll,
                                                    GError       **error);
SCR_AVAILABLE_IN_ALL
GBytes        *scr_calendar_count_working_days_bytes (ScrCalendar  *self,
                                                      GBytes       *from,
                                                      GBytes       *to,
                                                      GError      **error);

G_END_DECLS
