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

/* A rule that holds only when a rule no weaker of its process holds
 * (E18-SIN-3, suicide, within E18-SIN-1 or -2; E18-LCSPR-1 within
 * E18-LCSPR-2) asks nothing of its own: whatever its facts, the verdict is
 * the same. */
static void
test_subsumed_rules_ask_nothing (void)
{
  static const char *const places[] = { "", "incident_location=this_la ",
                                        "incident_location=other_english_la ",
                                        "incident_location=outside_england " };
  static const char *const homes[] = { "", "normal_residence=this_la ",
                                       "normal_residence=outside_england " };
  static const char *const suicide[] = { "", "suspected_suicide=yes ", "suspected_suicide=no " };
  g_autoptr(ScrEvaluation) ev = evaluate ("england", "died=yes abuse_neglect=suspected "
                                          "@became_aware=2024-03-01");
  ScrOutcome *notification = scr_evaluation_get_outcome (ev, SCR_PROCESS_NOTIFICATION);
  g_autoptr(ScrEvaluation) lcspr_ev = evaluate ("england", "died=yes abuse_neglect=suspected "
                                                "@became_aware=2024-03-01 @decision=2024-03-20");
  ScrOutcome *lcspr = scr_evaluation_get_outcome (lcspr_ev, SCR_PROCESS_LCSPR);

  g_assert_cmpint (scr_outcome_get_verdict (notification), ==, SCR_VERDICT_INDETERMINATE);
  g_assert_false (g_strv_contains (scr_outcome_get_missing (notification), "suspected_suicide"));
  g_assert_true (g_strv_contains (scr_outcome_get_missing (notification), "incident_location"));
  /* The undecided rule named is one that can decide it. */
  g_assert_cmpstr (scr_outcome_get_rule_id (notification), ==, "E18-SIN-1");
  g_assert_cmpint (scr_outcome_get_verdict (lcspr), ==, SCR_VERDICT_CONSIDER);
  g_assert_cmpstr (scr_outcome_get_rule_id (lcspr), ==, "E18-LCSPR-2");

  /* The verdicts never depend on what is no longer asked. */
  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    for (guint h = 0; h < G_N_ELEMENTS (homes); h++)
      {
        ScrVerdict first = SCR_VERDICT_INDETERMINATE;
        const char *first_rule = NULL;

        for (guint k = 0; k < G_N_ELEMENTS (suicide); k++)
          {
            g_autofree char *spec = g_strconcat ("died=yes abuse_neglect=suspected ", places[p],
                                                 homes[h], suicide[k],
                                                 "@became_aware=2024-03-01", NULL);
            g_autoptr(ScrEvaluation) e = evaluate ("england", spec);
            ScrOutcome *o = scr_evaluation_get_outcome (e, SCR_PROCESS_NOTIFICATION);

            if (k == 0)
              {
                first = scr_outcome_get_verdict (o);
                first_rule = scr_outcome_get_rule_id (o);
                g_assert_false (g_strv_contains (scr_outcome_get_missing (o),
                                                 "suspected_suicide"));
              }
            g_assert_cmpint (scr_outcome_get_verdict (o), ==, first);
            /* A suicide decided by E18-SIN-3 keeps its own reason. */
            if (k == 1 && first == SCR_VERDICT_REQUIRED)
              g_assert_cmpstr (scr_outcome_get_rule_id (o), ==, "E18-SIN-3");
            else if (first == SCR_VERDICT_REQUIRED)
              g_assert_cmpstr (scr_outcome_get_rule_id (o), ==, first_rule);
          }
      }
}

/* What an outcome does not list as missing cannot change it: for random
 * cases of every jurisdiction, setting any fact an outcome does not list
 * (to any value) leaves its verdict as it was. Except interagency_concern,
 * which E15-SCR-2a reads as "not clear" while unknown (WT2015 gloss): a
 * rule of the data, not a fact left out. */
static void
test_missing_is_complete (void)
{
  static const char *const aware[] = { "2012-06-01", "2016-02-01", "2019-03-01", "2024-03-01" };
  static const char *const jurisdictions[] = { "england", "wales", "scotland",
                                               "northern-ireland" };
  g_auto(GStrv) names = scr_facts_list_names ();
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  guint n_names = g_strv_length (names);

  for (guint round = 0; round < 400; round++)
    {
      const char *jurisdiction = jurisdictions[round % G_N_ELEMENTS (jurisdictions)];
      g_autoptr(GString) spec = g_string_new (NULL);
      g_autoptr(ScrCase) c = NULL;
      g_autoptr(ScrEvaluation) ev = NULL;
      GListModel *outcomes;

      g_string_append_printf (spec, "@became_aware=%s @incident=%s ",
                              aware[g_test_rand_int_range (0, G_N_ELEMENTS (aware))],
                              aware[g_test_rand_int_range (0, G_N_ELEMENTS (aware))]);
      for (guint f = 0; f < n_names; f++)
        {
          const char * const *values = scr_facts_get_values (names[f]);

          if (g_test_rand_int_range (0, 3) != 0)
            continue;   /* two in three facts unknown */
          if (values == NULL)
            g_string_append_printf (spec, "%s=%d ", names[f], g_test_rand_int_range (0, 26));
          else
            g_string_append_printf (spec, "%s=%s ", names[f],
                                    values[g_test_rand_int_range (0, g_strv_length ((char **) values))]);
        }
      c = make_case (jurisdiction, spec->str);
      ev = scr_evaluator_evaluate (e, c, NULL);
      outcomes = scr_evaluation_get_outcomes (ev);
      for (guint f = 0; f < n_names; f++)
        {
          const char * const *values = scr_facts_get_values (names[f]);
          static const char *const ages[] = { "0", "16", "17", "20", "24", "25", NULL };
          g_autofree char *old = g_strdup (scr_case_get_fact (c, names[f]));

          if (old != NULL || g_str_equal (names[f], "interagency_concern"))
            continue;
          for (guint v = 0; (values != NULL ? values : ages)[v] != NULL; v++)
            {
              g_autoptr(ScrEvaluation) changed = NULL;

              g_assert_true (scr_case_set_fact (c, names[f], (values != NULL ? values : ages)[v],
                                                NULL));
              changed = scr_evaluator_evaluate (e, c, NULL);
              for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
                {
                  g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, i);
                  ScrOutcome *now = scr_evaluation_get_outcome (changed, scr_outcome_get_process (o));

                  if (g_strv_contains (scr_outcome_get_missing (o), names[f]))
                    continue;
                  if (now == NULL || scr_outcome_get_verdict (now) != scr_outcome_get_verdict (o))
                    g_error ("%s %s: %s=%s changes %s, which does not list it as missing",
                             jurisdiction, spec->str, names[f], (values != NULL ? values : ages)[v],
                             nick (SCR_TYPE_PROCESS, scr_outcome_get_process (o)));
                }
            }
          scr_case_set_fact (c, names[f], NULL, NULL);
        }
    }
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
  g_test_add_func ("/scr/evaluator/question/subsumed-rules-ask-nothing",
                   test_subsumed_rules_ask_nothing);
  g_test_add_func ("/scr/evaluator/question/missing-is-complete", test_missing_is_complete);
  g_test_add_func ("/scr/evaluator/question/nothing-known", test_nothing_known);
  g_test_add_func ("/scr/evaluator/question/fully-known", test_fully_known);
  g_test_add_func ("/scr/evaluator/question/wales", test_wales);
  g_test_add_func ("/scr/evaluator/question/scotland", test_scotland);
  g_test_add_func ("/scr/evaluator/question/properties", test_properties);
  return g_test_run ();
}
