/* test-milestone.c: ScrMilestone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-model-util.h"

static void
test_milestone (void)
{
  ScrMilestone *milestone = scr_milestone_new (SCR_MILESTONE_KIND_DECISION);
  g_autoptr(ScrDate) planned = scr_date_new (2014, 3, 1, NULL);
  g_autoptr(ScrDate) done = scr_date_new_year_month (2014, 3, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(ScrMilestone) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (scr_milestone_get_kind (milestone), ==, SCR_MILESTONE_KIND_DECISION);
  g_assert_null (scr_milestone_get_planned (milestone));
  g_assert_null (scr_milestone_get_date (milestone));
  g_assert_null (scr_milestone_get_note (milestone));

  watch (milestone, "kind");
  scr_milestone_set_kind (milestone, SCR_MILESTONE_KIND_OTHER);
  scr_milestone_set_kind (milestone, SCR_MILESTONE_KIND_OTHER);
  g_assert_cmpuint (notify_count, ==, 1);
  watch (milestone, "planned");
  scr_milestone_set_planned (milestone, planned);
  scr_milestone_set_planned (milestone, planned);
  g_assert_cmpuint (notify_count, ==, 1);
  watch (milestone, "date");
  scr_milestone_set_date (milestone, done);
  scr_milestone_set_date (milestone, done);
  g_assert_cmpuint (notify_count, ==, 1);
  watch (milestone, "note");
  scr_milestone_set_note (milestone, "Panel informed");
  scr_milestone_set_note (milestone, "Panel informed");
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_true (scr_date_equal (scr_milestone_get_planned (milestone), planned));
  g_assert_true (scr_date_equal (scr_milestone_get_date (milestone), done));
  g_assert_cmpstr (scr_milestone_get_note (milestone), ==, "Panel informed");

  node = scr_milestone_to_json (milestone);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"kind\":\"other\",\"planned\":\"2014-03-01\",\"date\":\"2014-03\","
                             "\"note\":\"Panel informed\"}");

  input = parse ("{\"kind\":\"report-to-panel\",\"date\":null,\"by\":\"email\"}");
  copy = scr_milestone_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scr_milestone_get_kind (copy), ==, SCR_MILESTONE_KIND_REPORT_TO_PANEL);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  node = scr_milestone_to_json (copy);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"kind\":\"report-to-panel\",\"planned\":null,\"date\":null,"
                             "\"note\":null,\"by\":\"email\"}");

  g_clear_pointer (&input, json_node_unref);
  g_clear_object (&copy);
  input = parse ("{\"planned\":\"2014\"}");
  copy = scr_milestone_new_from_json (input, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, "kind: required member is missing");
  g_assert_null (copy);
  g_assert_finalize_object (milestone);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/milestone/basics", test_milestone);

  return g_test_run ();
}
