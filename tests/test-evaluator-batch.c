/* test-evaluator-batch.c: ScrEvaluator over many cases at once:
 * evaluate_all and timeline_all against one case a call, over any list
 * model (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

static void
test_evaluate_all (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(GListStore) cases = g_list_store_new (SCR_TYPE_CASE);
  g_autoptr(GListModel) results = NULL;

  for (int i = 0; i < 10; i++)
    {
      g_autoptr(ScrCase) c = make_case ("england", i % 2 ? SIN "@became_aware=2020-03-02" : "died=no @became_aware=2020-03-02");

      g_list_store_append (cases, c);
    }
  results = scr_evaluator_evaluate_all (e, G_LIST_MODEL (cases), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 10);
  {
    g_autoptr(ScrDate) today = scr_date_new (2020, 3, 12, NULL);
    g_autoptr(ScrDate) far = scr_date_new (2101, 1, 1, NULL);
    g_autoptr(ScrCase) bad = make_case ("england", SIN "@became_aware=2100-12-30");
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) timelines = scr_evaluator_timeline_all (e, G_LIST_MODEL (cases), today, &error);
    g_autoptr(ScrTimeline) t1 = NULL;
    GListModel *d1;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (timelines), ==, 10);
    t1 = g_list_model_get_item (timelines, 1);
    d1 = scr_timeline_get_deadlines (t1);
    g_assert_cmpuint (g_list_model_get_n_items (d1), >=, 2);
    g_list_store_append (cases, bad);
    g_assert_null (scr_evaluator_timeline_all (e, G_LIST_MODEL (cases), far, &error));
    g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
    g_assert_true (g_str_has_prefix (error->message, "case test-case: T-SIN-18: "));
  }
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ScrEvaluation) ev = g_list_model_get_item (results, i);
      ScrOutcome *o = scr_evaluation_get_outcome (ev, SCR_PROCESS_NOTIFICATION);

      g_assert_cmpint (scr_outcome_get_verdict (o) == SCR_VERDICT_REQUIRED, ==, i % 2);
    }
}

static void
assert_same_evaluation (ScrEvaluation *a,
                        ScrEvaluation *b)
{
  GListModel *oa = scr_evaluation_get_outcomes (a);
  GListModel *ob = scr_evaluation_get_outcomes (b);
  g_auto(GStrv) ma = scr_evaluation_list_missing_facts (a);
  g_auto(GStrv) mb = scr_evaluation_list_missing_facts (b);
  g_auto(GStrv) ia = scr_evaluation_list_ignored_facts (a);
  g_auto(GStrv) ib = scr_evaluation_list_ignored_facts (b);
  const ScrDate *da = scr_evaluation_get_decision_date (a);
  const ScrDate *db = scr_evaluation_get_decision_date (b);

  g_assert_cmpstr (scr_evaluation_get_case_id (a), ==, scr_evaluation_get_case_id (b));
  g_assert_true ((da == NULL && db == NULL) || (da != NULL && db != NULL && scr_date_equal (da, db)));
  g_assert_true (g_strv_equal ((const char * const *) ma, (const char * const *) mb));
  g_assert_true (g_strv_equal ((const char * const *) ia, (const char * const *) ib));
  g_assert_cmpuint (g_list_model_get_n_items (oa), ==, g_list_model_get_n_items (ob));
  for (guint k = 0; k < g_list_model_get_n_items (oa); k++)
    {
      g_autoptr(ScrOutcome) x = g_list_model_get_item (oa, k);
      g_autoptr(ScrOutcome) y = g_list_model_get_item (ob, k);
      const ScrDate *xd = scr_outcome_get_date (x), *yd = scr_outcome_get_date (y);

      g_assert_cmpint (scr_outcome_get_process (x), ==, scr_outcome_get_process (y));
      g_assert_cmpint (scr_outcome_get_verdict (x), ==, scr_outcome_get_verdict (y));
      g_assert_cmpstr (scr_outcome_get_rule_id (x), ==, scr_outcome_get_rule_id (y));
      g_assert_cmpstr (scr_outcome_get_edition (x), ==, scr_outcome_get_edition (y));
      g_assert_cmpstr (scr_outcome_get_citation (x), ==, scr_outcome_get_citation (y));
      g_assert_cmpint (scr_outcome_get_evidence (x), ==, scr_outcome_get_evidence (y));
      g_assert_cmpint (scr_outcome_get_unverified (x), ==, scr_outcome_get_unverified (y));
      g_assert_cmpstr (scr_outcome_get_reason (x), ==, scr_outcome_get_reason (y));
      g_assert_true (g_strv_equal (scr_outcome_get_missing (x), scr_outcome_get_missing (y)));
      g_assert_true ((xd == NULL && yd == NULL) || (xd != NULL && yd != NULL && scr_date_equal (xd, yd)));
    }
}

static void
assert_same_date (const ScrDate *a,
                  const ScrDate *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  g_assert_true (a == NULL || scr_date_equal (a, b));
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_true (g_strv_equal (a, b));
}

/* Every getter of two timelines, deadline by deadline. */
static void
assert_same_timeline (ScrTimeline *a,
                      ScrTimeline *b)
{
  GListModel *da = scr_timeline_get_deadlines (a);
  GListModel *db = scr_timeline_get_deadlines (b);
  g_auto(GStrv) ma = scr_timeline_list_missing (a);
  g_auto(GStrv) mb = scr_timeline_list_missing (b);

  g_assert_cmpstr (scr_timeline_get_case_id (a), ==, scr_timeline_get_case_id (b));
  assert_same_date (scr_timeline_get_today (a), scr_timeline_get_today (b));
  assert_same_strv ((const char * const *) ma, (const char * const *) mb);
  g_assert_cmpuint (g_list_model_get_n_items (da), ==, g_list_model_get_n_items (db));
  for (guint k = 0; k < g_list_model_get_n_items (da); k++)
    {
      g_autoptr(ScrDeadline) x = g_list_model_get_item (da, k);
      g_autoptr(ScrDeadline) y = g_list_model_get_item (db, k);

      g_assert_cmpstr (scr_deadline_get_rule_id (x), ==, scr_deadline_get_rule_id (y));
      g_assert_cmpint (scr_deadline_get_process (x), ==, scr_deadline_get_process (y));
      g_assert_cmpstr (scr_deadline_get_description (x), ==, scr_deadline_get_description (y));
      g_assert_cmpstr (scr_deadline_get_citation (x), ==, scr_deadline_get_citation (y));
      g_assert_cmpint (scr_deadline_get_evidence (x), ==, scr_deadline_get_evidence (y));
      g_assert_cmpint (scr_deadline_get_unverified (x), ==, scr_deadline_get_unverified (y));
      g_assert_cmpstr (scr_deadline_get_anchor (x), ==, scr_deadline_get_anchor (y));
      assert_same_date (scr_deadline_get_from (x), scr_deadline_get_from (y));
      assert_same_date (scr_deadline_get_due (x), scr_deadline_get_due (y));
      assert_same_date (scr_deadline_get_done (x), scr_deadline_get_done (y));
      g_assert_cmpint (scr_deadline_get_approximate (x), ==, scr_deadline_get_approximate (y));
      g_assert_cmpint (scr_deadline_get_status (x), ==, scr_deadline_get_status (y));
      g_assert_cmpint (scr_deadline_get_days_late (x), ==, scr_deadline_get_days_late (y));
      assert_same_strv (scr_deadline_get_skipped (x), scr_deadline_get_skipped (y));
    }
}

