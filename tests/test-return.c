/* test-return.c: ScrReturn, the national returns filled from a case, on
 * the example data (public API): the Panel's serious incident
 * notification of child L (examples/data/child-l-cumbria.json), and the
 * health Safeguarding Case Review Tracker's record of the review of child
 * B1 (examples/data/child-b1-leicester.json).
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

  g_assert_cmpuint (g_strv_length (kinds), ==, 2);
  g_assert_cmpstr (kinds[0], ==, "panel-notification");
  g_assert_cmpstr (kinds[1], ==, "case-review-tracker");
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

static ScrReturn *
tracker_of_child_b1 (ScrDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  ScrReturn *r = scr_return_new_for_review ("case-review-tracker", dataset, "child-b1-scr",
                                            &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static void
test_tracker (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReturn) r = tracker_of_child_b1 (dataset);
  g_autoptr(ScrReturn) by_case = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *empty;
  static const char *empty_ids[] = {
    "steis_number", "local_reference", "theme_1", "theme_2", "theme_3", "signed_off",
    "recommendation_themes", "dissemination",
  };

  g_assert_cmpstr (scr_return_get_kind (r), ==, "case-review-tracker");
  g_assert_cmpstr (scr_return_get_case_id (r), ==, "child-b1");
  g_assert_cmpstr (scr_return_get_review_id (r), ==, "child-b1-scr");
  g_assert_false (scr_return_get_include_restricted (r));
  g_assert_cmpuint (g_list_model_get_n_items (scr_return_get_fields (r)), ==, 14);
  /* published: closed */
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "open_closed")), ==, "closed");
  g_assert_cmpstr (scr_return_field_get_source (find_field (r, "open_closed")), ==,
                   "reviews[].status");
  /* the referral's milestone */
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "date_added")), ==, "2014-10-07");
  g_assert_cmpstr (scr_return_field_get_source (find_field (r, "date_added")), ==,
                   "reviews[].milestones[kind=referred].date");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "incident_date")), ==, "2014-08-27");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "partnership")), ==,
                   "Leicester Safeguarding Children Board");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "review_type")), ==,
                   "Serious case review");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "published")), ==, "2016-06-13");
  /* the record has every required field; exactly these optional ones lack */
  g_assert_cmpuint (g_list_model_get_n_items (scr_return_get_missing (r)), ==, 0);
  node = scr_return_to_json (r);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "review_id"), ==,
                   "child-b1-scr");
  empty = json_object_get_array_member (json_node_get_object (node), "empty");
  g_assert_cmpuint (json_array_get_length (empty), ==, G_N_ELEMENTS (empty_ids));
  for (guint i = 0; i < G_N_ELEMENTS (empty_ids); i++)
    g_assert_cmpstr (json_array_get_string_element (empty, i), ==, empty_ids[i]);

  /* the case's one review, by the case's id */
  by_case = scr_return_new ("case-review-tracker", dataset, "child-b1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (scr_return_get_review_id (by_case), ==, "child-b1-scr");
}

/* The tracker's members, set on child B1's review, and a rapid review
 * before it: converted, signed off, disseminated. */
