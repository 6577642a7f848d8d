/* test-calendar-builder.c: ScrCalendarBuilder through the public API:
 * closure days and GOV.UK updates, their labels and their errors.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-calendar-util.h"

static void
test_closures (void)
{
  ScrCalendarBuilder *builder = scr_calendar_builder_new (EW);
  ScrCalendar *cal = NULL;
  g_autoptr(ScrCalendar) plain = calendar (EW);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) from = date ("2024-12-27");
  g_autoptr(ScrDate) to = date ("2024-12-31");
  g_autoptr(ScrDate) single = date ("2025-02-14");
  g_autoptr(ScrDate) early = date ("1960-01-01");
  g_autoptr(GListModel) why = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(ScrSkippedDay) closure = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "closures-sample.json", NULL);
  g_autofree char *r1 = NULL;
  g_autofree char *r2 = NULL;
  ScrHoliday *h;

  g_assert_cmpint (scr_calendar_builder_get_division (builder), ==, EW);
  g_assert_true (scr_calendar_builder_add_closure (builder, from, to, "Council Christmas closure", &error));
  g_assert_true (scr_calendar_builder_add_closure (builder, single, NULL, "Staff day", &error));
  g_assert_true (scr_calendar_builder_load_closures_file (builder, path, &error));
  g_assert_no_error (error);
  g_assert_false (scr_calendar_builder_add_closure (builder, to, from, "Backwards", &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "ends before it starts");
  g_clear_error (&error);
  g_assert_false (scr_calendar_builder_add_closure (builder, early, NULL, "Too early", &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
  g_clear_error (&error);
  g_assert_false (scr_calendar_builder_add_closure (builder, single, NULL, "", &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "needs a name");
  g_clear_error (&error);
  cal = scr_calendar_builder_build (builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scr_calendar_get_n_closures (cal), ==, 5 + 1 + 5);

  /* Christmas 2024: Wed 25, Thu 26 holidays; Fri 27, Mon 30, Tue 31 closed. */
  r1 = add_iso (plain, "2024-12-24", 1, SCR_ROLL_ERROR);
  r2 = add_iso (cal, "2024-12-24", 1, SCR_ROLL_ERROR);
  g_assert_cmpstr (r1, ==, "2024-12-27");
  g_assert_cmpstr (r2, ==, "2025-01-02");
  g_assert_cmpint (count_iso (cal, "2024-12-24", "2025-01-02"), ==, 1);
  g_assert_cmpint (count_iso (plain, "2024-12-24", "2025-01-02"), ==, 4);
  why = scr_calendar_explain_add (cal, from, 1, SCR_ROLL_ERROR, &error);
  closure = g_list_model_get_item (why, 0);
  g_assert_cmpstr (scr_skipped_day_get_reason (closure), ==, "Sat 2024-12-28: weekend; Council Christmas closure (local closure)");
  g_clear_object (&closure);
  closure = g_list_model_get_item (why, 2);
  g_assert_cmpstr (scr_skipped_day_get_reason (closure), ==, "Mon 2024-12-30: Council Christmas closure (local closure)");
  g_assert_cmpint (scr_holiday_get_kind (scr_skipped_day_get_holiday (closure)), ==, SCR_HOLIDAY_KIND_CLOSURE);
  g_assert_cmpint (scr_holiday_get_provenance (scr_skipped_day_get_holiday (closure)), ==, SCR_HOLIDAY_PROVENANCE_LOCAL);
  /* From the file: 2025-12-29..31 and 19 June 2026. */
  g_clear_pointer (&r1, g_free);
  r1 = add_iso (cal, "2025-12-24", 1, SCR_ROLL_ERROR);
  g_assert_cmpstr (r1, ==, "2026-01-02");
  g_clear_pointer (&r2, g_free);
  r2 = add_iso (cal, "2026-06-18", 1, SCR_ROLL_ERROR);
  g_assert_cmpstr (r2, ==, "2026-06-22");
  /* A bank holiday comes before a closure on the same day. */
  list = scr_calendar_list_holidays (cal, from, to, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  h = scr_calendar_get_holiday (cal, single);
  g_assert_cmpstr (scr_holiday_get_name (h), ==, "Staff day");
  /* The builder's later changes do not reach a built calendar. */
  g_assert_true (scr_calendar_builder_add_closure (builder, single, NULL, "Another", &error));
  g_assert_cmpuint (scr_calendar_get_n_closures (cal), ==, 11);
  g_assert_finalize_object (builder);
  g_assert_finalize_object (cal);
}

