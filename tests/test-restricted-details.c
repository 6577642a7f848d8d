/* test-restricted-details.c: ScrRestrictedDetails, and that restricted
 * details leave the library only when asked for.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "test-model-util.h"

/* Every restricted value of the dataset below: none may appear in any
 * output that did not ask for restricted details. */
static const char *const secrets[] = {
  "Elizabeth Anne Hargreaves", "Lizzie Hargreaves", "2011-03-03", "14 Brookside Close",
  "LA9 4QT", "Castle Park Primary", "CS-2019-00417", "943 476 5919", "secret-extension",
  NULL
};

static const char dataset_json[] =
  "{\"schema_version\":1,\"title\":\"Restricted\",\"cases\":[{\"id\":\"c1\","
  "\"jurisdiction\":\"england\",\"subject\":{\"id\":\"child\",\"pseudonym\":\"Child M\","
  "\"relationship\":\"Subject\",\"restricted\":{\"names\":[\"Elizabeth Anne Hargreaves\","
  "\"Lizzie Hargreaves\"],\"date_of_birth\":\"2011-03-03\",\"addresses\":"
  "[\"14 Brookside Close, Kendal\"],\"postcodes\":[\"LA9 4QT\"],\"schools\":"
  "[\"Castle Park Primary School\"],\"case_numbers\":[\"CS-2019-00417\"],"
  "\"nhs_numbers\":[\"943 476 5919\"],\"x_note\":\"secret-extension\"}},"
  "\"people\":[{\"id\":\"mother\",\"pseudonym\":\"Mother\",\"relationship\":\"Mother\"}]}]}";

static void
assert_no_secret (const char *text)
{
  for (guint i = 0; secrets[i] != NULL; i++)
    if (strstr (text, secrets[i]) != NULL)
      g_error ("restricted detail \"%s\" written in: %s", secrets[i], text);
  g_assert_null (strstr (text, "\"restricted\""));
}

static ScrPerson *
subject_of (ScrDataset *dataset)
{
  g_autoptr(ScrCase) scr_case = g_list_model_get_item (scr_dataset_get_cases (dataset), 0);

  return scr_case_get_subject (scr_case);
}

static void
test_restricted_accessors (void)
{
  g_autoptr(ScrRestrictedDetails) details = scr_restricted_details_new ();
  const char *names[] = { "Zoë O'Neill", "Zoe Smith", NULL };
  g_autoptr(ScrDate) dob = scr_date_new (2012, 2, 29, NULL);
  g_autoptr(ScrPerson) person = scr_person_new ("p");

  g_assert_true (scr_restricted_details_is_empty (details));
  g_assert_nonnull (scr_restricted_details_get_names (details));
  g_assert_null (scr_restricted_details_get_names (details)[0]);
  watch (details, "names");
  scr_restricted_details_set_names (details, names);
  scr_restricted_details_set_names (details, names);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpstrv (scr_restricted_details_get_names (details), names);
  g_assert_false (scr_restricted_details_is_empty (details));
  scr_restricted_details_set_names (details, NULL);
  g_assert_true (scr_restricted_details_is_empty (details));
  scr_restricted_details_set_date_of_birth (details, dob);
  g_assert_true (scr_date_equal (scr_restricted_details_get_date_of_birth (details), dob));
  g_assert_false (scr_restricted_details_is_empty (details));

  g_assert_null (scr_person_get_restricted (person));
  scr_person_set_restricted (person, details);
  g_assert_true (scr_person_get_restricted (person) == details);
  scr_person_set_restricted (person, NULL);
  g_assert_null (scr_person_get_restricted (person));
  scr_person_set_restricted (person, details);
  g_clear_object (&person);
  g_assert_finalize_object (g_steal_pointer (&details));
}

