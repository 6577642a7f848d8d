/* scr-calendar.c: working-day arithmetic over a UK bank-holiday division.
 *
 * Over 800 lines as one concept, the ScrCalendar class: its O(1) core
 * (static inline, shared by the one-date, explaining and batch entry
 * points, which must stay in one file to keep it inline), the argument
 * checks and every public entry point with its documentation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

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
 * Calendars are immutable once built: share one between threads freely.
 * Build calendars with closures or a GOV.UK update with a
 * [class@Scr.CalendarBuilder].
 */
struct _ScrCalendar
{
  GObject parent_instance;

  ScrDivision division;
  gint32 lo;                 /* first ordinal of the range */
  gint32 hi;                 /* last ordinal of the range */
  guint16 *cum;              /* cum[i]: working days in [lo, lo + i) */
  guint16 *wd;               /* working days, as offsets from lo */
  gint32 n_wd;
  GPtrArray *holidays;       /* ScrHoliday, sorted by date */
  gint32 confirmed_through;
  guint n_closures;
  ScrDate *first_date;
  ScrDate *last_date;
  ScrDate *confirmed_date;
};

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

static inline gboolean
ordinal_is_weekend (gint32 ordinal)
{
  return scr_ordinal_weekday (ordinal) >= 6;
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
      if (!off[i] && !ordinal_is_weekend (self->lo + i))
        self->wd[self->n_wd++] = (guint16) i;
    }
  self->cum[n_days] = (guint16) self->n_wd;
  return self;
}

static gpointer
builtin_build (gpointer data)
{
  ScrDivision division = GPOINTER_TO_INT (data);
  g_autoptr(GPtrArray) holidays = scr_holiday_table_get (division, NULL);

  if (holidays == NULL)
    return NULL;
  return scr_calendar_new_internal (division, holidays,
                                    scr_holiday_table_get_confirmed_through (), 0);
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
  static GOnce once[3] = { G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT };
  ScrCalendar *calendar;

  g_return_val_if_fail ((guint) division <= SCR_DIVISION_NORTHERN_IRELAND, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  calendar = g_once (&once[division], builtin_build, GINT_TO_POINTER (division));
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

static inline gboolean is_working (ScrCalendar *self,
                                   gint32       ordinal);

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

      if (combination == SCR_CALENDAR_COMBINATION_INTERSECTION && is_working (other, day))
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

static void
format_ordinal (gint32 ordinal,
                char   buf[11])
{
  int y, m, d;

  scr_ordinal_to_ymd (ordinal, &y, &m, &d);
  g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
}

static gboolean
check_ordinal (ScrCalendar  *self,
               gint32        ordinal,
               const char   *what,
               GError      **error)
{
  char day[11], first[11], last[11];

  if (ordinal >= self->lo && ordinal <= self->hi)
    return TRUE;
  format_ordinal (self->lo, first);
  format_ordinal (self->hi, last);
  if (ordinal < SCR_ORDINAL_MIN || ordinal > SCR_ORDINAL_MAX)
    g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                 "%s: day number %d is outside the calendar's range %s..%s",
                 what, ordinal, first, last);
  else
    {
      format_ordinal (ordinal, day);
      g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                   "%s: %s is outside the calendar's range %s..%s", what, day, first, last);
    }
  return FALSE;
}

static gboolean
check_date (ScrCalendar    *self,
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
  return check_ordinal (self, *ordinal, what, error);
}

/* ---- The O(1) core --------------------------------------------------- */

static inline gboolean
is_working (ScrCalendar *self,
            gint32       ordinal)
{
  gint32 i = ordinal - self->lo;

  return self->cum[i + 1] != self->cum[i];
}

static inline gboolean
same_month (gint32 a,
            gint32 b)
{
  int ya, ma, da, yb, mb, db;

  scr_ordinal_to_ymd (a, &ya, &ma, &da);
  scr_ordinal_to_ymd (b, &yb, &mb, &db);
  return ya == yb && ma == mb;
}

