/* scr-date.c: an immutable calendar date with optional partial precision.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "scr-date-private.h"
#include "scr-error.h"
#include "scr-quote-private.h"

/**
 * ScrDate:
 *
 * An immutable calendar date.
 *
 * A date is either complete (`2014-08-27`) or known only to the month
 * (`2011-11`) or the year (`2014`), as case chronologies record them. It
 * carries no time of day and no time zone: convert instants with
 * [ctor@Scr.Date.new_from_date_time], which uses the UK's civil date.
 *
 * Dates are value types: copy them with [method@Scr.Date.copy] and compare
 * them with [method@Scr.Date.compare] or [method@Scr.Date.equal]. Being
 * immutable, they may be shared between threads.
 *
 * Every date also has an ordinal, the count of days from 0001-01-01 (day 1)
 * in the proleptic Gregorian calendar; it equals Python's
 * `datetime.date.toordinal()` and GLib's Julian day. A partial date's
 * ordinal is that of the first day of its month or year.
 */
struct _ScrDate
{
  gint32 ordinal;
  guint16 year;
  guint8 month;   /* 0 when precision is YEAR */
  guint8 day;     /* 0 unless precision is DAY */
  guint8 precision;
};

G_DEFINE_BOXED_TYPE (ScrDate, scr_date, scr_date_copy, scr_date_free)

void
scr_date_peek (const ScrDate    *date,
               gint32           *ordinal,
               int              *year,
               int              *month,
               ScrDatePrecision *precision)
{
  *ordinal = date->ordinal;
  *year = date->year;
  *month = date->month;
  *precision = date->precision;
}

static const char *const month_names[] = {
  NULL, "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

gboolean
scr_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
scr_days_in_month (int year,
                   int month)
{
  static const guint8 days[] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && scr_is_leap_year (year))
    return 29;
  return days[month];
}

/* Days from civil date, counting March as the first month of a
 * computational year so that the leap day falls at its end. */
gint32
scr_ordinal_from_ymd (int year,
                      int month,
                      int day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int year_of_era = y - era * 400;
  int shifted_month = month + (month > 2 ? -3 : 9);
  int day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
  int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  /* 0000-03-01 is day 0 of this count; 0001-01-01 is day 306. */
  return era * 146097 + day_of_era - 305;
}

void
scr_ordinal_to_ymd (gint32  ordinal,
                    int    *year,
                    int    *month,
                    int    *day)
{
  int z = ordinal + 305;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int day_of_era = z - era * 146097;
  int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int shifted_month = (5 * day_of_year + 2) / 153;
  int d = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  int m = shifted_month + (shifted_month < 10 ? 3 : -9);

  *year = year_of_era + era * 400 + (m <= 2);
  *month = m;
  *day = d;
}

int
scr_ordinal_weekday (gint32 ordinal)
{
  /* Ordinal 1 (0001-01-01) was a Monday. */
  return (int) ((ordinal - 1) % 7) + 1;
}

static ScrDate *
date_alloc (gint32           ordinal,
            int              year,
            int              month,
            int              day,
            ScrDatePrecision precision)
{
  ScrDate *self = g_new (ScrDate, 1);

  self->ordinal = ordinal;
  self->year = year;
  self->month = month;
  self->day = day;
  self->precision = precision;
  return self;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < SCR_DATE_MIN_YEAR || year > SCR_DATE_MAX_YEAR)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "year %d is outside %d..%d", year, SCR_DATE_MIN_YEAR, SCR_DATE_MAX_YEAR);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_month (int      month,
             GError **error)
{
  if (month < 1 || month > 12)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "month %d is outside 1..12", month);
      return FALSE;
    }
  return TRUE;
}

/**
 * scr_date_new:
 * @year: the year, 1 to 9999
 * @month: the month, 1 to 12
 * @day: the day of the month
 * @error: return location for a #GError
 *
 * Creates a complete date. A day that does not exist (`2014-02-30`) gives
 * %SCR_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full): a new date, or %NULL with @error set
 */
ScrDate *
scr_date_new (int      year,
              int      month,
              int      day,
              GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (year, error) || !check_month (month, error))
    return NULL;
  if (day < 1 || day > scr_days_in_month (year, month))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s %d has no day %d", month_names[month], year, day);
      return NULL;
    }
  return date_alloc (scr_ordinal_from_ymd (year, month, day), year, month, day,
                     SCR_DATE_PRECISION_DAY);
}

