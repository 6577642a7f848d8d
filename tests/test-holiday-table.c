/* test-holiday-table.c: the bank-holiday rules are data. Private API: the
 * generator run on edited copies of libscr/calendar/uk-bank-holidays.json,
 * and the Easter computus. */
#include <stdio.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-error.h"

static JsonNode *
load_rules (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "libscr", "calendar",
                                                 "uk-bank-holidays.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static GPtrArray *
generate (JsonNode    *root,
          ScrDivision  division,
          GError     **error)
{
  g_autofree char *text = json_to_string (root, FALSE);

  return scr_holiday_table_generate_from_data (text, -1, division, error);
}

static ScrHoliday *
find (GPtrArray  *holidays,
      const char *iso)
{
  int y, m, d;
  gint32 ordinal;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  ordinal = scr_ordinal_from_ymd (y, m, d);
  for (guint i = 0; i < holidays->len; i++)
    if (scr_holiday_get_ordinal (g_ptr_array_index (holidays, i)) == ordinal)
      return g_ptr_array_index (holidays, i);
  return NULL;
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static void
test_easter (void)
{
  static const struct { int year, month, day; } sundays[] = {
    { 1971, 4, 11 }, { 1981, 4, 19 }, { 2000, 4, 23 }, { 2008, 3, 23 }, { 2011, 4, 24 },
    { 2019, 4, 21 }, { 2024, 3, 31 }, { 2025, 4, 20 }, { 2038, 4, 25 }, { 2100, 3, 28 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (sundays); i++)
    g_assert_cmpint (scr_easter_sunday (sundays[i].year), ==,
                     scr_ordinal_from_ymd (sundays[i].year, sundays[i].month, sundays[i].day));
}

/* The shipped document generates the same table as the library uses. */
static void
test_same_as_builtin (void)
{
  g_autoptr(JsonNode) root = load_rules ();

  for (ScrDivision d = SCR_DIVISION_ENGLAND_AND_WALES; d <= SCR_DIVISION_NORTHERN_IRELAND; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) fresh = generate (root, d, &error);
      g_autoptr(GPtrArray) builtin = scr_holiday_table_get (d, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (fresh->len, ==, builtin->len);
      for (guint i = 0; i < fresh->len; i++)
        {
          ScrHoliday *a = g_ptr_array_index (fresh, i);
          ScrHoliday *b = g_ptr_array_index (builtin, i);

          g_assert_cmpint (scr_holiday_get_ordinal (a), ==, scr_holiday_get_ordinal (b));
          g_assert_cmpstr (scr_holiday_get_name (a), ==, scr_holiday_get_name (b));
          g_assert_cmpint (scr_holiday_get_kind (a), ==, scr_holiday_get_kind (b));
        }
    }
}

/* A new proclamation is one more line of data, no code. */
static void
test_new_one_off_is_data (void)
{
  g_autoptr(JsonNode) root = load_rules ();
  JsonArray *one_offs = json_object_get_array_member (json_node_get_object (root), "one_offs");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ni = NULL;
  g_autoptr(GPtrArray) ew = NULL;
  ScrHoliday *h;

  json_array_add_object_element (one_offs, parse_object (
    "{\"extra\": \"2027-07-13\", \"name\": \"Test proclamation\", \"divisions\": [\"northern-ireland\"],"
    " \"source\": \"test\"}"));
  json_array_add_object_element (one_offs, parse_object (
    "{\"move\": \"summer\", \"year\": 2027, \"to\": \"2027-09-06\", \"divisions\": [\"england-and-wales\"],"
    " \"source\": \"test\"}"));
  ni = generate (root, SCR_DIVISION_NORTHERN_IRELAND, &error);
  ew = generate (root, SCR_DIVISION_ENGLAND_AND_WALES, &error);
  g_assert_no_error (error);
  h = find (ni, "2027-07-13");
  g_assert_nonnull (h);
  g_assert_cmpstr (scr_holiday_get_name (h), ==, "Test proclamation");
  g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_EXTRA);
  g_assert_true (scr_holiday_get_provisional (h) == FALSE);
  g_assert_null (find (ew, "2027-07-13"));
  g_assert_null (find (ew, "2027-08-30"));
  h = find (ew, "2027-09-06");
  g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_MOVED);
  g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==,
                   scr_ordinal_from_ymd (2027, 8, 30));
}

