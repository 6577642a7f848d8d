/* fuzz-calendar-common.h: what the calendar harnesses do with a calendar
 * once a feed or a closures file has built one.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "fuzz-common.h"

static inline void fuzz_use_calendar (ScrCalendar *calendar);

/* Builds the loaded builder's calendar and uses it. */
static inline void
fuzz_build_and_use (ScrCalendarBuilder *builder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = scr_calendar_builder_build (builder, &error);

  fuzz_assert ((calendar == NULL) == (error != NULL));
  fuzz_check_error (error);
  if (calendar != NULL)
    fuzz_use_calendar (calendar);
}

/* Working-day sums must agree with counts, whatever days were loaded:
 * adding n working days then counting back gives n. */
static inline void
fuzz_use_calendar (ScrCalendar *calendar)
{
  g_autoptr(ScrDate) start = scr_date_new (2025, 12, 20, NULL);
  g_autoptr(ScrDate) end = scr_date_new (2028, 1, 10, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holidays = scr_calendar_list_holidays (calendar, start, end, &error);

  fuzz_check_error (error);
  for (guint i = 0; holidays != NULL && i < g_list_model_get_n_items (holidays); i++)
    {
      g_autoptr(ScrHoliday) holiday = g_list_model_get_item (holidays, i);

      fuzz_assert (!scr_calendar_is_working_day (calendar, scr_holiday_get_date (holiday), NULL));
    }
  for (int n = 1; n <= 40; n += 13)
    {
      g_autoptr(ScrDate) due = scr_calendar_add_working_days (calendar, start, n, SCR_ROLL_ERROR, &error);
      g_autoptr(GListModel) skipped = NULL;

      if (due == NULL)
        {
          fuzz_check_error (error);
          g_clear_error (&error);
          continue;
        }
      fuzz_assert (scr_calendar_count_working_days (calendar, start, due, NULL) == n);
      skipped = scr_calendar_explain_add (calendar, start, n, SCR_ROLL_ERROR, &error);
      fuzz_assert (skipped != NULL);
    }
}
