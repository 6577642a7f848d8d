/* test-learning.c: the learning classes together: round trips of new
 * objects, load errors, enums, construct properties and misuse.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

static void
test_new_objects_round_trip (void)
{
  /* What a program builds and saves loads back to the same bytes. */
  g_autoptr(ScrAudit) audit = scr_audit_new ("a", "t");
  g_autoptr(ScrAuditMeasure) measure = scr_audit_measure_new ("m", 19, 32);
  g_autoptr(ScrAction) action = scr_action_new ("x", "y");
  g_autoptr(ScrDate) due = scr_date_new_year (2017, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ScrAudit) audit2 = NULL;
  g_autoptr(ScrAction) action2 = NULL;

  scr_audit_add_measure (audit, measure);
  scr_audit_set_sample_size (audit, 32);
  node = scr_audit_to_json (audit);
  text = write_compact (node);
  audit2 = check_round_trip (text, (FromJsonFunc) scr_audit_new_from_json,
                             (ToJsonFunc) scr_audit_to_json);
  g_assert_cmpint (scr_audit_get_sample_size (audit2), ==, 32);

  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  scr_action_set_due_date (action, due);
  scr_action_set_rag (action, SCR_RAG_GREEN);
  node = scr_action_to_json (action);
  text = write_compact (node);
  action2 = check_round_trip (text, (FromJsonFunc) scr_action_new_from_json,
                              (ToJsonFunc) scr_action_to_json);
  g_assert_cmpint (scr_action_get_rag (action2), ==, SCR_RAG_GREEN);
}

typedef struct {
  FromJsonFunc from_json;
  const char *json;
  const char *message;
} ErrorCase;

#define AUDIT_WITH(measures) \
  "{\"id\":\"a\",\"title\":\"t\",\"measures\":[" measures "]}"

static void
test_load_errors (void)
{
  const ErrorCase cases[] = {
    { (FromJsonFunc) scr_theme_new_from_json, "{}", "id: required member is missing" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"\",\"title\":\"x\"}", "id: must not be empty" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"t\",\"title\":null}", "title: required member is null" },
    { (FromJsonFunc) scr_theme_new_from_json, "[]", "expected a JSON object" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"t\",\"title\":\"x\",\"description\":[]}",
      "description: expected a string, found an array" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\",\"text\":\"x\",\"theme_ids\":[\"a\",1]}",
      "theme_ids[1]: expected a string, found an integer" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\",\"text\":\"x\",\"theme_ids\":\"a\"}",
      "theme_ids: expected an array, found a string" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\"}", "text: required member is missing" },
    { (FromJsonFunc) scr_lesson_new_from_json, "{\"id\":\"l\",\"text\":3}",
      "text: expected a string, found an integer" },
    { (FromJsonFunc) scr_lesson_new_from_json, "{\"id\":\"l\",\"text\":\"x\",\"linked_lesson_ids\":{}}",
      "linked_lesson_ids: expected an array, found an object" },
    { (FromJsonFunc) scr_recommendation_new_from_json, "{\"id\":\"r\",\"text\":\"x\",\"agency_id\":true}",
      "agency_id: expected a string, found a boolean" },
    { (FromJsonFunc) scr_recommendation_new_from_json, "{\"id\":\"r\",\"text\":\"x\",\"lesson_ids\":[null]}",
      "lesson_ids[0]: expected a string, found null" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"due\":\"2016-13\"}",
      "due: \"2016-13\" is not a date: month 13 is outside 1..12" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"completed\":\"2016-02-30\"}",
      "completed: \"2016-02-30\" is not a date: February 2016 has no day 30" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"due\":20160901}",
      "due: expected a date string (YYYY-MM-DD), found an integer" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"status\":\"done\"}",
      "status: \"done\" is not one of \"not-started\", \"in-progress\", \"completed\", \"overdue\", \"superseded\", \"unknown\"" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"rag\":\"purple\"}",
      "rag: \"purple\" is not one of \"none\", \"red\", \"amber\", \"green\", \"blue\"" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"type\":\"external\"}",
      "type: \"external\" is not one of \"multi-agency\", \"single-agency\", \"thematic\", "
      "\"section-11\", \"case-file\", \"other\"" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"date_reported\":\"June 2015\"}",
      "date_reported: \"June 2015\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":\"32\"}",
      "sample: expected an object, found a string" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":{\"size\":-3}}",
      "sample.size: -3 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":{\"description\":5}}",
      "sample.description: expected a string, found an integer" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"findings\":[\"x\",[]]}",
      "findings[1]: expected a string, found an array" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"measures\":{}}",
      "measures: expected an array, found an object" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":2},"
                  "{\"label\":\"b\",\"numerator\":0,\"denominator\":0}"),
      "measures[1].denominator: must be more than 0 (the number of cases looked at)" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":40,\"denominator\":32}"),
      "measures[0].numerator: 40 is more than the denominator 32" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":-1,\"denominator\":32}"),
      "measures[0].numerator: -1 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1.5,\"denominator\":32}"),
      "measures[0].numerator: expected an integer, found a number" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":99999999999}"),
      "measures[0].denominator: 99999999999 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"numerator\":1,\"denominator\":3}"),
      "measures[0].label: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1}"),
      "measures[0].denominator: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":3},{},\"x\""),
      "measures[1].label: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":3},\"x\""),
      "measures[1]: expected an object, found a string" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "{\"label\":\"x\",\"numerator\":1,\"denominator\":0}",
      "denominator: must be more than 0 (the number of cases looked at)" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "{\"label\":\"x\",\"numerator\":2,\"denominator\":1}",
      "numerator: 2 is more than the denominator 1" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "\"19/32\"", "expected a JSON object" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    check_load_error (cases[i].from_json, cases[i].json, cases[i].message);
}

