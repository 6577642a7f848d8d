/* test-case.c: ScrCase.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-model-util.h"

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

/* The first facts and events are kept in the case itself and the rest
 * on the heap: values and order survive the move and removals on both
 * sides of it. */
static void
test_case_many_facts_events (void)
{
  ScrCase *kase = scr_case_new ("c", SCR_JURISDICTION_ENGLAND);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) facts = NULL;
  g_auto(GStrv) events = NULL;

  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("local_fact_%02u", i);
      g_autofree char *value = g_strdup_printf ("value %u", i);
      g_autoptr(ScrDate) date = scr_date_new (2020, 1 + i % 12, 1 + i % 28, NULL);
      g_autofree char *event = g_strdup_printf ("local_event_%02u", i);

      g_assert_true (scr_case_set_fact (kase, name, value, &error));
      g_assert_no_error (error);
      if (i < 20)
        scr_case_set_event (kase, event, date);
    }
  /* one removed from the first entries, one from beyond them */
  g_assert_true (scr_case_set_fact (kase, "local_fact_03", NULL, &error));
  g_assert_true (scr_case_set_fact (kase, "local_fact_50", NULL, &error));
  scr_case_set_event (kase, "local_event_02", NULL);
  scr_case_set_event (kase, "local_event_15", NULL);
  facts = scr_case_list_facts (kase);
  events = scr_case_list_events (kase);
  g_assert_cmpuint (g_strv_length (facts), ==, 68);
  g_assert_cmpuint (g_strv_length (events), ==, 18);
  g_assert_cmpstr (facts[3], ==, "local_fact_04");
  g_assert_cmpstr (facts[67], ==, "local_fact_69");
  g_assert_cmpstr (scr_case_get_fact (kase, "local_fact_69"), ==, "value 69");
  g_assert_cmpstr (scr_case_get_fact (kase, "local_fact_00"), ==, "value 0");
  g_assert_null (scr_case_get_fact (kase, "local_fact_50"));
  g_assert_cmpstr (events[2], ==, "local_event_03");
  g_assert_cmpint (scr_date_get_day (scr_case_get_event (kase, "local_event_19")), ==, 20);
  g_assert_null (scr_case_get_event (kase, "local_event_15"));
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

  g_test_add_func ("/scr/model/case/properties", test_case_properties);
  g_test_add_func ("/scr/model/case/facts-events", test_case_facts_events);
  g_test_add_func ("/scr/model/case/many-facts-events", test_case_many_facts_events);
  g_test_add_func ("/scr/model/case/json", test_case_json);
  g_test_add_func ("/scr/model/case/json-errors", test_case_json_errors);

  return g_test_run ();
}
