/* test-report.c: ScrReport, the scrutiny report, on the example data
 * (public API). Seed 002's table (examples/data/sefton-scr-timelines.json)
 * gives the dates; child B1 and child L give deadlines met and late.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
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

static ScrReport *
report_on (ScrDataset *dataset,
           const char *from,
           const char *to,
           const char *today)
{
  g_autoptr(ScrDate) f = from != NULL ? scr_date_new_from_iso8601 (from, NULL) : NULL;
  g_autoptr(ScrDate) t = to != NULL ? scr_date_new_from_iso8601 (to, NULL) : NULL;
  g_autoptr(ScrDate) d = scr_date_new_from_iso8601 (today, NULL);
  g_autoptr(GError) error = NULL;
  ScrReport *report = scr_report_new_scrutiny (dataset, f, t, d, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static JsonObject *
review_row (JsonNode *root,
            guint     index)
{
  JsonArray *reviews = json_object_get_array_member (json_node_get_object (root), "reviews");

  return json_array_get_object_element (reviews, index);
}

static JsonObject *
step_of (JsonObject *row,
         const char *nick)
{
  JsonArray *steps = json_object_get_array_member (row, "steps");

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);

      if (g_strcmp0 (json_object_get_string_member (step, "step"), nick) == 0)
        return step;
    }
  g_assert_not_reached ();
}

static const char *
member (JsonObject *object,
        const char *name)
{
  return json_object_get_string_member_with_default (object, name, NULL);
}

/* Seed 002's table, by review: author appointed, report to the LSCB,
 * report to the National Panel, publication. */
static void
test_sefton_seed_table (void)
{
  static const char *const table[5][5] = {
    { "SCR1 (MARTHA, MARY & BEN)", "February 2018", "July 2018", "July 2018", "July 2018" },
    { "SCR2 JANET", "June 2018", "January 2019", "February 2019", "April 2019" },
    { "SCR3 CHARLIE", "July 2018", "February 2019", "March 2019", "March 2019" },
    { "SCR4 MATILDA", "November 2018", "April 2019", "October 2019", "October 2019" },
    { "SCR5 BEATRICE", "July 2019", "February 2020", "March 2020", "March 2020" },
  };
  static const char *const columns[] = {
    "author-appointed", "report-to-board", "sent-to-panel", "published",
  };
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrReport) report = report_on (dataset, NULL, NULL, "2021-01-26");
  g_autoptr(JsonNode) root = scr_report_to_json (report);

  g_assert_cmpuint (g_list_model_get_n_items (scr_report_get_reviews (report)), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *row = review_row (root, i);
      JsonArray *missing = json_object_get_array_member (row, "missing");

      g_assert_cmpstr (member (row, "title"), ==, table[i][0]);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          JsonObject *step = step_of (row, columns[c]);

          g_assert_cmpstr (member (step, "date_text"), ==, table[i][c + 1]);
          /* The seed gives no decision date, which the deadlines of
           * these steps run from: no verdict is invented. */
          g_assert_cmpstr (member (step, "status"), ==, "not-applicable");
        }
      g_assert_null (member (step_of (row, "decision"), "date"));
      g_assert_cmpstr (json_array_get_string_element (missing, 0), ==, "date:decision");
    }
  /* The partnership's actions are tied to no review. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (root), "unlinked"),
    "outstanding_actions")), >, 0);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* Child B1: the Panel told in January 2015 of December 2014's decision
 * (T-INIT-15 met); the review completed in September 2015, after the six
 * months (T-LCSPR-DONE, late by 44 working days after 30 June 2015).
 * Child L: published 17 June 2016, two years after the review began. */