static void
test_closures_errors (void)
{
  static const struct { const char *json; int code; const char *fragment; } bad[] = {
    { "[]", SCR_ERROR_VALIDATION, "not an object" },
    { "{\"schema_version\": 2, \"closures\": []}", SCR_ERROR_UNSUPPORTED_VERSION, "schema_version" },
    { "{\"schema_version\": 1}", SCR_ERROR_VALIDATION, "closures" },
    { "{\"schema_version\": 1, \"division\": \"scotland\", \"closures\": []}", SCR_ERROR_VALIDATION,
      "the closures are for scotland, the calendar is for england-and-wales" },
    { "{\"schema_version\": 1, \"division\": \"mars\", \"closures\": []}", SCR_ERROR_VALIDATION, "division: unknown division" },
    { "{\"schema_version\": 1, \"closures\": [{\"date\": \"2024-02-30\", \"name\": \"x\"}]}", SCR_ERROR_VALIDATION,
      "closures[0].date" },
    { "{\"schema_version\": 1, \"closures\": [{\"date\": \"2024-02-01\"}]}", SCR_ERROR_VALIDATION, "closures[0].name" },
    { "{\"schema_version\": 1, \"closures\": [{\"from\": \"2024-02-01\", \"name\": \"x\"}]}", SCR_ERROR_VALIDATION, "closures[0].to" },
    { "{\"schema_version\": 1, \"closures\": [{\"date\": \"2024-02\", \"name\": \"x\"}]}", SCR_ERROR_VALIDATION, "full dates" },
    { "{\"schema_version\": 1, \"closures\": [{\"date\": \"2024-02-01\", \"from\": \"2024-02-01\", \"to\": \"2024-02-02\", \"name\": \"x\"}]}",
      SCR_ERROR_VALIDATION, "either date or from and to" },
    { "{\"schema_version\": 1, \"closures\": [{\"date\": \"2024-02-01\", \"name\": \"x\"}, {\"date\": \"2201-01-01\", \"name\": \"x\"}]}",
      SCR_ERROR_OUT_OF_RANGE, "closures[1]" },
    { "{", SCR_ERROR_PARSE, NULL },
  };
  ScrCalendarBuilder *builder = scr_calendar_builder_new (EW);
  g_autoptr(ScrCalendar) cal = NULL;
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (scr_calendar_builder_load_closures_data (builder, bad[i].json, -1, &error));
      assert_error (error, bad[i].code, bad[i].fragment);
      g_clear_error (&error);
    }
  g_assert_false (scr_calendar_builder_load_closures_file (builder, "/nonexistent/closures.json", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/closures.json"));
  g_clear_error (&error);
  /* Nothing of a failed file was kept. */
  cal = scr_calendar_builder_build (builder, &error);
  g_assert_cmpuint (scr_calendar_get_n_closures (cal), ==, 0);
  g_assert_finalize_object (builder);
}

static void
test_gov_uk (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gov-uk-sample.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendarBuilder) ew = scr_calendar_builder_new (EW);
  g_autoptr(ScrCalendarBuilder) sc = scr_calendar_builder_new (SC);
  ScrCalendar *cal = NULL;
  ScrCalendar *scal = NULL;
  g_autoptr(ScrDate) extra = date ("2027-06-14");
  g_autoptr(ScrDate) summer = date ("2027-08-30");
  g_autoptr(ScrDate) xmas = date ("2027-12-27");
  g_autoptr(ScrDate) old = date ("2026-12-25");
  g_autoptr(ScrDate) next = date ("2029-12-25");
  g_autofree char *horizon = NULL;
  g_autofree char *contents = NULL;
  ScrHoliday *h;

  g_assert_true (scr_calendar_builder_load_gov_uk_file (ew, path, &error));
  g_assert_no_error (error);
  cal = scr_calendar_builder_build (ew, &error);
  g_assert_no_error (error);
  /* Inside the window (2027-01-01..2029-01-01) the feed wins: a new extra day... */
  h = scr_calendar_get_holiday (cal, extra);
  g_assert_nonnull (h);
  g_assert_cmpstr (scr_holiday_get_name (h), ==, "Sample extra bank holiday");
  g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_EXTRA);
  g_assert_cmpint (scr_holiday_get_provenance (h), ==, SCR_HOLIDAY_PROVENANCE_GOV_UK);
  g_assert_false (scr_calendar_is_working_day (cal, extra, &error));
  /* ...and a day the feed leaves out is a working day. */
  g_assert_true (scr_calendar_is_working_day (cal, summer, &error));
  /* Kinds and substituted dates come from the built-in day. */
  h = scr_calendar_get_holiday (cal, xmas);
  g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_SUBSTITUTE);
  g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2027-12-25"));
  /* Outside the window the built-in table stays. */
  h = scr_calendar_get_holiday (cal, old);
  g_assert_cmpint (scr_holiday_get_provenance (h), ==, SCR_HOLIDAY_PROVENANCE_COMMON_LAW);
  h = scr_calendar_get_holiday (cal, next);
  g_assert_nonnull (h);
  g_assert_true (scr_holiday_get_provisional (h));
  /* The window reached 1 January 2029, so the horizon moved there. */
  horizon = scr_date_to_iso8601 (scr_calendar_get_confirmed_through (cal));
  g_assert_cmpstr (horizon, ==, "2029-01-01");

  /* From a buffer, for Scotland. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (scr_calendar_builder_load_gov_uk_data (sc, contents, -1, &error));
  g_assert_no_error (error);
  scal = scr_calendar_builder_build (sc, &error);
  h = scr_calendar_get_holiday (scal, xmas);
  g_assert_cmpstr (scr_holiday_get_name (h), ==, "Christmas Day");
  g_assert_cmpint (scr_holiday_get_provenance (h), ==, SCR_HOLIDAY_PROVENANCE_GOV_UK);
  g_clear_pointer (&horizon, g_free);
  horizon = scr_date_to_iso8601 (scr_calendar_get_confirmed_through (scal));
  g_assert_cmpstr (horizon, ==, "2028-12-31");
  g_assert_finalize_object (cal);
  g_assert_finalize_object (scal);
}

/* GOV.UK labelled 2011's Christmas clash and Scotland's 2017 New Year the
 * other way round: the names decide the kind and the substituted date. */