static void
assert_batch_matches (ScrEvaluator  *e,
                      GListModel    *cases,
                      const ScrDate *decision_date)
{
  g_autoptr(GListModel) results = scr_evaluator_evaluate_all (e, cases, decision_date);
  guint n = g_list_model_get_n_items (cases);

  g_assert_true (g_list_model_get_item_type (results) == SCR_TYPE_EVALUATION);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n);
  g_assert_null (g_list_model_get_item (results, n));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
      g_autoptr(ScrEvaluation) one = scr_evaluator_evaluate (e, c, decision_date);
      g_autoptr(ScrEvaluation) item = g_list_model_get_item (results, i);
      g_autoptr(ScrEvaluation) again = g_list_model_get_item (results, i);

      assert_same_evaluation (item, one);
      assert_same_evaluation (again, one);
    }
  /* And the timelines, on the decision date or a fixed day. */
  {
    g_autoptr(ScrDate) fixed = scr_date_new (2021, 2, 1, NULL);
    const ScrDate *today = decision_date != NULL ? decision_date : fixed;
    g_autoptr(GListModel) timelines = scr_evaluator_timeline_all (e, cases, today, NULL);

    g_assert_true (g_list_model_get_item_type (timelines) == SCR_TYPE_TIMELINE);
    g_assert_cmpuint (g_list_model_get_n_items (timelines), ==, n);
    g_assert_null (g_list_model_get_item (timelines, n));
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
        g_autoptr(ScrTimeline) one = scr_evaluator_timeline (e, c, today, NULL);
        g_autoptr(ScrTimeline) item = g_list_model_get_item (timelines, i);

        assert_same_timeline (item, one);
      }
  }
}

