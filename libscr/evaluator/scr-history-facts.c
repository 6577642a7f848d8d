/* scr-history-facts.c: facts derived from the subject's legal-status
 * periods over a window before a reference event, as the rule files
 * declare them (see scr-history-facts-private.h; parsed by
 * scr-rule-parser-derived.c), and the sentences of the reasons that say
 * how.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-history-facts-private.h"

#include "scr-date-private.h"
#include "scr-period.h"
#include "scr-span-private.h"

/* @day minus @months months, the day clamped to the month's length. */
static gint32
months_back (gint32 day,
             int    months)
{
  int y, m, d, last;

  scr_ordinal_to_ymd (day, &y, &m, &d);
  m -= months;
  while (m < 1)
    {
      m += 12;
      y--;
    }
  if (y < 1)
    return 1;
  last = scr_ordinal_from_ymd (m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
  return MIN (scr_ordinal_from_ymd (y, m, 1) + d - 1, last);
}

typedef enum { OVERLAP_NO, OVERLAP_YES, OVERLAP_UNKNOWN } Overlap;

/* Whether @period meets the window [lo, hi], each edge known to lie in a
 * span. */
static Overlap
overlap (ScrPeriod     *period,
         const ScrSpan *lo,
         const ScrSpan *hi)
{
  ScrSpan from, to;

  if (scr_period_get_from (period) == NULL)
    return OVERLAP_UNKNOWN;
  scr_span_from_date (&from, scr_period_get_from (period));
  if (scr_period_get_to (period) != NULL)
    scr_span_from_date (&to, scr_period_get_to (period));
  else
    to.first = to.last = G_MAXINT32;
  if (from.first > hi->last || to.last < lo->first)
    return OVERLAP_NO;
  if (from.last <= hi->first && to.first >= lo->last)
    return OVERLAP_YES;
  return OVERLAP_UNKNOWN;
}

/* The window of @d in @v: FALSE when no reference event is dated. */
static gboolean
window_of (const ScrHistoryFact *d,
           const ScrFactVector  *v,
           const ScrSpan       **ref_out,
           ScrSpan              *lo,
           ScrSpan              *hi)
{
  const ScrSpan *ref = NULL;

  for (guint i = 0; i < d->n_reference && ref == NULL; i++)
    if (v->events[d->reference[i]].first != 0)
      ref = &v->events[d->reference[i]];
  if (ref == NULL)
    return FALSE;
  hi->first = ref->first - d->ends_days_before;
  hi->last = ref->last - d->ends_days_before;
  if (d->months_before < 0)
    lo->first = lo->last = G_MININT32;
  else
    {
      lo->first = months_back (ref->first, d->months_before);
      lo->last = months_back (ref->last, d->months_before);
    }
  *ref_out = ref;
  return TRUE;
}

/* Whether the end of @period straddles the window's first day. */
static gboolean
overlap_end_straddles (ScrPeriod     *period,
                       const ScrSpan *lo)
{
  ScrSpan to;

  scr_span_from_date (&to, scr_period_get_to (period));
  return to.first < lo->last && to.last >= lo->first;
}

static void
apply_one (const ScrHistoryFact *d,
           ScrFactVector        *v,
           GListModel           *periods)
{
  const ScrSpan *ref = NULL;
  ScrSpan lo, hi;
  gboolean unknown = FALSE;
  guint n;

  if (periods == NULL || (n = g_list_model_get_n_items (periods)) == 0)
    return;
  v->history_periods[d->periods] = periods;
  if ((v->known[d->fact >> 6] >> (d->fact & 63)) & 1)
    {
      v->history_recorded[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
      return;
    }
  if (!window_of (d, v, &ref, &lo, &hi))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrPeriod) period = g_list_model_get_item (periods, i);

      switch (overlap (period, &lo, &hi))
        {
        case OVERLAP_YES:
          v->values[d->fact] = d->yes;
          v->known[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
          v->history_derived[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
          return;
        case OVERLAP_UNKNOWN:
          unknown = TRUE;
          break;
        case OVERLAP_NO:
        default:
          break;
        }
    }
  if (!unknown && !d->yes_only)
    {
      v->values[d->fact] = d->no;
      v->known[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
    }
  /* derived "no" and undecided both explain themselves */
  v->history_derived[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
}

void
scr_history_facts_apply (const GArray  *derived,
                         ScrFactVector *v,
                         GListModel    *cp_register_periods,
                         GListModel    *looked_after_periods)
{
  for (guint i = 0; i < derived->len; i++)
    {
      const ScrHistoryFact *d = &g_array_index (derived, ScrHistoryFact, i);

      apply_one (d, v, d->periods == SCR_HISTORY_CP_REGISTER ? cp_register_periods
                                                              : looked_after_periods);
    }
}

static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"
};

/* "3 February 2020", "February 2020" or "2020". */
static void
append_date (GString       *out,
             const ScrDate *date)
{
  if (scr_date_get_precision (date) == SCR_DATE_PRECISION_DAY)
    g_string_append_printf (out, "%d ", scr_date_get_day (date));
  if (scr_date_get_precision (date) != SCR_DATE_PRECISION_YEAR)
    g_string_append_printf (out, "%s ", month_names[scr_date_get_month (date) - 1]);
  g_string_append_printf (out, "%d", scr_date_get_year (date));
}

static void
append_span (GString       *out,
             const ScrSpan *span)
{
  g_autoptr(ScrDate) first = scr_date_new_from_ordinal_unchecked (span->first);
  g_autoptr(ScrDate) last = scr_date_new_from_ordinal_unchecked (span->last);

  append_date (out, first);
  if (span->last != span->first)
    {
      g_string_append (out, " to ");
      append_date (out, last);
    }
}

/* "the six months before 1 December 2020" and the like. */
static void
append_window (GString              *out,
               const ScrHistoryFact *d,
               const ScrSpan        *ref)
{
  static const char *const small[] = { "no", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve" };

  if (d->months_before < 0)
    g_string_append (out, d->ends_days_before == 0 ? "the time up to and including "
                                                   : "the time before ");
  else if (d->months_before == 0 && d->ends_days_before == 0)
    g_string_append (out, "the day of ");
  else if (d->months_before < (int) G_N_ELEMENTS (small))
    g_string_append_printf (out, "the %s months before ", small[d->months_before]);
  else
    g_string_append_printf (out, "the %d months before ", d->months_before);
  append_span (out, ref);
}

static void
explain_one (const ScrHistoryFact *d,
             const ScrFactVector  *v,
             GString              *out)
{
  const char *list = d->periods == SCR_HISTORY_CP_REGISTER ? "on the child protection register"
                                                           : "looked after";
  GListModel *periods = v->history_periods[d->periods];
  const ScrSpan *ref = NULL;
  ScrSpan lo, hi;
  guint n = periods != NULL ? g_list_model_get_n_items (periods) : 0;
  gboolean undecided = FALSE;

  if (!window_of (d, v, &ref, &lo, &hi))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrPeriod) period = g_list_model_get_item (periods, i);
      Overlap o = overlap (period, &lo, &hi);

      if (o == OVERLAP_NO)
        continue;
      if (o == OVERLAP_UNKNOWN && undecided)
        continue;
      g_string_append_printf (out, " The child was %s from ", list);
      append_date (out, scr_period_get_from (period));
      if (scr_period_get_to (period) != NULL)
        {
          g_string_append (out, " to ");
          append_date (out, scr_period_get_to (period));
        }
      else
        g_string_append (out, " and still is");
      if (o == OVERLAP_YES)
        {
          g_string_append (out, ", which overlaps ");
          append_window (out, d, ref);
          g_string_append_printf (out, " (%s derived from the periods).",
                                  scr_facts_catalogue_get (d->fact)->name);
          return;
        }
      g_string_append (out, ", which may or may not overlap ");
      append_window (out, d, ref);
      g_string_append (out, ": the exact date is needed to know whether it ");
      if (scr_period_get_to (period) != NULL && overlap_end_straddles (period, &lo))
        {
          g_string_append (out, "ended before ");
          append_span (out, &lo);
        }
      else
        {
          g_string_append (out, "began after ");
          append_span (out, &hi);
        }
      g_string_append_printf (out, " (%s).", scr_facts_catalogue_get (d->fact)->name);
      undecided = TRUE;
    }
  if (!undecided && !d->yes_only)
    {
      g_string_append_printf (out, " No period %s overlaps ", list);
      append_window (out, d, ref);
      g_string_append_printf (out, " (%s derived from the periods).",
                              scr_facts_catalogue_get (d->fact)->name);
    }
}

void
scr_history_facts_explain (const GArray        *derived,
                           const ScrFactVector *v,
                           const guint64       *reads,
                           ScrReasonBuffer     *reasons)
{
  g_autoptr(GString) out = NULL;

  for (guint i = 0; i < derived->len; i++)
    {
      const ScrHistoryFact *d = &g_array_index (derived, ScrHistoryFact, i);
      guint64 bit = G_GUINT64_CONSTANT (1) << (d->fact & 63);
      int w = d->fact >> 6;

      if (!(reads[w] & bit) || !((v->history_derived[w] | v->history_recorded[w]) & bit))
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      if (v->history_recorded[w] & bit)
        g_string_append_printf (out, " %s was recorded on the case, not derived from the "
                                "child's periods.", scr_facts_catalogue_get (d->fact)->name);
      else
        explain_one (d, v, out);
    }
  if (out != NULL && out->len > 1)
    scr_reason_append (reasons, out->str + 1);
}
