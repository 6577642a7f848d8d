/* scr-calendar.c: working-day arithmetic over a UK bank-holiday division.
 *
 * The ScrCalendar class: building its index, the built-in calendars,
 * combining two calendars, its properties and the argument checks its
 * entry points share. The one-date queries are in scr-calendar-query.c,
 * the explanations in scr-calendar-explain.c, the batches in
 * scr-calendar-batch.c, and the O(1) core they share (static inline) in
 * scr-calendar-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-once-private.h"
#include "scr-calendar-private.h"
#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"

/**
 * ScrCalendar:
 *
 * The working days of one UK bank-holiday division, optionally with an
 * organisation's closure days and a GOV.UK update, from 1971-01-01 to
 * 2100-12-31.
 *
 * A working day is a Monday to Friday that is neither a bank holiday of
 * the division nor a closure day. The semantics, in short (the full page
 * is `doc/working-days.md`):
 *
 * - [method@Scr.Calendar.add_working_days] with n >= 1 returns the n-th
 *   working day strictly after the date (the start never counts, working
 *   day or not); n <= -1 is the mirror image; n = 0 rolls a non-working
 *   day by an explicit [enum@Scr.Roll] convention.
 * - [method@Scr.Calendar.count_working_days] counts the working days d with
 *   from < d <= to, and when to < from it is minus the number with
 *   to <= d < from, so that `count (d, add (d, n)) == n` for every n.
 * - Dates outside the range give %SCR_ERROR_OUT_OF_RANGE, never a guess.
 *
 * Every calendar precomputes, over the whole range, the sorted working
 * days and the number of working days before each date, so adding and
 * counting are O(1) table look-ups; nothing steps day by day.
 *
 * Calendars are immutable once built: share one between threads freely,
 * and the holidays it gives (the list models it returns are new on each
 * call, for the caller). The built-in calendars
 * ([ctor@Scr.Calendar.new_for_division]) are made once per process,
 * safely when several threads ask first at once.
 * Build calendars with closures or a GOV.UK update with a
 * [class@Scr.CalendarBuilder].
 */
G_DEFINE_FINAL_TYPE (ScrCalendar, scr_calendar, G_TYPE_OBJECT)

/* The index stores days as 16-bit offsets from the first day. */
G_STATIC_ASSERT ((SCR_CALENDAR_LAST_YEAR - SCR_CALENDAR_FIRST_YEAR + 1) * 366 < 65535);

