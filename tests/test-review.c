/* test-review.c: ScrReview.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "test-model-util.h"

static void
test_review_properties (void)
{
  ScrReview *review = scr_review_new ("r1", SCR_REVIEW_TYPE_LCSPR);
  g_autoptr(ScrDate) from = scr_date_new (2010, 10, 20, NULL);
  g_autoptr(ScrDate) to = scr_date_new (2014, 8, 27, NULL);
  const char *terms[] = { "How agencies shared information", "Working with resistant families", NULL };
  const char *agencies[] = { "police", NULL };
  static const struct {
    const char *property;
    const char *(*get) (ScrReview *);
    void (*set) (ScrReview *, const char *);
  } strings[] = {
    { "case-id", scr_review_get_case_id, scr_review_set_case_id },
    { "title", scr_review_get_title, scr_review_set_title },
    { "partnership", scr_review_get_partnership, scr_review_set_partnership },
    { "lead-reviewer", scr_review_get_lead_reviewer, scr_review_set_lead_reviewer },
    { "panel-chair", scr_review_get_panel_chair, scr_review_set_panel_chair },
    { "methodology", scr_review_get_methodology, scr_review_set_methodology },
  };

  g_assert_cmpstr (scr_review_get_id (review), ==, "r1");
  g_assert_cmpint (scr_review_get_review_type (review), ==, SCR_REVIEW_TYPE_LCSPR);
  g_assert_cmpint (scr_review_get_status (review), ==, SCR_REVIEW_STATUS_PROPOSED);
  g_assert_cmpint (scr_review_get_stage (review), ==, SCR_REVIEW_STAGE_REFERRAL);
  g_assert_cmpstrv (scr_review_get_terms_of_reference (review), ((const char *[]) { NULL }));

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_assert_null (strings[i].get (review));
      watch (review, strings[i].property);
      strings[i].set (review, strings[i].property);
      strings[i].set (review, strings[i].property);
      g_assert_cmpuint (notify_count, ==, 1);
      g_assert_cmpstr (strings[i].get (review), ==, strings[i].property);
      strings[i].set (review, NULL);
      g_assert_cmpuint (notify_count, ==, 2);
      g_assert_null (strings[i].get (review));
    }

  watch (review, "review-type");
  scr_review_set_review_type (review, SCR_REVIEW_TYPE_WALES_CPR_EXTENDED);
  scr_review_set_review_type (review, SCR_REVIEW_TYPE_WALES_CPR_EXTENDED);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpint (scr_review_get_review_type (review), ==, SCR_REVIEW_TYPE_WALES_CPR_EXTENDED);
  watch (review, "status");
  scr_review_set_status (review, SCR_REVIEW_STATUS_IN_PROGRESS);
  scr_review_set_status (review, SCR_REVIEW_STATUS_IN_PROGRESS);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpint (scr_review_get_status (review), ==, SCR_REVIEW_STATUS_IN_PROGRESS);
  watch (review, "stage");
  scr_review_set_stage (review, SCR_REVIEW_STAGE_ANALYSIS);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpint (scr_review_get_stage (review), ==, SCR_REVIEW_STAGE_ANALYSIS);

  watch (review, "terms-of-reference");
  scr_review_set_terms_of_reference (review, terms);
  scr_review_set_terms_of_reference (review, terms);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpstrv (scr_review_get_terms_of_reference (review), terms);
  watch (review, "agency-ids");
  scr_review_set_agency_ids (review, agencies);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpstrv (scr_review_get_agency_ids (review), agencies);
  scr_review_set_agency_ids (review, NULL);
  g_assert_cmpuint (notify_count, ==, 2);
  g_assert_cmpstrv (scr_review_get_agency_ids (review), ((const char *[]) { NULL }));

  watch (review, "timeframe-from");
  scr_review_set_timeframe_from (review, from);
  scr_review_set_timeframe_from (review, from);
  g_assert_cmpuint (notify_count, ==, 1);
  scr_review_set_timeframe_to (review, to);
  g_assert_true (scr_date_equal (scr_review_get_timeframe_from (review), from));
  g_assert_true (scr_date_equal (scr_review_get_timeframe_to (review), to));
  g_assert_finalize_object (review);
}

static void
test_review_milestones (void)
{
  ScrReview *review = scr_review_new ("r1", SCR_REVIEW_TYPE_SCR);
  g_autoptr(ScrMilestone) referred = scr_milestone_new (SCR_MILESTONE_KIND_REFERRED);
  g_autoptr(ScrMilestone) decision = scr_milestone_new (SCR_MILESTONE_KIND_DECISION);
  g_autoptr(ScrMilestone) decision2 = scr_milestone_new (SCR_MILESTONE_KIND_DECISION);
  GListModel *milestones = scr_review_get_milestones (review);

  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 0);
  g_assert_null (scr_review_lookup_milestone (review, SCR_MILESTONE_KIND_DECISION));
  scr_review_add_milestone (review, referred);
  scr_review_add_milestone (review, decision);
  scr_review_add_milestone (review, decision2);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 3);
  g_assert_true (scr_review_lookup_milestone (review, SCR_MILESTONE_KIND_DECISION) == decision);
  g_assert_null (scr_review_lookup_milestone (review, SCR_MILESTONE_KIND_PUBLICATION));
  g_assert_true (scr_review_remove_milestone (review, decision));
  g_assert_false (scr_review_remove_milestone (review, decision));
  g_assert_true (scr_review_lookup_milestone (review, SCR_MILESTONE_KIND_DECISION) == decision2);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 2);
  g_assert_finalize_object (review);
}

static const char review_json[] =
  "{\"id\":\"child-l-scr\",\"case_id\":\"child-l\",\"type\":\"scr\",\"title\":\"SCR Child L\","
  "\"partnership\":\"Cumbria LSCB\",\"status\":\"published\",\"stage\":\"action-plan\","
  "\"terms_of_reference\":[\"Information sharing\"],"
  "\"timeframe\":{\"from\":\"2010-10-20\",\"to\":\"2014-08-27\",\"basis\":\"birth\"},"
  "\"lead_reviewer\":null,\"panel_chair\":\"J Smith\",\"methodology\":null,"
  "\"agency_ids\":[\"police\"],"
  "\"milestones\":[{\"kind\":\"decision\",\"planned\":null,\"date\":\"2014-03\",\"note\":null},"
  "{\"kind\":\"publication\",\"planned\":\"2016\",\"date\":null,\"note\":\"delayed\",\"why\":\"trial\"}],"
  "\"funding\":1200}";

static void
test_review_json (void)
{
  g_autoptr(JsonNode) input = parse (review_json);
  g_autoptr(GError) error = NULL;
  ScrReview *review = scr_review_new_from_json (input, &error);
  g_autoptr(JsonNode) output = NULL;
  g_autofree char *text = NULL;
  ScrMilestone *publication;

  g_assert_no_error (error);
  g_assert_cmpint (scr_review_get_status (review), ==, SCR_REVIEW_STATUS_PUBLISHED);
  g_assert_cmpint (scr_review_get_stage (review), ==, SCR_REVIEW_STAGE_ACTION_PLAN);
  g_assert_cmpstr (scr_review_get_panel_chair (review), ==, "J Smith");
  publication = scr_review_lookup_milestone (review, SCR_MILESTONE_KIND_PUBLICATION);
  g_assert_nonnull (publication);
  g_assert_cmpstr (scr_milestone_get_note (publication), ==, "delayed");

  output = scr_review_to_json (review);
  text = to_text (output);
  g_assert_cmpstr (text, ==, review_json);
  g_assert_finalize_object (review);
}

/* The tracker's members, added after 1.0: a partial sign-off date, kept
 * as written; absent when unset (review_json above saves unchanged). */