static void
test_gov_uk_labels (void)
{
  g_autoptr(ScrCalendarBuilder) ew = scr_calendar_builder_new (EW);
  g_autoptr(ScrCalendarBuilder) sc = scr_calendar_builder_new (SC);
  g_autoptr(ScrCalendar) cal = NULL;
  g_autoptr(ScrCalendar) scal = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (scr_calendar_builder_load_gov_uk_data (ew,
    "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
    "{\"title\": \"Christmas Day\", \"date\": \"2011-12-26\", \"notes\": \"Substitute day\"},"
    "{\"title\": \"Boxing Day\", \"date\": \"2011-12-27\", \"notes\": \"Substitute day\"}]}}", -1, &error));
  g_assert_no_error (error);
  g_assert_true (scr_calendar_builder_load_gov_uk_data (sc,
    "{\"scotland\": {\"events\": ["
    "{\"title\": \"2nd January\", \"date\": \"2017-01-02\", \"notes\": \"\"},"
    "{\"title\": \"New Year’s Day\", \"date\": \"2017-01-03\", \"notes\": \"Substitute day\"},"
    "{\"title\": \"Spring bank holiday\", \"date\": \"2017-06-05\", \"notes\": \"\"}]}}", -1, &error));
  g_assert_no_error (error);
  cal = scr_calendar_builder_build (ew, &error);
  scal = scr_calendar_builder_build (sc, &error);
  g_assert_no_error (error);
  /* Swapped labels, kinds from the names. */
  {
    g_autoptr(ScrDate) d26 = date ("2011-12-26");
    g_autoptr(ScrDate) d27 = date ("2011-12-27");
    g_autoptr(ScrDate) j2 = date ("2017-01-02");
    g_autoptr(ScrDate) j3 = date ("2017-01-03");
    g_autoptr(ScrDate) jun = date ("2017-06-05");
    ScrHoliday *h = scr_calendar_get_holiday (cal, d26);

    g_assert_cmpstr (scr_holiday_get_name (h), ==, "Christmas Day");
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_SUBSTITUTE);
    g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2011-12-25"));
    h = scr_calendar_get_holiday (cal, d27);
    g_assert_cmpstr (scr_holiday_get_name (h), ==, "Boxing Day");
    g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2011-12-26"));
    h = scr_calendar_get_holiday (scal, j2);
    g_assert_cmpstr (scr_holiday_get_name (h), ==, "2nd January");
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_REGULAR);
    g_assert_null (scr_holiday_get_substitute_for (h));
    h = scr_calendar_get_holiday (scal, j3);
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_SUBSTITUTE);
    g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2017-01-01"));
    /* A day away from the rule's date with no note reads as moved. */
    h = scr_calendar_get_holiday (scal, jun);
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_MOVED);
    g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2017-05-29"));
    /* The window is 2017-01-01..2017-06-05: later 2017 days stay built in. */
    {
      g_autoptr(ScrDate) aug = date ("2017-08-07");
      g_autoptr(ScrDate) spring = date ("2017-05-29");

      g_assert_false (scr_calendar_is_working_day (scal, aug, &error));
      g_assert_true (scr_calendar_is_working_day (scal, spring, &error));
      g_assert_no_error (error);
    }
  }
}

