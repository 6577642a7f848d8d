/* test-facts.c: the fact catalogue (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

static void
test_facts_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = scr_facts_list_names ();
  g_auto(GStrv) events = scr_facts_list_events ();
  static const char *const spec_inputs[] = {
    "abuse_neglect", "died", "serious_harm", "suspected_suicide", "interagency_concern",
    "custody_setting", "mha_1983_detained", "dol_order_16_17", "looked_after_at_death",
    "regulated_setting", "incident_location", "normal_residence", "child_caused_serious_harm_to_other",
    "care_leaver_age", "panel_considered_local_more_appropriate", "potentially_life_threatening_injury",
    "serious_permanent_impairment", "within_board_area",
  };
  static const char *const timeline_events[] = {
    "became_aware", "notification_sent", "rapid_review_completed", "decision", "review_initiated",
    "intended_publication", "published",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (spec_inputs); i++)
    {
      g_assert_true (g_strv_contains ((const char * const *) names, spec_inputs[i]));
      g_assert_true (scr_facts_is_known (spec_inputs[i]));
      g_assert_nonnull (scr_facts_get_description (spec_inputs[i]));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (timeline_events); i++)
    {
      g_assert_true (g_strv_contains ((const char * const *) events, timeline_events[i]));
      g_assert_true (scr_facts_is_event (timeline_events[i]));
      g_assert_nonnull (scr_facts_get_event_description (timeline_events[i]));
    }
  g_assert_false (scr_facts_is_event ("abuse_neglect"));
  g_assert_null (scr_facts_get_event_description ("nothing"));
  g_assert_null (scr_facts_get_description ("nothing"));
  g_assert_null (scr_facts_get_values ("nothing"));
  g_assert_null (scr_facts_get_values ("age"));
  g_assert_true (scr_facts_is_integer ("age"));
  g_assert_false (scr_facts_is_integer ("died"));
  g_assert_cmpstrv (scr_facts_get_values ("abuse_neglect"),
                    ((const char *[]) { "known", "suspected", "not_suspected", "unknown", NULL }));

  g_assert_true (scr_facts_check ("abuse_neglect", "suspected", &error));
  g_assert_true (scr_facts_check ("abuse_neglect", "unknown", &error));
  g_assert_true (scr_facts_check ("age", "17", &error));
  g_assert_true (scr_facts_check ("a_fact_from_the_future", "whatever", &error));
  g_assert_no_error (error);
  g_assert_false (scr_facts_check ("abuse_neglect", "yes", &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==,
                   "fact abuse_neglect: \"yes\" is not allowed (expected one of: known, suspected, not_suspected, unknown)");
  g_clear_error (&error);
  g_assert_false (scr_facts_check ("age", "seventeen", &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_false (scr_facts_check ("age", "200", &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/facts/catalogue", test_facts_catalogue);

  return g_test_run ();
}