/* Mistakes in the data are errors with a place, never a silent table. */
static void
test_data_errors (void)
{
  static const struct { const char *one_off; const char *fragment; } bad[] = {
    { "{\"move\": \"no-such-rule\", \"year\": 2027, \"to\": \"2027-09-06\", \"divisions\": [\"scotland\"], \"source\": \"x\"}",
      "no rule \"no-such-rule\"" },
    { "{\"move\": \"st-andrews-day\", \"year\": 2006, \"to\": \"2006-12-01\", \"divisions\": [\"scotland\"], \"source\": \"x\"}",
      "gives no day in scotland in 2006" },
    { "{\"move\": \"spring\", \"year\": 2027, \"to\": \"2028-06-01\", \"divisions\": [\"scotland\"], \"source\": \"x\"}",
      "is not in 2027" },
    { "{\"observed\": \"2027-06-01\", \"divisions\": [\"scotland\"], \"source\": \"x\"}",
      "no holiday on the observed day" },
    { "{\"extra\": \"2027-12-27\", \"name\": \"Clash\", \"divisions\": [\"scotland\"], \"source\": \"x\"}",
      "fall on the same day" },
    { "{\"extra\": \"2027-12-28\", \"divisions\": [\"scotland\"], \"source\": \"x\"}", "name" },
    { "{\"extra\": \"2027-12-29\", \"name\": \"x\", \"divisions\": [\"mars\"], \"source\": \"x\"}", "unknown division" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) root = load_rules ();
      JsonArray *one_offs = json_object_get_array_member (json_node_get_object (root), "one_offs");
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) table = NULL;

      json_array_add_object_element (one_offs, parse_object (bad[i].one_off));
      table = generate (root, SCR_DIVISION_SCOTLAND, &error);
      g_assert_null (table);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
      if (strstr (error->message, bad[i].fragment) == NULL)
        g_error ("\"%s\" not in \"%s\"", bad[i].fragment, error->message);
    }
}

static void
test_rule_errors (void)
{
  static const struct { const char *member; const char *value; const char *fragment; } bad[] = {
    { "substitute", "\"next-tuesday\"", "unknown substitute policy" },
    { "group", "\"nowhere\"", "no substitute group" },
    { "provenance", "\"rumour\"", "unknown provenance" },
    { "date", "{\"month\": 2, \"day\": 30}", "month 2 has no day 30" },
    { "date", "{\"month\": 5, \"weekday\": \"funday\", \"nth\": 1}", "unknown weekday" },
    { "date", "{\"month\": 5, \"weekday\": \"monday\", \"nth\": 0}", "0 is not a position" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) root = load_rules ();
      JsonArray *rules = json_object_get_array_member (json_node_get_object (root), "rules");
      JsonObject *rule = json_array_get_object_element (rules, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) table = NULL;
      g_autoptr(JsonNode) value = json_from_string (bad[i].value, NULL);

      json_object_set_member (rule, bad[i].member, json_node_copy (value));
      table = generate (root, SCR_DIVISION_ENGLAND_AND_WALES, &error);
      g_assert_null (table);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "rules[0]"));
      if (strstr (error->message, bad[i].fragment) == NULL)
        g_error ("\"%s\" not in \"%s\"", bad[i].fragment, error->message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/calendar/holiday-table/easter", test_easter);
  g_test_add_func ("/scr/calendar/holiday-table/same-as-builtin", test_same_as_builtin);
  g_test_add_func ("/scr/calendar/holiday-table/new-one-off-is-data", test_new_one_off_is_data);
  g_test_add_func ("/scr/calendar/holiday-table/data-errors", test_data_errors);
  g_test_add_func ("/scr/calendar/holiday-table/rule-errors", test_rule_errors);
  return g_test_run ();
}
