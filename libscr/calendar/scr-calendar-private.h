/* scr-calendar-private.h: building calendars inside libscr, and what the
 * files of ScrCalendar (scr-calendar*.c) share: the instance structure,
 * the argument checks, the reasons and the O(1) core.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-calendar.h"
#include "scr-date-private.h"

G_BEGIN_DECLS

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

/* Argument checks (scr-calendar.c): FALSE with %SCR_ERROR_OUT_OF_RANGE or
 * %SCR_ERROR_INVALID_ARGUMENT naming @what. */
void         scr_calendar_format_ordinal (gint32          ordinal,
                                          char            buf[11]);
gboolean     scr_calendar_check_ordinal  (ScrCalendar    *self,
                                          gint32          ordinal,
                                          const char     *what,
                                          GError        **error);
gboolean     scr_calendar_check_date     (ScrCalendar    *self,
                                          const ScrDate  *date,
                                          const char     *what,
                                          gint32         *ordinal,
                                          GError        **error);

/* Reasons (scr-calendar-explain.c). */
char        *scr_calendar_describe_day   (ScrCalendar    *self,
                                          gint32          ordinal,
                                          ScrHoliday    **first_holiday);
void         scr_calendar_set_add_error  (ScrCalendar    *self,
                                          gint32          ordinal,
                                          int             n,
                                          ScrRoll         roll,
                                          const char     *what,
                                          GError        **error);

/* ---- The O(1) core --------------------------------------------------- */

/* Static inline, so that the one-date, explaining and batch entry points
 * of every scr-calendar*.c file keep it inline. */

static inline gboolean
scr_calendar_ordinal_is_weekend (gint32 ordinal)
{
  return scr_ordinal_weekday (ordinal) >= 6;
}

static inline gboolean
scr_calendar_is_working (ScrCalendar *self,
                         gint32       ordinal)
{
  gint32 i = ordinal - self->lo;

  return self->cum[i + 1] != self->cum[i];
}

static inline gboolean
scr_calendar_same_month (gint32 a,
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
scr_calendar_add_fast (ScrCalendar *self,
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
      return scr_calendar_add_fast (self, ordinal, 1, roll);
    case SCR_ROLL_PRECEDING:
      return scr_calendar_add_fast (self, ordinal, -1, roll);
    case SCR_ROLL_MODIFIED_FOLLOWING:
      /* A following day outside the range lies in another month. */
      forward = scr_calendar_add_fast (self, ordinal, 1, roll);
      if (forward != 0 && scr_calendar_same_month (forward, ordinal))
        return forward;
      return scr_calendar_add_fast (self, ordinal, -1, roll);
    case SCR_ROLL_MODIFIED_PRECEDING:
      backward = scr_calendar_add_fast (self, ordinal, -1, roll);
      if (backward != 0 && scr_calendar_same_month (backward, ordinal))
        return backward;
      return scr_calendar_add_fast (self, ordinal, 1, roll);
    case SCR_ROLL_ERROR:
    default:
      return 0;
    }
}

static inline int
scr_calendar_count_fast (ScrCalendar *self,
                         gint32       from,
                         gint32       to)
{
  gint32 a = from - self->lo;
  gint32 b = to - self->lo;

  if (from <= to)
    return (int) self->cum[b + 1] - (int) self->cum[a + 1];
  return (int) self->cum[b] - (int) self->cum[a];
}

G_END_DECLS