/* Returns 0 when the answer is outside the range or n = 0 with
 * SCR_ROLL_ERROR on a non-working day; the caller works out which. */
static inline gint32
add_fast (ScrCalendar *self,
          gint32       ordinal,
          int          n,
          ScrRoll      roll)
{
  gint32 i;
  gint64 k;
  gint32 forward, backward;

  if (G_UNLIKELY (ordinal < self->lo || ordinal > self->hi))
    return 0;
  i = ordinal - self->lo;
  if (n > 0)
    {
      k = (gint64) self->cum[i + 1] + n - 1;
      return k < self->n_wd ? self->lo + self->wd[k] : 0;
    }
  if (n < 0)
    {
      k = (gint64) self->cum[i] + n;
      return k >= 0 ? self->lo + self->wd[k] : 0;
    }
  if (self->cum[i + 1] != self->cum[i])
    return ordinal;
  switch (roll)
    {
    case SCR_ROLL_FOLLOWING:
      return add_fast (self, ordinal, 1, roll);
    case SCR_ROLL_PRECEDING:
      return add_fast (self, ordinal, -1, roll);
    case SCR_ROLL_MODIFIED_FOLLOWING:
      /* A following day outside the range lies in another month. */
      forward = add_fast (self, ordinal, 1, roll);
      if (forward != 0 && same_month (forward, ordinal))
        return forward;
      return add_fast (self, ordinal, -1, roll);
    case SCR_ROLL_MODIFIED_PRECEDING:
      backward = add_fast (self, ordinal, -1, roll);
      if (backward != 0 && same_month (backward, ordinal))
        return backward;
      return add_fast (self, ordinal, 1, roll);
    case SCR_ROLL_ERROR:
    default:
      return 0;
    }
}

static inline int
count_fast (ScrCalendar *self,
            gint32       from,
            gint32       to)
{
  gint32 a = from - self->lo;
  gint32 b = to - self->lo;

  if (from <= to)
    return (int) self->cum[b + 1] - (int) self->cum[a + 1];
  return (int) self->cum[b] - (int) self->cum[a];
}

static char *
describe_day (ScrCalendar *self,
              gint32       ordinal,
              ScrHoliday **first_holiday);

