/* scr-calendar-query.c: a calendar's questions about one date or span:
 * is it a working day, add and count working days, the next and previous
 * working day, provisional spans, and the holidays on a day or in a range.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-calendar-private.h"
#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-error.h"

/**
 * scr_calendar_is_working_day:
 * @self: a calendar
 * @date: a complete date
 * @error: return location for a #GError
 *
 * Returns whether @date is a working day: Monday to Friday and neither a
 * bank holiday nor a closure day.
 *
 * Returns: %TRUE for a working day; %FALSE for a non-working day or with
 *   @error set when @date is partial or out of range
 */
gboolean
scr_calendar_is_working_day (ScrCalendar    *self,
                             const ScrDate  *date,
                             GError        **error)
{
  gint32 ordinal;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scr_calendar_check_date (self, date, "date", &ordinal, error))
    return FALSE;
  return scr_calendar_is_working (self, ordinal);
}

/**
 * scr_calendar_is_working_day_ordinal:
 * @self: a calendar
 * @ordinal: a day number (Python's `date.toordinal()`)
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.is_working_day], by day number.
 *
 * Returns: %TRUE for a working day; %FALSE otherwise or with @error set
 */
gboolean
scr_calendar_is_working_day_ordinal (ScrCalendar  *self,
                                     gint32        ordinal,
                                     GError      **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scr_calendar_check_ordinal (self, ordinal, "date", error))
    return FALSE;
  return scr_calendar_is_working (self, ordinal);
}

/**
 * scr_calendar_add_working_days:
 * @self: a calendar
 * @date: a complete date
 * @n: working days to add; negative to go back; 0 to roll
 * @roll: what n = 0 does with a non-working day; not used otherwise
 * @error: return location for a #GError
 *
 * For n >= 1, returns the n-th working day strictly after @date: the
 * start never counts, whether or not it is a working day ("within 5
 * working days of becoming aware" ends on `add (aware, 5)`). For n <= -1,
 * the |n|-th working day strictly before @date. For n = 0, @date itself
 * if it is a working day, otherwise the day @roll gives.
 *
 * Returns: (transfer full): the date, or %NULL with @error set:
 *   %SCR_ERROR_OUT_OF_RANGE when @date or the answer lies outside
 *   1971..2100, %SCR_ERROR_INVALID_ARGUMENT for a partial date or for
 *   n = 0 on a non-working day with %SCR_ROLL_ERROR
 */
ScrDate *
scr_calendar_add_working_days (ScrCalendar    *self,
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
  return scr_date_new_from_ordinal_unchecked (result);
}

/**
 * scr_calendar_add_working_days_ordinal:
 * @self: a calendar
 * @ordinal: a day number (Python's `date.toordinal()`)
 * @n: working days to add; negative to go back; 0 to roll
 * @roll: what n = 0 does with a non-working day
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.add_working_days], by day number: the fast path
 * for bindings.
 *
 * Returns: the day number of the answer, or 0 with @error set
 */
gint32
scr_calendar_add_working_days_ordinal (ScrCalendar  *self,
                                       gint32        ordinal,
                                       int           n,
                                       ScrRoll       roll,
                                       GError      **error)
{
  gint32 result;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  result = scr_calendar_add_fast (self, ordinal, n, roll);
  if (G_UNLIKELY (result == 0))
    scr_calendar_set_add_error (self, ordinal, n, roll, NULL, error);
  return result;
}

/**
 * scr_calendar_count_working_days:
 * @self: a calendar
 * @from: a complete date
 * @to: a complete date
 * @error: return location for a #GError
 *
 * Counts the working days d with @from < d <= @to. When @to is before
 * @from the count is negative: minus the number of working days d with
 * @to <= d < @from. So `count (d, add (d, n)) == n` for every n, and
 * count (d, d) is 0.
 *
 * Returns: the count, or 0 with @error set when a date is partial or out
 *   of range
 */
int
scr_calendar_count_working_days (ScrCalendar    *self,
                                 const ScrDate  *from,
                                 const ScrDate  *to,
                                 GError        **error)
{
  gint32 a, b;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!scr_calendar_check_date (self, from, "from", &a, error) ||
      !scr_calendar_check_date (self, to, "to", &b, error))
    return 0;
  return scr_calendar_count_fast (self, a, b);
}

/**
 * scr_calendar_count_working_days_ordinal:
 * @self: a calendar
 * @from: a day number
 * @to: a day number
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.count_working_days], by day number.
 *
 * Returns: the count, or 0 with @error set
 */
int
scr_calendar_count_working_days_ordinal (ScrCalendar  *self,
                                         gint32        from,
                                         gint32        to,
                                         GError      **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!scr_calendar_check_ordinal (self, from, "from", error) ||
      !scr_calendar_check_ordinal (self, to, "to", error))
    return 0;
  return scr_calendar_count_fast (self, from, to);
}

