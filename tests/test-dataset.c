/* test-dataset.c: ScrDataset: loading, errors, round trips, queries.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <scr/scr.h>

static char *
data_path (const char *dir,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
}

static ScrDataset *
load_valid (void)
{
  g_autofree char *path = data_path ("model", "valid.json");
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Every malformed file, the code it gives and its message after
 * "FILE: ". A message ending in "..." is checked as a prefix. */
static const struct {
  const char *file;
  ScrError code;
  const char *message;
} malformed[] = {
  { "root-array.json", SCR_ERROR_VALIDATION,
    "the root must be an object with \"schema_version\", found an array" },
  { "empty.json", SCR_ERROR_PARSE, "the document is empty" },
  { "truncated.json", SCR_ERROR_PARSE,
    "line 150 column 5: expected a member name (a string), found the end of the document" },
  { "trailing-garbage.json", SCR_ERROR_PARSE, "line 314 column 1: unexpected text after the document" },
  { "trailing-comma.json", SCR_ERROR_PARSE,
    "line 1 column 38: expected a member name (a string), found '}'" },
  { "single-quotes.json", SCR_ERROR_PARSE,
    "line 1 column 2: expected a member name (a string), found an unexpected character" },
  { "invalid-utf8.json", SCR_ERROR_PARSE, "line 1 column 36: invalid UTF-8 in a string" },
  { "control-character.json", SCR_ERROR_PARSE,
    "line 1 column 34: control character in a string (it must be escaped)" },
  { "lone-surrogate.json", SCR_ERROR_PARSE, "line 1 column 39: unpaired surrogate in a \\u escape" },
  { "nan.json", SCR_ERROR_PARSE, "line 1 column 89: unexpected character, expected a value" },
  { "deep-nesting.json", SCR_ERROR_PARSE,
    "line 1 column 544: the document nests deeper than 512 levels" },
  { "schema-version-missing.json", SCR_ERROR_VALIDATION,
    "schema_version: required member is missing" },
  { "schema-version-2.json", SCR_ERROR_UNSUPPORTED_VERSION,
    "schema_version: version 2 is not supported (this libscr reads version 1)" },
  { "schema-version-string.json", SCR_ERROR_VALIDATION,
    "schema_version: expected an integer, found a string" },
  { "schema-version-huge.json", SCR_ERROR_VALIDATION,
    "schema_version: 99999999999999999999 is too large for an integer (beyond the 64-bit range)" },
  { "age-1e400.json", SCR_ERROR_VALIDATION,
    "cases[0].subject.age: 1e400 is too large for a number (beyond the double range)" },
  { "age-beyond-int64.json", SCR_ERROR_VALIDATION,
    "cases[0].people[0].age: 18446744073709551617 is too large for an integer "
    "(beyond the 64-bit range)" },
  { "age-negative.json", SCR_ERROR_VALIDATION, "cases[0].subject.age: -3 is outside 0..150" },
  { "date-feb-30.json", SCR_ERROR_VALIDATION,
    "cases[0].incident.date: \"2014-02-30\" is not a date: February 2014 has no day 30" },
  { "date-slashes.json", SCR_ERROR_VALIDATION,
    "chronology[1].date: \"2014/06/02\" is not a date ..." },
  { "cases-object.json", SCR_ERROR_VALIDATION, "cases: expected an array, found an object" },
  { "case-not-object.json", SCR_ERROR_VALIDATION,
    "cases[1]: expected an object, found an integer" },
  { "people-not-array.json", SCR_ERROR_VALIDATION,
    "cases[0].people: expected an array, found a string" },
  { "title-number.json", SCR_ERROR_VALIDATION, "title: expected a string, found an integer" },
  { "stage-unknown.json", SCR_ERROR_VALIDATION,
    "reviews[1].stage: \"finished\" is not one of \"referral\", ..." },
  { "type-null.json", SCR_ERROR_VALIDATION, "reviews[0].type: required member is null" },
  { "milestone-kind.json", SCR_ERROR_VALIDATION,
    "reviews[0].milestones[1].kind: \"lunch\" is not one of ..." },
  { "agency-ids-number.json", SCR_ERROR_VALIDATION,
    "reviews[0].agency_ids[1]: expected a string, found an integer" },
  { "signed-off-month-13.json", SCR_ERROR_VALIDATION,
    "reviews[0].signed_off: \"2015-13\" is not a date: month 13 is outside 1..12" },
  { "agency-missing-id.json", SCR_ERROR_VALIDATION, "agencies[2].id: required member is missing" },
  { "empty-id.json", SCR_ERROR_VALIDATION, "agencies[0].id: must not be empty" },
  { "fact-bad-value.json", SCR_ERROR_VALIDATION, "cases[0].facts.serious_harm: ..." },
  { "duplicate-case-id.json", SCR_ERROR_VALIDATION,
    "cases[1].id: duplicate case id \"child-t\" (first at cases[0])" },
  { "duplicate-agency-id.json", SCR_ERROR_VALIDATION,
    "agencies[2].id: duplicate agency id \"police\" (first at agencies[0])" },
  { "dangling-review-case.json", SCR_ERROR_NOT_FOUND,
    "reviews[1].case_id: no case \"child-x\" (referenced from review \"child-u-cpr\")" },
  { "dangling-case-agency.json", SCR_ERROR_NOT_FOUND,
    "cases[0].agency_ids[1]: no agency \"nhs\" (referenced from case \"child-t\")" },
  { "dangling-action-owner.json", SCR_ERROR_NOT_FOUND,
    "actions[2].owner_agency_id: no agency \"school\" (referenced from action \"action-3\")" },
  { "dangling-lesson-finding.json", SCR_ERROR_NOT_FOUND,
    "lessons[0].finding_id: no finding \"finding-9\" (referenced from lesson \"lesson-1\")" },
};

