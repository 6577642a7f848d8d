/* test-repeat-finder.c: ScrRepeatFinder and ScrRepeat: repeats across
 * reviews in time order, their words and summary, and misuse.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <scr/scr.h>

static void
add_review (ScrDataset *dataset,
            const char *id,
            const char *title,
            int         year)
{
  g_autoptr(ScrReview) review = scr_review_new (id, SCR_REVIEW_TYPE_SCR);
  g_autoptr(GError) error = NULL;

  scr_review_set_title (review, title);
  if (year > 0)
    {
      g_autoptr(ScrMilestone) milestone = scr_milestone_new (SCR_MILESTONE_KIND_PUBLICATION);
      g_autoptr(ScrDate) date = scr_date_new_year (year, NULL);

      scr_milestone_set_date (milestone, date);
      scr_review_add_milestone (review, milestone);
    }
  g_assert_true (scr_dataset_add_review (dataset, review, &error));
  g_assert_no_error (error);
}

static void
add_recommendation (ScrDataset *dataset,
                    const char *id,
                    const char *review_id,
                    const char *number,
                    const char *text)
{
  g_autoptr(ScrRecommendation) rec = scr_recommendation_new (id, text);
  g_autoptr(GError) error = NULL;

  scr_recommendation_set_review_id (rec, review_id);
  scr_recommendation_set_number (rec, number);
  g_assert_true (scr_dataset_add_recommendation (dataset, rec, &error));
  g_assert_no_error (error);
}

static ScrDataset *
make_dataset (void)
{
  ScrDataset *dataset = scr_dataset_new ();
  g_autoptr(ScrLesson) lesson = scr_lesson_new ("l-late", "Health visitors must escalate "
                                                "non-engagement of parents to a manager.");
  g_autoptr(ScrFinding) finding = scr_finding_new ("f-early", "Health visitors did not escalate "
                                                   "the parents' non-engagement.");

  /* listed later first: the order is by date, not by the file */
  add_review (dataset, "r-late", "Serious Case Review: Child B1", 2016);
  add_review (dataset, "r-early", "Serious Case Review: Child L", 2015);
  add_recommendation (dataset, "rec-late-1", "r-late", "3",
                      "The health visitor should escalate non-engagement by the parents.");
  add_recommendation (dataset, "rec-late-2", "r-late", "4",
                      "The board should audit the quality of recording.");
  add_recommendation (dataset, "rec-early-1", "r-early", "2",
                      "Health visitors to escalate parental non-engagement to their manager.");
  add_recommendation (dataset, "rec-early-2", "r-early", "5",
                      "Police to review domestic abuse notifications within a day.");
  scr_lesson_set_review_id (lesson, "r-late");
  scr_finding_set_review_id (finding, "r-early");
  g_assert_true (scr_dataset_add_lesson (dataset, lesson, NULL));
  g_assert_true (scr_dataset_add_finding (dataset, finding, NULL));
  return dataset;
}

static void
test_find (void)
{
  g_autoptr(ScrDataset) dataset = make_dataset ();
  ScrRepeatFinder *finder = scr_repeat_finder_new ();
  g_autoptr(GListModel) repeats = NULL;
  g_autoptr(ScrRepeat) repeat = NULL;
  g_autoptr(JsonNode) node = NULL;
  const char * const *shared;
  JsonObject *object;

  g_assert_cmpfloat (scr_repeat_finder_get_threshold (finder), ==,
                     SCR_REPEAT_FINDER_DEFAULT_THRESHOLD);
  repeats = scr_repeat_finder_find (finder, dataset);
  /* the recommendation repeats; the lesson and finding are of other kinds */
  g_assert_cmpuint (g_list_model_get_n_items (repeats), ==, 1);
  g_assert_true (g_list_model_get_item_type (repeats) == SCR_TYPE_REPEAT);
  repeat = g_list_model_get_item (repeats, 0);
  g_assert_cmpint (scr_repeat_get_kind (repeat), ==, SCR_REPEAT_KIND_RECOMMENDATION);
  g_assert_cmpstr (scr_repeat_get_item_id (repeat), ==, "rec-late-1");
  g_assert_cmpstr (scr_repeat_get_review_id (repeat), ==, "r-late");
  g_assert_cmpstr (scr_repeat_get_earlier_item_id (repeat), ==, "rec-early-1");
  g_assert_cmpstr (scr_repeat_get_earlier_review_id (repeat), ==, "r-early");
  g_assert_cmpfloat (scr_repeat_get_score (repeat), >=, SCR_REPEAT_FINDER_DEFAULT_THRESHOLD);
  g_assert_cmpfloat (scr_repeat_get_score (repeat), <=, 1.0);
  shared = scr_repeat_get_shared_words (repeat);
  g_assert_nonnull (shared);
  g_assert_true (g_strv_contains (shared, "escalate"));
  g_assert_true (g_strv_contains (shared, "engagement"));
  g_assert_true (g_str_has_prefix (scr_repeat_get_summary (repeat),
                                   "Recommendation 3 of Child B1 (2016) repeats "
                                   "Recommendation 2 of Child L (2015): 0."));
  node = scr_repeat_to_json (repeat);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "recommendation");
  g_assert_cmpstr (json_object_get_string_member (object, "earlier_item_id"), ==, "rec-early-1");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "shared_words")),
                    ==, g_strv_length ((char **) shared));

  /* a lower threshold also pairs the lesson with nothing: kinds differ */
  scr_repeat_finder_set_threshold (finder, 0.01);
  g_clear_object (&repeats);
  repeats = scr_repeat_finder_find (finder, dataset);
  for (guint i = 0; i < g_list_model_get_n_items (repeats); i++)
    {
      g_autoptr(ScrRepeat) r = g_list_model_get_item (repeats, i);

      g_assert_cmpint (scr_repeat_get_kind (r), ==, SCR_REPEAT_KIND_RECOMMENDATION);
      g_assert_cmpstr (scr_repeat_get_review_id (r), ==, "r-late");
    }
  g_clear_object (&repeat);
  g_clear_object (&repeats);
  g_assert_finalize_object (finder);
}