/**
 * scr_date_new_year_month:
 * @year: the year, 1 to 9999
 * @month: the month, 1 to 12
 * @error: return location for a #GError
 *
 * Creates a date known only to the month, such as "November 2011".
 *
 * Returns: (transfer full): a new date of %SCR_DATE_PRECISION_MONTH, or
 *   %NULL with @error set
 */
ScrDate *
scr_date_new_year_month (int      year,
                         int      month,
                         GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (year, error) || !check_month (month, error))
    return NULL;
  return date_alloc (scr_ordinal_from_ymd (year, month, 1), year, month, 0,
                     SCR_DATE_PRECISION_MONTH);
}

/**
 * scr_date_new_year:
 * @year: the year, 1 to 9999
 * @error: return location for a #GError
 *
 * Creates a date known only to the year.
 *
 * Returns: (transfer full): a new date of %SCR_DATE_PRECISION_YEAR, or
 *   %NULL with @error set
 */
ScrDate *
scr_date_new_year (int      year,
                   GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (year, error))
    return NULL;
  return date_alloc (scr_ordinal_from_ymd (year, 1, 1), year, 0, 0,
                     SCR_DATE_PRECISION_YEAR);
}

static gboolean
parse_digits (const char *s,
              gsize       n,
              int        *out)
{
  int value = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (s[i] - '0');
    }
  *out = value;
  return TRUE;
}

/**
 * scr_date_new_from_iso8601:
 * @text: an ISO 8601 calendar date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
 * @error: return location for a #GError
 *
 * Parses a date in one of the three ISO 8601 forms libscr writes. Nothing
 * else is accepted: no times, no week dates, no surrounding space.
 *
 * Returns: (transfer full): a new date, or %NULL with @error set to
 *   %SCR_ERROR_INVALID_ARGUMENT
 */
ScrDate *
scr_date_new_from_iso8601 (const char  *text,
                           GError     **error)
{
  gsize len;
  int year, month, day;
  g_autoptr(GError) local_error = NULL;
  ScrDate *date = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = strlen (text);
  if (len == 4 && parse_digits (text, 4, &year))
    date = scr_date_new_year (year, &local_error);
  else if (len == 7 && text[4] == '-' &&
           parse_digits (text, 4, &year) && parse_digits (text + 5, 2, &month))
    date = scr_date_new_year_month (year, month, &local_error);
  else if (len == 10 && text[4] == '-' && text[7] == '-' &&
           parse_digits (text, 4, &year) && parse_digits (text + 5, 2, &month) &&
           parse_digits (text + 8, 2, &day))
    date = scr_date_new (year, month, day, &local_error);
  else
    {
      g_autofree char *quoted = scr_quote (text);

      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)", quoted);
      return NULL;
    }

  if (date == NULL)
    {
      /* Only digits and dashes got this far: nothing to escape. */
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not a date: %s", text, local_error->message);
      return NULL;
    }
  return date;
}

ScrDate *
scr_date_new_from_ordinal_unchecked (gint32 ordinal)
{
  int y, m, d;

  scr_ordinal_to_ymd (ordinal, &y, &m, &d);
  return date_alloc (ordinal, y, m, d, SCR_DATE_PRECISION_DAY);
}

/**
 * scr_date_new_from_ordinal:
 * @ordinal: a day number, 1 for 0001-01-01 (Python's `date.toordinal()`)
 * @error: return location for a #GError
 *
 * Creates a complete date from its ordinal. NumPy's `datetime64[D]` values
 * count from 1970-01-01: add 719163 to convert them.
 *
 * Returns: (transfer full): a new date, or %NULL with @error set
 */
ScrDate *
scr_date_new_from_ordinal (gint32   ordinal,
                           GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ordinal < SCR_ORDINAL_MIN || ordinal > SCR_ORDINAL_MAX)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "day number %d is outside %d..%d", ordinal, SCR_ORDINAL_MIN, SCR_ORDINAL_MAX);
      return NULL;
    }
  return scr_date_new_from_ordinal_unchecked (ordinal);
}

/**
 * scr_date_new_from_date_time:
 * @date_time: an instant
 *
 * Returns the civil date in the United Kingdom (Europe/London) at
 * @date_time. Deadlines are counted in UK dates, so converting in UTC or
 * another zone would be wrong for events near midnight.
 *
 * Returns: (transfer full): a new complete date
 */