/* A list model that is not a GListStore and makes a new case each time
 * an item is asked for (as filter or map models may): the batch calls must
 * keep each item alive while they use it. */
#define TEST_TYPE_MADE_CASES (test_made_cases_get_type ())
G_DECLARE_FINAL_TYPE (TestMadeCases, test_made_cases, TEST, MADE_CASES, GObject)

struct _TestMadeCases
{
  GObject parent_instance;
  guint n;
};

static void test_made_cases_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestMadeCases, test_made_cases, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, test_made_cases_model_init))

static void test_made_cases_class_init (TestMadeCasesClass *klass) {}
static void test_made_cases_init (TestMadeCases *self) {}

static GType
test_made_cases_get_item_type (GListModel *model)
{
  return SCR_TYPE_CASE;
}

static guint
test_made_cases_get_n_items (GListModel *model)
{
  return TEST_MADE_CASES (model)->n;
}

static ScrCase *
made_case (guint i)
{
  return make_case ("england", i % 2 ? SIN "@became_aware=2020-03-02" : "died=no @became_aware=2019-03-02");
}

static gpointer
test_made_cases_get_item (GListModel *model,
                          guint       position)
{
  return position < TEST_MADE_CASES (model)->n ? made_case (position) : NULL;
}

static void
test_made_cases_model_init (GListModelInterface *iface)
{
  iface->get_item_type = test_made_cases_get_item_type;
  iface->get_n_items = test_made_cases_get_n_items;
  iface->get_item = test_made_cases_get_item;
}