/**
 * scr_calendar_count_working_days_inclusive:
 * @self: a calendar
 * @from: a complete date
 * @to: a complete date
 * @error: return location for a #GError
 *
 * Counts the working days d with @from <= d <= @to, both ends included,
 * as Excel's `NETWORKDAYS` does. When @to is before @from the count is
 * minus the count from @to to @from.
 *
 * Returns: the count, or 0 with @error set
 */
int
scr_calendar_count_working_days_inclusive (ScrCalendar    *self,
                                           const ScrDate  *from,
                                           const ScrDate  *to,
                                           GError        **error)
{
  gint32 a, b;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!scr_calendar_check_date (self, from, "from", &a, error) ||
      !scr_calendar_check_date (self, to, "to", &b, error))
    return 0;
  if (a <= b)
    return (int) self->cum[b - self->lo + 1] - (int) self->cum[a - self->lo];
  return -((int) self->cum[a - self->lo + 1] - (int) self->cum[b - self->lo]);
}

/**
 * scr_calendar_next_working_day:
 * @self: a calendar
 * @date: a complete date
 * @error: return location for a #GError
 *
 * Returns the first working day strictly after @date (add 1).
 *
 * Returns: (transfer full): the date, or %NULL with @error set
 */
ScrDate *
scr_calendar_next_working_day (ScrCalendar    *self,
                               const ScrDate  *date,
                               GError        **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_calendar_add_working_days (self, date, 1, SCR_ROLL_ERROR, error);
}

/**
 * scr_calendar_previous_working_day:
 * @self: a calendar
 * @date: a complete date
 * @error: return location for a #GError
 *
 * Returns the last working day strictly before @date (add -1).
 *
 * Returns: (transfer full): the date, or %NULL with @error set
 */
ScrDate *
scr_calendar_previous_working_day (ScrCalendar    *self,
                                   const ScrDate  *date,
                                   GError        **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_calendar_add_working_days (self, date, -1, SCR_ROLL_ERROR, error);
}

/**
 * scr_calendar_is_provisional:
 * @self: a calendar
 * @from: a complete date
 * @to: a complete date
 *
 * Returns whether an answer that spans @from to @to (in either order)
 * depends on provisional data: whether the span reaches past
 * [method@Scr.Calendar.get_confirmed_through]. Past the horizon the
 * holidays come from the rules only, and a proclamation may still add or
 * move a day (the 2022 State Funeral had nine days' notice). Check
 * `is_provisional (start, add (start, n))` for a deadline.
 *
 * Returns: %TRUE when the span depends on provisional days
 */
gboolean
scr_calendar_is_provisional (ScrCalendar   *self,
                             const ScrDate *from,
                             const ScrDate *to)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);

  return MAX (scr_date_get_ordinal (from), scr_date_get_ordinal (to)) > self->confirmed_through;
}

/**
 * scr_calendar_get_holiday:
 * @self: a calendar
 * @date: a date
 *
 * Returns the bank holiday (or, failing one, the closure) on @date.
 *
 * Returns: (transfer none) (nullable): the holiday, or %NULL when @date
 *   is not a holiday
 */
ScrHoliday *
scr_calendar_get_holiday (ScrCalendar   *self,
                          const ScrDate *date)
{
  gint32 ordinal;
  guint i;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (!scr_date_is_complete (date))
    return NULL;
  ordinal = scr_date_get_ordinal (date);
  i = scr_holiday_lower_bound (self->holidays, ordinal);
  if (i < self->holidays->len &&
      scr_holiday_get_ordinal (g_ptr_array_index (self->holidays, i)) == ordinal)
    return g_ptr_array_index (self->holidays, i);
  return NULL;
}

/**
 * scr_calendar_list_holidays:
 * @self: a calendar
 * @from: the first date, complete
 * @to: the last date, complete, not before @from
 * @error: return location for a #GError
 *
 * Lists the holidays and closure days from @from to @to, both included,
 * in date order (on one day, bank holidays before closures). Substitute
 * days appear on the day off; a holiday that fell on a weekend does not
 * appear on that weekend day.
 *
 * Returns: (transfer full): a list of [class@Scr.Holiday], or %NULL with
 *   @error set
 */
GListModel *
scr_calendar_list_holidays (ScrCalendar    *self,
                           const ScrDate  *from,
                           const ScrDate  *to,
                           GError        **error)
{
  ScrItemList *store;
  gint32 a, b;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!scr_calendar_check_date (self, from, "from", &a, error) ||
      !scr_calendar_check_date (self, to, "to", &b, error))
    return NULL;
  if (b < a)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "the range ends before it starts");
      return NULL;
    }
  store = scr_item_list_new (SCR_TYPE_HOLIDAY);
  for (guint i = scr_holiday_lower_bound (self->holidays, a); i < self->holidays->len; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (self->holidays, i);

      if (scr_holiday_get_ordinal (holiday) > b)
        break;
      scr_item_list_append (store, holiday);
    }
  return G_LIST_MODEL (store);
}
