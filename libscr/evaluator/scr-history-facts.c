/* scr-history-facts.c: facts derived from the subject's legal-status
 * periods over a window before a reference event, as the rule files
 * declare them (see scr-history-facts-private.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-history-facts-private.h"

#include "scr-date-private.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-period.h"
#include "scr-span-private.h"

static const char *const list_names[] = { "cp_register_periods", "looked_after_periods", NULL };

static gboolean
parse_window (JsonObject     *object,
              const char     *path,
              ScrHistoryFact *d,
              GError        **error)
{
  static const char *const known[] = { "months_before", "ends_days_before", NULL };
  g_autofree char *here = scr_json_path_member (path, "window");
  JsonObject *window = NULL;
  gint64 months = -1, days = 0;

  if (!scr_json_read_object (object, path, "window", TRUE, &window, error) ||
      !scr_json_check_members (window, here, known, error) ||
      !scr_json_read_int (window, here, "months_before", FALSE, 0, 1200, &months, NULL, error) ||
      !scr_json_read_int (window, here, "ends_days_before", FALSE, 0, 366, &days, NULL, error))
    return FALSE;
  d->months_before = (int) months;
  d->ends_days_before = (int) days;
  return TRUE;
}

static gboolean
parse_one (ScrRuleTables  *tables,
           JsonObject     *object,
           const char     *path,
           ScrHistoryFact *d,
           GError        **error)
{
  static const char *const known[] = { "fact", "periods", "reference", "window", "values", NULL };
  g_autofree char *fact = NULL, *periods = NULL;
  g_auto(GStrv) reference = NULL, values = NULL;
  const ScrFactInfo *info;

  if (!scr_json_check_members (object, path, known, error) ||
      !scr_json_read_string (object, path, "fact", TRUE, &fact, error) ||
      !scr_json_read_string (object, path, "periods", TRUE, &periods, error) ||
      !scr_json_read_strv (object, path, "reference", TRUE, &reference, error) ||
      !scr_json_read_strv (object, path, "values", FALSE, &values, error) ||
      !parse_window (object, path, d, error))
    return FALSE;
  d->fact = scr_facts_catalogue_lookup (fact);
  info = d->fact >= 0 ? scr_facts_catalogue_get (d->fact) : NULL;
  if (info == NULL || !scr_fact_encode (info, "yes", &d->yes) ||
      !scr_fact_encode (info, "no", &d->no))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "fact",
                          "\"%s\" is not a yes/no fact of the catalogue", fact);
      return FALSE;
    }
  if (!g_strv_contains (list_names, periods))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "periods",
                          "expected cp_register_periods or looked_after_periods");
      return FALSE;
    }
  d->periods = g_str_equal (periods, list_names[0]) ? SCR_HISTORY_CP_REGISTER
                                                     : SCR_HISTORY_LOOKED_AFTER;
  d->n_reference = g_strv_length (reference);
  if (d->n_reference == 0 || d->n_reference > SCR_MAX_TRIGGERS)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "reference",
                          "expected 1 to %d events", SCR_MAX_TRIGGERS);
      return FALSE;
    }
  for (guint i = 0; i < d->n_reference; i++)
    if ((d->reference[i] = scr_rule_tables_event (tables, reference[i])) < 0)
      {
        scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "reference",
                            "unknown event \"%s\"", reference[i]);
        return FALSE;
      }
  d->yes_only = values != NULL && g_strv_length (values) == 1 && g_str_equal (values[0], "yes");
  if (values != NULL && !d->yes_only &&
      !(g_strv_length (values) == 2 && g_strv_contains ((const char * const *) values, "yes") &&
        g_strv_contains ((const char * const *) values, "no")))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "values",
                          "expected [\"yes\"] or [\"yes\", \"no\"]");
      return FALSE;
    }
  return TRUE;
}

gboolean
scr_history_facts_parse (ScrRuleTables *tables,
                         GArray        *derived,
                         JsonObject    *root,
                         GError       **error)
{
  JsonArray *array = NULL;

  if (!scr_json_read_array (root, NULL, "derived", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("derived", i);
      JsonObject *object = scr_json_array_get_object (array, i, path, error);
      ScrHistoryFact d = { 0 };

      if (object == NULL || !parse_one (tables, object, path, &d, error))
        return FALSE;
      g_array_append_val (derived, d);
    }
  return TRUE;
}

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

static void
apply_one (const ScrHistoryFact *d,
           ScrFactVector        *v,
           GListModel           *periods)
{
  const ScrSpan *ref = NULL;
  ScrSpan lo, hi;
  gboolean unknown = FALSE;
  guint n;

  if (periods == NULL || (n = g_list_model_get_n_items (periods)) == 0 ||
      (v->known[d->fact >> 6] >> (d->fact & 63)) & 1)
    return;
  for (guint i = 0; i < d->n_reference && ref == NULL; i++)
    if (v->events[d->reference[i]].first != 0)
      ref = &v->events[d->reference[i]];
  if (ref == NULL)
    return;
  hi.first = ref->first - d->ends_days_before;
  hi.last = ref->last - d->ends_days_before;
  if (d->months_before < 0)
    lo.first = lo.last = G_MININT32;
  else
    {
      lo.first = months_back (ref->first, d->months_before);
      lo.last = months_back (ref->last, d->months_before);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrPeriod) period = g_list_model_get_item (periods, i);

      switch (overlap (period, &lo, &hi))
        {
        case OVERLAP_YES:
          v->values[d->fact] = d->yes;
          v->known[d->fact >> 6] |= G_GUINT64_CONSTANT (1) << (d->fact & 63);
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
