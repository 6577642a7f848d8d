/* test-timeline.c: ScrTimeline and ScrDeadline: the statutory timeline
 * (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

/* ---------------------------------------------------------------- timeline */

typedef struct
{
  const char *jurisdiction;
  const char *spec;
  const char *today;
  const char *rule;
  const char *status;       /* nick, or "absent" */
  const char *due;          /* NULL: none */
  int days_late;
  const char *skipped;      /* a substring of one skipped line, or NULL */
  gboolean unverified;
} TVector;

static const TVector timeline_vectors[] = {
  /* Monday anchor: day 0 not counted; due the following Monday. */
  { "england", SIN "@became_aware=2020-03-02 @notification_sent=2020-03-10", "2020-04-01", "T-SIN-18", "late", "2020-03-09", 1, "Sat 2020-03-07" },
  { "england", SIN "@became_aware=2020-03-02 @notification_sent=2020-03-09", "2020-04-01", "T-SIN-18", "met", "2020-03-09", 0 },
  { "england", SIN "@became_aware=2020-03-02", "2020-03-09", "T-SIN-18", "pending", "2020-03-09", 0 },
  { "england", SIN "@became_aware=2020-03-02", "2020-03-12", "T-SIN-18", "overdue", "2020-03-09", 3 },
  /* Weekend anchor: Saturday is day 0. */
  { "england", SIN "@became_aware=2020-03-07", "2020-03-10", "T-SIN-18", "pending", "2020-03-13", 0 },
  /* Bank holidays: the Platinum Jubilee (2 and 3 June 2022). */
  { "england", SIN "@became_aware=2022-06-01", "2022-06-01", "T-SIN-18", "pending", "2022-06-10", 0, "2022-06-03" },
  { "england", SIN "@became_aware=2022-06-01 @sp_notified=2022-06-13", "2022-07-01", "T-SIN-18-SP", "late", "2022-06-10", 1 },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=yes @became_aware=2021-12-23", "2021-12-23", "T-LAC-18", "pending", "2022-01-04", 0, "2021-12-27" },
  { "england", "died=yes care_leaver=yes care_leaver_age=20 @became_aware=2024-03-27", "2024-03-27", "T-CL-23", "pending", "2024-04-05", 0, "Good Friday" },
  { "england", SIN "@became_aware=2020-03-02 @notification_sent=2020-03-09 @rapid_review_completed=2020-03-30", "2020-04-01", "T-RR", "met", "2020-03-30", 0 },
  { "england", SIN "@became_aware=2020-03-02 @notification_sent=2020-03-09 @rapid_review_completed=2020-04-01", "2020-04-01", "T-RR", "late", "2020-03-30", 2 },
  { "england", SIN "@became_aware=2020-03-02 @rapid_review_completed=2020-03-30", "2020-04-01", "T-RR-alt", "late", "2020-03-23", 5, NULL, TRUE },
  { "england", SIN "@became_aware=2020-03-02 @rapid_review_completed=2020-03-30", "2020-04-01", "T-RR-send", "pending", NULL, 0, NULL, TRUE },
  { "england", SIN "@became_aware=2020-03-02 @rapid_review_completed=2020-03-30 @panel_informed=2020-04-01", "2020-04-01", "T-RR-send", "met", NULL, 0, NULL, TRUE },
  { "england", SIN "@rapid_review_completed=2020-03-30", "2020-04-01", "T-PANEL-RESP", "absent" },
  { "england", "review_decision=initiate @decision=2020-04-01", "2020-04-02", "T-LCSPR-INFORM", "pending", NULL, 0, NULL, TRUE },
  /* Month arithmetic: the last day of a shorter month, leap years. */
  { "england", "@review_initiated=2023-08-31", "2024-03-01", "T-LCSPR-DONE", "overdue", "2024-02-29", 1 },
  { "england", "@review_initiated=2022-08-31 @review_completed=2023-02-28", "2024-01-01", "T-LCSPR-DONE", "met", "2023-02-28", 0 },
  { "england", "@review_initiated=2024-02-29 @published=2024-09-02", "2024-10-01", "T-LCSPR-DONE", "late", "2024-08-29", 2 },
  { "england", "review_decision=initiate @decision=2015-01-15", "2015-03-01", "T-LCSPR-DONE", "pending", "2015-07-15", 0 },
  { "england", "review_decision=not_initiate @decision=2015-01-15", "2015-03-01", "T-LCSPR-DONE", "absent" },
  /* Counting back: 7 working days before Monday 11 January 2021. */
  { "england", "@intended_publication=2021-01-11 @report_sent_to_panel=2020-12-31", "2021-01-11", "T-PUB-PRE", "late", "2020-12-30", 1, "Fri 2021-01-01" },
  { "england", "@intended_publication=2021-01-11 @report_sent_to_panel=2020-12-22", "2021-01-11", "T-PUB-PRE", "met", "2020-12-30", 0 },
  { "england", "@intended_publication=2016-01-11 @report_sent_to_panel=2016-01-04", "2016-01-11", "T-PUB-PRE-15", "met", "2016-01-04", 0, NULL, TRUE },
  /* Minimum period on the website. */
  { "england", "@published=2016-06-17 @web_removed=2017-01-10", "2017-07-01", "T-WEB", "late", "2017-06-17", 109 },
  { "england", "@published=2016-06-17", "2017-07-01", "T-WEB", "met", "2017-06-17", 0 },
  { "england", "@published=2016-06-17", "2016-12-01", "T-WEB", "pending", "2017-06-17", 0 },
  { "england", "@published=2020-02-29", "2020-03-01", "T-WEB-18", "pending", "2021-02-28", 0 },
  { "england", "review_decision=not_initiate @decision=2016-05-03 @panel_informed=2016-05-20", "2016-06-01", "T-NOTINIT", "late", "2016-05-17", 3 },
  { "england", "review_decision=initiate @decision=2016-05-03 @panel_informed=2016-05-20", "2016-06-01", "T-INIT-15", "met", NULL, 0 },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2016-05-03", "2016-05-04", "T-NI-15", "pending", "2016-05-10", 0 },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2014-01-10", "2014-01-20", "T-NI-13", "overdue", "2014-01-14", 4, NULL, TRUE },
  { "england", "abuse_neglect=suspected died=yes @became_aware=2011 @decision=2014-03", "2016-07-01", "T-DEC-10", "late", "2012-01-31", 526, NULL, TRUE },
  { "scotland", "@cpc_decision=2022-05-02 @care_inspectorate_notified=2022-05-03", "2022-06-01", "T-SCO-DEC", "met", NULL, 0 },
  /* Scotland's calendar: 2 May 2022 was a bank holiday there too. */
  { "scotland", "@cog_ratification=2022-05-02 @outcome_notified=2022-05-12", "2022-06-01", "T-SCO-OUT", "late", "2022-05-09", 3 },
  { "northern-ireland", "@cmr_requisition=2015-02-02", "2015-03-02", "T-NI-CMRP", "overdue", "2015-02-16", 10 },
  { "northern-ireland", "@cmr_requisition=2015-03-02", "2015-03-20", "T-NI-CMRP", "overdue", "2015-03-16", 3 },
  { "england", "died=yes age=3 @incident=2020-03-01", "2020-03-02", "T-CDR-LOCAL", "absent" },
};