static void
test_tracker_members (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  ScrReview *review = scr_dataset_lookup_review (dataset, "child-b1-scr");
  g_autoptr(ScrReview) rapid = scr_review_new ("child-b1-rr", SCR_REVIEW_TYPE_RAPID_REVIEW);
  g_autoptr(ScrReview) thematic = scr_review_new ("thematic", SCR_REVIEW_TYPE_THEMATIC_REVIEW);
  g_autoptr(ScrDate) signed_off = scr_date_new_year_month (2015, 9, NULL);
  const char *dissemination[] = { "7-minute briefing", "learning event", NULL };
  g_autoptr(ScrReturn) r = NULL;
  g_autoptr(ScrReturn) none = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *missing;

  scr_review_set_steis_number (review, "2014/23456");
  scr_review_set_signed_off (review, signed_off);
  scr_review_set_dissemination (review, dissemination);
  scr_review_set_status (review, SCR_REVIEW_STATUS_COMPLETED);
  scr_review_set_case_id (rapid, "child-b1");
  g_assert_true (scr_dataset_add_review (dataset, rapid, &error));
  g_assert_no_error (error);

  r = tracker_of_child_b1 (dataset);
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "steis_number")), ==, "2014/23456");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "signed_off")), ==, "2015-09");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "dissemination")), ==,
                   "7-minute briefing; learning event");
  /* completed and signed off: closed */
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "open_closed")), ==, "closed");
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "review_type")), ==,
                   "Serious case review (converted from a rapid review)");

  /* two reviews now: the case's id does not say which */
  none = scr_return_new ("case-review-tracker", dataset, "child-b1", &error);
  g_assert_null (none);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "child-b1-rr"));
  g_clear_error (&error);

  /* a review of no case lacks what only a case holds */
  g_assert_true (scr_dataset_add_review (dataset, thematic, &error));
  g_clear_object (&r);
  r = scr_return_new_for_review ("case-review-tracker", dataset, "thematic", &error);
  g_assert_no_error (error);
  g_assert_null (scr_return_get_case_id (r));
  g_assert_cmpstr (scr_return_field_get_value (find_field (r, "open_closed")), ==, "open");
  missing = scr_return_get_missing (r);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 3);
  g_assert_cmpstr (scr_return_field_get_id (find_field (r, "date_added")), ==, "date_added");
  {
    g_autoptr(ScrReturnField) a = g_list_model_get_item (missing, 0);
    g_autoptr(ScrReturnField) b = g_list_model_get_item (missing, 1);
    g_autoptr(ScrReturnField) c = g_list_model_get_item (missing, 2);

    g_assert_cmpstr (scr_return_field_get_id (a), ==, "date_added");
    g_assert_cmpstr (scr_return_field_get_id (b), ==, "incident_date");
    g_assert_cmpstr (scr_return_field_get_source (b), ==, "cases[].incident.date");
    g_assert_cmpstr (scr_return_field_get_id (c), ==, "partnership");
  }
  /* a kind filled per case needs the review's case */
  g_clear_object (&r);
  r = scr_return_new_for_review ("panel-notification", dataset, "thematic", &error);
  g_assert_null (r);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  r = scr_return_new_for_review ("panel-notification", dataset, "child-b1-scr", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (scr_return_get_case_id (r), ==, "child-b1");
  g_assert_null (scr_return_get_review_id (r));
  g_clear_object (&r);
  r = scr_return_new_for_review ("case-review-tracker", dataset, "no-such-review", &error);
  g_assert_null (r);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a case under no review has no tracker record */
  {
    g_autoptr(ScrCase) unreviewed = scr_case_new ("child-x", SCR_JURISDICTION_ENGLAND);

    g_assert_true (scr_dataset_add_case (dataset, unreviewed, &error));
    g_assert_no_error (error);
    r = scr_return_new ("case-review-tracker", dataset, "child-x", &error);
    g_assert_null (r);
    g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "no review"));
  }
}

/* doc/returns.md's mapping tables list the fields of returns.json, in
 * order, with the same members. */
static void
test_doc_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "doc", "returns.md", NULL);
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(ScrDataset) b1 = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReturn) r = notification_of_child_l (dataset);
  g_autoptr(ScrReturn) tracker = tracker_of_child_b1 (b1);
  g_autoptr(GListStore) fields = g_list_store_new (SCR_TYPE_RETURN_FIELD);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint row = 0;

  /* the tables in the order of the kinds */
  for (guint i = 0; i < g_list_model_get_n_items (scr_return_get_fields (r)); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (scr_return_get_fields (r), i);

      g_list_store_append (fields, field);
    }
  for (guint i = 0; i < g_list_model_get_n_items (scr_return_get_fields (tracker)); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (scr_return_get_fields (tracker), i);

      g_list_store_append (fields, field);
    }
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(ScrReturnField) field = NULL;
      g_autofree char *id = NULL;
      g_autofree char *source = NULL;

      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      g_assert_cmpuint (row, <, g_list_model_get_n_items (G_LIST_MODEL (fields)));
      field = g_list_model_get_item (G_LIST_MODEL (fields), row++);
      id = g_strdup_printf ("| `%s` |", scr_return_field_get_id (field));
      source = g_strdup_printf ("`%s`", scr_return_field_get_source (field));
      g_assert_true (g_str_has_prefix (lines[i], id));
      g_assert_nonnull (strstr (lines[i], source));
    }
  g_assert_cmpuint (row, ==, g_list_model_get_n_items (G_LIST_MODEL (fields)));
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
  g_test_add_func ("/scr/publication/return/tracker", test_tracker);
  g_test_add_func ("/scr/publication/return/tracker-members", test_tracker_members);
  g_test_add_func ("/scr/publication/return/doc-table", test_doc_table);
  return g_test_run ();
}
