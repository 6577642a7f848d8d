/* scr-rule-parser-derived.c: the "derived" member of a rule file: facts
 * that follow from the subject's legal-status periods (the entries are
 * described in scr-history-facts-private.h, applied by
 * scr-history-facts.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-history-facts-private.h"

#include "scr-error.h"
#include "scr-json-private.h"

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
