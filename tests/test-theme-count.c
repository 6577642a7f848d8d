/* test-theme-count.c: ScrThemeCount and scr_dataset_count_themes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <scr/scr.h>

static const char DATA[] =
  "{\"schema_version\":1,\"title\":null,"
  "\"agencies\":[{\"id\":\"police\",\"name\":\"Police\",\"sector\":\"police\"}],"
  "\"cases\":[],"
  "\"reviews\":[{\"id\":\"r1\",\"type\":\"scr\",\"status\":\"published\",\"stage\":\"action-plan\","
  "\"milestones\":[{\"kind\":\"publication\",\"date\":\"2016-06\"}]},"
  "{\"id\":\"r2\",\"type\":\"scr\",\"status\":\"published\",\"stage\":\"action-plan\","
  "\"milestones\":[{\"kind\":\"publication\",\"date\":\"2016-09\"}]}],"
  "\"chronology\":[],"
  "\"themes\":[{\"id\":\"t1\",\"review_id\":\"r1\",\"title\":\"Neglect\"},"
  "{\"id\":\"t2\",\"review_id\":\"r2\",\"title\":\"NEGLECT\"}],"
  "\"findings\":[{\"id\":\"f1\",\"review_id\":\"r1\",\"text\":\"x\",\"theme_ids\":[\"t1\"]}],"
  "\"lessons\":[],"
  "\"recommendations\":[{\"id\":\"rec1\",\"review_id\":\"r1\",\"text\":\"y\","
  "\"agency_id\":\"police\",\"finding_ids\":[\"f1\"]}],"
  "\"actions\":[],\"audits\":[]}";

static void
test_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (DATA, -1, &error);
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(ScrThemeCount) a = NULL, b = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  counts = scr_dataset_count_themes (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 2);
  a = g_list_model_get_item (counts, 0);
  b = g_list_model_get_item (counts, 1);
  /* NULL agency first: r2's theme has no recommendation */
  g_assert_cmpstr (scr_theme_count_get_theme (a), ==, "NEGLECT");
  g_assert_null (scr_theme_count_get_agency_id (a));
  g_assert_cmpint (scr_theme_count_get_year (a), ==, 2016);
  g_assert_cmpuint (scr_theme_count_get_count (a), ==, 1);
  g_assert_cmpstr (scr_theme_count_get_review_ids (a)[0], ==, "r2");
  g_assert_cmpstr (scr_theme_count_get_agency_id (b), ==, "police");
  node = scr_theme_count_to_json (b);
  text = json_to_string (node, FALSE);
  g_assert_cmpstr (text, ==, "{\"theme\":\"Neglect\",\"year\":2016,\"agency_id\":\"police\","
                             "\"count\":1,\"review_ids\":[\"r1\"]}");
}

/* Two datasets read as one register: a row of the same theme, year and
 * agency in both is one row with the reviews of both. */
static void
test_count_across_datasets (void)
{
  g_autoptr(GListStore) datasets = g_list_store_new (SCR_TYPE_DATASET);
  g_autoptr(ScrDataset) first = scr_dataset_new_from_data (DATA, -1, NULL);
  g_autoptr(ScrDataset) second = scr_dataset_new_from_data (DATA, -1, NULL);
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(ScrThemeCount) a = NULL;

  g_list_store_append (datasets, first);
  g_list_store_append (datasets, second);
  counts = scr_count_themes (G_LIST_MODEL (datasets));
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 2);
  a = g_list_model_get_item (counts, 0);
  /* the same review id in both files is one review */
  g_assert_cmpuint (scr_theme_count_get_count (a), ==, 1);
  g_clear_object (&a);
  g_list_store_remove_all (datasets);
  g_clear_object (&counts);
  counts = scr_count_themes (G_LIST_MODEL (datasets));
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/theme-count/count", test_count);
  g_test_add_func ("/scr/model/theme-count/across-datasets", test_count_across_datasets);
  return g_test_run ();
}
