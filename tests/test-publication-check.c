/* test-publication-check.c: ScrPublicationCheck and ScrDisclosure.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <scr/scr.h>

static const char case_json[] =
  "{\"schema_version\":1,\"cases\":[{\"id\":\"m\",\"jurisdiction\":\"england\","
  "\"subject\":{\"id\":\"child\",\"pseudonym\":\"Child M\",\"relationship\":\"subject\","
  "\"ethnicity\":\"Gypsy or Irish Traveller\","
  "\"restricted\":{\"names\":[\"Elizabeth Anne Hargreaves\",\"Lizzie Smith\"],"
  "\"date_of_birth\":\"2011-03-03\",\"addresses\":[\"14 Brookside Close, Kendal\"],"
  "\"postcodes\":[\"LA9 4QT\"],\"schools\":[\"Castle Park Primary School\"],"
  "\"case_numbers\":[\"CS-2019-00417\"],\"nhs_numbers\":[\"943 476 5919\"]}},"
  "\"people\":[{\"id\":\"mother\",\"pseudonym\":null,\"relationship\":\"Mother\","
  "\"restricted\":{\"names\":[\"Zoë Hope Hargreaves\"],\"date_of_birth\":\"1989-07-21\"}}]}]}";

static ScrCase *
load_case (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (case_json, -1, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
}

/* "kind:text" of each disclosure, joined with "|". */
static char *
summary (GListModel *found)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SCR_TYPE_DISCLOSURE_KIND);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);

      g_string_append_printf (s, "%s%s:%s", i > 0 ? "|" : "",
                              g_enum_get_value (kinds, scr_disclosure_get_kind (d))->value_nick,
                              scr_disclosure_get_text (d));
    }
  return g_string_free (s, FALSE);
}

static char *
check_summary (ScrPublicationCheck *check,
               const char          *text)
{
  g_autoptr(GListModel) found = scr_publication_check_check_text (check, text);

  return summary (found);
}