ScrDate *
scr_date_new_from_date_time (GDateTime *date_time)
{
  g_autoptr(GTimeZone) london = NULL;
  g_autoptr(GDateTime) local = NULL;
  int y, m, d;

  g_return_val_if_fail (date_time != NULL, NULL);

  london = g_time_zone_new_identifier ("Europe/London");
  if (london == NULL)
    london = g_time_zone_new_utc ();  /* no tzdata: UTC is London's standard time */
  local = g_date_time_to_timezone (date_time, london);
  g_date_time_get_ymd (local, &y, &m, &d);
  return date_alloc (scr_ordinal_from_ymd (y, m, d), y, m, d, SCR_DATE_PRECISION_DAY);
}

/**
 * scr_date_new_today:
 *
 * Returns today's date in the United Kingdom.
 *
 * Returns: (transfer full): a new complete date
 */
ScrDate *
scr_date_new_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return scr_date_new_from_date_time (now);
}

/**
 * scr_date_copy:
 * @self: a date
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 */
ScrDate *
scr_date_copy (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

/**
 * scr_date_free:
 * @self: (transfer full): a date
 *
 * Frees @self.
 */
void
scr_date_free (ScrDate *self)
{
  g_free (self);
}

/**
 * scr_date_get_year:
 * @self: a date
 *
 * Gets the year of @self.
 *
 * Returns: the year
 */
int
scr_date_get_year (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

/**
 * scr_date_get_month:
 * @self: a date
 *
 * Gets the month of @self.
 *
 * Returns: the month, 1 to 12, or 0 when only the year is known
 */
int
scr_date_get_month (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->month;
}

/**
 * scr_date_get_day:
 * @self: a date
 *
 * Gets the day of the month of @self.
 *
 * Returns: the day of the month, or 0 when the date is not complete
 */
int
scr_date_get_day (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->day;
}

/**
 * scr_date_get_precision:
 * @self: a date
 *
 * Gets how much of @self is known: the day, the month or only the year.
 *
 * Returns: how much of the date is known
 */
ScrDatePrecision
scr_date_get_precision (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, SCR_DATE_PRECISION_DAY);
  return self->precision;
}

/**
 * scr_date_is_complete:
 * @self: a date
 *
 * Checks whether the year, month and day of @self are all known.
 *
 * Returns: %TRUE when year, month and day are all known
 */
gboolean
scr_date_is_complete (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->precision == SCR_DATE_PRECISION_DAY;
}

/**
 * scr_date_get_ordinal:
 * @self: a date
 *
 * Returns the day number of @self (0001-01-01 is 1); for a partial date,
 * that of the first day of its month or year.
 *
 * Returns: the ordinal
 */
gint32
scr_date_get_ordinal (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->ordinal;
}

/**
 * scr_date_get_weekday:
 * @self: a complete date
 *
 * Gets the day of the week of @self.
 *
 * Returns: the day of the week, or %G_DATE_BAD_WEEKDAY for a partial date
 */
GDateWeekday
scr_date_get_weekday (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, G_DATE_BAD_WEEKDAY);

  if (self->precision != SCR_DATE_PRECISION_DAY)
    return G_DATE_BAD_WEEKDAY;
  return (GDateWeekday) scr_ordinal_weekday (self->ordinal);
}

/**
 * scr_date_to_iso8601:
 * @self: a date
 *
 * Formats @self as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by its precision.
 *
 * Returns: (transfer full): the ISO 8601 text
 */
char *
scr_date_to_iso8601 (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch ((ScrDatePrecision) self->precision)
    {
    case SCR_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", self->year);
    case SCR_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", self->year, self->month);
    case SCR_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", self->year, self->month, self->day);
    }
}

/* The date in English words, as far as it is known: "17 June 2016",
 * "June 2016" or "2016", whatever the locale (the reports). */
char *
scr_date_to_english (const ScrDate *self)
{
  switch ((ScrDatePrecision) self->precision)
    {
    case SCR_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%d", self->year);
    case SCR_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%s %d", month_names[self->month], self->year);
    case SCR_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%d %s %d", self->day, month_names[self->month], self->year);
    }
}

/**
 * scr_date_format:
 * @self: a date
 * @format: a g_date_time_format() format, such as `"%a %Y-%m-%d"`
 *
 * Formats @self with the conversions of g_date_time_format(). Fields a
 * partial date does not have come out as those of its first day.
 *
 * Returns: (transfer full): the formatted text
 */