/* Explains why add_fast returned 0. */
static void
set_add_error (ScrCalendar  *self,
               gint32        ordinal,
               int           n,
               ScrRoll       roll,
               const char   *what,
               GError      **error)
{
  char first[11], last[11];
  const char *prefix = what != NULL ? what : "";
  const char *colon = what != NULL ? ": " : "";

  if (!check_ordinal (self, ordinal, what != NULL ? what : "date", error))
    return;
  format_ordinal (self->lo, first);
  format_ordinal (self->hi, last);
  if (n == 0 && roll == SCR_ROLL_ERROR)
    {
      g_autofree char *why = describe_day (self, ordinal, NULL);

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

/* ---- Reasons ----------------------------------------------------------- */

/* "Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth
 * II, England and Wales"; "Sat 2022-09-17: weekend". */
static char *
describe_day (ScrCalendar *self,
              gint32       ordinal,
              ScrHoliday **first_holiday)
{
  GString *text = g_string_new (NULL);
  char day[11];
  gboolean any = FALSE;

  format_ordinal (ordinal, day);
  g_string_append_printf (text, "%s %s: ", scr_weekday_abbrev (ordinal), day);
  if (ordinal_is_weekend (ordinal))
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
  GListStore *store = g_list_store_new (SCR_TYPE_SKIPPED_DAY);
  guint h;
  gint32 weekend;

  if (first > last)
    return G_LIST_MODEL (store);
  h = scr_holiday_lower_bound (self->holidays, first);
  /* The first Saturday or Sunday on or after @first. */
  weekend = first;
  if (!ordinal_is_weekend (weekend))
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
      reason = describe_day (self, day, &holiday);
      skipped = scr_skipped_day_new (day, reason, holiday, ordinal_is_weekend (day),
                                     holiday != NULL && scr_holiday_get_provisional (holiday));
      g_list_store_append (store, skipped);
      while (h < self->holidays->len &&
             scr_holiday_get_ordinal (g_ptr_array_index (self->holidays, h)) == day)
        h++;
      if (weekend == day)
        weekend += scr_ordinal_weekday (day) == 6 ? 1 : 6;
    }
  return G_LIST_MODEL (store);
}

/* ---- Public API ------------------------------------------------------- */

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

  if (!check_date (self, date, "date", &ordinal, error))
    return FALSE;
  return is_working (self, ordinal);
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

  if (!check_ordinal (self, ordinal, "date", error))
    return FALSE;
  return is_working (self, ordinal);
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

  if (!check_date (self, date, "date", &ordinal, error))
    return NULL;
  result = add_fast (self, ordinal, n, roll);
  if (result == 0)
    {
      set_add_error (self, ordinal, n, roll, NULL, error);
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

  result = add_fast (self, ordinal, n, roll);
  if (G_UNLIKELY (result == 0))
    set_add_error (self, ordinal, n, roll, NULL, error);
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

  if (!check_date (self, from, "from", &a, error) || !check_date (self, to, "to", &b, error))
    return 0;
  return count_fast (self, a, b);
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

  if (!check_ordinal (self, from, "from", error) || !check_ordinal (self, to, "to", error))
    return 0;
  return count_fast (self, from, to);
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

  if (!check_date (self, from, "from", &a, error) || !check_date (self, to, "to", &b, error))
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
  GListStore *store;
  gint32 a, b;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_date (self, from, "from", &a, error) || !check_date (self, to, "to", &b, error))
    return NULL;
  if (b < a)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "the range ends before it starts");
      return NULL;
    }
  store = g_list_store_new (SCR_TYPE_HOLIDAY);
  for (guint i = scr_holiday_lower_bound (self->holidays, a); i < self->holidays->len; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (self->holidays, i);

      if (scr_holiday_get_ordinal (holiday) > b)
        break;
      g_list_store_append (store, holiday);
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

  if (!check_date (self, date, "date", &ordinal, error))
    return NULL;
  result = add_fast (self, ordinal, n, roll);
  if (result == 0)
    {
      set_add_error (self, ordinal, n, roll, NULL, error);
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

  if (!check_date (self, from, "from", &a, error) || !check_date (self, to, "to", &b, error))
    return NULL;
  return a <= b ? skipped_days (self, a + 1, b) : skipped_days (self, b, a - 1);
}

/* ---- Batches ---------------------------------------------------------- */

static gboolean
check_lengths (gsize        n,
               gsize        n_other,
               const char  *what,
               GError     **error)
{
  if (n_other == n || n_other == 1)
    return TRUE;
  g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
               "%s has %" G_GSIZE_FORMAT " values; expected %" G_GSIZE_FORMAT " or 1",
               what, n_other, n);
  return FALSE;
}

static gboolean
add_batch (ScrCalendar   *self,
           const gint32  *ordinals,
           const gint32  *offsets,
           gsize          n,
           gsize          n_offsets,
           ScrRoll        roll,
           gint32        *out,
           GError       **error)
{
  gsize step = n_offsets == 1 ? 0 : 1;
  gboolean failed = FALSE;

  for (gsize i = 0, j = 0; i < n; i++, j += step)
    {
      out[i] = add_fast (self, ordinals[i], offsets[j], roll);
      failed |= out[i] == 0;
    }
  if (G_UNLIKELY (failed))
    for (gsize i = 0, j = 0; i < n; i++, j += step)
      if (out[i] == 0)
        {
          g_autofree char *what = g_strdup_printf ("ordinals[%" G_GSIZE_FORMAT "]", i);

          set_add_error (self, ordinals[i], offsets[j], roll, what, error);
          return FALSE;
        }
  return TRUE;
}