static void
assert_message (const char *message,
                const char *file,
                const char *expected)
{
  g_autofree char *full = g_strconcat (file, ": ", expected, NULL);

  if (g_str_has_suffix (full, "..."))
    {
      full[strlen (full) - 3] = '\0';
      if (!g_str_has_prefix (message, full))
        g_error ("\"%s\" does not start with \"%s\"", message, full);
    }
  else
    g_assert_cmpstr (message, ==, full);
}

static void
test_malformed (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "malformed", NULL);
  const char *name;
  guint n_files = 0;

  g_assert_cmpuint (G_N_ELEMENTS (malformed), >=, 20);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = data_path ("malformed", malformed[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (path, &error);
      g_auto(GStrv) problems = NULL;

      g_test_message ("%s", malformed[i].file);
      g_assert_null (dataset);
      g_assert_error (error, SCR_ERROR, (int) malformed[i].code);
      assert_message (error->message, path, malformed[i].message);

      /* scr validate's view: at least the same first problem */
      problems = scr_dataset_check_file (path);
      g_assert_nonnull (problems[0]);
      g_assert_cmpstr (problems[0], ==, error->message);
    }

  /* the table covers every file of the directory */
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
        listed |= g_str_equal (name, malformed[i].file);
      if (!listed)
        g_error ("%s is not in the table", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (malformed));
}

static void
test_errors_from_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/register.json");

  /* without a file there is no file name in the message */
  dataset = scr_dataset_new_from_data ("{\"schema_version\": 1, \"cases\": [{\"id\": 3}]}", -1,
                                       &error);
  g_assert_null (dataset);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, "cases[0].id: expected a string, found an integer");
  g_clear_error (&error);

  dataset = scr_dataset_new_from_data ("{\"schema_version\": 1}xx", 21, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (scr_dataset_get_cases (dataset)), ==, 0);
  g_clear_object (&dataset);

  dataset = scr_dataset_new_from_file (g_file_peek_path (missing), &error);
  g_assert_null (dataset);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* The reader: escapes, numbers, member order, and collections that come
 * before schema_version (read whole, then loaded). */