char *
scr_date_format (const ScrDate *self,
                 const char    *format)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  dt = g_date_time_new_utc (self->year, MAX (self->month, 1), MAX (self->day, 1), 0, 0, 0);
  return g_date_time_format (dt, format);
}

/**
 * scr_date_compare:
 * @a: a date
 * @b: another date
 *
 * Orders dates by their first day, then a finer precision first, so that
 * `2014-01-01` < `2014-01` < `2014`.
 *
 * Returns: negative, zero or positive as @a is before, equal to or after @b
 */
int
scr_date_compare (const ScrDate *a,
                  const ScrDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->ordinal != b->ordinal)
    return a->ordinal < b->ordinal ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return 0;
}

/**
 * scr_date_equal:
 * @a: a date
 * @b: another date
 *
 * Checks whether two dates are the same date, known to the same precision.
 *
 * Returns: %TRUE when @a and @b are the same date with the same precision
 */
gboolean
scr_date_equal (const ScrDate *a,
                const ScrDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->ordinal == b->ordinal && a->precision == b->precision;
}

/**
 * scr_date_hash:
 * @self: a date
 *
 * Computes a hash of @self, for use as a #GHashTable key with
 * [method@Scr.Date.equal].
 *
 * Returns: a hash value, consistent with [method@Scr.Date.equal]
 */
guint
scr_date_hash (const ScrDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint) self->ordinal * 3u + self->precision;
}

/**
 * scr_date_add_days:
 * @self: a complete date
 * @days: calendar days to add; negative to go back
 * @error: return location for a #GError
 *
 * Adds calendar days ("within 14 days"). For working days use
 * [method@Scr.Calendar.add_working_days].
 *
 * Returns: (transfer full): the new date, or %NULL with @error set when
 *   @self is partial or the result leaves the supported range
 */
ScrDate *
scr_date_add_days (const ScrDate  *self,
                   int             days,
                   GError        **error)
{
  gint64 ordinal;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->precision != SCR_DATE_PRECISION_DAY)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "cannot add days to a partial date");
      return NULL;
    }
  ordinal = (gint64) self->ordinal + days;
  if (ordinal < SCR_ORDINAL_MIN || ordinal > SCR_ORDINAL_MAX)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                   "adding %d days leaves the years %d..%d", days,
                   SCR_DATE_MIN_YEAR, SCR_DATE_MAX_YEAR);
      return NULL;
    }
  return scr_date_new_from_ordinal_unchecked ((gint32) ordinal);
}

/**
 * scr_date_add_months:
 * @self: a date known at least to the month
 * @months: months to add; negative to go back
 * @error: return location for a #GError
 *
 * Adds calendar months, keeping the day of the month and clamping it to
 * the end of a shorter month: 31 August plus 6 months is 28 (or 29)
 * February. A month-precision date stays month-precision.
 *
 * Returns: (transfer full): the new date, or %NULL with @error set
 */
ScrDate *
scr_date_add_months (const ScrDate  *self,
                     int             months,
                     GError        **error)
{
  gint64 index;
  int year, month;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->precision == SCR_DATE_PRECISION_YEAR)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "cannot add months to a date known only to the year");
      return NULL;
    }
  index = (gint64) self->year * 12 + (self->month - 1) + months;
  year = (int) (index / 12);
  month = (int) (index % 12) + 1;
  if (index < 0 || year < SCR_DATE_MIN_YEAR || year > SCR_DATE_MAX_YEAR)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
                   "adding %d months leaves the years %d..%d", months,
                   SCR_DATE_MIN_YEAR, SCR_DATE_MAX_YEAR);
      return NULL;
    }
  if (self->precision == SCR_DATE_PRECISION_MONTH)
    return scr_date_new_year_month (year, month, error);
  return scr_date_new (year, month, MIN (self->day, scr_days_in_month (year, month)), error);
}

/**
 * scr_date_days_between:
 * @from: a complete date
 * @to: a complete date
 *
 * Counts the calendar days between two complete dates.
 *
 * Returns: the number of calendar days from @from to @to, negative when
 *   @to is earlier
 */
int
scr_date_days_between (const ScrDate *from,
                       const ScrDate *to)
{
  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);
  g_return_val_if_fail (from->precision == SCR_DATE_PRECISION_DAY, 0);
  g_return_val_if_fail (to->precision == SCR_DATE_PRECISION_DAY, 0);

  return to->ordinal - from->ordinal;
}
