/* test-chronology-event.c: ScrChronologyEvent.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-model-util.h"

static void
test_chronology_event (void)
{
  g_autoptr(ScrDate) date = scr_date_new_year_month (2011, 11, NULL);
  ScrChronologyEvent *event = scr_chronology_event_new ("e1", date, "Referral to CSC");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(ScrChronologyEvent) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (scr_chronology_event_get_id (event), ==, "e1");
  g_assert_cmpstr (scr_chronology_event_get_text (event), ==, "Referral to CSC");
  g_assert_true (scr_date_equal (scr_chronology_event_get_date (event), date));
  g_assert_null (scr_chronology_event_get_review_id (event));

  watch (event, "review-id");
  scr_chronology_event_set_review_id (event, "r1");
  scr_chronology_event_set_review_id (event, "r1");
  g_assert_cmpuint (notify_count, ==, 1);
  watch (event, "case-id");
  scr_chronology_event_set_case_id (event, "c1");
  scr_chronology_event_set_case_id (event, "c1");
  g_assert_cmpuint (notify_count, ==, 1);
  watch (event, "agency-id");
  scr_chronology_event_set_agency_id (event, "police");
  scr_chronology_event_set_agency_id (event, "police");
  g_assert_cmpuint (notify_count, ==, 1);
  watch (event, "text");
  scr_chronology_event_set_text (event, "Strategy meeting");
  g_assert_cmpuint (notify_count, ==, 1);
  watch (event, "date");
  scr_chronology_event_set_date (event, NULL);
  scr_chronology_event_set_date (event, NULL);
  g_assert_cmpuint (notify_count, ==, 1);
  scr_chronology_event_set_date (event, date);
  g_assert_cmpstr (scr_chronology_event_get_review_id (event), ==, "r1");
  g_assert_cmpstr (scr_chronology_event_get_case_id (event), ==, "c1");
  g_assert_cmpstr (scr_chronology_event_get_agency_id (event), ==, "police");
  g_assert_cmpstr (scr_chronology_event_get_text (event), ==, "Strategy meeting");

  node = scr_chronology_event_to_json (event);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"id\":\"e1\",\"review_id\":\"r1\",\"case_id\":\"c1\","
                             "\"date\":\"2011-11\",\"agency_id\":\"police\","
                             "\"text\":\"Strategy meeting\"}");

  input = parse ("{\"id\":\"e2\",\"date\":\"2014\",\"text\":\"t\",\"source\":{\"page\":4}}");
  copy = scr_chronology_event_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scr_date_get_precision (scr_chronology_event_get_date (copy)), ==,
                   SCR_DATE_PRECISION_YEAR);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  node = scr_chronology_event_to_json (copy);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"id\":\"e2\",\"review_id\":null,\"case_id\":null,\"date\":\"2014\","
                             "\"agency_id\":null,\"text\":\"t\",\"source\":{\"page\":4}}");

  g_clear_pointer (&input, json_node_unref);
  g_clear_object (&copy);
  input = parse ("{\"id\":\"e3\",\"date\":\"November 2011\"}");
  copy = scr_chronology_event_new_from_json (input, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_true (g_str_has_prefix (error->message, "date: \"November 2011\" is not a date"));
  g_assert_null (copy);
  g_assert_finalize_object (event);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/chronology-event/basics", test_chronology_event);

  return g_test_run ();
}
