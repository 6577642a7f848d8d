/* test-person.c: ScrPerson.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-model-util.h"

static void
test_person (void)
{
  ScrPerson *person = scr_person_new ("child-l");
  g_autoptr(ScrDate) dob = scr_date_new_year (2011, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(ScrPerson) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  static const struct {
    const char *property;
    ScrTristate (*get) (ScrPerson *);
    void (*set) (ScrPerson *, ScrTristate);
  } tristates[] = {
    { "disability", scr_person_get_disability, scr_person_set_disability },
    { "looked-after", scr_person_get_looked_after, scr_person_set_looked_after },
    { "child-protection-plan", scr_person_get_child_protection_plan,
      scr_person_set_child_protection_plan },
    { "child-in-need", scr_person_get_child_in_need, scr_person_set_child_in_need },
    { "custody-setting", scr_person_get_custody_setting, scr_person_set_custody_setting },
    { "mha-detained", scr_person_get_mha_detained, scr_person_set_mha_detained },
    { "dol-order", scr_person_get_dol_order, scr_person_set_dol_order },
  };

  g_assert_cmpstr (scr_person_get_id (person), ==, "child-l");
  g_assert_null (scr_person_get_pseudonym (person));
  g_assert_cmpint (scr_person_get_age (person), ==, -1);
  g_assert_cmpint (scr_person_get_care_leaver_age (person), ==, -1);
  g_assert_null (scr_person_get_date_of_birth (person));

  watch (person, "pseudonym");
  scr_person_set_pseudonym (person, "Child L");
  scr_person_set_pseudonym (person, "Child L");
  g_assert_cmpuint (notify_count, ==, 1);
  scr_person_set_relationship (person, "subject");
  scr_person_set_sex (person, "male");
  scr_person_set_ethnicity (person, "White British");
  watch (person, "date-of-birth");
  scr_person_set_date_of_birth (person, dob);
  scr_person_set_date_of_birth (person, dob);
  g_assert_cmpuint (notify_count, ==, 1);
  watch (person, "age");
  scr_person_set_age (person, 0);
  scr_person_set_age (person, 0);
  g_assert_cmpuint (notify_count, ==, 1);
  scr_person_set_care_leaver_age (person, 19);

  for (guint i = 0; i < G_N_ELEMENTS (tristates); i++)
    {
      g_assert_cmpint (tristates[i].get (person), ==, SCR_TRISTATE_UNKNOWN);
      watch (person, tristates[i].property);
      tristates[i].set (person, i % 2 ? SCR_TRISTATE_YES : SCR_TRISTATE_NO);
      tristates[i].set (person, i % 2 ? SCR_TRISTATE_YES : SCR_TRISTATE_NO);
      g_assert_cmpuint (notify_count, ==, 1);
      g_assert_cmpint (tristates[i].get (person), ==, i % 2 ? SCR_TRISTATE_YES : SCR_TRISTATE_NO);
    }
  g_assert_cmpstr (scr_person_get_relationship (person), ==, "subject");
  g_assert_cmpstr (scr_person_get_sex (person), ==, "male");
  g_assert_cmpstr (scr_person_get_ethnicity (person), ==, "White British");
  g_assert_true (scr_date_equal (scr_person_get_date_of_birth (person), dob));

  node = scr_person_to_json (person);
  text = to_text (node);
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"child-l\",\"pseudonym\":\"Child L\",\"relationship\":\"subject\","
                   "\"date_of_birth\":\"2011\",\"age\":0,\"sex\":\"male\","
                   "\"ethnicity\":\"White British\",\"disability\":\"no\","
                   "\"legal_status\":{\"looked_after\":\"yes\",\"child_protection_plan\":\"no\","
                   "\"child_in_need\":\"yes\",\"care_leaver_age\":19,\"custody_setting\":\"no\","
                   "\"mha_detained\":\"yes\",\"dol_order\":\"no\"}}");

  /* unknown members at both levels survive; missing ones read as unknown */
  input = parse ("{\"pseudonym\":\"Mother\",\"legal_status\":{\"secure\":true},\"note\":\"n\"}");
  copy = scr_person_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_null (scr_person_get_id (copy));
  g_assert_cmpint (scr_person_get_looked_after (copy), ==, SCR_TRISTATE_UNKNOWN);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  node = scr_person_to_json (copy);
  text = to_text (node);
  g_assert_cmpstr (text, ==,
                   "{\"id\":null,\"pseudonym\":\"Mother\",\"relationship\":null,"
                   "\"date_of_birth\":null,\"age\":null,\"sex\":null,\"ethnicity\":null,"
                   "\"disability\":\"unknown\",\"legal_status\":{\"looked_after\":\"unknown\","
                   "\"child_protection_plan\":\"unknown\",\"child_in_need\":\"unknown\","
                   "\"care_leaver_age\":null,\"custody_setting\":\"unknown\","
                   "\"mha_detained\":\"unknown\",\"dol_order\":\"unknown\",\"secure\":true},"
                   "\"note\":\"n\"}");

  g_clear_pointer (&input, json_node_unref);
  g_clear_object (&copy);
  input = parse ("{\"legal_status\":{\"care_leaver_age\":31}}");
  copy = scr_person_new_from_json (input, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, "legal_status.care_leaver_age: 31 is outside 0..30");
  g_assert_null (copy);
  g_assert_finalize_object (person);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/person/basics", test_person);

  return g_test_run ();
}