static void
check_tvector (const TVector *v,
               GHashTable    *seen)
{
  g_autoptr(ScrCase) c = make_case (v->jurisdiction, v->spec);
  g_autoptr(ScrEvaluator) e = evaluator (v->unverified);
  g_autoptr(ScrDate) today = scr_date_new_from_iso8601 (v->today, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, &error);
  g_autoptr(ScrDeadline) d = NULL;
  g_autofree char *due = NULL;

  g_test_message ("timeline: [%s] %s on %s", v->spec, v->rule, v->today);
  g_assert_no_error (error);
  g_assert_true (scr_date_equal (scr_timeline_get_today (t), today));
  g_assert_true (SCR_IS_CALENDAR (scr_timeline_get_calendar (t)));
  g_assert_cmpint (scr_calendar_get_division (scr_timeline_get_calendar (t)), ==,
                   scr_case_get_jurisdiction (c) == SCR_JURISDICTION_SCOTLAND
                   ? SCR_DIVISION_SCOTLAND
                   : scr_case_get_jurisdiction (c) == SCR_JURISDICTION_NORTHERN_IRELAND
                   ? SCR_DIVISION_NORTHERN_IRELAND : SCR_DIVISION_ENGLAND_AND_WALES);
  d = find_deadline (t, v->rule);
  if (g_str_equal (v->status, "absent"))
    {
      g_assert_null (d);
      return;
    }
  g_assert_nonnull (d);
  g_hash_table_add (seen, g_strdup (v->rule));
  g_assert_cmpstr (nick (SCR_TYPE_DEADLINE_STATUS, scr_deadline_get_status (d)), ==, v->status);
  if (scr_deadline_get_due (d) != NULL)
    due = scr_date_to_iso8601 (scr_deadline_get_due (d));
  g_assert_cmpstr (due, ==, v->due);
  g_assert_cmpint (scr_deadline_get_days_late (d), ==, v->days_late);
  if (v->skipped != NULL)
    {
      const char * const *skipped = scr_deadline_get_skipped (d);
      gboolean found = FALSE;

      for (guint i = 0; skipped[i] != NULL; i++)
        found |= strstr (skipped[i], v->skipped) != NULL;
      g_assert_true (found);
    }
  g_assert_cmpint (scr_deadline_get_unverified (d), ==, v->unverified && scr_deadline_get_evidence (d) == SCR_EVIDENCE_RECALLED);
  g_assert_nonnull (scr_deadline_get_description (d));
  g_assert_nonnull (scr_deadline_get_citation (d));
  g_assert_nonnull (scr_deadline_get_anchor (d));
  g_assert_nonnull (scr_deadline_get_from (d));
}