static void
test_names (void)
{
  g_autoptr(ScrCase) scr_case = load_case ();
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
  static const struct { const char *text; const char *expected; } cases[] = {
    { "Elizabeth Anne Hargreaves was seen.", "name:Elizabeth Anne Hargreaves" },
    { "The GP saw Elizabeth.", "name:Elizabeth" },
    { "The GP saw Lizzie's mother.", "name:Lizzie's" },
    { "Records show ELIZABETH HARGREAVES.", "name:ELIZABETH HARGREAVES" },
    { "A letter to E. Hargreaves went unanswered.", "name:E. Hargreaves" },
    { "A letter to E Hargreaves went unanswered.", "name:E Hargreaves" },
    { "The Hargreaves family moved.", "name:Hargreaves" },
    { "Beth said she was hungry.", "name:Beth" },
    { "Zoe was at home.", "name:Zoe" },
    { "Child M's mother was at home.", "" },
    { "Mother said the panel will meet.", "" },
    { "There was hope of change.", "" },
    { "Hope came later.", "" },              /* a common word at a sentence start */
    { "Her mother, Hope, came later.", "name:Hope" },
    { "Dr Patel referred Child M.", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = check_summary (check, cases[i].text);

      g_test_message ("%s -> %s", cases[i].text, got);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_identifiers (void)
{
  g_autoptr(ScrCase) scr_case = load_case ();
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
  static const struct { const char *text; const char *expected; ScrDisclosureSeverity severity; }
  cases[] = {
    { "She was born on 3rd March 2011.", "date-of-birth:3rd March 2011",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "Her birthday, 03/03/11, passed.", "date-of-birth:03/03/11",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "A child born on 12 June 2009 was seen.", "date-of-birth:12 June 2009",
      SCR_DISCLOSURE_SEVERITY_IDENTIFIER },
    { "The meeting on 4 April 2019 was held.", "", 0 },
    { "The family lived at 14 Brookside Close, Kendal.", "address:14 Brookside Close, Kendal",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "Police attended Brookside Close.", "address:Brookside Close",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "The postcode la94qt was given.", "postcode:la94qt", SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "A house in CA1 1AA was visited.", "postcode:CA1 1AA", SCR_DISCLOSURE_SEVERITY_IDENTIFIER },
    { "She attended Castle Park Primary.", "school:Castle Park Primary",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "Case CS 2019 00417 was closed.", "case-number:CS 2019 00417",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "NHS number 9434765919 was on the form.", "nhs-number:9434765919",
      SCR_DISCLOSURE_SEVERITY_RESTRICTED },
    { "Call 07700 900123 or write to duty@example.org.",
      "phone-number:07700 900123|email:duty@example.org", SCR_DISCLOSURE_SEVERITY_IDENTIFIER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) found = scr_publication_check_check_text (check, cases[i].text);
      g_autofree char *got = summary (found);

      g_test_message ("%s -> %s", cases[i].text, got);
      g_assert_cmpstr (got, ==, cases[i].expected);
      if (g_list_model_get_n_items (found) > 0)
        {
          g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, 0);

          g_assert_cmpint (scr_disclosure_get_severity (d), ==, cases[i].severity);
        }
    }
}

static void
test_disclosure_fields (void)
{
  g_autoptr(ScrCase) scr_case = load_case ();
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
  const char *text = "Page one.\n\fThe review met.\nThen Zoë spoke to the GP about it.";
  g_autoptr(GListModel) found = scr_publication_check_check_text (check, text);
  g_autoptr(ScrDisclosure) d = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  d = g_list_model_get_item (found, 0);
  g_assert_cmpint (scr_disclosure_get_kind (d), ==, SCR_DISCLOSURE_KIND_NAME);
  g_assert_cmpstr (scr_disclosure_get_text (d), ==, "Zoë");
  g_assert_cmpuint (scr_disclosure_get_page (d), ==, 2);
  g_assert_cmpuint (scr_disclosure_get_line (d), ==, 2);
  g_assert_cmpuint (scr_disclosure_get_column (d), ==, 6);
  g_assert_cmpuint (scr_disclosure_get_end (d) - scr_disclosure_get_start (d), ==, 4);
  g_assert_cmpstr (scr_disclosure_get_person_id (d), ==, "mother");
  g_assert_cmpstr (scr_disclosure_get_suggestion (d), ==, "Mother");
  g_assert_cmpstr (scr_disclosure_get_context (d), ==, "Then Zoë spoke to the GP about it.");
  g_assert_nonnull (strstr (scr_disclosure_get_reason (d), "Mother"));
  node = scr_disclosure_to_json (d);
  json_generator_set_root (generator, node);
  json = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (json, ==,
                   "{\"kind\":\"name\",\"severity\":\"restricted\",\"page\":2,\"line\":2,"
                   "\"column\":6,\"start\":32,\"end\":36,\"text\":\"Zoë\","
                   "\"context\":\"Then Zoë spoke to the GP about it.\","
                   "\"reason\":\"the first name in the recorded name of Mother\","
                   "\"person_id\":\"mother\",\"suggestion\":\"Mother\"}");
}

static void
test_combination (void)
{
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (NULL);
  g_autofree char *got = NULL;
  g_autofree char *large = NULL;
  g_autofree char *apart = NULL;

  scr_publication_check_add_place (check, SCR_DISCLOSURE_KIND_PLACE, "Staveley", 1600);
  scr_publication_check_add_place (check, SCR_DISCLOSURE_KIND_PLACE, "Carlisle", 75000);
  got = check_summary (check, "A 13-year-old Roma girl from Staveley was referred.");
  g_assert_cmpstr (got, ==, "combination:13-year-old Roma girl from Staveley");
  large = check_summary (check, "A 13-year-old Roma girl from Carlisle was referred.");
  g_assert_cmpstr (large, ==, "");
  apart = check_summary (check, "A girl aged 13 was referred.\n\nA Roma family in Staveley.");
  g_assert_cmpstr (apart, ==, "");
  g_object_set (check, "small-place-population", 100000, NULL);
  g_clear_pointer (&large, g_free);
  large = check_summary (check, "A 13-year-old Roma girl from Carlisle was referred.");
  g_assert_cmpstr (large, ==, "combination:13-year-old Roma girl from Carlisle");
}

static void
test_redact (void)
{
  g_autoptr(ScrCase) scr_case = load_case ();
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
  g_autofree char *redacted = scr_publication_check_redact (
    check, "Lizzie's mother Zoë lived at LA9 4QT; Child M's school was informed.", NULL);

  g_assert_cmpstr (redacted, ==,
                   "Child M's mother Mother lived at [postcode removed]; Child M's school was "
                   "informed.");
}

static void
test_files (void)
{
  g_autoptr(ScrCase) scr_case = load_case ();
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-publication-XXXXXX", &error);
  g_autofree char *report = g_build_filename (dir, "report.md", NULL);
  g_autofree char *copy = g_build_filename (dir, "report-redacted.md", NULL);
  g_autofree char *gazetteer = g_build_filename (dir, "gazetteer.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) found = NULL;
  const char *content = "# Review\n\nElizabeth went to Helm Edge High School.\n";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (report, content, -1, NULL));
  found = scr_publication_check_check_file (check, report, SCR_REPORT_FORMAT_AUTO, &text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, content);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);

  /* a gazetteer adds its schools; errors name the file and path */
  g_assert_true (g_file_set_contents (gazetteer,
                                      "{\"gazetteer_version\":1,\"entries\":["
                                      "{\"kind\":\"school\",\"name\":\"Helm Edge High School\"}]}",
                                      -1, NULL));
  g_assert_true (scr_publication_check_load_gazetteer (check, gazetteer, &error));
  g_assert_no_error (error);
  found = scr_publication_check_check_file (check, report, SCR_REPORT_FORMAT_MARKDOWN, NULL,
                                            &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);

  g_assert_true (scr_publication_check_write_redacted (check, report, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (copy, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, "# Review\n\nChild M went to [school removed].\n");
  g_assert_true (g_file_get_contents (report, &original, NULL, NULL));
  g_assert_cmpstr (original, ==, content);

  /* never over the report itself */
  g_assert_false (scr_publication_check_write_redacted (check, report, report, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (gazetteer,
                                      "{\"gazetteer_version\":1,\"entries\":["
                                      "{\"kind\":\"river\",\"name\":\"Kent\"}]}", -1, NULL));
  g_assert_false (scr_publication_check_load_gazetteer (check, gazetteer, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_true (g_str_has_prefix (error->message, gazetteer));
  g_assert_nonnull (strstr (error->message, "entries[0].kind"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (gazetteer, "{\"gazetteer_version\":1,\"entry\":[]}",
                                      -1, NULL));
  g_assert_false (scr_publication_check_load_gazetteer (check, gazetteer, &error));
  g_assert_nonnull (strstr (error->message, "entry"));
  g_clear_error (&error);

  g_clear_object (&found);
  found = scr_publication_check (scr_case, report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);
  found = scr_publication_check (scr_case, dir, &error);
  g_assert_null (found);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_unlink (report);
  g_unlink (copy);
  g_unlink (gazetteer);
  g_rmdir (dir);
}

static void
test_misuse (void)
{
  g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (NULL);

  g_assert_null (scr_publication_check_get_case (check));
  if (g_test_undefined ())
    {
      g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
      g_assert_null (scr_publication_check_check_text (check, NULL));
      g_test_assert_expected_messages ();
      g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate*");
      g_assert_null (scr_publication_check_check_text (check, "\xff"));
      g_test_assert_expected_messages ();
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/publication/check/names", test_names);
  g_test_add_func ("/scr/publication/check/identifiers", test_identifiers);
  g_test_add_func ("/scr/publication/check/disclosure-fields", test_disclosure_fields);
  g_test_add_func ("/scr/publication/check/combination", test_combination);
  g_test_add_func ("/scr/publication/check/redact", test_redact);
  g_test_add_func ("/scr/publication/check/files", test_files);
  g_test_add_func ("/scr/publication/check/misuse", test_misuse);
  return g_test_run ();
}
