/* test-evaluator-seed-cases.c: ScrEvaluator on the seed cases: the real
 * reviews of examples/data and the example rule files (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

static void
test_seed_child_l (void)
{
  /* Seed 000: Child L died in 2011; the SCR began in May 2014 after the
   * new chair reviewed the case in March 2014; published June 2016. */
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrCase) c = first_case (dataset);
  g_autoptr(ScrEvaluator) e = evaluator (TRUE);
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *scr = scr_evaluation_get_outcome (ev, SCR_PROCESS_SCR);
  g_autoptr(ScrDate) today = scr_date_new (2016, 7, 1, NULL);
  g_autoptr(ScrDate) aware = scr_date_new_year (2011, NULL);
  g_autoptr(ScrTimeline) t = NULL;
  g_autoptr(ScrDeadline) done = NULL, decision = NULL;

  g_assert_cmpint (scr_outcome_get_verdict (scr), ==, SCR_VERDICT_REQUIRED);
  g_assert_cmpstr (scr_outcome_get_rule_id (scr), ==, "E13-SCR-1");

  /* The review ran two years past its six months. */
  t = scr_evaluator_timeline (e, c, today, NULL);
  done = find_deadline (t, "T-LCSPR-DONE");
  g_assert_cmpint (scr_deadline_get_status (done), ==, SCR_DEADLINE_STATUS_LATE);
  g_assert_cmpint (scr_deadline_get_days_late (done), >, 300);
  g_clear_object (&t);

  /* Known only to the year, awareness in 2011 makes the decision (March
   * 2014) years late under the one-month rule (unverified). */
  scr_case_set_event (c, "became_aware", aware);
  t = scr_evaluator_timeline (e, c, today, NULL);
  decision = find_deadline (t, "T-DEC-10");
  g_assert_nonnull (decision);
  g_assert_cmpint (scr_deadline_get_status (decision), ==, SCR_DEADLINE_STATUS_LATE);
  g_assert_cmpint (scr_deadline_get_days_late (decision), >, 500);
  g_assert_true (scr_deadline_get_unverified (decision));
}

static void
test_seed_child_b1 (void)
{
  /* Seed 003: serious harm on 27-08-2014 under a CP plan; WT2013. */
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrCase) c = first_case (dataset);
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *scr = scr_evaluation_get_outcome (ev, SCR_PROCESS_SCR);
  g_autoptr(ScrDate) today = scr_date_new (2016, 7, 1, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(ScrDeadline) done = find_deadline (t, "T-LCSPR-DONE");
  g_autoptr(ScrDeadline) web = find_deadline (t, "T-WEB");

  g_assert_cmpstr (scr_outcome_get_rule_id (scr), ==, "E13-SCR-2");
  g_assert_cmpstr (scr_outcome_get_edition (scr), ==, "WT2013");
  g_assert_cmpint (scr_outcome_get_verdict (scr), ==, SCR_VERDICT_REQUIRED);
  g_assert_nonnull (strstr (scr_outcome_get_citation (scr), "reg 5(2)(a) and (b)(ii)"));
  /* The latest date the partnership knew is 7 October 2014 (the SCR
   * sub-group); only WT2013's notification rule, [R], can apply, and with it
   * switched on the unrecorded notification is overdue from 9 October. */
  {
    g_autoptr(ScrEvaluator) eu = evaluator (TRUE);
    g_autoptr(ScrEvaluation) evu = scr_evaluator_evaluate (eu, c, NULL);
    ScrOutcome *ni = scr_evaluation_get_outcome (evu, SCR_PROCESS_NOTIFICATION);
    ScrOutcome *none = scr_evaluation_get_outcome (ev, SCR_PROCESS_NOTIFICATION);
    g_autoptr(ScrTimeline) tu = scr_evaluator_timeline (eu, c, today, NULL);
    g_autoptr(ScrDeadline) notify = find_deadline (tu, "T-NI-13");
    g_autofree char *selected = NULL, *notify_due = NULL;

    g_assert_null (none);
    g_assert_cmpstr (scr_outcome_get_rule_id (ni), ==, "E13-NI");
    g_assert_true (scr_outcome_get_unverified (ni));
    selected = scr_date_to_iso8601 (scr_outcome_get_date (ni));
    g_assert_cmpstr (selected, ==, "2014-10-07");
    notify_due = scr_date_to_iso8601 (scr_deadline_get_due (notify));
    g_assert_cmpstr (notify_due, ==, "2014-10-09");
    g_assert_cmpint (scr_deadline_get_status (notify), ==, SCR_DEADLINE_STATUS_OVERDUE);
    g_assert_true (scr_deadline_get_unverified (notify));
  }
  /* Decision December 2014, report September 2015: late. */
  g_assert_cmpint (scr_deadline_get_status (done), ==, SCR_DEADLINE_STATUS_LATE);
  g_assert_cmpint (scr_deadline_get_status (web), ==, SCR_DEADLINE_STATUS_PENDING);
}

