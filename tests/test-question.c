/* test-question.c: ScrEvaluation's questions, the facts still missing as
 * ScrQuestion (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

static ScrEvaluation *
evaluate (const char *jurisdiction,
          const char *spec)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case (jurisdiction, spec);

  return scr_evaluator_evaluate (e, c, NULL);
}

/* The position of @fact in the catalogue. */
static guint
catalogue_index (const char *fact)
{
  g_auto(GStrv) names = scr_facts_list_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], fact))
      return i;
  g_assert_not_reached ();
}

/* What every list of questions keeps to: each fact once, in order of
 * n-outcomes then the catalogue, n-outcomes and rule-ids as the outcomes'
 * missing lists say, the allowed values and a wording from the catalogue.
 * Returns the questions. */
static GListModel *
check_questions (ScrEvaluation *ev)
{
  GListModel *questions = scr_evaluation_get_questions (ev);
  GListModel *outcomes = scr_evaluation_get_outcomes (ev);
  g_auto(GStrv) missing = scr_evaluation_list_missing_facts (ev);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_facts_missing = 0;

  g_assert_true (g_list_model_get_item_type (questions) == SCR_TYPE_QUESTION);
  for (guint i = 0; missing[i] != NULL; i++)
    if (!g_str_has_prefix (missing[i], "date:"))
      n_facts_missing++;
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, n_facts_missing);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(ScrQuestion) q = g_list_model_get_item (questions, i);
      const char *fact = scr_question_get_fact (q);
      const char * const *allowed = scr_question_get_allowed_values (q);
      const char * const *rules = scr_question_get_rule_ids (q);
      guint n = 0;

      g_assert_true (g_hash_table_add (seen, (gpointer) fact));
      g_assert_true (g_strv_contains ((const char * const *) missing, fact));
      g_assert_nonnull (scr_question_get_text (q));
      g_assert_true (g_str_has_suffix (scr_question_get_text (q), "?"));
      if (scr_facts_is_integer (fact))
        g_assert_cmpuint (g_strv_length ((char **) allowed), ==, 0);
      else
        {
          g_assert_cmpuint (g_strv_length ((char **) allowed), ==,
                            g_strv_length ((char **) scr_facts_get_values (fact)) - 1);
          g_assert_false (g_strv_contains (allowed, "unknown"));
        }
      for (guint k = 0; k < g_list_model_get_n_items (outcomes); k++)
        {
          g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, k);

          if (g_strv_contains (scr_outcome_get_missing (o), fact))
            {
              g_assert_cmpint (scr_outcome_get_verdict (o), ==, SCR_VERDICT_INDETERMINATE);
              g_assert_true (g_strv_contains (rules, scr_outcome_get_rule_id (o)));
              n++;
            }
        }
      g_assert_cmpuint (scr_question_get_n_outcomes (q), ==, n);
      g_assert_cmpuint (g_strv_length ((char **) rules), >=, 1);
      g_assert_cmpuint (g_strv_length ((char **) rules), <=, n);
      if (i > 0)
        {
          g_autoptr(ScrQuestion) before = g_list_model_get_item (questions, i - 1);

          g_assert_cmpuint (scr_question_get_n_outcomes (before), >=, n);
          if (scr_question_get_n_outcomes (before) == n)
            g_assert_cmpuint (catalogue_index (scr_question_get_fact (before)), <,
                              catalogue_index (fact));
        }
    }
  return questions;
}

static ScrQuestion *
find_question (GListModel *questions,
               const char *fact)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      ScrQuestion *q = g_list_model_get_item (questions, i);

      if (g_str_equal (scr_question_get_fact (q), fact))
        return q;
      g_object_unref (q);
    }
  return NULL;
}

static void
test_death_abuse_suspected (void)
{
  g_autoptr(ScrEvaluation) ev = evaluate ("england", "died=yes abuse_neglect=suspected "
                                          "@became_aware=2024-03-01");
  g_autoptr(GListModel) questions = check_questions (ev);
  g_autoptr(ScrQuestion) where = find_question (questions, "incident_location");
  g_autoptr(ScrQuestion) first = g_list_model_get_item (questions, 0);
  g_autoptr(ScrEvaluation) located = NULL;
  g_autoptr(GListModel) fewer = NULL;
  g_autoptr(ScrQuestion) suicide = NULL;

  /* Where it happened decides the notification and the rapid review. */
  g_assert_nonnull (where);
  g_assert_cmpuint (scr_question_get_n_outcomes (where), ==, 2);
  g_assert_true (g_strv_contains (scr_question_get_rule_ids (where), "E18-RR-1"));
  g_assert_true (g_strv_contains (scr_question_get_allowed_values (where), "this_la"));
  /* The child's age decides the four child death processes: asked first. */
  g_assert_cmpstr (scr_question_get_fact (first), ==, "age");
  g_assert_cmpuint (scr_question_get_n_outcomes (first), ==, 4);
  g_assert_null (find_question (questions, "died"));
  g_assert_null (find_question (questions, "abuse_neglect"));

  /* Once E18-SIN-1 requires the notification, nothing is asked for it:
   * not whether the death is a suspected suicide (E18-SIN-3). */
  located = evaluate ("england", "died=yes abuse_neglect=suspected incident_location=this_la "
                      "@became_aware=2024-03-01");
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (located, SCR_PROCESS_NOTIFICATION)),
                   ==, SCR_VERDICT_REQUIRED);
  fewer = check_questions (located);
  suicide = find_question (fewer, "suspected_suicide");
  g_assert_null (suicide);
  g_assert_null (find_question (fewer, "incident_location"));
  g_assert_cmpuint (g_list_model_get_n_items (fewer), <, g_list_model_get_n_items (questions));
}

