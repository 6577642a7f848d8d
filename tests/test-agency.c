/* test-agency.c: ScrAgency.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-model-util.h"

static void
test_agency (void)
{
  ScrAgency *agency = scr_agency_new ("cumbria-police", "Cumbria Police",
                                                SCR_AGENCY_SECTOR_POLICE);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(ScrAgency) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (scr_agency_get_id (agency), ==, "cumbria-police");
  g_assert_cmpstr (scr_agency_get_name (agency), ==, "Cumbria Police");
  g_assert_cmpint (scr_agency_get_sector (agency), ==, SCR_AGENCY_SECTOR_POLICE);

  watch (agency, "name");
  scr_agency_set_name (agency, "Cumbria Constabulary");
  scr_agency_set_name (agency, "Cumbria Constabulary");
  g_assert_cmpuint (notify_count, ==, 1);
  watch (agency, "sector");
  scr_agency_set_sector (agency, SCR_AGENCY_SECTOR_PARTNERSHIP);
  scr_agency_set_sector (agency, SCR_AGENCY_SECTOR_PARTNERSHIP);
  g_assert_cmpuint (notify_count, ==, 1);

  /* a value outside the enum is refused */
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*g_enum_get_value*");
  scr_agency_set_sector (agency, (ScrAgencySector) 99);
  g_test_assert_expected_messages ();
  g_assert_cmpint (scr_agency_get_sector (agency), ==, SCR_AGENCY_SECTOR_PARTNERSHIP);

  node = scr_agency_to_json (agency);
  text = to_text (node);
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"cumbria-police\",\"name\":\"Cumbria Constabulary\","
                   "\"sector\":\"partnership\"}");

  input = parse ("{\"id\":\"a\",\"name\":\"A\",\"sector\":\"youth-justice\",\"x\":[1,2]}");
  copy = scr_agency_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scr_agency_get_sector (copy), ==, SCR_AGENCY_SECTOR_YOUTH_JUSTICE);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  node = scr_agency_to_json (copy);
  text = to_text (node);
  g_assert_cmpstr (text, ==, "{\"id\":\"a\",\"name\":\"A\",\"sector\":\"youth-justice\",\"x\":[1,2]}");

  g_clear_pointer (&input, json_node_unref);
  g_clear_object (&copy);
  input = parse ("{\"id\":\"a\",\"sector\":\"army\"}");
  copy = scr_agency_new_from_json (input, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_null (copy);
  g_assert_true (g_str_has_prefix (error->message, "sector: \"army\" is not one of"));
  g_clear_error (&error);

  g_clear_pointer (&input, json_node_unref);
  input = parse ("[1]");
  copy = scr_agency_new_from_json (input, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_null (copy);
  g_assert_finalize_object (agency);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/agency/basics", test_agency);

  return g_test_run ();
}
