/* test-return.c: ScrReturn, the national returns filled from a case, on
 * the example data (public API): the Panel's serious incident
 * notification of child L (examples/data/child-l-cumbria.json).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <scr/scr.h>

static ScrDataset *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static ScrReturn *
notification_of_child_l (ScrDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  ScrReturn *r = scr_return_new ("panel-notification", dataset, "child-l", &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static ScrReturnField *
find_field (ScrReturn  *r,
            const char *id)
{
  GListModel *fields = scr_return_get_fields (r);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (fields, i);

      if (g_strcmp0 (scr_return_field_get_id (field), id) == 0)
        return field;  /* the model keeps its reference */
    }
  g_assert_not_reached ();
}

static void
test_kinds (void)
{
  g_auto(GStrv) kinds = scr_return_list_kinds ();

  g_assert_cmpuint (g_strv_length (kinds), ==, 1);
  g_assert_cmpstr (kinds[0], ==, "panel-notification");
}

static void
test_fields (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  ScrReturnField *field;

  g_assert_cmpstr (scr_return_get_kind (r), ==, "panel-notification");
  g_assert_cmpstr (scr_return_get_case_id (r), ==, "child-l");
  /* the form names the child: restricted details by default */
  g_assert_true (scr_return_get_include_restricted (r));
  g_assert_cmpuint (g_list_model_get_n_items (scr_return_get_fields (r)), ==, 17);

  field = find_field (r, "local_authority");
  g_assert_cmpstr (scr_return_field_get_value (field), ==, "Cumbria LSCB");
  g_assert_cmpstr (scr_return_field_get_source (field), ==, "cases[].partnership");
  g_assert_true (scr_return_field_get_required (field));
  g_assert_cmpstr (scr_return_field_get_label (field), ==,
                   "Notifying local authority (safeguarding partnership)");
  g_assert_true (g_str_has_prefix (scr_return_field_get_evidence (field), "[F]"));

  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "child_sex")), ==, "male");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "incident_nature")), ==, "death");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "abuse_neglect")), ==, "suspected");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "incident_date")), ==, "2011");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "became_aware")), ==, "2011");
  g_assert_cmpstr (scr_return_field_get_source (find_field (r, "became_aware")), ==,
                   "cases[].events.became_aware");
  /* agencies by name, in the case's order */
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "agencies_involved")), ==,
                   "Cumbria Police; North Cumbria University Hospitals; GP Medical Practice; "
                   "Children’s Services; Cumbria Partnership Foundation Trust");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "other_people")), ==, "Sibling");
  /* "unknown" and null are what the record lacks */
  g_assert_null (scr_return_field_get_value (find_field (r, "child_disability")));
  g_assert_null (scr_return_field_get_value (find_field (r, "child_ethnicity")));
  g_assert_null (scr_return_field_get_value (find_field (r, "incident_location")));
}

static void
test_missing (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  GListModel *missing = scr_return_get_missing (r);
  g_autoptr(ScrReturnField) first = NULL;
  g_autoptr(ScrReturnField) second = NULL;

  /* exactly the two required fields child L's record lacks */
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 2);
  first = g_list_model_get_item (missing, 0);
  second = g_list_model_get_item (missing, 1);
  g_assert_cmpstr (scr_return_field_get_id (first), ==, "child_name");
  g_assert_cmpstr (scr_return_field_get_source (first), ==, "cases[].subject.restricted.names");
  g_assert_cmpstr (scr_return_field_get_id (second), ==, "incident_location");
  g_assert_cmpstr (scr_return_field_get_source (second), ==, "cases[].incident.location");
}