static gboolean
count_batch (ScrCalendar   *self,
             const gint32  *from,
             const gint32  *to,
             gsize          n,
             gsize          n_to,
             gint32        *out,
             GError       **error)
{
  gsize step = n_to == 1 ? 0 : 1;

  for (gsize i = 0, j = 0; i < n; i++, j += step)
    {
      if (G_UNLIKELY (from[i] < self->lo || from[i] > self->hi ||
                      to[j] < self->lo || to[j] > self->hi))
        {
          g_autofree char *what_from = g_strdup_printf ("from[%" G_GSIZE_FORMAT "]", i);
          g_autofree char *what_to = g_strdup_printf ("to[%" G_GSIZE_FORMAT "]", j);

          if (check_ordinal (self, from[i], what_from, error))
            check_ordinal (self, to[j], what_to, error);
          return FALSE;
        }
      out[i] = count_fast (self, from[i], to[j]);
    }
  return TRUE;
}

/* Runs a batch of adds (@count FALSE: @a day numbers, @b offsets) or
 * counts (@count TRUE: @a first days, @b last days) into a new array. */
static gint32 *
run_batch (ScrCalendar   *self,
           gboolean       count,
           const gint32  *a,
           gsize          n_a,
           const gint32  *b,
           gsize          n_b,
           ScrRoll        roll,
           GError       **error)
{
  g_autofree gint32 *out = NULL;
  gboolean ok;

  if (!check_lengths (n_a, n_b, count ? "to" : "offsets", error))
    return NULL;
  out = g_new (gint32, MAX (n_a, 1));
  ok = count ? count_batch (self, a, b, n_a, n_b, out, error)
             : add_batch (self, a, b, n_a, n_b, roll, out, error);
  return ok ? g_steal_pointer (&out) : NULL;
}

/**
 * scr_calendar_add_working_days_array:
 * @self: a calendar
 * @ordinals: (array length=n_ordinals): start days as day numbers
 * @n_ordinals: the number of start days
 * @offsets: (array length=n_offsets): working days to add to each start
 *   day, or one value for all
 * @n_offsets: @n_ordinals, or 1
 * @roll: what an offset of 0 does with a non-working day
 * @n_results: (out): return location for the number of results
 * @error: return location for a #GError
 *
 * Adds working days to many days at once, as
 * [method@Scr.Calendar.add_working_days_ordinal] would one by one. From
 * Python, pass lists or NumPy arrays of day numbers
 * (`datetime64[D]` values + 719163).
 *
 * Returns: (array length=n_results) (transfer full) (nullable): the
 *   answers, or %NULL with @error set naming the first failing index
 */