static const char tracker_json[] =
  "{\"id\":\"r2\",\"case_id\":null,\"type\":\"lcspr\",\"title\":null,\"partnership\":null,"
  "\"status\":\"completed\",\"stage\":\"publication\",\"terms_of_reference\":[],"
  "\"timeframe\":{\"from\":null,\"to\":null},\"lead_reviewer\":null,\"panel_chair\":null,"
  "\"methodology\":null,\"agency_ids\":[],\"steis_number\":\"2021/12345\","
  "\"signed_off\":\"2021-11\",\"dissemination\":[\"7-minute briefing\",\"learning event\"],"
  "\"milestones\":[]}";

static void
test_review_tracker_members (void)
{
  g_autoptr(JsonNode) input = parse (tracker_json);
  g_autoptr(GError) error = NULL;
  ScrReview *review = scr_review_new_from_json (input, &error);
  g_autoptr(JsonNode) output = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ScrDate) day = scr_date_new (2021, 11, 30, NULL);
  const char *activities[] = { "learning event", NULL };
  const ScrDate *signed_off;

  g_assert_no_error (error);
  g_assert_cmpstr (scr_review_get_steis_number (review), ==, "2021/12345");
  signed_off = scr_review_get_signed_off (review);
  g_assert_nonnull (signed_off);
  g_assert_cmpint (scr_date_get_precision (signed_off), ==, SCR_DATE_PRECISION_MONTH);
  g_assert_cmpstr (scr_review_get_dissemination (review)[0], ==, "7-minute briefing");
  g_assert_cmpuint (g_strv_length ((char **) scr_review_get_dissemination (review)), ==, 2);

  output = scr_review_to_json (review);
  text = to_text (output);
  g_assert_cmpstr (text, ==, tracker_json);

  scr_review_set_signed_off (review, day);
  g_assert_true (scr_date_equal (scr_review_get_signed_off (review), day));
  scr_review_set_dissemination (review, activities);
  g_assert_cmpstr (scr_review_get_dissemination (review)[0], ==, "learning event");
  scr_review_set_steis_number (review, NULL);
  scr_review_set_signed_off (review, NULL);
  scr_review_set_dissemination (review, NULL);
  g_assert_null (scr_review_get_steis_number (review));
  g_assert_null (scr_review_get_signed_off (review));
  g_assert_null (scr_review_get_dissemination (review)[0]);
  {
    g_autoptr(JsonNode) unset = scr_review_to_json (review);
    g_autofree char *unset_text = to_text (unset);

    g_assert_null (strstr (unset_text, "steis_number"));
    g_assert_null (strstr (unset_text, "signed_off"));
    g_assert_null (strstr (unset_text, "dissemination"));
  }
  g_assert_finalize_object (review);
}