static void
test_verdicts (void)
{
  g_autoptr(ScrDataset) b1 = load_example ("child-b1-leicester.json");
  g_autoptr(ScrDataset) l = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReport) report = report_on (b1, NULL, NULL, "2026-01-01");
  g_autoptr(JsonNode) root = scr_report_to_json (report);
  g_autoptr(ScrReport) report_l = report_on (l, NULL, NULL, "2026-01-01");
  g_autoptr(JsonNode) root_l = scr_report_to_json (report_l);
  JsonObject *row = review_row (root, 0), *step, *totals;

  g_assert_cmpstr (member (row, "case"), ==, "child-b1");
  step = step_of (row, "referral");
  g_assert_cmpstr (member (step, "date_text"), ==, "7 October 2014");
  g_assert_cmpstr (member (step, "status"), ==, "not-applicable");
  step = step_of (row, "panel-informed");
  g_assert_cmpstr (member (step, "date_text"), ==, "January 2015");
  g_assert_cmpstr (member (step, "rule"), ==, "T-INIT-15");
  g_assert_cmpstr (member (step, "status"), ==, "met");
  step = step_of (row, "report-to-board");
  g_assert_cmpstr (member (step, "date_text"), ==, "September 2015");
  g_assert_cmpstr (member (step, "rule"), ==, "T-LCSPR-DONE");
  g_assert_cmpstr (member (step, "status"), ==, "late");
  g_assert_cmpstr (member (step, "due_text"), ==, "30 June 2015");
  g_assert_cmpint (json_object_get_int_member (step, "days_late"), ==, 44);
  g_assert_cmpstr (member (step, "status_text"), ==, "late by 44 working days");
  g_assert_cmpstr (member (step_of (row, "published"), "date_text"), ==, "13 June 2016");

  totals = json_object_get_object_member (json_node_get_object (root), "totals");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (totals, "met"), "count"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (totals, "late"), "count"), ==, 1);
  {
    JsonArray *figures = json_object_get_array_member (json_object_get_object_member (totals, "late"),
                                                       "figures");
    JsonObject *figure = json_array_get_object_element (figures, 0);

    g_assert_cmpstr (member (figure, "rule"), ==, "T-LCSPR-DONE");
    g_assert_cmpstr (member (figure, "case"), ==, "child-b1");
    g_assert_cmpstr (member (figure, "step"), ==, "report-to-board");
  }
  /* The learning beneath: child B1's 8 findings and 32 lessons. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (row, "findings")), ==, 8);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (row, "lessons")), ==, 32);

  /* Child L: the six months ran to publication. */
  row = review_row (root_l, 0);
  step = step_of (row, "published");
  g_assert_cmpstr (member (step, "date_text"), ==, "17 June 2016");
  g_assert_cmpstr (member (step, "rule"), ==, "T-LCSPR-DONE");
  g_assert_cmpstr (member (step, "status"), ==, "late");
  g_assert_cmpstr (member (step_of (row, "panel-informed"), "status"), ==, "pending");
  g_assert_cmpstr (member (step_of (row, "decision"), "date_text"), ==, "March 2014");
}

/* A review is in a period when one of its recorded steps is. */
static void
test_period (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrReport) y2019 = report_on (dataset, "2019-01-01", "2019-12-31", "2021-01-26");
  g_autoptr(ScrReport) y2018 = report_on (dataset, "2018", "2018", "2021-01-26");
  g_autoptr(ScrReport) after = report_on (dataset, "2020-03", NULL, "2021-01-26");
  g_autoptr(ScrDate) from = scr_date_new (2020, 1, 1, NULL);
  g_autoptr(ScrDate) to = scr_date_new (2019, 1, 1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrReview) first = NULL;
  GListModel *reviews = scr_report_get_reviews (y2019);

  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 4);
  first = g_list_model_get_item (reviews, 0);
  g_assert_cmpstr (scr_review_get_id (first), ==, "sefton-scr2-review");
  g_assert_cmpuint (g_list_model_get_n_items (scr_report_get_reviews (y2018)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (scr_report_get_reviews (after)), ==, 1);
  {
    g_autofree char *text = scr_date_to_iso8601 (scr_report_get_from (y2019));

    g_assert_cmpstr (text, ==, "2019-01-01");
  }
  g_assert_null (scr_report_get_to (after));
  g_assert_null (scr_report_new_scrutiny (dataset, from, to, NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
}

static void
test_properties (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrReport) report = report_on (dataset, "2019", "2020-06", "2021-01-26");
  g_autofree char *kind = NULL;
  g_autofree char *title = NULL;
  g_autoptr(ScrDate) from = NULL;
  g_autoptr(ScrDate) to = NULL;
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_object_get (report, "kind", &kind, "title", &title, "from", &from, "to", &to,
                "today", &today, "reviews", &reviews, NULL);
  g_assert_cmpstr (kind, ==, "scrutiny");
  g_assert_cmpstr (scr_report_get_kind (report), ==, "scrutiny");
  g_assert_cmpstr (title, ==, scr_report_get_title (report));
  from_text = scr_date_to_iso8601 (from);
  to_text = scr_date_to_iso8601 (to);
  g_assert_cmpstr (from_text, ==, "2019");
  g_assert_cmpstr (to_text, ==, "2020-06");
  g_assert_true (scr_date_equal (today, scr_report_get_today (report)));
  g_assert_true (reviews == scr_report_get_reviews (report));
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_html (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrDataset) b1 = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReport) report = report_on (dataset, NULL, NULL, "2021-01-26");
  g_autoptr(ScrReport) report_b1 = report_on (b1, NULL, NULL, "2026-01-01");
  g_autofree char *html = scr_report_to_html (report);
  g_autofree char *html_b1 = scr_report_to_html (report_b1);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_true (g_utf8_validate (html, -1, NULL));
  /* Self-contained: no script, nothing fetched. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, " src="));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "<caption>"));
  g_assert_cmpuint (count (html, "<th scope=\"col\">"), >=, 9);
  g_assert_cmpuint (count (html, "<th scope=\"row\">"), ==, 5);
  /* Titles are escaped. */
  g_assert_nonnull (strstr (html, "SCR1 (MARTHA, MARY &amp; BEN)"));
  g_assert_null (strstr (html, "MARY & BEN"));
  g_assert_nonnull (strstr (html, "<svg"));
  /* Each mark of the chart is titled with its case: SCR1's four steps. */
  g_assert_cmpuint (count (html, "case sefton-scr1</title>"), ==, 4);
  g_assert_nonnull (strstr (html, "February 2018"));

  /* Child B1: the late step in words, with its rule, in the table and
   * the chart. */
  g_assert_nonnull (strstr (html_b1, "late by 44 working days"));
  g_assert_nonnull (strstr (html_b1, "Rule T-LCSPR-DONE, due 30 June 2015; case child-b1</title>"));
  g_assert_nonnull (strstr (html_b1, "13 June 2016"));
  g_assert_null (strstr (html_b1, "2016-06-13"));
}