static void
test_json (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  g_autoptr(JsonNode) node = scr_return_to_json (r);
  JsonObject *root = json_node_get_object (node);
  JsonArray *fields = json_object_get_array_member (root, "fields");
  JsonArray *missing = json_object_get_array_member (root, "missing");

  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "panel-notification");
  g_assert_cmpstr (json_object_get_string_member (root, "case_id"), ==, "child-l");
  g_assert_true (json_object_get_boolean_member (root, "include_restricted"));
  /* only the fields with a value */
  g_assert_cmpuint (json_array_get_length (fields), ==, 8);
  for (guint i = 0; i < json_array_get_length (fields); i++)
    g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (fields, i),
                                                     "value"));
  g_assert_cmpuint (json_array_get_length (missing), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (missing, 1),
                                                  "source"), ==, "cases[].incident.location");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "empty")), ==, 7);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "withheld")), ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  g_autofree char *csv = scr_return_to_csv (r);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, "field,label,value,source");
  g_assert_cmpstr (lines[1], ==,
                   "local_authority,Notifying local authority (safeguarding partnership),"
                   "Cumbria LSCB,cases[].partnership");
  g_assert_cmpstr (lines[2], ==, "child_name,Child's name,,cases[].subject.restricted.names");
  /* a header, 17 fields and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, 19);
}

/* Child L with a name and date of birth in the restricted details. */
static ScrDataset *
child_l_named (void)
{
  ScrDataset *dataset = load_example ("child-l-cumbria.json");
  ScrCase *c = scr_dataset_lookup_case (dataset, "child-l");
  g_autoptr(ScrRestrictedDetails) details = scr_restricted_details_new ();
  const char *names[] = { "Test Name", NULL };
  g_autoptr(ScrDate) born = scr_date_new (2010, 5, 1, NULL);

  scr_restricted_details_set_names (details, names);
  scr_restricted_details_set_date_of_birth (details, born);
  scr_person_set_restricted (scr_case_get_subject (c), details);
  return dataset;
}

static void
test_restricted (void)
{
  g_autoptr(ScrDataset) dataset = child_l_named ();
  g_autoptr(ScrReturn) with = notification_of_child_l (dataset);
  g_autoptr(ScrReturn) without = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *withheld;

  g_assert_cmpstr (scr_return_field_get_value (find_field (with, "child_name")), ==, "Test Name");
  g_assert_cmpstr (scr_return_field_get_value (find_field (with, "child_date_of_birth")), ==,
                   "2010-05-01");
  g_assert_cmpuint (g_list_model_get_n_items (scr_return_get_missing (with)), ==, 1);

  without = scr_return_new_full ("panel-notification", dataset, "child-l", FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (scr_return_get_include_restricted (without));
  g_assert_null (scr_return_field_get_value (find_field (without, "child_name")));
  g_assert_null (scr_return_field_get_value (find_field (without, "child_date_of_birth")));
  /* withheld, not missing: the record has them */
  g_assert_cmpuint (g_list_model_get_n_items (scr_return_get_missing (without)), ==, 1);
  node = scr_return_to_json (without);
  withheld = json_object_get_array_member (json_node_get_object (node), "withheld");
  g_assert_cmpuint (json_array_get_length (withheld), ==, 4);
  g_assert_cmpstr (json_array_get_string_element (withheld, 0), ==, "child_name");
}

static void
test_errors (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrReturn) r = scr_return_new ("tracker", dataset, "child-l", &error);

  g_assert_null (r);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "panel-notification"));
  g_clear_error (&error);
  r = scr_return_new ("panel-notification", dataset, "child-z", &error);
  g_assert_null (r);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "child-z"));
}

/* doc/returns.md's mapping table lists the fields of returns.json, in
 * order, with the same members. */
static void
test_doc_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "doc", "returns.md", NULL);
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  GListModel *fields = scr_return_get_fields (r);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint row = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(ScrReturnField) field = NULL;
      g_autofree char *id = NULL;
      g_autofree char *source = NULL;

      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      g_assert_cmpuint (row, <, g_list_model_get_n_items (fields));
      field = g_list_model_get_item (fields, row++);
      id = g_strdup_printf ("| `%s` |", scr_return_field_get_id (field));
      source = g_strdup_printf ("`%s`", scr_return_field_get_source (field));
      g_assert_true (g_str_has_prefix (lines[i], id));
      g_assert_nonnull (strstr (lines[i], source));
    }
  g_assert_cmpuint (row, ==, g_list_model_get_n_items (fields));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/publication/return/kinds", test_kinds);
  g_test_add_func ("/scr/publication/return/fields", test_fields);
  g_test_add_func ("/scr/publication/return/missing", test_missing);
  g_test_add_func ("/scr/publication/return/json", test_json);
  g_test_add_func ("/scr/publication/return/csv", test_csv);
  g_test_add_func ("/scr/publication/return/restricted", test_restricted);
  g_test_add_func ("/scr/publication/return/errors", test_errors);
  g_test_add_func ("/scr/publication/return/doc-table", test_doc_table);
  return g_test_run ();
}
