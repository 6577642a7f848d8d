/* test-period.c: ScrPeriod and a person's legal-status periods.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "test-model-util.h"

static void
test_period (void)
{
  g_autoptr(ScrDate) from = scr_date_new_year_month (2020, 2, NULL);
  g_autoptr(ScrDate) to = scr_date_new (2020, 8, 10, NULL);
  g_autoptr(ScrPeriod) period = scr_period_new (from, NULL);
  g_autoptr(ScrPeriod) read = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (scr_date_equal (scr_period_get_from (period), from));
  g_assert_null (scr_period_get_to (period));
  g_assert_true (scr_period_is_open (period));
  watch (period, "to");
  scr_period_set_to (period, to);
  scr_period_set_to (period, to);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_false (scr_period_is_open (period));
  scr_period_set_from (period, to);
  node = scr_period_to_json (period);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"from\":\"2020-08-10\",\"to\":\"2020-08-10\"}");

  /* open, partial, unknown members kept */
  input = parse ("{\"from\":\"2019\",\"to\":null,\"x\":[1]}");
  read = scr_period_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_true (scr_period_is_open (read));
  g_assert_cmpint (scr_date_get_precision (scr_period_get_from (read)), ==,
                   SCR_DATE_PRECISION_YEAR);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&node, json_node_unref);
  node = scr_period_to_json (read);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"from\":\"2019\",\"to\":null,\"x\":[1]}");
}

static void
test_period_errors (void)
{
  static const JsonErrorCase cases[] = {
    { "{\"to\":\"2020-01-01\"}", "from: " },
    { "{\"from\":\"2020-03-01\",\"to\":\"2020-02-29\"}",
      "to: is before the period's start (2020-03-01)" },
    { "{\"from\":\"2020-03\",\"to\":\"2020-02\"}",
      "to: is before the period's start (2020-03)" },
    { "{\"from\":\"2020\",\"to\":7}", "to: " },
  };
  static const char *const straddling[] = {
    /* a month that may hold both ends, a day inside a year: not an error */
    "{\"from\":\"2020-03-15\",\"to\":\"2020-03\"}",
    "{\"from\":\"2020\",\"to\":\"2020-01-01\"}",
    "{\"from\":\"2020-03-01\",\"to\":\"2020-03-01\"}",
  };

  assert_json_errors (cases, G_N_ELEMENTS (cases), (NewFromJsonFunc) scr_period_new_from_json);
  for (guint i = 0; i < G_N_ELEMENTS (straddling); i++)
    {
      g_autoptr(JsonNode) node = parse (straddling[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrPeriod) period = scr_period_new_from_json (node, &error);

      g_assert_no_error (error);
      g_assert_nonnull (period);
    }
}

static void
test_person_periods (void)
{
  g_autoptr(ScrPerson) person = scr_person_new ("c");
  g_autoptr(ScrDate) from = scr_date_new (2020, 2, 3, NULL);
  g_autoptr(ScrPeriod) period = scr_period_new (from, NULL);
  g_autoptr(ScrPeriod) other = scr_period_new (from, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(ScrPerson) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *list;

  list = scr_person_get_cp_register_periods (person);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (g_list_model_get_item_type (list) == SCR_TYPE_PERIOD);
  /* empty lists are not written */
  node = scr_person_to_json (person);
  text = to_text (node);
  g_assert_null (strstr (text, "periods"));

  scr_person_add_cp_register_period (person, period);
  scr_person_add_looked_after_period (person, other);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (scr_person_get_looked_after_periods (person)),
                    ==, 1);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&node, json_node_unref);
  node = scr_person_to_json (person);
  text = to_text (node);
  g_assert_nonnull (strstr (text, "\"dol_order\":\"unknown\","
                                  "\"cp_register_periods\":[{\"from\":\"2020-02-03\",\"to\":null}],"
                                  "\"looked_after_periods\":[{\"from\":\"2020-02-03\",\"to\":null}]}"));
  g_assert_false (scr_person_remove_cp_register_period (person, other));
  g_assert_true (scr_person_remove_cp_register_period (person, period));
  g_assert_true (scr_person_remove_looked_after_period (person, other));
  g_assert_false (scr_person_remove_looked_after_period (person, other));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* the error names the JSON path of the period */
  input = parse ("{\"id\":\"c\",\"legal_status\":{\"looked_after_periods\":"
                 "[{\"from\":\"2019-01\",\"to\":null},"
                 "{\"from\":\"2020-05-01\",\"to\":\"2020-04\"}]}}");
  read = scr_person_new_from_json (input, &error);
  g_assert_null (read);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==,
                   "legal_status.looked_after_periods[1].to: "
                   "is before the period's start (2020-05-01)");
}

static void
test_dataset_period_path (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model",
                                                "unknown-members.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  char *at;

  g_file_get_contents (path, &original, NULL, &error);
  g_assert_no_error (error);
  at = strstr (original, "\"to\" : \"2013-11\"");
  g_assert_nonnull (at);
  broken = g_strdup (original);
  memcpy (broken + (at - original), "\"to\" : \"2013-04\"", strlen ("\"to\" : \"2013-04\""));
  dataset = scr_dataset_new_from_data (broken, -1, &error);
  g_assert_null (dataset);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==,
                   "cases[0].subject.legal_status.cp_register_periods[0].to: "
                   "is before the period's start (2013-05-01)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/period/basics", test_period);
  g_test_add_func ("/scr/model/period/errors", test_period_errors);
  g_test_add_func ("/scr/model/period/person", test_person_periods);
  g_test_add_func ("/scr/model/period/dataset-path", test_dataset_period_path);

  return g_test_run ();
}
