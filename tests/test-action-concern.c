/* test-action-concern.c: ScrActionConcern and the dataset's list of
 * actions whose impact is in doubt, on seed 004's front door audit.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <scr/scr.h>

static ScrDataset *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "impact",
                                                 "front-door.json", NULL);
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_front_door (void)
{
  g_autoptr(ScrDataset) dataset = load_fixture ();
  g_autoptr(ScrDate) today = scr_date_new_from_iso8601 ("2025-01-03", NULL);
  g_autoptr(GListModel) concerns = scr_dataset_list_action_concerns (dataset, today);
  g_autoptr(ScrActionConcern) c0 = NULL, c1 = NULL, c2 = NULL, c3 = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (concerns), ==, 4);
  c0 = g_list_model_get_item (concerns, 0);
  g_assert_cmpstr (scr_action_concern_get_action_id (c0), ==, "line-manager-discussion");
  g_assert_cmpint (scr_action_concern_get_kind (c0), ==, SCR_ACTION_CONCERN_MEASURE_NOT_IMPROVED);
  g_assert_cmpstr (scr_action_concern_get_reason (c0), ==,
                   "measure front-door-line-manager: 10 of 32 (31%) in lif-audit-front-door "
                   "(2016-11), then 9 of 30 (30%) in front-door-reaudit (2017-11): worse");
  c1 = g_list_model_get_item (concerns, 1);
  g_assert_cmpint (scr_action_concern_get_kind (c1), ==, SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED);
  g_assert_nonnull (strstr (scr_action_concern_get_reason (c1), "15 of 32 (47%)"));
  c2 = g_list_model_get_item (concerns, 2);
  g_assert_cmpstr (scr_action_concern_get_action_id (c2), ==, "newsletter");
  g_assert_cmpint (scr_action_concern_get_kind (c2), ==,
                   SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE);
  c3 = g_list_model_get_item (concerns, 3);
  g_assert_cmpstr (scr_action_concern_get_action_id (c3), ==, "ehat-training");
  g_assert_cmpint (scr_action_concern_get_kind (c3), ==, SCR_ACTION_CONCERN_OVERDUE);
  g_assert_cmpstr (scr_action_concern_get_reason (c3), ==, "due 2025-01-02, not done on 2025-01-03");
  node = scr_action_concern_to_json (c3);
  text = json_to_string (node, FALSE);
  g_assert_cmpstr (text, ==, "{\"action_id\":\"ehat-training\",\"kind\":\"overdue\","
                             "\"reason\":\"due 2025-01-02, not done on 2025-01-03\"}");
  g_assert_cmpuint (scr_dataset_get_rag_amber_working_days (dataset), ==, 6);
}

/* 13 of 32 (41%) then 19 of 32 (59%): improved, no concern. */
static void
test_improved (void)
{
  g_autoptr(ScrDataset) dataset = load_fixture ();
  g_autoptr(GListModel) concerns = scr_dataset_list_action_concerns (dataset, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(ScrActionConcern) c = g_list_model_get_item (concerns, i);

      g_assert_cmpstr (scr_action_concern_get_action_id (c), !=, "guidance-briefings");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/action-concern/front-door", test_front_door);
  g_test_add_func ("/scr/model/action-concern/improved", test_improved);
  return g_test_run ();
}