static void
test_undated_ties (void)
{
  g_autoptr(ScrDataset) dataset = scr_dataset_new ();
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();
  g_autoptr(GListModel) repeats = NULL;
  g_autoptr(ScrRepeat) repeat = NULL;

  /* undated: in the order of the dataset, after any dated review */
  add_review (dataset, "r-undated", "Review U", 0);
  add_review (dataset, "r-first", "Review A", 0);
  add_review (dataset, "r-dated", "Review D", 2019);
  add_recommendation (dataset, "u", "r-undated", "1", "Escalate missed health appointments.");
  add_recommendation (dataset, "a", "r-first", "1", "Escalate missed health appointments.");
  add_recommendation (dataset, "d", "r-dated", "1", "Escalate missed health appointments quickly.");
  repeats = scr_repeat_finder_find (finder, dataset);
  g_assert_cmpuint (g_list_model_get_n_items (repeats), ==, 3);
  /* d (2019), then u, then a: u repeats d; a repeats u, then d */
  repeat = g_list_model_get_item (repeats, 0);
  g_assert_cmpstr (scr_repeat_get_item_id (repeat), ==, "u");
  g_assert_cmpstr (scr_repeat_get_earlier_item_id (repeat), ==, "d");
  g_clear_object (&repeat);
  repeat = g_list_model_get_item (repeats, 1);
  g_assert_cmpstr (scr_repeat_get_item_id (repeat), ==, "a");
  g_assert_cmpstr (scr_repeat_get_earlier_item_id (repeat), ==, "u");
  g_assert_cmpfloat_with_epsilon (scr_repeat_get_score (repeat), 1.0, 1e-6);
  g_assert_nonnull (strstr (scr_repeat_get_summary (repeat), "of Review A (undated) repeats"));
  g_clear_object (&repeat);
  repeat = g_list_model_get_item (repeats, 2);
  g_assert_cmpstr (scr_repeat_get_earlier_item_id (repeat), ==, "d");
}

static void
test_similarity (void)
{
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();
  g_auto(GStrv) shared = NULL;
  double same, other;

  same = scr_repeat_finder_similarity (finder, "Escalate the non-engagement.",
                                       "Escalating non-engagement", &shared);
  g_assert_cmpfloat_with_epsilon (same, 1.0, 1e-6);
  g_assert_cmpstrv (shared, ((const char *[]) { "engagement", "escalate", "non", NULL }));
  other = scr_repeat_finder_similarity (finder, "Escalate the non-engagement.",
                                        "Audit the recording", NULL);
  g_assert_cmpfloat (other, ==, 0);
}

static void
test_threshold_property (void)
{
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();
  double value = 0;

  g_object_set (finder, "threshold", 0.7, NULL);
  g_object_get (finder, "threshold", &value, NULL);
  g_assert_cmpfloat (value, ==, 0.7);
  g_assert_cmpfloat (scr_repeat_finder_get_threshold (finder), ==, 0.7);
}

static void
test_misuse_threshold (void)
{
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*threshold > 0*");
  scr_repeat_finder_set_threshold (finder, 0);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*threshold <= 1*");
  scr_repeat_finder_set_threshold (finder, 1.5);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (scr_repeat_finder_get_threshold (finder), ==,
                     SCR_REPEAT_FINDER_DEFAULT_THRESHOLD);
}

static void
test_misuse_null (void)
{
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_DATASET*");
  g_assert_null (scr_repeat_finder_find (finder, NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*a != NULL*");
  g_assert_cmpfloat (scr_repeat_finder_similarity (finder, NULL, "x", NULL), ==, 0);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_REPEAT*");
  g_assert_null (scr_repeat_get_summary (NULL));
  g_test_assert_expected_messages ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/learning/repeat-finder/find", test_find);
  g_test_add_func ("/scr/learning/repeat-finder/undated-ties", test_undated_ties);
  g_test_add_func ("/scr/learning/repeat-finder/similarity", test_similarity);
  g_test_add_func ("/scr/learning/repeat-finder/threshold-property", test_threshold_property);
  g_test_add_func ("/scr/learning/repeat-finder/misuse-threshold", test_misuse_threshold);
  g_test_add_func ("/scr/learning/repeat-finder/misuse-null", test_misuse_null);
  return g_test_run ();
}
