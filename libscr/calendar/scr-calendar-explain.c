/* scr-calendar-explain.c: why a day is not a working day, which days an
 * add or a count passes over, and why an add fails.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-calendar-private.h"
#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-error.h"

/* Explains why scr_calendar_add_fast returned 0. */
void
scr_calendar_set_add_error (ScrCalendar  *self,
                            gint32        ordinal,
                            int           n,
                            ScrRoll       roll,
                            const char   *what,
                            GError      **error)
{
  char first[11], last[11];
  const char *prefix = what != NULL ? what : "";
  const char *colon = what != NULL ? ": " : "";

  if (!scr_calendar_check_ordinal (self, ordinal, what != NULL ? what : "date", error))
    return;
  scr_calendar_format_ordinal (self->lo, first);
  scr_calendar_format_ordinal (self->hi, last);
  if (n == 0 && roll == SCR_ROLL_ERROR)
    {
      g_autofree char *why = scr_calendar_describe_day (self, ordinal, NULL);

      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s%s%s is not a working day and the roll convention is \"error\"",
                   prefix, colon, why);
    }
  else if (n == 0)
    g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                 "%s%srolling leaves the calendar's range %s..%s", prefix, colon, first, last);
  else
    g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                 "%s%sadding %d working days leaves the calendar's range %s..%s",
                 prefix, colon, n, first, last);
}

/* "Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth
 * II, England and Wales"; "Sat 2022-09-17: weekend". */
char *
scr_calendar_describe_day (ScrCalendar *self,
                           gint32       ordinal,
                           ScrHoliday **first_holiday)
{
  GString *text = g_string_new (NULL);
  char day[11];
  gboolean any = FALSE;

  scr_calendar_format_ordinal (ordinal, day);
  g_string_append_printf (text, "%s %s: ", scr_weekday_abbrev (ordinal), day);
  if (scr_calendar_ordinal_is_weekend (ordinal))
    {
      g_string_append (text, "weekend");
      any = TRUE;
    }
  if (first_holiday != NULL)
    *first_holiday = NULL;
  for (guint i = scr_holiday_lower_bound (self->holidays, ordinal); i < self->holidays->len; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (self->holidays, i);
      g_autofree char *description = NULL;

      if (scr_holiday_get_ordinal (holiday) != ordinal)
        break;
      if (first_holiday != NULL && *first_holiday == NULL)
        *first_holiday = holiday;
      description = scr_holiday_describe (holiday);
      g_string_append_printf (text, "%s%s", any ? "; " : "", description);
      any = TRUE;
    }
  if (!any)
    g_string_append (text, "working day");
  return g_string_free (text, FALSE);
}

/* The non-working days in [first, last], by merging the weekends (by
 * arithmetic) with the holiday list: no day-by-day stepping. */
static GListModel *
skipped_days (ScrCalendar *self,
              gint32       first,
              gint32       last)
{
  ScrItemList *store = scr_item_list_new (SCR_TYPE_SKIPPED_DAY);
  guint h;
  gint32 weekend;

  if (first > last)
    return G_LIST_MODEL (store);
  h = scr_holiday_lower_bound (self->holidays, first);
  /* The first Saturday or Sunday on or after @first. */
  weekend = first;
  if (!scr_calendar_ordinal_is_weekend (weekend))
    weekend += 6 - scr_ordinal_weekday (weekend);
  for (;;)
    {
      gint32 next_holiday = G_MAXINT32;
      gint32 day;
      ScrHoliday *holiday = NULL;
      g_autofree char *reason = NULL;
      g_autoptr(ScrSkippedDay) skipped = NULL;

      if (h < self->holidays->len)
        next_holiday = scr_holiday_get_ordinal (g_ptr_array_index (self->holidays, h));
      day = MIN (weekend, next_holiday);
      if (day > last)
        break;
      reason = scr_calendar_describe_day (self, day, &holiday);
      skipped = scr_skipped_day_new (day, reason, holiday, scr_calendar_ordinal_is_weekend (day),
                                     holiday != NULL && scr_holiday_get_provisional (holiday));
      scr_item_list_append (store, skipped);
      while (h < self->holidays->len &&
             scr_holiday_get_ordinal (g_ptr_array_index (self->holidays, h)) == day)
        h++;
      if (weekend == day)
        weekend += scr_ordinal_weekday (day) == 6 ? 1 : 6;
    }
  return G_LIST_MODEL (store);
}

/**
 * scr_calendar_explain_add:
 * @self: a calendar
 * @date: a complete date
 * @n: working days to add, as for [method@Scr.Calendar.add_working_days]
 * @roll: what n = 0 does with a non-working day
 * @error: return location for a #GError
 *
 * Lists the non-working days that `add_working_days (date, n, roll)`
 * passes over, in date order, each with its reason: the days strictly
 * between @date and the answer (for n = 0, @date itself and the days up
 * to the rolled answer).
 *
 * Returns: (transfer full): a list of [class@Scr.SkippedDay], or %NULL
 *   with @error set as add_working_days() would
 */
GListModel *
scr_calendar_explain_add (ScrCalendar    *self,
                          const ScrDate  *date,
                          int             n,
                          ScrRoll         roll,
                          GError        **error)
{
  gint32 ordinal, result;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!scr_calendar_check_date (self, date, "date", &ordinal, error))
    return NULL;
  result = scr_calendar_add_fast (self, ordinal, n, roll);
  if (result == 0)
    {
      scr_calendar_set_add_error (self, ordinal, n, roll, NULL, error);
      return NULL;
    }
  if (n == 0)
    return result >= ordinal ? skipped_days (self, ordinal, result - 1)
                             : skipped_days (self, result + 1, ordinal);
  return n > 0 ? skipped_days (self, ordinal + 1, result - 1)
               : skipped_days (self, result + 1, ordinal - 1);
}

/**
 * scr_calendar_explain_count:
 * @self: a calendar
 * @from: a complete date
 * @to: a complete date
 * @error: return location for a #GError
 *
 * Lists the non-working days inside the span that
 * [method@Scr.Calendar.count_working_days] counts over (from < d <= to,
 * or to <= d < from when reversed), in date order, with their reasons.
 *
 * Returns: (transfer full): a list of [class@Scr.SkippedDay], or %NULL
 *   with @error set
 */
GListModel *
scr_calendar_explain_count (ScrCalendar    *self,
                            const ScrDate  *from,
                            const ScrDate  *to,
                            GError        **error)
{
  gint32 a, b;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!scr_calendar_check_date (self, from, "from", &a, error) ||
      !scr_calendar_check_date (self, to, "to", &b, error))
    return NULL;
  return a <= b ? skipped_days (self, a + 1, b) : skipped_days (self, b, a - 1);
}