static void
test_review_json_errors (void)
{
  static const JsonErrorCase cases[] = {
    { "{\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\"}",
      "id: required member is missing" },
    { "{\"id\":\"r\",\"type\":\"SCR\",\"status\":\"proposed\",\"stage\":\"referral\"}",
      "type: \"SCR\" is not one of" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"stage\":\"referral\"}",
      "status: required member is missing" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":7}",
      "stage: expected a string, found an integer" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"timeframe\":{\"from\":\"2014-02-30\"}}",
      "timeframe.from: \"2014-02-30\" is not a date" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"milestones\":[{\"kind\":\"decision\"},{\"kind\":\"lunch\"}]}",
      "milestones[1].kind: \"lunch\" is not one of" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"terms_of_reference\":\"one\"}",
      "terms_of_reference: expected an array, found a string" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"signed_off\":\"2021-13\"}",
      "signed_off: \"2021-13\" is not a date" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"steis_number\":2021}",
      "steis_number: expected a string, found an integer" },
    { "{\"id\":\"r\",\"type\":\"scr\",\"status\":\"proposed\",\"stage\":\"referral\","
      "\"dissemination\":[\"learning event\",3]}",
      "dissemination[1]: expected a string" },
  };

  assert_json_errors (cases, G_N_ELEMENTS (cases), (NewFromJsonFunc) scr_review_new_from_json);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/review/properties", test_review_properties);
  g_test_add_func ("/scr/model/review/milestones", test_review_milestones);
  g_test_add_func ("/scr/model/review/json", test_review_json);
  g_test_add_func ("/scr/model/review/tracker-members", test_review_tracker_members);
  g_test_add_func ("/scr/model/review/json-errors", test_review_json_errors);

  return g_test_run ();
}