static void
test_timeline_vectors (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  GListModel *list = scr_rule_set_get_rules (rules);

  for (gsize i = 0; i < G_N_ELEMENTS (timeline_vectors); i++)
    check_tvector (&timeline_vectors[i], seen);

  /* Every tracked built-in timescale appears in some vector. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);
      const char *id = scr_rule_get_id (rule);

      if (scr_rule_get_kind (rule) != SCR_RULE_KIND_TIMESCALE ||
          g_str_equal (id, "T-PANEL-RESP") || g_str_equal (id, "T-CDR-LOCAL"))
        continue;
      if (!g_hash_table_contains (seen, id))
        g_error ("no timeline vector covers %s", id);
    }
}

static void
test_timeline_partial_dates (void)
{
  /* Month-precision anchor: the due date counts from its last day, and the
   * deadline says so. */
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "@review_initiated=2014-05 @published=2016-06-17");
  g_autoptr(ScrDate) today = scr_date_new (2016, 7, 1, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(ScrDeadline) d = find_deadline (t, "T-LCSPR-DONE");
  g_autofree char *from = scr_date_to_iso8601 (scr_deadline_get_from (d));
  g_autofree char *due = scr_date_to_iso8601 (scr_deadline_get_due (d));
  g_autofree char *done = scr_date_to_iso8601 (scr_deadline_get_done (d));

  g_assert_cmpstr (from, ==, "2014-05");
  g_assert_cmpstr (due, ==, "2014-11-30");
  g_assert_cmpstr (done, ==, "2016-06-17");
  g_assert_true (scr_deadline_get_approximate (d));
  g_assert_cmpint (scr_deadline_get_status (d), ==, SCR_DEADLINE_STATUS_LATE);
  g_assert_cmpint (scr_deadline_get_process (d), ==, SCR_PROCESS_SCR);
}

static void
test_timeline_missing (void)
{
  /* A notifiable incident whose date of awareness is unknown. */
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", SIN "looked_after_at_death=no @decision=2020-04-01");
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, NULL, NULL);
  g_auto(GStrv) missing = scr_timeline_list_missing (t);

  g_assert_true (g_strv_contains ((const char * const *) missing, "date:became_aware"));
  g_assert_cmpstr (scr_timeline_get_case_id (t), ==, "test-case");
}

static void
test_timeline_out_of_range (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", SIN "@became_aware=2100-12-30");
  g_autoptr(ScrDate) today = scr_date_new (2101, 1, 1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, &error);

  g_assert_null (t);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "T-SIN-18"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/timeline/vectors", test_timeline_vectors);
  g_test_add_func ("/scr/evaluator/timeline/partial-dates", test_timeline_partial_dates);
  g_test_add_func ("/scr/evaluator/timeline/missing", test_timeline_missing);
  g_test_add_func ("/scr/evaluator/timeline/out-of-range", test_timeline_out_of_range);

  return g_test_run ();
}
