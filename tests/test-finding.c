/* test-finding.c: ScrFinding.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_finding (void)
{
  ScrFinding *finding = scr_finding_new ("f1", "Assessments were static");
  g_autoptr(ScrFinding) loaded = NULL;

  g_assert_cmpstr (scr_finding_get_id (finding), ==, "f1");
  g_assert_cmpstr (scr_finding_get_text (finding), ==, "Assessments were static");
  g_assert_null (scr_finding_get_number (finding));
  g_assert_null (scr_finding_get_title (finding));
  g_assert_null (scr_finding_get_review_id (finding));
  g_assert_cmpuint (g_strv_length ((char **) scr_finding_get_theme_ids (finding)), ==, 0);
  STRING (finding, "id", finding, id, FALSE);
  STRING (finding, "review-id", finding, review_id, TRUE);
  STRING (finding, "number", finding, number, TRUE);
  STRING (finding, "title", finding, title, TRUE);
  STRING (finding, "text", finding, text, FALSE);
  STRV (finding, "theme-ids", finding, theme_ids);

  loaded = check_round_trip (FINDING_JSON, (FromJsonFunc) scr_finding_new_from_json,
                             (ToJsonFunc) scr_finding_to_json);
  g_assert_cmpstr (scr_finding_get_number (loaded), ==, "L1");
  g_assert_cmpstr (scr_finding_get_theme_ids (loaded)[0], ==, "child-l-t1");
  g_assert_null (scr_finding_get_theme_ids (loaded)[1]);
  g_assert_finalize_object (finding);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/finding/basics", test_finding);
  return g_test_run ();
}
