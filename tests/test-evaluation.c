/* test-evaluation.c: ScrEvaluation and ScrTimeline as JSON (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

static void
test_json_output (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", SIN "@became_aware=2020-03-02");
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  g_autoptr(JsonNode) node = scr_evaluation_to_json (ev);
  JsonObject *root = json_node_get_object (node);
  JsonArray *outcomes = json_object_get_array_member (root, "outcomes");
  JsonObject *first = json_array_get_object_element (outcomes, 0);
  g_autoptr(GList) members = json_object_get_members (first);
  static const char *const want[] = { "process", "outcome", "rule", "citation", "evidence", "reason", "missing" };
  g_autoptr(ScrDate) today = scr_date_new (2020, 3, 12, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(JsonNode) tnode = scr_timeline_to_json (t);
  JsonArray *milestones = json_object_get_array_member (json_node_get_object (tnode), "milestones");
  JsonObject *m = json_array_get_object_element (milestones, 0);
  g_autoptr(GList) tmembers = json_object_get_members (m);
  static const char *const twant[] = { "rule", "from", "due", "done", "status", "days_late", "skipped" };
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, want[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (want));
  g_assert_cmpstr (json_object_get_string_member (first, "process"), ==, "notification");
  g_assert_cmpstr (json_object_get_string_member (first, "outcome"), ==, "required");
  g_assert_cmpstr (json_object_get_string_member (first, "evidence"), ==, "F");
  i = 0;
  for (GList *l = tmembers; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, twant[i]);
  g_assert_cmpstr (json_object_get_string_member (m, "rule"), ==, "T-SIN-18");
  g_assert_cmpstr (json_object_get_string_member (m, "status"), ==, "overdue");
  g_assert_cmpint (json_object_get_int_member (m, "days_late"), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/evaluation/json-output", test_json_output);

  return g_test_run ();
}