static void
test_nothing_known (void)
{
  g_autoptr(ScrEvaluation) ev = evaluate ("england", "");
  g_autoptr(GListModel) questions = check_questions (ev);
  g_autoptr(ScrQuestion) first = g_list_model_get_item (questions, 0);
  g_autoptr(ScrQuestion) second = g_list_model_get_item (questions, 1);
  guint indeterminate = 0;
  GListModel *outcomes = scr_evaluation_get_outcomes (ev);

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, i);

      indeterminate += scr_outcome_get_verdict (o) == SCR_VERDICT_INDETERMINATE;
    }
  /* Whether the child died matters to almost every process, then abuse. */
  g_assert_cmpstr (scr_question_get_fact (first), ==, "died");
  g_assert_cmpuint (scr_question_get_n_outcomes (first), <=, indeterminate);
  g_assert_cmpuint (scr_question_get_n_outcomes (first), >, 8);
  g_assert_cmpstr (scr_question_get_fact (second), ==, "abuse_neglect");
  g_assert_cmpuint (g_list_model_get_n_items (questions), >, 20);
}

static void
test_fully_known (void)
{
  g_autoptr(GString) spec = g_string_new ("@became_aware=2024-03-01 @incident=2024-02-20 ");
  g_auto(GStrv) names = scr_facts_list_names ();
  g_autoptr(ScrEvaluation) ev = NULL;
  g_autoptr(GListModel) questions = NULL;

  /* Every fact given: the last value the catalogue lists, or 10. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char * const *values = scr_facts_get_values (names[i]);
      const char *last = NULL;

      for (guint k = 0; values != NULL && values[k] != NULL; k++)
        if (!g_str_equal (values[k], "unknown"))
          last = values[k];
      g_string_append_printf (spec, "%s=%s ", names[i],
                              scr_facts_is_integer (names[i]) ? "10" : last);
    }
  ev = evaluate ("england", spec->str);
  questions = check_questions (ev);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 0);
}

static void
test_wales (void)
{
  g_autoptr(ScrEvaluation) ev = evaluate ("wales", "died=no abuse_neglect=suspected "
                                          "@became_aware=2024-03-01 @incident=2024-02-20");
  g_autoptr(GListModel) questions = check_questions (ev);
  g_autoptr(ScrQuestion) register_6m = find_question (questions, "cp_register_6m");
  g_autoptr(ScrQuestion) within = find_question (questions, "within_board_area");

  /* The six-month window decides extended or concise. */
  g_assert_nonnull (register_6m);
  g_assert_nonnull (within);
  g_assert_cmpuint (scr_question_get_n_outcomes (within), ==, 2);
  g_assert_true (g_strv_contains (scr_question_get_rule_ids (within), "W-CPR-E"));
  g_assert_true (g_strv_contains (scr_question_get_rule_ids (within), "W-CPR-C"));
}

static void
test_scotland (void)
{
  g_autoptr(ScrEvaluation) ev = evaluate ("scotland", "died=no @became_aware=2024-03-01 "
                                          "@incident=2024-02-20");
  g_autoptr(GListModel) questions = check_questions (ev);
  g_autoptr(ScrQuestion) harm = find_question (questions, "significant_harm");
  g_autoptr(ScrQuestion) decision = find_question (questions, "review_decision");

  g_assert_nonnull (harm);
  g_assert_nonnull (decision);
  g_assert_true (g_strv_contains (scr_question_get_allowed_values (decision), "initiate"));
  g_assert_true (g_strv_contains (scr_question_get_allowed_values (decision), "not_initiate"));
}

static void
test_properties (void)
{
  g_autoptr(ScrEvaluation) ev = evaluate ("england", "");
  g_autoptr(GListModel) questions = scr_evaluation_get_questions (ev);
  g_autoptr(ScrQuestion) q = g_list_model_get_item (questions, 0);
  g_autofree char *fact = NULL, *text = NULL;
  g_auto(GStrv) allowed = NULL, rules = NULL;
  guint n = 0;

  g_object_get (q, "fact", &fact, "text", &text, "allowed-values", &allowed, "n-outcomes", &n,
                "rule-ids", &rules, NULL);
  g_assert_cmpstr (fact, ==, scr_question_get_fact (q));
  g_assert_cmpstr (text, ==, scr_question_get_text (q));
  g_assert_true (g_strv_equal ((const char * const *) allowed, scr_question_get_allowed_values (q)));
  g_assert_cmpuint (n, ==, scr_question_get_n_outcomes (q));
  g_assert_true (g_strv_equal ((const char * const *) rules, scr_question_get_rule_ids (q)));
  g_assert_cmpstr (text, ==, "Has the child died?");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/question/death-abuse-suspected", test_death_abuse_suspected);
  g_test_add_func ("/scr/evaluator/question/nothing-known", test_nothing_known);
  g_test_add_func ("/scr/evaluator/question/fully-known", test_fully_known);
  g_test_add_func ("/scr/evaluator/question/wales", test_wales);
  g_test_add_func ("/scr/evaluator/question/scotland", test_scotland);
  g_test_add_func ("/scr/evaluator/question/properties", test_properties);
  return g_test_run ();
}