static void
test_csv (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrReport) report = report_on (dataset, NULL, NULL, "2021-01-26");
  g_autofree char *csv = scr_report_to_csv (report);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  /* A header, five reviews of seven steps, and the final line end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 * 7 + 1);
  g_assert_cmpstr (lines[36], ==, "");
  g_assert_cmpstr (lines[0], ==, "review,title,case,step,date,date_text,rule,due,status,days_late");
  g_assert_cmpstr (lines[4], ==,
                   "sefton-scr1-review,\"SCR1 (MARTHA, MARY & BEN)\",sefton-scr1,author-appointed,"
                   "2018-02,February 2018,,,not-applicable,0");
  g_assert_null (strchr (lines[4], '\n'));
}

static void
test_write_file (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReport) report = report_on (dataset, NULL, NULL, "2026-01-01");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-report-XXXXXX", &error);
  static const ScrReportOutput formats[] = {
    SCR_REPORT_OUTPUT_HTML, SCR_REPORT_OUTPUT_CSV, SCR_REPORT_OUTPUT_JSON,
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, "report.out", NULL);
      g_autofree char *contents = NULL;
      g_autofree char *expected = NULL;

      g_assert_true (scr_report_write_file (report, formats[i], path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      if (formats[i] == SCR_REPORT_OUTPUT_HTML)
        expected = scr_report_to_html (report);
      else if (formats[i] == SCR_REPORT_OUTPUT_CSV)
        expected = scr_report_to_csv (report);
      if (expected != NULL)
        g_assert_cmpstr (contents, ==, expected);
      else
        {
          g_autoptr(JsonNode) parsed = json_from_string (contents, &error);

          g_assert_no_error (error);
          g_assert_cmpstr (json_object_get_string_member (json_node_get_object (parsed), "kind"),
                           ==, "scrutiny");
        }
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  /* A directory that is not there: an error, no file. */
  {
    g_autofree char *bad = g_build_filename (dir, "no", "such", "report.html", NULL);

    g_assert_false (scr_report_write_file (report, SCR_REPORT_OUTPUT_HTML, bad, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The review report. */

static ScrReport *
review_report (ScrDataset *dataset,
               const char *review_id,
               const char *today)
{
  g_autoptr(ScrDate) d = scr_date_new_from_iso8601 (today, NULL);
  g_autoptr(GError) error = NULL;
  ScrReport *report = scr_report_new_review (dataset, review_id, d, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gint64
count_of (JsonObject *totals,
          const char *group,
          const char *name)
{
  JsonObject *object = group != NULL ? json_object_get_object_member (totals, group) : totals;

  return json_object_get_int_member (json_object_get_object_member (object, name), "count");
}

/* Child B1's 32 actions on 30 June 2015, counted by hand from the data
 * (seed 000's action plan): 3 completed, 3 in progress, 26 with no
 * status; red: 13 due before the day and not done, amber: the one due in
 * June 2015 (within 10 working days), no due date: 6 not done, green:
 * the 3 completed and 9 due later. */
static void
test_review_b1 (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReport) report = review_report (dataset, "child-b1-scr", "2015-06-30");
  g_autoptr(JsonNode) root = scr_report_to_json (report);
  JsonObject *object = json_node_get_object (root);
  JsonObject *totals = json_object_get_object_member (object, "totals");
  JsonArray *flagged = json_object_get_array_member (json_object_get_object_member (totals, "complete_without_evidence"),
                                                     "actions");
  JsonArray *amber = json_object_get_array_member (json_object_get_object_member (json_object_get_object_member (totals, "by_rag"),
                                                                                  "amber"),
                                                   "actions");
  JsonArray *actions = json_object_get_array_member (object, "actions");

  g_assert_cmpstr (scr_report_get_kind (report), ==, "review");
  g_assert_cmpstr (member (object, "kind"), ==, "review");
  g_assert_cmpstr (scr_report_get_title (report), ==,
                   "Serious Case Review: Child B1: review summary and action plan");
  g_assert_cmpuint (g_list_model_get_n_items (scr_report_get_reviews (report)), ==, 1);
  g_assert_null (scr_report_get_from (report));

  g_assert_cmpint (json_object_get_int_member (totals, "actions"), ==, 32);
  g_assert_cmpuint (json_array_get_length (actions), ==, 32);
  g_assert_cmpint (count_of (totals, "by_status", "completed"), ==, 3);
  g_assert_cmpint (count_of (totals, "by_status", "in-progress"), ==, 3);
  g_assert_cmpint (count_of (totals, "by_status", "unknown"), ==, 26);
  g_assert_cmpint (count_of (totals, "by_rag", "red"), ==, 13);
  g_assert_cmpint (count_of (totals, "by_rag", "amber"), ==, 1);
  g_assert_cmpint (count_of (totals, "by_rag", "green"), ==, 12);
  g_assert_cmpint (count_of (totals, "by_rag", "no-due-date"), ==, 6);
  g_assert_cmpint (count_of (totals, NULL, "overdue"), ==, 13);
  g_assert_cmpstr (json_array_get_string_element (amber, 0), ==, "b1-action-lscb-2");

  /* The three completed actions name an outcome measure but no evidence. */
  g_assert_cmpuint (json_array_get_length (flagged), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (flagged, 0), ==, "b1-action-eyst-iii");
  g_assert_cmpstr (json_array_get_string_element (flagged, 1), ==, "b1-action-csc-1");
  g_assert_cmpstr (json_array_get_string_element (flagged, 2), ==, "b1-action-csc-9");
  for (guint i = 0; i < json_array_get_length (actions); i++)
    {
      JsonObject *a = json_array_get_object_element (actions, i);

      if (g_strcmp0 (member (a, "id"), "b1-action-csc-9") == 0)
        {
          g_assert_true (json_object_get_boolean_member (a, "complete_without_evidence"));
          g_assert_cmpstr (member (a, "rag"), ==, "green");
          g_assert_cmpstr (member (a, "status"), ==, "completed");
        }
      if (g_strcmp0 (member (a, "id"), "b1-action-ccg-1") == 0)
        {
          g_assert_cmpstr (member (a, "rag"), ==, "red");
          g_assert_cmpstr (member (a, "agency"), ==, "Leicester City Clinical Commissioning Group");
          g_assert_cmpstr (member (a, "recommendation_number"), ==, "CCG 1");
          g_assert_false (json_object_get_boolean_member (a, "complete_without_evidence"));
        }
    }
}

/* The day moves the RAG: on 1 January 2026 every action not done and
 * with a due date is red. */
static void
test_review_today (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReport) report = review_report (dataset, "child-b1-scr", "2026-01-01");
  g_autoptr(JsonNode) root = scr_report_to_json (report);
  JsonObject *totals = json_object_get_object_member (json_node_get_object (root), "totals");

  g_assert_cmpint (count_of (totals, "by_rag", "red"), ==, 23);
  g_assert_cmpint (count_of (totals, "by_rag", "amber"), ==, 0);
  g_assert_cmpint (count_of (totals, "by_rag", "green"), ==, 3);
  g_assert_cmpint (count_of (totals, "by_rag", "no-due-date"), ==, 6);
}

static void
test_review_unknown (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) partial = scr_date_new_from_iso8601 ("2015-06", NULL);

  g_assert_null (scr_report_new_review (dataset, "no-such-review", NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-review"));
  g_clear_error (&error);
  g_assert_null (scr_report_new_review (dataset, "child-b1-scr", partial, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
}

static void
test_review_html_csv (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrDataset) cumbria = load_example ("child-l-cumbria.json");
  g_autoptr(ScrReport) report = review_report (dataset, "child-b1-scr", "2015-06-30");
  g_autoptr(ScrReport) report_l = review_report (cumbria, "child-l-scr", "2016-08-01");
  g_autofree char *html = scr_report_to_html (report);
  g_autofree char *html_l = scr_report_to_html (report_l);
  g_autofree char *csv = scr_report_to_csv (report);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "<caption>Each action with its recommendation"));
  /* One row per action, each scoped, and the terms of reference. */
  /* (and the chart's twelve parts: six agencies, one to three RAGs each) */
  g_assert_cmpuint (count (html, " data-rag=\""), ==, 32 + 12);
  g_assert_nonnull (strstr (html, "<tr id=\"b1-action-csc-9\" data-rag=\"green\"><th scope=\"row\">"));
  g_assert_nonnull (strstr (html, "Terms of reference"));
  g_assert_nonnull (strstr (html, "7 October 2014"));
  /* The chart: every part titled with its agency, RAG and action ids. */
  g_assert_nonnull (strstr (html, "<svg"));
  g_assert_nonnull (strstr (html, "<title>Leicester City Clinical Commissioning Group: Red: overdue, "
                                  "2 actions: b1-action-ccg-1, b1-action-ccg-2</title>"));
  g_assert_nonnull (strstr (html, "<title>Leicester Safeguarding Children Board: Amber: due soon, "
                                  "1 action: b1-action-lscb-2</title>"));
  g_assert_cmpuint (count (html, "⚑ Marked complete without evidence"), ==, 3);

  g_assert_nonnull (strstr (html_l, "<svg"));
  g_assert_cmpuint (count (html_l, "<tr id=\"child-l-action-"), >=, 1);

  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 32 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "review,action,recommendation,"));
  g_assert_cmpstr (lines[1], ==,
                   "child-b1-scr,b1-action-ccg-1,b1-rec-ccg-1,CCG 1,leicester-ccg,"
                   "Leicester City Clinical Commissioning Group,Leicester City CCG,"
                   "Lead professionals for safeguarding children,"
                   "Through level 3 child safeguarding training,2015-04-08,8 April 2015,"
                   "not recorded,red,yes,,,no");
}

/* PDF: a PDF file when this libscr writes them, else an error naming
 * what it lacks and no file. */
static void
test_pdf (void)
{
  g_autoptr(ScrDataset) dataset = load_example ("child-b1-leicester.json");
  g_autoptr(ScrReport) report = review_report (dataset, "child-b1-scr", "2015-06-30");
  g_autoptr(ScrReport) scrutiny = report_on (dataset, NULL, NULL, "2026-01-01");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);

  g_assert_no_error (error);
  if (!scr_report_write_file (report, SCR_REPORT_OUTPUT_PDF, path, &error))
    {
      g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      g_assert_cmpint (g_remove (path), ==, 0);
      g_assert_true (scr_report_write_file (scrutiny, SCR_REPORT_OUTPUT_PDF, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/publication/report/sefton-seed-table", test_sefton_seed_table);
  g_test_add_func ("/scr/publication/report/verdicts", test_verdicts);
  g_test_add_func ("/scr/publication/report/period", test_period);
  g_test_add_func ("/scr/publication/report/properties", test_properties);
  g_test_add_func ("/scr/publication/report/html", test_html);
  g_test_add_func ("/scr/publication/report/csv", test_csv);
  g_test_add_func ("/scr/publication/report/write-file", test_write_file);
  g_test_add_func ("/scr/publication/report/review/b1", test_review_b1);
  g_test_add_func ("/scr/publication/report/review/today", test_review_today);
  g_test_add_func ("/scr/publication/report/review/unknown", test_review_unknown);
  g_test_add_func ("/scr/publication/report/review/html-csv", test_review_html_csv);
  g_test_add_func ("/scr/publication/report/pdf", test_pdf);
  return g_test_run ();
}
