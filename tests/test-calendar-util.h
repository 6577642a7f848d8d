/* test-calendar-util.h: helpers shared by the calendar tests: the built-in
 * calendars, dates from ISO 8601 text, adding and counting working days,
 * and SCR_ERROR checks, each asserting as it goes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>
#include <scr/scr.h>

#define EW SCR_DIVISION_ENGLAND_AND_WALES
#define SC SCR_DIVISION_SCOTLAND
#define NI SCR_DIVISION_NORTHERN_IRELAND

static inline ScrCalendar *
calendar (ScrDivision division)
{
  g_autoptr(GError) error = NULL;
  ScrCalendar *cal = scr_calendar_new_for_division (division, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cal);
  return cal;
}

static inline ScrDate *
date (const char *iso)
{
  g_autoptr(GError) error = NULL;
  ScrDate *d = scr_date_new_from_iso8601 (iso, &error);

  g_assert_no_error (error);
  return d;
}

static inline gint32
ord (const char *iso)
{
  g_autoptr(ScrDate) d = date (iso);

  return scr_date_get_ordinal (d);
}

static inline char *
add_iso (ScrCalendar *cal,
         const char  *start,
         int          n,
         ScrRoll      roll)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) d = date (start);
  g_autoptr(ScrDate) r = scr_calendar_add_working_days (cal, d, n, roll, &error);

  g_assert_no_error (error);
  return scr_date_to_iso8601 (r);
}

static inline int
count_iso (ScrCalendar *cal,
           const char  *from,
           const char  *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) a = date (from);
  g_autoptr(ScrDate) b = date (to);
  int n = scr_calendar_count_working_days (cal, a, b, &error);

  g_assert_no_error (error);
  return n;
}

static inline void
assert_error (GError     *error,
              int         code,
              const char *fragment)
{
  g_assert_error (error, SCR_ERROR, code);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" not in \"%s\"", fragment, error->message);
}
