/* test-lesson.c: ScrLesson.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_lesson (void)
{
  ScrLesson *lesson = scr_lesson_new ("l1", "Care leavers may need more support");
  g_autoptr(ScrLesson) loaded = NULL;

  g_assert_cmpstr (scr_lesson_get_id (lesson), ==, "l1");
  g_assert_cmpstr (scr_lesson_get_text (lesson), ==, "Care leavers may need more support");
  STRING (lesson, "id", lesson, id, FALSE);
  STRING (lesson, "review-id", lesson, review_id, TRUE);
  STRING (lesson, "number", lesson, number, TRUE);
  STRING (lesson, "finding-id", lesson, finding_id, TRUE);
  STRING (lesson, "text", lesson, text, FALSE);
  STRV (lesson, "linked-lesson-ids", lesson, linked_lesson_ids);

  loaded = check_round_trip (LESSON_JSON, (FromJsonFunc) scr_lesson_new_from_json,
                             (ToJsonFunc) scr_lesson_to_json);
  g_assert_cmpstr (scr_lesson_get_number (loaded), ==, "L2.1");
  g_assert_cmpstr (scr_lesson_get_finding_id (loaded), ==, "child-l-f2");
  /* "Linked to N2.1": a lesson of another review */
  g_assert_cmpstr (scr_lesson_get_linked_lesson_ids (loaded)[0], ==, "child-n-n2-1");
  g_assert_finalize_object (lesson);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/lesson/basics", test_lesson);
  return g_test_run ();
}