static void
test_restricted_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (dataset_json, -1, &error);
  g_autoptr(ScrDataset) again = NULL;
  g_autoptr(ScrDataset) dropped = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *full = NULL;
  g_autofree char *full_again = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(JsonNode) person_node = NULL;
  ScrRestrictedDetails *details;

  g_assert_no_error (error);
  details = scr_person_get_restricted (subject_of (dataset));
  g_assert_nonnull (details);
  g_assert_cmpstr (scr_restricted_details_get_names (details)[1], ==, "Lizzie Hargreaves");
  g_assert_cmpstr (scr_restricted_details_get_nhs_numbers (details)[0], ==, "943 476 5919");
  g_assert_cmpint (scr_date_get_day (scr_restricted_details_get_date_of_birth (details)), ==, 3);

  /* the normal save, the person's JSON and CSV leave them out */
  plain = scr_dataset_to_data (dataset, NULL);
  assert_no_secret (plain);
  person_node = scr_person_to_json (subject_of (dataset));
  person_text = to_text (person_node);
  assert_no_secret (person_text);
  {
    g_autoptr(ScrCase) scr_case = g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
    g_autoptr(GListStore) people = g_list_store_new (SCR_TYPE_PERSON);

    g_list_store_append (people, scr_case_get_subject (scr_case));
    csv = scr_csv_model_to_string (G_LIST_MODEL (people));
    assert_no_secret (csv);
    g_assert_nonnull (strstr (csv, "Child M"));
  }
  dropped = scr_dataset_new_from_data (plain, -1, &error);
  g_assert_no_error (error);
  g_assert_null (scr_person_get_restricted (subject_of (dropped)));

  /* asked for, they round-trip with their unknown members */
  full = scr_dataset_to_data_full (dataset, SCR_SAVE_FLAGS_INCLUDE_RESTRICTED, NULL);
  g_assert_nonnull (strstr (full, "\"x_note\" : \"secret-extension\""));
  g_assert_nonnull (strstr (full, "Lizzie Hargreaves"));
  again = scr_dataset_new_from_data (full, -1, &error);
  g_assert_no_error (error);
  full_again = scr_dataset_to_data_full (again, SCR_SAVE_FLAGS_INCLUDE_RESTRICTED, NULL);
  g_assert_cmpstr (full, ==, full_again);
  /* a person without restricted details writes nothing for them */
  {
    g_auto(GStrv) parts = g_strsplit (full, "\"restricted\"", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
  }
}

static void
test_restricted_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (dataset_json, -1, &error);
  g_autofree char *dir = g_dir_make_tmp ("scr-restricted-XXXXXX", &error);
  g_autofree char *plain_path = g_build_filename (dir, "plain.json", NULL);
  g_autofree char *full_path = g_build_filename (dir, "full.json", NULL);
  g_autofree char *text = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_true (scr_dataset_save_to_file (dataset, plain_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain_path, &text, NULL, NULL));
  assert_no_secret (text);
  g_assert_true (scr_dataset_save_to_file_full (dataset, full_path,
                                                SCR_SAVE_FLAGS_INCLUDE_RESTRICTED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (full_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (plain_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, !=, 0);   /* the normal save keeps its 0644 */
  g_unlink (plain_path);
  g_unlink (full_path);
  g_rmdir (dir);
}

/* A malformed restricted member is reported by its path and what was
 * expected, never by its value. */
static void
test_restricted_errors_withhold_values (void)
{
  static const struct { const char *restricted; const char *message; } cases[] = {
    { "{\"date_of_birth\":\"2011-02-30-Hargreaves\"}",
      "cases[0].subject.restricted.date_of_birth: expected a date" },
    { "{\"date_of_birth\":20110303}", "cases[0].subject.restricted.date_of_birth: expected a date" },
    { "{\"names\":\"Elizabeth Hargreaves\"}",
      "cases[0].subject.restricted.names: expected an array of strings" },
    { "{\"names\":[\"Lizzie\",{\"first\":\"Hargreaves\"}]}",
      "cases[0].subject.restricted.names[1]: expected a string" },
    { "\"Elizabeth Hargreaves\"", "cases[0].subject.restricted: expected an object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strdup_printf (
          "{\"schema_version\":1,\"cases\":[{\"id\":\"c1\",\"jurisdiction\":\"england\","
          "\"subject\":{\"id\":\"child\",\"restricted\":%s}}]}", cases[i].restricted);
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (json, -1, &error);

      g_assert_null (dataset);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (strstr (error->message, "Hargreaves"));
      g_assert_null (strstr (error->message, "Lizzie"));
      g_assert_null (strstr (error->message, "2011"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/restricted-details/accessors", test_restricted_accessors);
  g_test_add_func ("/scr/model/restricted-details/round-trip", test_restricted_round_trip);
  g_test_add_func ("/scr/model/restricted-details/files", test_restricted_files);
  g_test_add_func ("/scr/model/restricted-details/errors-withhold-values",
                   test_restricted_errors_withhold_values);
  return g_test_run ();
}