static void
test_gov_uk_errors (void)
{
  static const struct { const char *json; int code; const char *fragment; } bad[] = {
    { "[]", SCR_ERROR_VALIDATION, "not an object" },
    { "{\"wales\": {\"events\": []}}", SCR_ERROR_VALIDATION, "wales: unknown division" },
    { "{\"scotland\": {\"division\": \"scotland\"}}", SCR_ERROR_VALIDATION, "scotland.events" },
    { "{\"scotland\": {\"division\": \"england-and-wales\", \"events\": []}}", SCR_ERROR_VALIDATION,
      "scotland.division: \"england-and-wales\" does not match" },
    { "{\"scotland\": {\"events\": [{\"title\": \"x\", \"date\": \"2026-13-01\"}]}}", SCR_ERROR_VALIDATION,
      "scotland.events[0].date" },
    { "{\"scotland\": {\"events\": [{\"date\": \"2026-01-01\"}]}}", SCR_ERROR_VALIDATION, "scotland.events[0].title" },
    { "{\"scotland\": {\"events\": [{\"title\": \"x\", \"date\": \"2226-01-01\"}]}}", SCR_ERROR_OUT_OF_RANGE,
      "scotland.events[0].date" },
    { "{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"2026-01-01\"}, {\"title\": \"y\", \"date\": \"2026-01-01\"}]}}",
      SCR_ERROR_VALIDATION, "a second event on 2026-01-01" },
    { "{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"2026\"}]}}", SCR_ERROR_VALIDATION, "full date" },
    { "{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"2026-01-01\", \"bunting\": \"yes\"}]}}",
      SCR_ERROR_VALIDATION, "bunting" },
  };
  ScrCalendarBuilder *builder = scr_calendar_builder_new (EW);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) cal = NULL;
  g_autoptr(ScrDate) d = date ("2026-01-01");

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (scr_calendar_builder_load_gov_uk_data (builder, bad[i].json, -1, &error));
      assert_error (error, bad[i].code, bad[i].fragment);
      g_clear_error (&error);
    }
  g_assert_false (scr_calendar_builder_load_gov_uk_file (builder, "/nonexistent/bank-holidays.json", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* Welsh slugs are accepted; a document with nothing for the division
   * leaves the built-in table alone. */
  g_assert_true (scr_calendar_builder_load_gov_uk_data (builder,
    "{\"yr-alban\": {\"division\": \"yr-alban\", \"events\": [{\"title\": \"Dydd Calan\", \"date\": \"2026-01-01\"}]}}",
    -1, &error));
  g_assert_no_error (error);
  cal = scr_calendar_builder_build (builder, &error);
  g_assert_cmpstr (scr_holiday_get_name (scr_calendar_get_holiday (cal, d)), ==, "New Year’s Day");
  g_clear_object (&cal);
  /* Welsh titles: the kind comes from the built-in day on the date. */
  g_assert_true (scr_calendar_builder_load_gov_uk_data (builder,
    "{\"cymru-a-lloegr\": {\"division\": \"cymru-a-lloegr\", \"events\": ["
    "{\"title\": \"Dydd Calan\", \"date\": \"2022-01-03\", \"notes\": \"Diwrnod amgen\"},"
    "{\"title\": \"Gŵyl y Banc Newydd\", \"date\": \"2022-10-03\", \"notes\": \"\"}]}}", -1, &error));
  g_assert_no_error (error);
  cal = scr_calendar_builder_build (builder, &error);
  {
    g_autoptr(ScrDate) jan = date ("2022-01-03");
    g_autoptr(ScrDate) oct = date ("2022-10-03");
    ScrHoliday *h = scr_calendar_get_holiday (cal, jan);

    g_assert_cmpstr (scr_holiday_get_name (h), ==, "Dydd Calan");
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_SUBSTITUTE);
    g_assert_cmpint (scr_date_get_ordinal (scr_holiday_get_substitute_for (h)), ==, ord ("2022-01-01"));
    h = scr_calendar_get_holiday (cal, oct);
    g_assert_cmpint (scr_holiday_get_kind (h), ==, SCR_HOLIDAY_KIND_EXTRA);
    g_assert_false (scr_calendar_is_working_day (cal, oct, &error));
  }

  g_assert_finalize_object (builder);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/calendar/closures", test_closures);
  g_test_add_func ("/scr/calendar/closures-errors", test_closures_errors);
  g_test_add_func ("/scr/calendar/gov-uk", test_gov_uk);
  g_test_add_func ("/scr/calendar/gov-uk-labels", test_gov_uk_labels);
  g_test_add_func ("/scr/calendar/gov-uk-errors", test_gov_uk_errors);
  return g_test_run ();
}