static void
test_reader (void)
{
  static const char text[] =
    "\xEF\xBB\xBF {\"cases\": [{\"id\": \"c\", \"jurisdiction\": \"wales\","
    " \"subject\": {\"age\": 7, \"x\": [-0.5, 1e2, 0, -12, true, false, null, {}, []]}}],\n"
    " \"title\": \"Caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \xC3\xA9\","
    " \"schema_version\": 1, \"z\": 1, \"a\": 2}\r\n";
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_data (text, -1, &error);
  g_autofree char *saved = NULL;
  ScrCase *kase;

  g_assert_no_error (error);
  g_assert_cmpstr (scr_dataset_get_title (dataset), ==,
                   "Caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\ / \b\f\n\r\t \xC3\xA9");
  kase = scr_dataset_lookup_case (dataset, "c");
  g_assert_nonnull (kase);
  g_assert_cmpint (scr_person_get_age (scr_case_get_subject (kase)), ==, 7);
  saved = scr_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (saved, "\"x\" : [\n          -0.5,\n          100.0,\n          0,\n"
                                   "          -12,\n          true,\n          false,\n"
                                   "          null,\n          {          },\n          []\n"));
  /* unknown root members keep their order, after the known ones */
  g_assert_nonnull (strstr (saved, "\"audits\" : [],\n  \"z\" : 1,\n  \"a\" : 2\n}\n"));
  g_assert_finalize_object (dataset);
}

/* Bad input never crashes and never half-loads: every prefix of a valid
 * file, and the file with single bytes changed, either loads whole or
 * gives an error. */
static void
test_robust (void)
{
  g_autofree char *path = data_path ("model", "valid.json");
  g_autofree char *text = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  static const char replacements[] = "{}[]\",:0-9eE.\\ \x80\xff\x01tfn";
  gsize length;
  guint loaded = 0;

  g_file_get_contents (path, &text, &length, NULL);
  g_assert_nonnull (text);
  /* every cut in the first lines, then every 17th byte (the checkers run
   * this under valgrind and ASan too) */
  for (gsize cut = 0; cut < length; cut += cut < 600 ? 1 : 17)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (text, (gssize) cut, &error);

      /* only the whole text, or it less its final newline, is a document */
      g_assert_true ((dataset != NULL) == (cut + 1 == length));
      g_assert_true ((dataset == NULL) == (error != NULL));
    }
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *copy = g_memdup2 (text, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = NULL;
      gsize at = g_rand_int_range (rand, 0, (gint32) length);

      copy[at] = replacements[g_rand_int_range (rand, 0, sizeof replacements - 1)];
      dataset = scr_dataset_new_from_data (copy, (gssize) length, &error);
      g_assert_true ((dataset == NULL) == (error != NULL));
      if (error != NULL)
        g_assert_true (error->domain == SCR_ERROR);
      else
        loaded++;
    }
  g_test_message ("%u of 500 changed files still loaded", loaded);
}

static void
test_check_file_lists_every_problem (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *valid = data_path ("model", "valid.json");
  int fd;

  fd = g_file_open_tmp ("test-dataset-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path,
                       "{\"schema_version\": 1,\n"
                       " \"agencies\": [{\"id\": \"a\", \"sector\": \"navy\"}, {\"id\": \"a\", \"sector\": \"police\"}],\n"
                       " \"cases\": [{\"id\": \"c\"}, {\"id\": \"d\", \"jurisdiction\": \"wales\"}],\n"
                       " \"reviews\": [{\"id\": \"r\", \"type\": \"scr\", \"status\": \"closed\", \"stage\": \"closed\", \"case_id\": \"zz\"}]}\n",
                       -1, &error);
  g_assert_no_error (error);
  problems = scr_dataset_check_file (path);
  g_assert_cmpuint (g_strv_length (problems), ==, 2);
  g_assert_true (g_str_has_prefix (problems[0], path));
  g_assert_nonnull (strstr (problems[0], ": agencies[0].sector: \"navy\" is not one of"));
  g_assert_nonnull (strstr (problems[1], ": cases[0].jurisdiction: required member is missing"));
  g_strfreev (g_steal_pointer (&problems));

  /* with every item valid, every dangling reference is listed */
  g_file_set_contents (path,
                       "{\"schema_version\": 1,\n"
                       " \"reviews\": [{\"id\": \"r\", \"type\": \"scr\", \"status\": \"closed\", \"stage\": \"closed\", \"case_id\": \"zz\", \"agency_ids\": [\"p\"]}]}\n",
                       -1, &error);
  problems = scr_dataset_check_file (path);
  g_assert_cmpuint (g_strv_length (problems), ==, 2);
  g_assert_nonnull (strstr (problems[0], ": reviews[0].case_id: no case \"zz\""));
  g_assert_nonnull (strstr (problems[1], ": reviews[0].agency_ids[0]: no agency \"p\""));
  g_strfreev (g_steal_pointer (&problems));

  problems = scr_dataset_check_file (valid);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
  g_unlink (path);
}

