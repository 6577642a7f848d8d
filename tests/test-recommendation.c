/* test-recommendation.c: ScrRecommendation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_recommendation (void)
{
  ScrRecommendation *rec = scr_recommendation_new ("r1", "Review the protocol");
  g_autoptr(ScrRecommendation) loaded = NULL;

  g_assert_cmpstr (scr_recommendation_get_id (rec), ==, "r1");
  g_assert_cmpstr (scr_recommendation_get_text (rec), ==, "Review the protocol");
  g_assert_null (scr_recommendation_get_agency_id (rec));
  STRING (rec, "id", recommendation, id, FALSE);
  STRING (rec, "review-id", recommendation, review_id, TRUE);
  STRING (rec, "number", recommendation, number, TRUE);
  STRING (rec, "text", recommendation, text, FALSE);
  STRING (rec, "agency-id", recommendation, agency_id, TRUE);
  STRV (rec, "finding-ids", recommendation, finding_ids);
  STRV (rec, "lesson-ids", recommendation, lesson_ids);

  loaded = check_round_trip (RECOMMENDATION_JSON, (FromJsonFunc) scr_recommendation_new_from_json,
                             (ToJsonFunc) scr_recommendation_to_json);
  g_assert_cmpstr (scr_recommendation_get_agency_id (loaded), ==, "leicester-police");
  g_assert_cmpuint (g_strv_length ((char **) scr_recommendation_get_finding_ids (loaded)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) scr_recommendation_get_lesson_ids (loaded)), ==, 0);
  g_assert_finalize_object (rec);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/recommendation/basics", test_recommendation);
  return g_test_run ();
}
