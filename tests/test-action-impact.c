/* test-action-impact.c: ScrActionImpact, an action's impact member and
 * the RAG computed in working days.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <scr/scr.h>

static ScrDate *
day (const char *text)
{
  g_autoptr(GError) error = NULL;
  ScrDate *date = scr_date_new_from_iso8601 (text, &error);

  g_assert_no_error (error);
  return date;
}

static void
test_json_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string ("{\"audit_measure_id\":\"m1\",\"date\":\"2017-11\","
                                               "\"note\":\"Re-audit\",\"x\":1}", &error);
  g_autoptr(ScrActionImpact) impact = scr_action_impact_new_from_json (node, &error);
  g_autoptr(JsonNode) back = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (scr_action_impact_get_audit_measure_id (impact), ==, "m1");
  g_assert_cmpint (scr_date_get_year (scr_action_impact_get_date (impact)), ==, 2017);
  g_assert_cmpstr (scr_action_impact_get_note (impact), ==, "Re-audit");
  g_assert_false (scr_action_impact_is_empty (impact));
  back = scr_action_impact_to_json (impact);
  text = json_to_string (back, FALSE);
  g_assert_cmpstr (text, ==, "{\"audit_measure_id\":\"m1\",\"date\":\"2017-11\","
                             "\"note\":\"Re-audit\",\"x\":1}");
  g_assert_finalize_object (g_steal_pointer (&impact));
}

static void
test_setters (void)
{
  g_autoptr(ScrActionImpact) impact = scr_action_impact_new ();
  g_autoptr(ScrDate) date = day ("2018-01-31");

  g_assert_true (scr_action_impact_is_empty (impact));
  scr_action_impact_set_audit_measure_id (impact, "m2");
  scr_action_impact_set_date (impact, date);
  scr_action_impact_set_note (impact, "n");
  g_assert_cmpstr (scr_action_impact_get_audit_measure_id (impact), ==, "m2");
  g_assert_true (scr_date_equal (scr_action_impact_get_date (impact), date));
  g_assert_cmpstr (scr_action_impact_get_note (impact), ==, "n");
  scr_action_impact_set_audit_measure_id (impact, NULL);
  scr_action_impact_set_date (impact, NULL);
  scr_action_impact_set_note (impact, NULL);
  g_assert_true (scr_action_impact_is_empty (impact));
  g_assert_finalize_object (g_steal_pointer (&impact));
}

/* An action without impact writes no impact member; with one, it does. */
static void
test_action_member (void)
{
  g_autoptr(ScrAction) action = scr_action_new ("a1", "Do it");
  g_autoptr(ScrActionImpact) impact = scr_action_impact_new ();
  g_autoptr(JsonNode) node = scr_action_to_json (action);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonNode) node2 = NULL;
  g_autofree char *text2 = NULL;

  g_assert_null (strstr (text, "impact"));
  g_assert_null (scr_action_get_impact (action));
  scr_action_impact_set_note (impact, "seen");
  scr_action_set_impact (action, impact);
  g_assert_true (scr_action_get_impact (action) == impact);
  node2 = scr_action_to_json (action);
  text2 = json_to_string (node2, FALSE);
  g_assert_nonnull (strstr (text2, "\"impact\":{\"audit_measure_id\":null,\"date\":null,"
                                   "\"note\":\"seen\"}"));
  scr_action_set_impact (action, NULL);
  g_assert_finalize_object (g_steal_pointer (&impact));
  g_assert_finalize_object (g_steal_pointer (&action));
}

static ScrRag
rag (const char *due,
     const char *today,
     ScrActionStatus status,
     guint amber)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = scr_calendar_new_for_division (SCR_DIVISION_ENGLAND_AND_WALES,
                                                                   &error);
  g_autoptr(ScrAction) action = scr_action_new ("a", "t");
  g_autoptr(ScrDate) on = day (today);

  g_assert_no_error (error);
  if (due != NULL)
    {
      g_autoptr(ScrDate) date = day (due);

      scr_action_set_due_date (action, date);
    }
  scr_action_set_status (action, status);
  return scr_action_compute_rag (action, on, calendar, amber);
}

/* Due Thursday 2 January 2025, judged on Friday 20 December 2024: the
 * working days after the 20th up to the 2nd are 23, 24, 27, 30, 31
 * December and 2 January (Christmas, Boxing Day and New Year's Day are
 * bank holidays): 6, though 13 calendar days. */
static void
test_rag_boundary (void)
{
  g_assert_cmpint (rag ("2025-01-02", "2024-12-20", SCR_ACTION_STATUS_IN_PROGRESS, 6), ==,
                   SCR_RAG_AMBER);
  g_assert_cmpint (rag ("2025-01-02", "2024-12-20", SCR_ACTION_STATUS_IN_PROGRESS, 5), ==,
                   SCR_RAG_GREEN);
  g_assert_cmpint (rag ("2025-01-02", "2025-01-02", SCR_ACTION_STATUS_IN_PROGRESS, 0), ==,
                   SCR_RAG_AMBER);
  g_assert_cmpint (rag ("2025-01-02", "2025-01-03", SCR_ACTION_STATUS_IN_PROGRESS, 10), ==,
                   SCR_RAG_RED);
  g_assert_cmpint (rag ("2025-01-02", "2025-01-03", SCR_ACTION_STATUS_COMPLETED, 10), ==,
                   SCR_RAG_GREEN);
  g_assert_cmpint (rag (NULL, "2025-01-03", SCR_ACTION_STATUS_UNKNOWN, 10), ==, SCR_RAG_NONE);
  /* a month means its last day */
  g_assert_cmpint (rag ("2025-01", "2025-01-31", SCR_ACTION_STATUS_UNKNOWN, 0), ==,
                   SCR_RAG_AMBER);
}

static void
test_dataset_amber_days (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new ();
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autoptr(ScrDataset) back = NULL;

  g_assert_cmpuint (scr_dataset_get_rag_amber_working_days (dataset), ==,
                    SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT);
  text = scr_dataset_to_data (dataset, NULL);
  g_assert_null (strstr (text, "rag_amber_working_days"));
  scr_dataset_set_rag_amber_working_days (dataset, 3);
  text2 = scr_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (text2, "\"rag_amber_working_days\" : 3"));
  back = scr_dataset_new_from_data (text2, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scr_dataset_get_rag_amber_working_days (back), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/action-impact/json-round-trip", test_json_round_trip);
  g_test_add_func ("/scr/model/action-impact/setters", test_setters);
  g_test_add_func ("/scr/model/action-impact/action-member", test_action_member);
  g_test_add_func ("/scr/model/action-impact/rag-boundary", test_rag_boundary);
  g_test_add_func ("/scr/model/action-impact/amber-days", test_dataset_amber_days);
  return g_test_run ();
}
