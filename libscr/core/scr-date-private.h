/* scr-date-private.h: day-number arithmetic shared inside libscr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-date.h"

G_BEGIN_DECLS

/* Ordinals count days from 0001-01-01 = 1 in the proleptic Gregorian
 * calendar, the same numbering as GDate's Julian days and Python's
 * date.toordinal(). */
#define SCR_ORDINAL_MIN 1                /* 0001-01-01 */
#define SCR_ORDINAL_MAX 3652059          /* 9999-12-31 */
#define SCR_ORDINAL_UNIX_EPOCH 719163    /* 1970-01-01 */

gint32   scr_ordinal_from_ymd     (int year, int month, int day);
void     scr_ordinal_to_ymd       (gint32 ordinal, int *year, int *month, int *day);
int      scr_days_in_month        (int year, int month);
gboolean scr_is_leap_year         (int year);
/* 1 = Monday .. 7 = Sunday, as GDateWeekday */
int      scr_ordinal_weekday      (gint32 ordinal);

/* A valid date's fields in one unchecked call, for code that reads many
 * dates (spans); @month is 0 for a year-precision date. */
void     scr_date_peek            (const ScrDate    *date,
                                   gint32           *ordinal,
                                   int              *year,
                                   int              *month,
                                   ScrDatePrecision *precision);

/* "17 June 2016", "June 2016" or "2016", by the date's precision, in
 * English whatever the locale. */
char    *scr_date_to_english      (const ScrDate    *date);

/* Stack-friendly helpers for code that works in ordinals. */
ScrDate *scr_date_new_from_ordinal_unchecked (gint32 ordinal);

G_END_DECLS