static void
assert_round_trip (const char *name)
{
  g_autofree char *path = data_path ("model", name);
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *written = NULL;
  g_autofree char *out_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  gsize length, saved_length;
  int fd;

  g_file_get_contents (path, &original, &length, &error);
  g_assert_no_error (error);
  dataset = scr_dataset_new_from_data (original, length, &error);
  g_assert_no_error (error);
  saved = scr_dataset_to_data (dataset, &saved_length);
  g_assert_cmpuint (saved_length, ==, length);
  g_assert_cmpstr (saved, ==, original);

  fd = g_file_open_tmp ("test-dataset-XXXXXX.json", &out_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (scr_dataset_save_to_file (dataset, out_path, &error));
  g_assert_no_error (error);
  g_file_get_contents (out_path, &written, NULL, &error);
  g_assert_cmpstr (written, ==, original);
  g_unlink (out_path);
}

static void
test_round_trip (void)
{
  g_autofree char *path = data_path ("model", "unknown-members.json");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  static const char * const unknown[] = {
    "\"x_root\"", "\"x_agency\"", "\"x_case\"", "\"x_incident\"", "\"x_person\"", "\"x_legal\"",
    "\"x_mother\"", "\"x_review\"", "\"x_timeframe\"", "\"x_milestone\"", "\"x_event\"",
  };

  assert_round_trip ("valid.json");
  assert_round_trip ("unknown-members.json");

  /* the unknown members are there, and still there after an edit */
  dataset = scr_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  scr_dataset_set_title (dataset, "Edited");
  scr_case_set_partnership (scr_dataset_lookup_case (dataset, "child-t"), "Edited partnership");
  text = scr_dataset_to_data (dataset, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_nonnull (strstr (text, unknown[i]));
  g_assert_nonnull (strstr (text, "\"Edited partnership\""));
}

static void
test_save_errors (void)
{
  ScrDataset *dataset = scr_dataset_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (scr_dataset_save_to_file (dataset, "/nonexistent/dir/register.json", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_finalize_object (dataset);
}

typedef GListModel *(*GetFunc) (ScrDataset *);
typedef gpointer (*LookupFunc) (ScrDataset *, const char *);
typedef gboolean (*AddFunc) (ScrDataset *, gpointer, GError **);

static const struct {
  GetFunc get;
  LookupFunc lookup;
  AddFunc add;
  const char *first_id;
  guint n_items;
} collections[] = {
  { scr_dataset_get_agencies, (LookupFunc) scr_dataset_lookup_agency,
    (AddFunc) scr_dataset_add_agency, "police", 3 },
  { scr_dataset_get_cases, (LookupFunc) scr_dataset_lookup_case,
    (AddFunc) scr_dataset_add_case, "child-t", 2 },
  { scr_dataset_get_reviews, (LookupFunc) scr_dataset_lookup_review,
    (AddFunc) scr_dataset_add_review, "child-t-scr", 2 },
  { scr_dataset_get_chronology, (LookupFunc) scr_dataset_lookup_chronology_event,
    (AddFunc) scr_dataset_add_chronology_event, "ev-1", 3 },
  { scr_dataset_get_themes, (LookupFunc) scr_dataset_lookup_theme,
    (AddFunc) scr_dataset_add_theme, "theme-1", 1 },
  { scr_dataset_get_findings, (LookupFunc) scr_dataset_lookup_finding,
    (AddFunc) scr_dataset_add_finding, "finding-1", 1 },
  { scr_dataset_get_lessons, (LookupFunc) scr_dataset_lookup_lesson,
    (AddFunc) scr_dataset_add_lesson, "lesson-1", 1 },
  { scr_dataset_get_recommendations, (LookupFunc) scr_dataset_lookup_recommendation,
    (AddFunc) scr_dataset_add_recommendation, "rec-1", 1 },
  { scr_dataset_get_actions, (LookupFunc) scr_dataset_lookup_action,
    (AddFunc) scr_dataset_add_action, "action-1", 3 },
  { scr_dataset_get_audits, (LookupFunc) scr_dataset_lookup_audit,
    (AddFunc) scr_dataset_add_audit, "audit-1", 1 },
};

static void
test_collections (void)
{
  ScrDataset *dataset = load_valid ();
  g_autoptr(ScrDataset) empty = scr_dataset_new ();

  g_assert_cmpstr (scr_dataset_get_title (dataset), ==, "Test register: Child T");
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    {
      GListModel *model = collections[i].get (dataset);
      g_autoptr(GObject) first = g_list_model_get_item (model, 0);
      g_autoptr(GError) error = NULL;
      GObject *copy;

      g_assert_cmpuint (g_list_model_get_n_items (model), ==, collections[i].n_items);
      g_assert_true (collections[i].lookup (dataset, collections[i].first_id) == first);
      g_assert_null (collections[i].lookup (dataset, "no-such-id"));

      /* the same item cannot be added twice to one dataset */
      g_assert_false (collections[i].add (dataset, first, &error));
      g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
      g_assert_nonnull (strstr (error->message, collections[i].first_id));
      g_clear_error (&error);

      /* but may join another, where the lookup then finds it */
      g_assert_cmpuint (g_list_model_get_n_items (collections[i].get (empty)), ==, 0);
      g_assert_true (collections[i].add (empty, first, &error));
      g_assert_no_error (error);
      copy = collections[i].lookup (empty, collections[i].first_id);
      g_assert_true (copy == first);
      g_assert_cmpuint (g_list_model_get_n_items (collections[i].get (empty)), ==, 1);
    }

  /* an item without an id is refused */
  {
    g_autoptr(ScrAgency) anonymous = g_object_new (SCR_TYPE_AGENCY, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (scr_dataset_add_agency (empty, anonymous, &error));
    g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  }

  g_assert_finalize_object (dataset);
}

static void
test_validate (void)
{
  g_autoptr(ScrDataset) dataset = load_valid ();
  g_autoptr(ScrReview) review = scr_review_new ("r-new", SCR_REVIEW_TYPE_LCSPR);
  g_autoptr(GError) error = NULL;
  ScrTheme *theme;

  g_assert_true (scr_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  scr_review_set_case_id (review, "child-z");
  g_assert_true (scr_dataset_add_review (dataset, review, &error));
  g_assert_false (scr_dataset_validate (dataset, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "reviews[2].case_id: no case \"child-z\" (referenced from review \"r-new\")");
  g_clear_error (&error);
  scr_review_set_case_id (review, "child-u");
  g_assert_true (scr_dataset_validate (dataset, &error));

  /* ids that can change are followed by the lookup */
  theme = scr_dataset_lookup_theme (dataset, "theme-1");
  scr_theme_set_id (theme, "theme-renamed");
  g_assert_null (scr_dataset_lookup_theme (dataset, "theme-1"));
  g_assert_true (scr_dataset_lookup_theme (dataset, "theme-renamed") == theme);
  g_assert_false (scr_dataset_validate (dataset, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "findings[0].theme_ids[0]: no theme \"theme-1\" "
                   "(referenced from finding \"finding-1\")");
  g_clear_error (&error);
  scr_theme_set_id (theme, "theme-1");
  g_assert_true (scr_dataset_validate (dataset, &error));

  {
    g_autoptr(ScrTheme) other = scr_theme_new ("theme-2", "Another");

    g_assert_true (scr_dataset_add_theme (dataset, other, &error));
    scr_theme_set_id (other, "theme-1");
    g_assert_false (scr_dataset_validate (dataset, &error));
    g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
    g_assert_cmpstr (error->message, ==,
                     "themes[1].id: duplicate theme id \"theme-1\" (first at themes[0])");
  }
}

static guint title_notified;

static void
on_title (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  title_notified++;
}

static void
test_title (void)
{
  ScrDataset *dataset = scr_dataset_new ();
  g_autofree char *text = NULL;

  g_signal_connect (dataset, "notify::title", G_CALLBACK (on_title), NULL);
  g_assert_null (scr_dataset_get_title (dataset));
  scr_dataset_set_title (dataset, "Register");
  scr_dataset_set_title (dataset, "Register");
  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpstr (scr_dataset_get_title (dataset), ==, "Register");
  text = scr_dataset_to_data (dataset, NULL);
  g_assert_true (g_str_has_prefix (text, "{\n  \"schema_version\" : 1,\n  \"title\" : \"Register\",\n"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  g_assert_finalize_object (dataset);
}

static void
assert_ids (GListModel         *model,
            const char * const *expected,
            const char       *(*get_id) (gpointer))
{
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (get_id (item), ==, expected[i]);
    }
}

#define IDS(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
test_queries (void)
{
  ScrDataset *dataset = load_valid ();
  g_autoptr(ScrDate) autumn = scr_date_new (2016, 10, 1, NULL);
  g_autoptr(ScrDate) september = scr_date_new (2016, 9, 30, NULL);
  g_autoptr(ScrDate) later = scr_date_new (2018, 1, 1, NULL);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  model = scr_dataset_list_overdue_actions (dataset, september);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_clear_object (&model);
  model = scr_dataset_list_overdue_actions (dataset, autumn);
  assert_ids (model, IDS ("action-1"), (gpointer) scr_action_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_overdue_actions (dataset, later);
  assert_ids (model, IDS ("action-1", "action-3"), (gpointer) scr_action_get_id);
  g_clear_object (&model);

  model = scr_dataset_list_reviews_by_stage (dataset, SCR_REVIEW_STAGE_ANALYSIS);
  assert_ids (model, IDS ("child-u-cpr"), (gpointer) scr_review_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_reviews_by_stage (dataset, SCR_REVIEW_STAGE_CLOSED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_clear_object (&model);

  model = scr_dataset_list_case_reviews (dataset, "child-t", &error);
  g_assert_no_error (error);
  assert_ids (model, IDS ("child-t-scr"), (gpointer) scr_review_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_case_chronology (dataset, "child-t", &error);
  assert_ids (model, IDS ("ev-1", "ev-2"), (gpointer) scr_chronology_event_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_case_actions (dataset, "child-t", &error);
  assert_ids (model, IDS ("action-1", "action-2"), (gpointer) scr_action_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_case_agencies (dataset, "child-t", &error);
  assert_ids (model, IDS ("police", "csc", "lscb"), (gpointer) scr_agency_get_id);
  g_clear_object (&model);
  model = scr_dataset_list_case_agencies (dataset, "child-u", &error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_clear_object (&model);
  model = scr_dataset_list_case_actions (dataset, "child-u", &error);
  assert_ids (model, IDS ("action-3"), (gpointer) scr_action_get_id);
  g_clear_object (&model);
  g_assert_no_error (error);

  {
    GListModel *(*queries[]) (ScrDataset *, const char *, GError **) = {
      scr_dataset_list_case_reviews, scr_dataset_list_case_chronology,
      scr_dataset_list_case_actions, scr_dataset_list_case_agencies,
    };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_assert_null (queries[i] (dataset, "child-x", &error));
        g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
        g_assert_cmpstr (error->message, ==, "no case \"child-x\"");
        g_clear_error (&error);
      }
  }

  g_assert_finalize_object (dataset);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/dataset/malformed", test_malformed);
  g_test_add_func ("/scr/model/dataset/errors-from-data", test_errors_from_data);
  g_test_add_func ("/scr/model/dataset/check-file", test_check_file_lists_every_problem);
  g_test_add_func ("/scr/model/dataset/reader", test_reader);
  g_test_add_func ("/scr/model/dataset/robust", test_robust);
  g_test_add_func ("/scr/model/dataset/round-trip", test_round_trip);
  g_test_add_func ("/scr/model/dataset/save-errors", test_save_errors);
  g_test_add_func ("/scr/model/dataset/collections", test_collections);
  g_test_add_func ("/scr/model/dataset/validate", test_validate);
  g_test_add_func ("/scr/model/dataset/title", test_title);
  g_test_add_func ("/scr/model/dataset/queries", test_queries);

  return g_test_run ();
}
