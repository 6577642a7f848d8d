/* test-theme.c: ScrTheme.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_theme (void)
{
  ScrTheme *theme = scr_theme_new ("t1", "Quality assessments");
  g_autoptr(ScrTheme) loaded = NULL;

  g_assert_true (SCR_IS_THEME (theme));
  g_assert_cmpstr (scr_theme_get_id (theme), ==, "t1");
  g_assert_cmpstr (scr_theme_get_title (theme), ==, "Quality assessments");
  g_assert_null (scr_theme_get_review_id (theme));
  g_assert_null (scr_theme_get_description (theme));
  STRING (theme, "id", theme, id, FALSE);
  STRING (theme, "review-id", theme, review_id, TRUE);
  STRING (theme, "title", theme, title, FALSE);
  STRING (theme, "description", theme, description, TRUE);

  loaded = check_round_trip (THEME_JSON, (FromJsonFunc) scr_theme_new_from_json,
                             (ToJsonFunc) scr_theme_to_json);
  g_assert_cmpstr (scr_theme_get_id (loaded), ==, "child-l-t1");
  g_assert_cmpstr (scr_theme_get_review_id (loaded), ==, "child-l-scr");
  g_assert_cmpstr (scr_theme_get_title (loaded), ==, "Working with resistant families");
  g_assert_null (scr_theme_get_description (loaded));
  g_assert_finalize_object (theme);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/theme/basics", test_theme);
  return g_test_run ();
}