static void
test_seed_child_n (void)
{
  /* Seed 001: died May 2014; SCR decided 5 June 2014; published May 2015. */
  g_autoptr(ScrDataset) dataset = load_example ("child-n-lancashire.json");
  g_autoptr(ScrCase) c = first_case (dataset);
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *scr = scr_evaluation_get_outcome (ev, SCR_PROCESS_SCR);
  g_autoptr(ScrDate) today = scr_date_new (2015, 6, 1, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(ScrDeadline) done = find_deadline (t, "T-LCSPR-DONE");
  g_autofree char *due = scr_date_to_iso8601 (scr_deadline_get_due (done));

  g_assert_cmpstr (scr_outcome_get_rule_id (scr), ==, "E13-SCR-1");
  g_assert_cmpstr (due, ==, "2014-12-05");
  g_assert_cmpint (scr_deadline_get_status (done), ==, SCR_DEADLINE_STATUS_LATE);
}

static void
test_seed_sefton_reviews (void)
{
  /* Seed 002: five SCRs; each report reached the National Panel in the
   * month of publication or before. Taking the publication as the intended
   * date, every T-PUB-PRE step is met, on month-precision dates given the
   * benefit of the doubt (and marked approximate). */
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  GListModel *cases = scr_dataset_get_cases (dataset);
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrDate) today = scr_date_new (2021, 1, 26, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
      g_autoptr(ScrTimeline) t = NULL;
      g_autoptr(ScrDeadline) d = NULL;

      scr_case_set_event (c, "intended_publication", scr_case_get_event (c, "published"));
      t = scr_evaluator_timeline (e, c, today, NULL);
      d = find_deadline (t, "T-PUB-PRE");
      g_assert_nonnull (d);
      g_assert_cmpint (scr_deadline_get_status (d), ==, SCR_DEADLINE_STATUS_MET);
      g_assert_true (scr_deadline_get_approximate (d));
    }
}