static void
test_batch_of_any_model (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(TestMadeCases) made = g_object_new (TEST_TYPE_MADE_CASES, NULL);
  g_autoptr(GListStore) store = g_list_store_new (SCR_TYPE_CASE);
  g_autoptr(ScrDate) today = scr_date_new (2020, 6, 1, NULL);
  g_autoptr(GListModel) from_made = NULL;
  g_autoptr(GListModel) from_store = NULL;
  g_autoptr(GListModel) timelines_made = NULL;
  g_autoptr(GListModel) timelines_store = NULL;

  made->n = 40;
  for (guint i = 0; i < made->n; i++)
    {
      g_autoptr(ScrCase) c = made_case (i);

      g_list_store_append (store, c);
    }
  from_made = scr_evaluator_evaluate_all (e, G_LIST_MODEL (made), NULL);
  from_store = scr_evaluator_evaluate_all (e, G_LIST_MODEL (store), NULL);
  timelines_made = scr_evaluator_timeline_all (e, G_LIST_MODEL (made), today, NULL);
  timelines_store = scr_evaluator_timeline_all (e, G_LIST_MODEL (store), today, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (from_made), ==, made->n);
  g_assert_cmpuint (g_list_model_get_n_items (timelines_made), ==, made->n);
  for (guint i = 0; i < made->n; i++)
    {
      g_autoptr(ScrEvaluation) a = g_list_model_get_item (from_made, i);
      g_autoptr(ScrEvaluation) b = g_list_model_get_item (from_store, i);
      g_autoptr(ScrTimeline) ta = g_list_model_get_item (timelines_made, i);
      g_autoptr(ScrTimeline) tb = g_list_model_get_item (timelines_store, i);
      g_autoptr(JsonNode) ja = scr_evaluation_to_json (a);
      g_autoptr(JsonNode) jb = scr_evaluation_to_json (b);
      g_autoptr(JsonNode) tja = scr_timeline_to_json (ta);
      g_autoptr(JsonNode) tjb = scr_timeline_to_json (tb);

      g_assert_true (json_node_equal (ja, jb));
      g_assert_true (json_node_equal (tja, tjb));
    }
  /* An empty list gives empty results. */
  {
    g_autoptr(GListStore) empty = g_list_store_new (SCR_TYPE_CASE);
    g_autoptr(GListModel) none = scr_evaluator_evaluate_all (e, G_LIST_MODEL (empty), NULL);
    g_autoptr(GListModel) no_timelines = scr_evaluator_timeline_all (e, G_LIST_MODEL (empty), today, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
    g_assert_null (g_list_model_get_item (none, 0));
    g_assert_cmpuint (g_list_model_get_n_items (no_timelines), ==, 0);
  }
  /* The store's items are borrowed, not owned: its references are as
   * before. */
  {
    g_autoptr(ScrCase) first = g_list_model_get_item (G_LIST_MODEL (store), 0);

    g_assert_cmpuint (G_OBJECT (first)->ref_count, ==, 2);
  }
}

static void
test_evaluate_all_matches_evaluate (void)
{
  static const char *const examples[] = {
    "child-b1-leicester.json", "child-l-cumbria.json", "child-n-lancashire.json",
    "liverpool-lif-audits.json", "sefton-scr-timelines.json",
  };
  static const char *const jur[] = { "england", "england", "wales", "scotland", "northern-ireland" };
  static const char *const an[] = { "known", "suspected", "not_suspected", "unknown" };
  static const char *const yn[] = { "yes", "no", "unknown" };
  static const char *const facts[] = {
    "abuse_neglect", "died", "serious_harm", "interagency_concern", "suspected_suicide",
    "looked_after_at_death", "custody_setting", "regulated_setting", "rr_improvements_needed",
    "cp_register_6m", "looked_after_6m", "significant_harm", "risk_significant_harm", "sbni_concern",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GListStore) generated = g_list_store_new (SCR_TYPE_CASE);
  g_autoptr(ScrDate) on = scr_date_new (2019, 10, 1, NULL);

  for (guint u = 0; u < 2; u++)
    {
      g_autoptr(ScrEvaluator) e = evaluator (u);

      for (guint x = 0; x < G_N_ELEMENTS (examples); x++)
        {
          g_autoptr(ScrDataset) dataset = load_example (examples[x]);

          assert_batch_matches (e, scr_dataset_get_cases (dataset), NULL);
          assert_batch_matches (e, scr_dataset_get_cases (dataset), on);
        }
    }
  for (guint i = 0; i < 300; i++)
    {
      gint32 aware = 734503 + g_rand_int_range (rand, 0, 4748);
      g_autofree char *spec = g_strdup_printf ("@became_aware=%04d-%02d-%02d",
                                               2012 + (aware - 734503) / 366, 1 + g_rand_int_range (rand, 0, 12),
                                               1 + g_rand_int_range (rand, 0, 28));
      g_autoptr(ScrCase) c = make_case (jur[g_rand_int_range (rand, 0, G_N_ELEMENTS (jur))], spec);
      g_autoptr(ScrDate) decision = scr_date_new_from_ordinal (aware + g_rand_int_range (rand, 10, 60), NULL);
      char age[8];

      g_assert_true (scr_case_set_fact (c, "abuse_neglect", an[g_rand_int_range (rand, 0, 4)], NULL));
      for (guint f = 1; f < G_N_ELEMENTS (facts); f++)
        if (g_rand_boolean (rand))
          scr_case_set_fact (c, facts[f], yn[g_rand_int_range (rand, 0, 3)], NULL);
      g_snprintf (age, sizeof age, "%d", g_rand_int_range (rand, 0, 18));
      scr_case_set_fact (c, "age", age, NULL);
      if (i % 7 == 0)
        scr_case_set_fact (c, "future_fact", "maybe", NULL);
      if (g_rand_boolean (rand))
        scr_case_set_event (c, "decision", decision);
      g_list_store_append (generated, c);
    }
  for (guint u = 0; u < 2; u++)
    {
      g_autoptr(ScrEvaluator) e = evaluator (u);

      assert_batch_matches (e, G_LIST_MODEL (generated), NULL);
      assert_batch_matches (e, G_LIST_MODEL (generated), on);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/evaluator/evaluate-all", test_evaluate_all);
  g_test_add_func ("/scr/evaluator/evaluator/evaluate-all-matches-evaluate", test_evaluate_all_matches_evaluate);
  g_test_add_func ("/scr/evaluator/evaluator/batch-of-any-model", test_batch_of_any_model);

  return g_test_run ();
}