enum {
  PROP_0,
  PROP_DIVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gint32
scr_calendar_range_first (void)
{
  return scr_ordinal_from_ymd (SCR_CALENDAR_FIRST_YEAR, 1, 1);
}

gint32
scr_calendar_range_last (void)
{
  return scr_ordinal_from_ymd (SCR_CALENDAR_LAST_YEAR, 12, 31);
}

static void
scr_calendar_finalize (GObject *object)
{
  ScrCalendar *self = SCR_CALENDAR (object);

  g_clear_pointer (&self->cum, g_free);
  g_clear_pointer (&self->wd, g_free);
  g_clear_pointer (&self->holidays, g_ptr_array_unref);
  g_clear_pointer (&self->first_date, scr_date_free);
  g_clear_pointer (&self->last_date, scr_date_free);
  g_clear_pointer (&self->confirmed_date, scr_date_free);
  G_OBJECT_CLASS (scr_calendar_parent_class)->finalize (object);
}

static void
scr_calendar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScrCalendar *self = SCR_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_DIVISION:
      g_value_set_enum (value, self->division);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_calendar_class_init (ScrCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_calendar_finalize;
  object_class->get_property = scr_calendar_get_property;

  /**
   * ScrCalendar:division: (getter get_division)
   *
   * The bank-holiday division the calendar follows.
   */
  properties[PROP_DIVISION] =
    g_param_spec_enum ("division", NULL, NULL, SCR_TYPE_DIVISION,
                       SCR_DIVISION_ENGLAND_AND_WALES,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_calendar_init (ScrCalendar *self)
{
}

ScrCalendar *
scr_calendar_new_internal (ScrDivision  division,
                           GPtrArray   *holidays,
                           gint32       confirmed_through,
                           guint        n_closures)
{
  ScrCalendar *self = g_object_new (SCR_TYPE_CALENDAR, NULL);
  g_autofree guint8 *off = NULL;
  gint32 n_days;

  self->division = division;
  self->lo = scr_calendar_range_first ();
  self->hi = scr_calendar_range_last ();
  self->holidays = g_ptr_array_ref (holidays);
  self->confirmed_through = confirmed_through;
  self->n_closures = n_closures;
  self->first_date = scr_date_new_from_ordinal_unchecked (self->lo);
  self->last_date = scr_date_new_from_ordinal_unchecked (self->hi);
  self->confirmed_date = scr_date_new_from_ordinal_unchecked (confirmed_through);

  /* The index: one flag per day from the holiday list (no per-day rule
   * evaluation), then the running count and the working-day list. */
  n_days = self->hi - self->lo + 1;
  off = g_new0 (guint8, n_days);
  for (guint i = 0; i < holidays->len; i++)
    {
      gint32 ordinal = scr_holiday_get_ordinal (g_ptr_array_index (holidays, i));

      if (ordinal >= self->lo && ordinal <= self->hi)
        off[ordinal - self->lo] = 1;
    }
  self->cum = g_new (guint16, n_days + 1);
  self->wd = g_new (guint16, n_days);
  self->n_wd = 0;
  for (gint32 i = 0; i < n_days; i++)
    {
      self->cum[i] = (guint16) self->n_wd;
      if (!off[i] && !scr_calendar_ordinal_is_weekend (self->lo + i))
        self->wd[self->n_wd++] = (guint16) i;
    }
  self->cum[n_days] = (guint16) self->n_wd;
  return self;
}

static GOnce builtin_once[3] = { G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT };

static gpointer
builtin_build (gpointer data)
{
  ScrDivision division = GPOINTER_TO_INT (data);
  g_autoptr(GPtrArray) holidays = scr_holiday_table_get (division, NULL);
  ScrCalendar *calendar = NULL;

  if (holidays != NULL)
    calendar = scr_calendar_new_internal (division, holidays,
                                          scr_holiday_table_get_confirmed_through (), 0);
  SCR_ONCE_MADE (&builtin_once[division]);
  return calendar;
}

/**
 * scr_calendar_new_for_division:
 * @division: a division
 * @error: return location for a #GError
 *
 * Returns the built-in calendar of @division: its bank holidays from 1971
 * to 2100 (regular days by rule, substitute days, and every moved, extra
 * and observed day), with no local closures. Built-in calendars are built
 * once per process and shared.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set if the
 *   built-in table cannot be read
 */
ScrCalendar *
scr_calendar_new_for_division (ScrDivision   division,
                               GError      **error)
{
  ScrCalendar *calendar;

  g_return_val_if_fail ((guint) division <= SCR_DIVISION_NORTHERN_IRELAND, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  calendar = g_once (&builtin_once[division], builtin_build, GINT_TO_POINTER (division));
  SCR_ONCE_FOUND (&builtin_once[division]);
  if (calendar == NULL)
    {
      g_autoptr(GPtrArray) holidays = scr_holiday_table_get (division, error);

      g_assert (holidays == NULL);
      return NULL;
    }
  return g_object_ref (calendar);
}

/**
 * scr_calendar_new_for_division_name:
 * @name: a division slug: `england-and-wales`, `scotland` or
 *   `northern-ireland` (GOV.UK's Welsh slugs are accepted too)
 * @error: return location for a #GError
 *
 * As [ctor@Scr.Calendar.new_for_division], by the division's name.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set
 *   (%SCR_ERROR_INVALID_ARGUMENT for an unknown name)
 */
ScrCalendar *
scr_calendar_new_for_division_name (const char  *name,
                                    GError     **error)
{
  ScrDivision division;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!scr_division_from_string (name, &division, error))
    return NULL;
  return scr_calendar_new_for_division (division, error);
}

/* Adds the holidays of @from that the combination keeps. */
static guint
combine_holidays (GPtrArray              *out,
                  ScrCalendar            *from,
                  ScrCalendar            *other,
                  ScrCalendarCombination  combination)
{
  guint closures = 0;

  for (guint i = 0; i < from->holidays->len; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (from->holidays, i);
      gint32 day = scr_holiday_get_ordinal (holiday);

      if (combination == SCR_CALENDAR_COMBINATION_INTERSECTION &&
          scr_calendar_is_working (other, day))
        continue;
      g_ptr_array_add (out, g_object_ref (holiday));
      closures += scr_holiday_get_kind (holiday) == SCR_HOLIDAY_KIND_CLOSURE;
    }
  return closures;
}

/**
 * scr_calendar_combine:
 * @self: a calendar
 * @other: another calendar
 * @combination: how to combine them
 *
 * Combines two calendars for a cross-border case, such as an English
 * partnership working with a Scottish agency. With
 * %SCR_CALENDAR_COMBINATION_UNION a day is a non-working day if either
 * calendar says so; with %SCR_CALENDAR_COMBINATION_INTERSECTION only if both
 * do. The holidays of the result are those of both calendars that count
 * (each keeps its own division, so explanations name it: "Mon 2026-06-15:
 * World Cup bank holiday, Scotland"); its division is that of @self, and
 * its confirmed horizon the earlier of the two. Neither calendar changes.
 *
 * Returns: (transfer full): a new combined calendar
 */
ScrCalendar *
scr_calendar_combine (ScrCalendar            *self,
                      ScrCalendar            *other,
                      ScrCalendarCombination  combination)
{
  g_autoptr(GPtrArray) holidays = NULL;
  guint closures;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (SCR_IS_CALENDAR (other), NULL);
  g_return_val_if_fail (combination == SCR_CALENDAR_COMBINATION_UNION ||
                        combination == SCR_CALENDAR_COMBINATION_INTERSECTION, NULL);

  holidays = g_ptr_array_new_with_free_func (g_object_unref);
  closures = combine_holidays (holidays, self, other, combination);
  closures += combine_holidays (holidays, other, self, combination);
  g_ptr_array_sort (holidays, scr_holiday_compare_by_date);
  return scr_calendar_new_internal (self->division, holidays,
                                    MIN (self->confirmed_through, other->confirmed_through),
                                    closures);
}

/**
 * scr_calendar_get_division:
 * @self: a calendar
 *
 * Returns the division whose bank holidays @self follows.
 *
 * Returns: the division @self follows
 */
ScrDivision
scr_calendar_get_division (ScrCalendar *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), SCR_DIVISION_ENGLAND_AND_WALES);
  return self->division;
}

/**
 * scr_calendar_get_first_date:
 * @self: a calendar
 *
 * Returns the first date @self covers.
 *
 * Returns: (transfer none): the first date of the supported range,
 *   1971-01-01
 */
const ScrDate *
scr_calendar_get_first_date (ScrCalendar *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  return self->first_date;
}

/**
 * scr_calendar_get_last_date:
 * @self: a calendar
 *
 * Returns the last date @self covers.
 *
 * Returns: (transfer none): the last date of the supported range,
 *   2100-12-31
 */
const ScrDate *
scr_calendar_get_last_date (ScrCalendar *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  return self->last_date;
}

/**
 * scr_calendar_get_confirmed_through:
 * @self: a calendar
 *
 * Returns the last day of confirmed data: 2028-12-31 for the built-in
 * table (GOV.UK's published horizon), later if a GOV.UK update reaches
 * further. Holidays after it are generated by the rules only and marked
 * provisional; see [method@Scr.Calendar.is_provisional].
 *
 * Returns: (transfer none): the confirmed horizon
 */
const ScrDate *
scr_calendar_get_confirmed_through (ScrCalendar *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  return self->confirmed_date;
}

/**
 * scr_calendar_get_n_closures:
 * @self: a calendar
 *
 * Returns how many closure days the calendar adds.
 *
 * Returns: the number of local closure days added to the division's bank
 *   holidays
 */
guint
scr_calendar_get_n_closures (ScrCalendar *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR (self), 0);
  return self->n_closures;
}