static void
test_enums (void)
{
  g_autoptr(GEnumClass) status = g_type_class_ref (SCR_TYPE_ACTION_STATUS);
  g_autoptr(GEnumClass) rag = g_type_class_ref (SCR_TYPE_RAG);
  g_autoptr(GEnumClass) type = g_type_class_ref (SCR_TYPE_AUDIT_TYPE);

  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_NOT_STARTED)->value_nick, ==, "not-started");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_IN_PROGRESS)->value_nick, ==, "in-progress");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_SUPERSEDED)->value_nick, ==, "superseded");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_UNKNOWN)->value_nick, ==, "unknown");
  g_assert_cmpuint (status->n_values, ==, 6);
  g_assert_cmpstr (g_enum_get_value (rag, SCR_RAG_BLUE)->value_nick, ==, "blue");
  g_assert_cmpuint (rag->n_values, ==, 5);
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_MULTI_AGENCY)->value_nick, ==, "multi-agency");
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_SECTION_11)->value_nick, ==, "section-11");
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_CASE_FILE)->value_nick, ==, "case-file");
  g_assert_cmpuint (type->n_values, ==, 6);
}

static void
test_construct_properties (void)
{
  g_autoptr(ScrDate) due = scr_date_new (2016, 9, 30, NULL);
  g_autoptr(ScrAction) action = g_object_new (SCR_TYPE_ACTION,
                                              "id", "a", "text", "t",
                                              "status", SCR_ACTION_STATUS_OVERDUE,
                                              "rag", SCR_RAG_RED,
                                              "due-date", due,
                                              NULL);
  g_autoptr(ScrAudit) audit = g_object_new (SCR_TYPE_AUDIT, "id", "b", "title", "t",
                                            "audit-type", SCR_AUDIT_TYPE_THEMATIC,
                                            "sample-size", 10, NULL);

  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_OVERDUE);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_RED);
  g_assert_true (scr_date_equal (scr_action_get_due_date (action), due));
  g_assert_cmpint (scr_audit_get_audit_type (audit), ==, SCR_AUDIT_TYPE_THEMATIC);
  g_assert_cmpint (scr_audit_get_sample_size (audit), ==, 10);
}

static void
test_misuse (void)
{
  ScrTheme *theme = scr_theme_new ("t", "x");

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_THEME*");
  g_assert_null (scr_theme_get_id (NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  scr_theme_set_title (theme, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (scr_theme_get_title (theme), ==, "x");
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*node != NULL*");
  g_assert_null (scr_finding_new_from_json (NULL, NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*on != NULL*");
  {
    g_autoptr(ScrAction) action = scr_action_new ("a", "t");
    g_assert_false (scr_action_is_overdue (action, NULL));
  }
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*denominator >= 0*");
  g_assert_null (scr_audit_measure_new ("x", 1, -2));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_AUDIT_MEASURE*");
  g_assert_cmpint (scr_audit_measure_get_percentage (NULL), ==, -1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_AUDIT_MEASURE*");
  {
    g_autoptr(ScrAudit) audit = scr_audit_new ("a", "t");
    scr_audit_add_measure (audit, (ScrAuditMeasure *) theme);
    g_assert_cmpuint (g_list_model_get_n_items (scr_audit_get_measures (audit)), ==, 0);
  }
  g_test_assert_expected_messages ();
  g_assert_finalize_object (theme);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/learning/new-objects-round-trip", test_new_objects_round_trip);
  g_test_add_func ("/scr/model/learning/load-errors", test_load_errors);
  g_test_add_func ("/scr/model/learning/enums", test_enums);
  g_test_add_func ("/scr/model/learning/construct-properties", test_construct_properties);
  g_test_add_func ("/scr/model/learning/misuse", test_misuse);
  return g_test_run ();
}
