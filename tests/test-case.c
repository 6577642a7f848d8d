/* test-case.c: ScrCase, ScrPerson and ScrAgency.
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

static void
test_case_properties (void)
{
  ScrCase *kase = scr_case_new ("child-l", SCR_JURISDICTION_WALES);
  g_autoptr(ScrPerson) subject = scr_person_new ("s");
  g_autoptr(ScrPerson) mother = scr_person_new ("m");
  g_autoptr(ScrPerson) stranger = scr_person_new ("x");
  g_autoptr(ScrDate) date = scr_date_new (2011, 8, 1, NULL);
  const char *agencies[] = { "police", "health", NULL };

  g_assert_cmpstr (scr_case_get_id (kase), ==, "child-l");
  g_assert_cmpint (scr_case_get_jurisdiction (kase), ==, SCR_JURISDICTION_WALES);
  g_assert_cmpint (scr_case_get_incident_nature (kase), ==, SCR_INCIDENT_NATURE_UNKNOWN);
  g_assert_null (scr_case_get_subject (kase));
  g_assert_cmpstrv (scr_case_get_agency_ids (kase), ((const char *[]) { NULL }));

  watch (kase, "jurisdiction");
  scr_case_set_jurisdiction (kase, SCR_JURISDICTION_ENGLAND);
  scr_case_set_jurisdiction (kase, SCR_JURISDICTION_ENGLAND);
  g_assert_cmpuint (notify_count, ==, 1);

  watch (kase, "local-reference");
  scr_case_set_local_reference (kase, "CSPR-1");
  scr_case_set_local_reference (kase, "CSPR-1");
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpstr (scr_case_get_local_reference (kase), ==, "CSPR-1");
  scr_case_set_notification_id (kase, "SIN-7");
  g_assert_cmpstr (scr_case_get_notification_id (kase), ==, "SIN-7");
  scr_case_set_partnership (kase, "Cumbria LSCB");
  g_assert_cmpstr (scr_case_get_partnership (kase), ==, "Cumbria LSCB");
  scr_case_set_incident_location (kase, "home");
  g_assert_cmpstr (scr_case_get_incident_location (kase), ==, "home");

  watch (kase, "subject");
  scr_case_set_subject (kase, subject);
  scr_case_set_subject (kase, subject);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_true (scr_case_get_subject (kase) == subject);

  watch (kase, "incident-date");
  scr_case_set_incident_date (kase, date);
  scr_case_set_incident_date (kase, date);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_true (scr_date_equal (scr_case_get_incident_date (kase), date));
  scr_case_set_incident_nature (kase, SCR_INCIDENT_NATURE_DEATH);
  g_assert_cmpint (scr_case_get_incident_nature (kase), ==, SCR_INCIDENT_NATURE_DEATH);
  scr_case_set_became_aware (kase, date);
  g_assert_true (scr_date_equal (scr_case_get_became_aware (kase), date));
  scr_case_set_area_transition_date (kase, date);
  g_assert_true (scr_date_equal (scr_case_get_area_transition_date (kase), date));
  scr_case_set_area_transition_date (kase, NULL);
  g_assert_null (scr_case_get_area_transition_date (kase));

  watch (kase, "agency-ids");
  scr_case_set_agency_ids (kase, agencies);
  scr_case_set_agency_ids (kase, agencies);
  g_assert_cmpuint (notify_count, ==, 1);
  g_assert_cmpstrv (scr_case_get_agency_ids (kase), agencies);

  scr_case_add_person (kase, mother);
  g_assert_cmpuint (g_list_model_get_n_items (scr_case_get_people (kase)), ==, 1);
  g_assert_false (scr_case_remove_person (kase, stranger));
  g_assert_true (scr_case_remove_person (kase, mother));
  g_assert_cmpuint (g_list_model_get_n_items (scr_case_get_people (kase)), ==, 0);
  g_assert_finalize_object (kase);
}

static void
test_case_facts_events (void)
{
  ScrCase *kase = scr_case_new ("c", SCR_JURISDICTION_ENGLAND);
  g_autoptr(ScrDate) aware = scr_date_new_year_month (2011, 8, NULL);
  g_autoptr(ScrDate) later = scr_date_new (2014, 5, 1, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) facts = NULL;
  g_auto(GStrv) events = NULL;

  g_assert_null (scr_case_get_fact (kase, "died"));
  g_assert_true (scr_case_set_fact (kase, "died", "yes", &error));
  g_assert_no_error (error);
  g_assert_true (scr_case_set_fact (kase, "abuse_neglect", "suspected", &error));
  g_assert_true (scr_case_set_fact (kase, "a_new_fact", "whatever", &error));
  g_assert_true (scr_case_set_fact (kase, "died", "no", &error));
  g_assert_cmpstr (scr_case_get_fact (kase, "died"), ==, "no");
  facts = scr_case_list_facts (kase);
  g_assert_cmpstrv (facts, ((const char *[]) { "died", "abuse_neglect", "a_new_fact", NULL }));
  g_assert_true (scr_case_set_fact (kase, "died", NULL, &error));
  g_assert_null (scr_case_get_fact (kase, "died"));
  g_clear_pointer (&facts, g_strfreev);
  facts = scr_case_list_facts (kase);
  g_assert_cmpstrv (facts, ((const char *[]) { "abuse_neglect", "a_new_fact", NULL }));

  g_assert_null (scr_case_get_event (kase, "became_aware"));
  scr_case_set_event (kase, "review_initiated", later);
  scr_case_set_event (kase, "became_aware", aware);
  g_assert_true (scr_date_equal (scr_case_get_event (kase, "became_aware"), aware));
  events = scr_case_list_events (kase);
  g_assert_cmpstrv (events, ((const char *[]) { "review_initiated", "became_aware", NULL }));
  scr_case_set_event (kase, "review_initiated", NULL);
  g_assert_null (scr_case_get_event (kase, "review_initiated"));
  g_assert_finalize_object (kase);
}

static const char case_json[] =
  "{\"id\":\"child-l\",\"local_reference\":null,\"notification_id\":\"N1\","
  "\"jurisdiction\":\"england\",\"partnership\":\"Cumbria LSCB\","
  "\"subject\":{\"id\":\"s\",\"pseudonym\":\"Child L\",\"relationship\":\"subject\","
  "\"date_of_birth\":\"2011\",\"age\":null,\"sex\":\"male\",\"ethnicity\":null,"
  "\"disability\":\"unknown\",\"legal_status\":{\"looked_after\":\"no\","
  "\"child_protection_plan\":\"unknown\",\"child_in_need\":\"unknown\",\"care_leaver_age\":null,"
  "\"custody_setting\":\"no\",\"mha_detained\":\"no\",\"dol_order\":\"no\",\"extra\":1},\"z\":2},"
  "\"people\":[{\"id\":\"m\",\"pseudonym\":null,\"relationship\":\"Mother\","
  "\"date_of_birth\":null,\"age\":24,\"sex\":\"female\",\"ethnicity\":null,"
  "\"disability\":\"unknown\",\"legal_status\":{\"looked_after\":\"unknown\","
  "\"child_protection_plan\":\"unknown\",\"child_in_need\":\"unknown\",\"care_leaver_age\":null,"
  "\"custody_setting\":\"unknown\",\"mha_detained\":\"unknown\",\"dol_order\":\"unknown\"}}],"
  "\"incident\":{\"date\":\"2011\",\"nature\":\"death\",\"location\":null,"
  "\"became_aware\":\"2011-08\",\"police_ref\":\"P/1\"},"
  "\"area_transition_date\":null,"
  "\"facts\":{\"abuse_neglect\":\"suspected\",\"died\":\"yes\"},"
  "\"events\":{\"became_aware\":\"2011-08\",\"review_initiated\":\"2014-05\"},"
  "\"agency_ids\":[\"cumbria-police\"],\"local\":{\"k\":[true,null]}}";

static void
test_case_json (void)
{
  g_autoptr(JsonNode) input = parse (case_json);
  g_autoptr(ScrCase) kase = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScrPerson *subject;
  g_autoptr(ScrPerson) mother = NULL;

  kase = scr_case_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (scr_case_get_notification_id (kase), ==, "N1");
  subject = scr_case_get_subject (kase);
  g_assert_cmpstr (scr_person_get_pseudonym (subject), ==, "Child L");
  g_assert_cmpint (scr_person_get_looked_after (subject), ==, SCR_TRISTATE_NO);
  g_assert_cmpint (scr_date_get_precision (scr_person_get_date_of_birth (subject)), ==,
                   SCR_DATE_PRECISION_YEAR);
  mother = g_list_model_get_item (scr_case_get_people (kase), 0);
  g_assert_cmpint (scr_person_get_age (mother), ==, 24);
  g_assert_cmpint (scr_case_get_incident_nature (kase), ==, SCR_INCIDENT_NATURE_DEATH);
  g_assert_cmpstr (scr_case_get_fact (kase, "abuse_neglect"), ==, "suspected");
  g_assert_cmpint (scr_date_get_month (scr_case_get_event (kase, "became_aware")), ==, 8);

  output = scr_case_to_json (kase);
  text = to_text (output);
  g_assert_cmpstr (text, ==, case_json);
}

static void
test_case_json_errors (void)
{
  static const JsonErrorCase cases[] = {
    { "{\"jurisdiction\":\"england\"}", "id: required member is missing" },
    { "{\"id\":\"c\"}", "jurisdiction: required member is missing" },
    { "{\"id\":\"c\",\"jurisdiction\":\"france\"}", "jurisdiction: \"france\" is not one of" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"incident\":{\"date\":\"2014-02-30\"}}",
      "incident.date: \"2014-02-30\" is not a date" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"people\":[{},3]}",
      "people[1]: expected an object, found an integer" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"people\":[{\"age\":-4}]}",
      "people[0].age: -4 is outside 0..150" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"subject\":{\"disability\":true}}",
      "subject.disability: expected a string, found a boolean" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"facts\":{\"died\":1}}",
      "facts.died: expected a string, found an integer" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"events\":{\"decision\":\"2014-13\"}}",
      "events.decision: \"2014-13\" is not a date" },
    { "{\"id\":\"c\",\"jurisdiction\":\"wales\",\"agency_ids\":[\"a\",null]}",
      "agency_ids[1]: expected a string, found null" },
  };

  assert_json_errors (cases, G_N_ELEMENTS (cases), (NewFromJsonFunc) scr_case_new_from_json);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/agency/basics", test_agency);
  g_test_add_func ("/scr/model/person/basics", test_person);
  g_test_add_func ("/scr/model/case/properties", test_case_properties);
  g_test_add_func ("/scr/model/case/facts-events", test_case_facts_events);
  g_test_add_func ("/scr/model/case/json", test_case_json);
  g_test_add_func ("/scr/model/case/json-errors", test_case_json_errors);

  return g_test_run ();
}