static void
test_seed_sefton_local_plan (void)
{
  /* Seed 002: Day 1 / 10 / 12 / 14 / 15, Day 1 the first working day on or
   * after the notification reached the LSCB (Friday 1 March 2019). */
  g_autoptr(ScrRuleSet) rules = rules_with ("sefton.json");
  g_autoptr(ScrEvaluator) e = scr_evaluator_new (rules);
  g_autoptr(ScrCase) c = make_case ("england", "@sp_notified=2019-03-01 @chair_notified=2019-03-01 "
                                    "@rr_meeting=2019-03-15 @decision_to_chair=2019-03-18");
  g_autoptr(ScrDate) today = scr_date_new (2019, 3, 22, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  static const struct { const char *rule, *due, *status; int late; } want[] = {
    { "T-LOCAL-15-D1", "2019-03-01", "met", 0 },
    { "T-LOCAL-15-D10", "2019-03-14", "late", 1 },
    { "T-LOCAL-15-D12", "2019-03-18", "met", 0 },
    { "T-LOCAL-15-D14", "2019-03-20", "overdue", 2 },
    { "T-LOCAL-15-D15", "2019-03-21", "overdue", 1 },
  };
  g_auto(GStrv) events = scr_rule_set_list_events (rules);

  g_assert_true (g_strv_contains ((const char * const *) events, "rr_meeting"));
  for (gsize i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(ScrDeadline) d = find_deadline (t, want[i].rule);
      g_autofree char *due = scr_date_to_iso8601 (scr_deadline_get_due (d));

      g_assert_cmpstr (due, ==, want[i].due);
      g_assert_cmpstr (nick (SCR_TYPE_DEADLINE_STATUS, scr_deadline_get_status (d)), ==, want[i].status);
      g_assert_cmpint (scr_deadline_get_days_late (d), ==, want[i].late);
    }
}

static void
test_seed_sefton_weekend_day1 (void)
{
  /* Notification received on a Saturday: Day 1 is the Monday. */
  g_autoptr(ScrRuleSet) rules = rules_with ("sefton.json");
  g_autoptr(ScrEvaluator) e = scr_evaluator_new (rules);
  g_autoptr(ScrCase) c = make_case ("england", "@sp_notified=2019-03-02");
  g_autoptr(ScrDate) today = scr_date_new (2019, 3, 2, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(ScrDeadline) d1 = find_deadline (t, "T-LOCAL-15-D1");
  g_autoptr(ScrDeadline) d15 = find_deadline (t, "T-LOCAL-15-D15");
  g_autofree char *due1 = scr_date_to_iso8601 (scr_deadline_get_due (d1));
  g_autofree char *due15 = scr_date_to_iso8601 (scr_deadline_get_due (d15));

  g_assert_cmpstr (due1, ==, "2019-03-04");
  g_assert_cmpstr (due15, ==, "2019-03-22");
  g_assert_true (g_strv_contains (scr_deadline_get_skipped (d1), "Sat 2019-03-02: weekend"));
}

static void
test_seed_liverpool_one_month (void)
{
  /* Seed 004: a decision within one month of the LSCB being notified. */
  g_autoptr(ScrRuleSet) rules = rules_with ("liverpool.json");
  g_autoptr(ScrEvaluator) e = scr_evaluator_new (rules);
  g_autoptr(ScrCase) c = make_case ("england", "@sp_notified=2016-01-31 @decision=2016-03-01");
  g_autoptr(ScrCase) late = make_case ("england", "@sp_notified=2019-10-01");
  g_autoptr(ScrDate) today = scr_date_new (2016, 4, 1, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(ScrTimeline) t2 = scr_evaluator_timeline (e, late, today, NULL);
  g_autoptr(ScrDeadline) d = find_deadline (t, "T-LIV");
  g_autoptr(ScrDeadline) d2 = find_deadline (t2, "T-LIV");
  g_autofree char *due = scr_date_to_iso8601 (scr_deadline_get_due (d));

  /* 31 January + 1 month = 29 February 2016 (leap year). */
  g_assert_cmpstr (due, ==, "2016-02-29");
  g_assert_cmpint (scr_deadline_get_status (d), ==, SCR_DEADLINE_STATUS_LATE);
  g_assert_cmpint (scr_deadline_get_days_late (d), ==, 1);
  /* After the area's transition the LSCB rule no longer applies. */
  g_assert_null (d2);
}

static void
test_example_susr (void)
{
  g_autoptr(ScrRuleSet) rules = rules_with ("wales-susr.json");
  g_autoptr(ScrEvaluator) e = scr_evaluator_new (rules);
  g_autoptr(ScrCase) c = make_case ("wales", "within_board_area=yes abuse_neglect=known died=yes @incident=2026-01-05");
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *o = scr_evaluation_get_outcome (ev, SCR_PROCESS_WALES_SUSR);

  g_assert_cmpstr (scr_outcome_get_rule_id (o), ==, "W-SUSR");
  g_assert_cmpint (scr_outcome_get_verdict (o), ==, SCR_VERDICT_REQUIRED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/evaluator/seed-child-l", test_seed_child_l);
  g_test_add_func ("/scr/evaluator/evaluator/seed-child-b1", test_seed_child_b1);
  g_test_add_func ("/scr/evaluator/evaluator/seed-child-n", test_seed_child_n);
  g_test_add_func ("/scr/evaluator/evaluator/seed-sefton-reviews", test_seed_sefton_reviews);
  g_test_add_func ("/scr/evaluator/evaluator/seed-sefton-local-plan", test_seed_sefton_local_plan);
  g_test_add_func ("/scr/evaluator/evaluator/seed-sefton-weekend-day1", test_seed_sefton_weekend_day1);
  g_test_add_func ("/scr/evaluator/evaluator/seed-liverpool-one-month", test_seed_liverpool_one_month);
  g_test_add_func ("/scr/evaluator/evaluator/example-susr", test_example_susr);

  return g_test_run ();
}
