/* scr-span.c: converting dates to and from the spans of days they cover.
 *
 * A year-precision date covers a whole year, a month-precision date a
 * whole month; the interpreter compares spans, not dates, so that a
 * partial date can still decide a test when the whole span agrees.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-date-private.h"
#include "scr-span-private.h"

void
scr_span_from_date (ScrSpan       *span,
                    const ScrDate *date)
{
  ScrDatePrecision precision;
  int y, m;

  if (date == NULL)
    {
      span->first = span->last = 0;
      return;
    }
  scr_date_peek (date, &span->first, &y, &m, &precision);
  switch (precision)
    {
    case SCR_DATE_PRECISION_YEAR:
      span->last = scr_ordinal_from_ymd (y, 12, 31);
      break;
    case SCR_DATE_PRECISION_MONTH:
      span->last = scr_ordinal_from_ymd (y, m, scr_days_in_month (y, m));
      break;
    case SCR_DATE_PRECISION_DAY:
    default:
      span->last = span->first;
      break;
    }
}

ScrDate *
scr_span_to_date (const ScrSpan *span)
{
  int y1, m1, d1, y2, m2, d2;

  if (span->first == 0)
    return NULL;
  if (span->first == span->last)
    return scr_date_new_from_ordinal_unchecked (span->first);
  scr_ordinal_to_ymd (span->first, &y1, &m1, &d1);
  scr_ordinal_to_ymd (span->last, &y2, &m2, &d2);
  if (y1 == y2 && m1 == m2 && d1 == 1 && d2 == scr_days_in_month (y2, m2))
    return scr_date_new_year_month (y1, m1, NULL);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
    return scr_date_new_year (y1, NULL);
  /* A range that is not a calendar period (the awareness bound) is not a
   * date. */
  return NULL;
}
