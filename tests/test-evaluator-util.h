/* test-evaluator-util.h: helpers shared by the evaluator tests: cases from
 * "name=value" lists, an evaluator over the built-in rules, the examples.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>
#include <scr/scr.h>

/* ---------------------------------------------------------------- helpers */

/* A case from "jurisdiction" and "name=value" lists: facts for catalogue
 * facts, events for names starting with '@' ("@became_aware=2020-03-02"). */
static inline ScrCase *
make_case (const char *jurisdiction,
           const char *spec)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SCR_TYPE_JURISDICTION);
  GEnumValue *jur = g_enum_get_value_by_nick (klass, jurisdiction);
  ScrCase *c;
  g_auto(GStrv) items = g_strsplit (spec, " ", -1);

  g_assert_nonnull (jur);
  c = scr_case_new ("test-case", jur->value);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) kv = NULL;

      if (items[i][0] == '\0')
        continue;
      kv = g_strsplit (items[i], "=", 2);
      g_assert_nonnull (kv[1]);
      if (kv[0][0] == '@')
        {
          g_autoptr(ScrDate) date = scr_date_new_from_iso8601 (kv[1], NULL);

          g_assert_nonnull (date);
          if (g_str_equal (kv[0] + 1, "transition"))
            scr_case_set_area_transition_date (c, date);
          else if (g_str_equal (kv[0] + 1, "incident_date"))
            scr_case_set_incident_date (c, date);
          else
            scr_case_set_event (c, kv[0] + 1, date);
        }
      else
        {
          g_autoptr(GError) error = NULL;

          g_assert_true (scr_case_set_fact (c, kv[0], kv[1], &error));
          g_assert_no_error (error);
        }
    }
  return c;
}

static inline const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

static inline ScrEvaluator *
evaluator (gboolean unverified)
{
  static ScrRuleSet *builtin;
  ScrEvaluator *e;

  if (builtin == NULL)
    builtin = scr_rule_set_new_builtin ();
  e = scr_evaluator_new (builtin);
  scr_evaluator_set_include_unverified (e, unverified);
  return e;
}

/* Facts of a serious child safeguarding case in England's Panel era. */
#define SIN "abuse_neglect=suspected serious_harm=yes died=no incident_location=this_la "
#define NOTCUSTODY "custody_setting=no mha_1983_detained=no dol_order_16_17=no "

static inline ScrDeadline *
find_deadline (ScrTimeline *t,
               const char  *rule)
{
  GListModel *list = scr_timeline_get_deadlines (t);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScrDeadline *d = g_list_model_get_item (list, i);

      if (g_str_equal (scr_deadline_get_rule_id (d), rule))
        return d;
      g_object_unref (d);
    }
  return NULL;
}

static inline ScrDataset *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static inline ScrCase *
first_case (ScrDataset *dataset)
{
  return g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
}

static inline ScrRuleSet *
rules_with (const char *file)
{
  ScrRuleSet *rules = scr_rule_set_new_builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "rules", file, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (scr_rule_set_load_file (rules, path, &error));
  g_assert_no_error (error);
  return rules;
}
