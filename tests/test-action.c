/* test-action.c: ScrAction.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_action (void)
{
  ScrAction *action = scr_action_new ("a1", "Refresh the protocol");
  g_autoptr(ScrAction) loaded = NULL;
  g_autofree char *due = NULL;

  g_assert_cmpstr (scr_action_get_id (action), ==, "a1");
  g_assert_cmpstr (scr_action_get_text (action), ==, "Refresh the protocol");
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_NONE);
  g_assert_null (scr_action_get_due_date (action));
  g_assert_null (scr_action_get_completed_date (action));
  STRING (action, "id", action, id, FALSE);
  STRING (action, "review-id", action, review_id, TRUE);
  STRING (action, "recommendation-id", action, recommendation_id, TRUE);
  STRING (action, "text", action, text, FALSE);
  STRING (action, "owner-agency-id", action, owner_agency_id, TRUE);
  STRING (action, "owner", action, owner, TRUE);
  STRING (action, "lead", action, lead, TRUE);
  DATE (action, "due-date", action, due_date);
  INT (action, "status", action, status, SCR_ACTION_STATUS_COMPLETED, SCR_ACTION_STATUS_SUPERSEDED);
  INT (action, "rag", action, rag, SCR_RAG_BLUE, SCR_RAG_RED);
  STRING (action, "outcome-measure", action, outcome_measure, TRUE);
  STRING (action, "evidence", action, evidence, TRUE);
  DATE (action, "completed-date", action, completed_date);

  loaded = check_round_trip (ACTION_JSON, (FromJsonFunc) scr_action_new_from_json,
                             (ToJsonFunc) scr_action_to_json);
  due = scr_date_to_iso8601 (scr_action_get_due_date (loaded));
  g_assert_cmpstr (due, ==, "2016-07");
  g_assert_cmpint (scr_action_get_status (loaded), ==, SCR_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpint (scr_action_get_rag (loaded), ==, SCR_RAG_AMBER);
  g_assert_cmpstr (scr_action_get_owner (loaded), ==, "Learning and Improvement Subgroup");
  g_assert_finalize_object (action);
}

static void
test_action_defaults_from_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"id\":\"a\",\"text\":\"t\"}");
  ScrAction *action = scr_action_new_from_json (node, &error);
  g_autoptr(JsonNode) out = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_NONE);
  out = scr_action_to_json (action);
  text = write_compact (out);
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"a\",\"review_id\":null,\"recommendation_id\":null,\"text\":\"t\","
                   "\"owner_agency_id\":null,\"owner\":null,\"lead\":null,\"due\":null,"
                   "\"status\":null,\"rag\":\"none\",\"outcome_measure\":null,"
                   "\"evidence\":null,\"completed\":null}");
  g_assert_finalize_object (action);
}

static void
test_action_status_null (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"id\":\"a\",\"text\":\"t\",\"status\":\"unknown\"}");
  ScrAction *action = scr_action_new_from_json (node, &error);
  g_autoptr(JsonNode) out = NULL;
  JsonObject *object;

  g_assert_no_error (error);
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  out = scr_action_to_json (action);
  object = json_node_get_object (out);
  g_assert_true (json_object_get_null_member (object, "status"));
  scr_action_set_status (action, SCR_ACTION_STATUS_NOT_STARTED);
  g_clear_pointer (&out, json_node_unref);
  out = scr_action_to_json (action);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (out), "status"), ==, "not-started");
  g_assert_finalize_object (action);
}

typedef struct {
  const char *due;
  const char *on;
  ScrActionStatus status;
  gboolean overdue;
} OverdueCase;

static void
test_action_overdue (void)
{
  static const OverdueCase cases[] = {
    /* month precision: the end of the month */
    { "2016-09", "2016-09-01", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-09-30", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-10-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2016-08-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* a partial "on" counts as its first day */
    { "2016-09", "2016-09", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-10", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2017", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2016", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* leap years: February ends on the 29th, or the 28th */
    { "2016-02", "2016-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02", "2016-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "2015-02", "2015-02-28", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2015-02", "2015-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "1900-02", "1900-02-28", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "1900-02", "1900-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "2000-02", "2000-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02-29", "2016-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02-29", "2016-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    /* year end */
    { "2016", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-12", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-12", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-12-31", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-12-31", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    /* a complete due date: overdue the day after */
    { "2016-07-15", "2016-07-15", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-07-15", "2016-07-16", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    /* done actions are never overdue; a recorded "overdue" follows the dates */
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_COMPLETED, FALSE },
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_SUPERSEDED, FALSE },
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_OVERDUE, TRUE },
    { "2016-09", "2016-09-15", SCR_ACTION_STATUS_OVERDUE, FALSE },
    /* no due date: never overdue */
    { NULL, "2020-01-01", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* no recorded status: not known to be done */
    { "2016-09", "2016-10-01", SCR_ACTION_STATUS_UNKNOWN, TRUE },
    { "2016-09", "2016-09-30", SCR_ACTION_STATUS_UNKNOWN, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScrAction) action = scr_action_new ("a", "t");
      g_autoptr(ScrDate) due = cases[i].due ? scr_date_new_from_iso8601 (cases[i].due, NULL) : NULL;
      g_autoptr(ScrDate) on = scr_date_new_from_iso8601 (cases[i].on, NULL);

      scr_action_set_due_date (action, due);
      scr_action_set_status (action, cases[i].status);
      if (scr_action_is_overdue (action, on) != cases[i].overdue)
        g_error ("due %s, on %s, status %d: expected %s", cases[i].due, cases[i].on,
                 cases[i].status, cases[i].overdue ? "overdue" : "not overdue");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/action/basics", test_action);
  g_test_add_func ("/scr/model/action/defaults-from-json", test_action_defaults_from_json);
  g_test_add_func ("/scr/model/action/status-null", test_action_status_null);
  g_test_add_func ("/scr/model/action/overdue", test_action_overdue);
  return g_test_run ();
}