gint32 *
scr_calendar_add_working_days_array (ScrCalendar   *self,
                                     const gint32  *ordinals,
                                     gsize          n_ordinals,
                                     const gint32  *offsets,
                                     gsize          n_offsets,
                                     ScrRoll        roll,
                                     gsize         *n_results,
                                     GError       **error)
{
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (ordinals != NULL || n_ordinals == 0, NULL);
  g_return_val_if_fail (offsets != NULL || n_offsets == 0, NULL);
  g_return_val_if_fail (n_results != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = run_batch (self, FALSE, ordinals, n_ordinals, offsets, n_offsets, roll, error);
  *n_results = out != NULL ? n_ordinals : 0;
  return out;
}

/**
 * scr_calendar_count_working_days_array:
 * @self: a calendar
 * @from: (array length=n_from): first days as day numbers
 * @n_from: the number of first days
 * @to: (array length=n_to): last days, or one value for all
 * @n_to: @n_from, or 1
 * @n_results: (out): return location for the number of results
 * @error: return location for a #GError
 *
 * Counts working days for many pairs at once, as
 * [method@Scr.Calendar.count_working_days_ordinal] would one by one.
 *
 * Returns: (array length=n_results) (transfer full) (nullable): the
 *   counts, or %NULL with @error set naming the first failing index
 */
gint32 *
scr_calendar_count_working_days_array (ScrCalendar   *self,
                                       const gint32  *from,
                                       gsize          n_from,
                                       const gint32  *to,
                                       gsize          n_to,
                                       gsize         *n_results,
                                       GError       **error)
{
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL || n_from == 0, NULL);
  g_return_val_if_fail (to != NULL || n_to == 0, NULL);
  g_return_val_if_fail (n_results != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = run_batch (self, TRUE, from, n_from, to, n_to, SCR_ROLL_ERROR, error);
  *n_results = out != NULL ? n_from : 0;
  return out;
}

static const gint32 *
bytes_as_int32 (GBytes      *bytes,
                const char  *what,
                gsize       *n,
                GError     **error)
{
  static const gint32 empty[1] = { 0 };
  gsize size;
  const gint32 *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      *n = 0;
      return empty;
    }
  if (size % sizeof (gint32) != 0 || ((guintptr) data % G_ALIGNOF (gint32)) != 0)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: %" G_GSIZE_FORMAT " bytes are not an aligned array of 32-bit integers",
                   what, size);
      return NULL;
    }
  *n = size / sizeof (gint32);
  return data;
}

/**
 * scr_calendar_add_working_days_bytes:
 * @self: a calendar
 * @ordinals: start days: native-endian 32-bit day numbers
 * @offsets: working days to add: native-endian 32-bit integers, as many
 *   as @ordinals or one for all
 * @roll: what an offset of 0 does with a non-working day
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.add_working_days_array] over packed buffers,
 * which bindings pass without converting each element. From Python:
 * `GLib.Bytes.new(array.astype(numpy.int32).tobytes())` in, and
 * `numpy.frombuffer(result.get_data(), numpy.int32)` out.
 *
 * Returns: (transfer full): the answers as native-endian 32-bit day
 *   numbers, or %NULL with @error set
 */
GBytes *
scr_calendar_add_working_days_bytes (ScrCalendar   *self,
                                     GBytes        *ordinals,
                                     GBytes        *offsets,
                                     ScrRoll        roll,
                                     GError       **error)
{
  const gint32 *in, *off;
  gsize n, n_offsets;
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (ordinals != NULL, NULL);
  g_return_val_if_fail (offsets != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((in = bytes_as_int32 (ordinals, "ordinals", &n, error)) == NULL ||
      (off = bytes_as_int32 (offsets, "offsets", &n_offsets, error)) == NULL ||
      (out = run_batch (self, FALSE, in, n, off, n_offsets, roll, error)) == NULL)
    return NULL;
  return g_bytes_new_take (out, n * sizeof (gint32));
}

/**
 * scr_calendar_count_working_days_bytes:
 * @self: a calendar
 * @from: first days: native-endian 32-bit day numbers
 * @to: last days: as many as @from, or one for all
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.count_working_days_array] over packed buffers.
 *
 * Returns: (transfer full): the counts as native-endian 32-bit integers,
 *   or %NULL with @error set
 */
GBytes *
scr_calendar_count_working_days_bytes (ScrCalendar  *self,
                                       GBytes       *from,
                                       GBytes       *to,
                                       GError      **error)
{
  const gint32 *a, *b;
  gsize n, n_to;
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((a = bytes_as_int32 (from, "from", &n, error)) == NULL ||
      (b = bytes_as_int32 (to, "to", &n_to, error)) == NULL ||
      (out = run_batch (self, TRUE, a, n, b, n_to, SCR_ROLL_ERROR, error)) == NULL)
    return NULL;
  return g_bytes_new_take (out, n * sizeof (gint32));
}