/* ---- Checking arguments ---------------------------------------------- */

void
scr_calendar_format_ordinal (gint32 ordinal,
                             char   buf[11])
{
  int y, m, d;

  scr_ordinal_to_ymd (ordinal, &y, &m, &d);
  g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
}

gboolean
scr_calendar_check_ordinal (ScrCalendar  *self,
                            gint32        ordinal,
                            const char   *what,
                            GError      **error)
{
  char day[11], first[11], last[11];

  if (ordinal >= self->lo && ordinal <= self->hi)
    return TRUE;
  scr_calendar_format_ordinal (self->lo, first);
  scr_calendar_format_ordinal (self->hi, last);
  if (ordinal < SCR_ORDINAL_MIN || ordinal > SCR_ORDINAL_MAX)
    g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                 "%s: day number %d is outside the calendar's range %s..%s",
                 what, ordinal, first, last);
  else
    {
      scr_calendar_format_ordinal (ordinal, day);
      g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                   "%s: %s is outside the calendar's range %s..%s", what, day, first, last);
    }
  return FALSE;
}

gboolean
scr_calendar_check_date (ScrCalendar    *self,
                         const ScrDate  *date,
                         const char     *what,
                         gint32         *ordinal,
                         GError        **error)
{
  if (!scr_date_is_complete (date))
    {
      g_autofree char *text = scr_date_to_iso8601 (date);

      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: %s is not a complete date (working days need a day)", what, text);
      return FALSE;
    }
  *ordinal = scr_date_get_ordinal (date);
  return scr_calendar_check_ordinal (self, *ordinal, what, error);
}
