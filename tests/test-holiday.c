/* test-holiday.c: ScrHoliday and the built-in bank holidays of the three
 * divisions, through ScrCalendar's public API: the 1990-2030 table,
 * substitute days, one-offs and start years.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-calendar-util.h"

static const char *
kind_nick (ScrHolidayKind kind)
{
  static const char *const nicks[] = { "regular", "substitute", "moved", "extra", "closure" };

  return nicks[kind];
}

/* Every holiday of the three divisions, 1990-2030, against the table the
 * tests hold (tests/data/bank-holidays-1990-2030.tsv). */
static void
test_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bank-holidays-1990-2030.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(ScrDate) from = date ("1990-01-01");
  g_autoptr(ScrDate) to = date ("2030-12-31");
  guint checked = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (ScrDivision d = EW; d <= NI; d++)
    {
      g_autoptr(ScrCalendar) cal = calendar (d);
      g_autoptr(GListModel) holidays = scr_calendar_list_holidays (cal, from, to, &error);
      guint i = 0;

      g_assert_no_error (error);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_auto(GStrv) f = NULL;
          g_autoptr(ScrHoliday) h = NULL;
          g_autofree char *iso = NULL;

          if (lines[l][0] == '#' || lines[l][0] == '\0')
            continue;
          f = g_strsplit (lines[l], "\t", -1);
          g_assert_cmpuint (g_strv_length (f), ==, 5);
          if (!g_str_equal (f[0], scr_division_to_string (d)))
            continue;
          g_assert_cmpuint (i, <, g_list_model_get_n_items (holidays));
          h = g_list_model_get_item (holidays, i++);
          iso = scr_date_to_iso8601 (scr_holiday_get_date (h));
          g_assert_cmpstr (iso, ==, f[1]);
          g_assert_cmpstr (kind_nick (scr_holiday_get_kind (h)), ==, f[3]);
          g_assert_cmpstr (scr_holiday_get_name (h), ==, f[4]);
          g_assert_cmpint (scr_holiday_get_division (h), ==, d);
          checked++;
        }
      g_assert_cmpuint (i, ==, g_list_model_get_n_items (holidays));
    }
  g_assert_cmpuint (checked, >, 1000);
}

static ScrHoliday *
holiday_on (ScrDivision d,
            const char *iso)
{
  g_autoptr(ScrCalendar) cal = calendar (d);
  g_autoptr(ScrDate) day = date (iso);
  ScrHoliday *h = scr_calendar_get_holiday (cal, day);

  return h != NULL ? g_object_ref (h) : NULL;
}

static void
assert_holiday (ScrDivision     d,
                const char     *iso,
                const char     *name,
                ScrHolidayKind  kind,
                const char     *substitute_for)
{
  g_autoptr(ScrHoliday) h = holiday_on (d, iso);

  if (name == NULL)
    {
      g_assert_null (h);
      return;
    }
  g_assert_nonnull (h);
  g_assert_cmpstr (scr_holiday_get_name (h), ==, name);
  g_assert_cmpint (scr_holiday_get_kind (h), ==, kind);
  if (substitute_for == NULL)
    g_assert_null (scr_holiday_get_substitute_for (h));
  else
    {
      g_autofree char *s = scr_date_to_iso8601 (scr_holiday_get_substitute_for (h));

      g_assert_cmpstr (s, ==, substitute_for);
    }
}

static void
test_substitutes (void)
{
  /* Christmas on a Sunday: Boxing Day keeps Monday 26, Christmas Tue 27. */
  assert_holiday (EW, "2022-12-26", "Boxing Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (EW, "2022-12-27", "Christmas Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2022-12-25");
  assert_holiday (EW, "2022-12-25", NULL, 0, NULL);
  /* On a Saturday: Mon 27 and Tue 28. */
  assert_holiday (EW, "2021-12-27", "Christmas Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2021-12-25");
  assert_holiday (EW, "2021-12-28", "Boxing Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2021-12-26");
  /* On a Friday: Boxing Day on Monday 28. */
  assert_holiday (NI, "2020-12-28", "Boxing Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2020-12-26");
  /* Single fixed days: next Monday. */
  assert_holiday (EW, "2022-01-03", "New Year’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2022-01-01");
  assert_holiday (NI, "2024-03-18", "St Patrick’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2024-03-17");
  assert_holiday (NI, "2026-07-13", "Battle of the Boyne (Orangemen’s Day)",
                  SCR_HOLIDAY_KIND_SUBSTITUTE, "2026-07-12");
  assert_holiday (SC, "2025-12-01", "St Andrew’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2025-11-30");
  assert_holiday (SC, "2020-11-30", "St Andrew’s Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  /* Scottish New Year, every weekday of 1 January. */
  assert_holiday (SC, "2023-01-02", "New Year’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2023-01-01");
  assert_holiday (SC, "2023-01-03", "2nd January", SCR_HOLIDAY_KIND_SUBSTITUTE, "2023-01-02");
  assert_holiday (SC, "2022-01-03", "New Year’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2022-01-01");
  assert_holiday (SC, "2022-01-04", "2nd January", SCR_HOLIDAY_KIND_SUBSTITUTE, "2022-01-02");
  assert_holiday (SC, "2021-01-01", "New Year’s Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "2021-01-04", "2nd January", SCR_HOLIDAY_KIND_SUBSTITUTE, "2021-01-02");
  assert_holiday (SC, "2024-01-02", "2nd January", SCR_HOLIDAY_KIND_REGULAR, NULL);
  /* Easter Monday is not a Scottish bank holiday. */
  assert_holiday (SC, "2026-04-06", NULL, 0, NULL);
  assert_holiday (EW, "2026-04-06", "Easter Monday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  /* Scotland's summer holiday is the first Monday in August. */
  assert_holiday (SC, "2026-08-03", "Summer bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "2026-08-31", NULL, 0, NULL);
  assert_holiday (EW, "2026-08-31", "Summer bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
}

static void
test_one_offs (void)
{
  g_autoptr(ScrHoliday) observed = NULL;
  g_autoptr(ScrHoliday) funeral = NULL;

  /* 1977: Spring moved to 6 June, Silver Jubilee 7 June; Scotland: local dates. */
  assert_holiday (EW, "1977-06-06", "Spring bank holiday", SCR_HOLIDAY_KIND_MOVED, "1977-05-30");
  assert_holiday (EW, "1977-06-07", "Queen’s Silver Jubilee", SCR_HOLIDAY_KIND_EXTRA, NULL);
  assert_holiday (EW, "1977-05-30", NULL, 0, NULL);
  assert_holiday (SC, "1977-06-07", NULL, 0, NULL);
  assert_holiday (NI, "1977-06-07", "Queen’s Silver Jubilee", SCR_HOLIDAY_KIND_EXTRA, NULL);
  /* 1981 and 1999, everywhere. */
  for (ScrDivision d = EW; d <= NI; d++)
    {
      assert_holiday (d, "1981-07-29", "Royal wedding", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "1999-12-31", "Millennium bank holiday", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2002-06-03", "Queen’s Golden Jubilee", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2002-06-04", "Spring bank holiday", SCR_HOLIDAY_KIND_MOVED, "2002-05-27");
      assert_holiday (d, "2011-04-29", "Royal wedding", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2012-06-04", "Spring bank holiday", SCR_HOLIDAY_KIND_MOVED, "2012-05-28");
      assert_holiday (d, "2012-06-05", "Queen’s Diamond Jubilee", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2020-05-08", "Early May bank holiday (VE day)", SCR_HOLIDAY_KIND_MOVED, "2020-05-04");
      assert_holiday (d, "2020-05-04", NULL, 0, NULL);
      assert_holiday (d, "2022-06-02", "Spring bank holiday", SCR_HOLIDAY_KIND_MOVED, "2022-05-30");
      assert_holiday (d, "2022-06-03", "Platinum Jubilee bank holiday", SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II",
                      SCR_HOLIDAY_KIND_EXTRA, NULL);
      assert_holiday (d, "2023-05-08", "Bank holiday for the coronation of King Charles III",
                      SCR_HOLIDAY_KIND_EXTRA, NULL);
    }
  /* 1995: England, Wales and NI moved Early May; Scotland kept 1 May and
   * had 8 May as well. */
  assert_holiday (EW, "1995-05-08", "Early May bank holiday (VE day)", SCR_HOLIDAY_KIND_MOVED, "1995-05-01");
  assert_holiday (EW, "1995-05-01", NULL, 0, NULL);
  assert_holiday (NI, "1995-05-08", "Early May bank holiday (VE day)", SCR_HOLIDAY_KIND_MOVED, "1995-05-01");
  assert_holiday (SC, "1995-05-01", "Early May bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1995-05-08", "VE day 50th anniversary bank holiday", SCR_HOLIDAY_KIND_EXTRA, NULL);
  /* 2026: Scotland's World Cup day only. */
  assert_holiday (SC, "2026-06-15", "World Cup bank holiday", SCR_HOLIDAY_KIND_EXTRA, NULL);
  assert_holiday (EW, "2026-06-15", NULL, 0, NULL);
  assert_holiday (NI, "2026-06-15", NULL, 0, NULL);
  /* Scotland 4 January 2010 and 2011: observed, not proclaimed. */
  assert_holiday (SC, "2010-01-04", "2nd January", SCR_HOLIDAY_KIND_SUBSTITUTE, "2010-01-02");
  assert_holiday (SC, "2011-01-04", "2nd January", SCR_HOLIDAY_KIND_SUBSTITUTE, "2011-01-02");
  observed = holiday_on (SC, "2011-01-04");
  g_assert_cmpint (scr_holiday_get_provenance (observed), ==, SCR_HOLIDAY_PROVENANCE_OBSERVED);
  g_assert_nonnull (strstr (scr_holiday_get_source (observed), "No Royal Proclamation"));
  funeral = holiday_on (EW, "2022-09-19");
  g_assert_cmpint (scr_holiday_get_provenance (funeral), ==, SCR_HOLIDAY_PROVENANCE_ONE_OFF_PROCLAMATION);
  g_assert_false (scr_holiday_get_provisional (funeral));
}

/* Start years (section 1.6 of the spec). */
static void
test_history (void)
{
  assert_holiday (EW, "1973-01-01", NULL, 0, NULL);
  assert_holiday (EW, "1974-01-01", "New Year’s Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1973-01-01", "New Year’s Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1972-01-03", "New Year’s Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "1972-01-01");
  assert_holiday (SC, "1972-01-04", NULL, 0, NULL);   /* 2nd January from 1973 */
  assert_holiday (SC, "1973-01-02", "2nd January", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1973-12-26", NULL, 0, NULL);   /* Boxing Day from 1974 */
  assert_holiday (SC, "1974-12-26", "Boxing Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (EW, "1977-05-02", NULL, 0, NULL);   /* Early May from 1978 */
  assert_holiday (EW, "1978-05-01", "Early May bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1977-05-02", "Early May bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "1977-05-30", NULL, 0, NULL);   /* Scottish spring from 1978 */
  assert_holiday (SC, "1978-05-29", "Spring bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (SC, "2006-11-30", NULL, 0, NULL);   /* St Andrew's Day from 2007 */
  assert_holiday (SC, "2007-11-30", "St Andrew’s Day", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (EW, "1971-05-31", "Spring bank holiday", SCR_HOLIDAY_KIND_REGULAR, NULL);
  assert_holiday (EW, "2100-12-27", "Christmas Day", SCR_HOLIDAY_KIND_SUBSTITUTE, "2100-12-25");
}

static void
test_holiday_object (void)
{
  g_autoptr(ScrHoliday) h = holiday_on (EW, "2022-06-02");
  g_autoptr(ScrHoliday) xmas = holiday_on (EW, "2022-12-27");
  g_autoptr(ScrDate) d = NULL;
  g_autoptr(ScrDate) sub = NULL;
  g_autofree char *name = NULL;
  g_autofree char *describe = scr_holiday_describe (h);
  g_autofree char *describe_xmas = scr_holiday_describe (xmas);
  ScrDivision division;
  ScrHolidayKind kind;

  g_assert_cmpstr (describe, ==, "Spring bank holiday (moved from Mon 2022-05-30), England and Wales");
  g_assert_cmpstr (describe_xmas, ==, "Christmas Day (substitute day), England and Wales");
  g_assert_cmpint (scr_holiday_get_provenance (xmas), ==, SCR_HOLIDAY_PROVENANCE_PROCLAMATION);
  g_assert_null (scr_holiday_get_source (xmas));
  g_assert_nonnull (scr_holiday_get_source (h));
  g_object_get (h, "date", &d, "name", &name, "division", &division, "kind", &kind,
                "substitute-for", &sub, NULL);
  g_assert_cmpint (scr_date_get_ordinal (d), ==, ord ("2022-06-02"));
  g_assert_cmpstr (name, ==, "Spring bank holiday");
  g_assert_cmpint (division, ==, EW);
  g_assert_cmpint (kind, ==, SCR_HOLIDAY_KIND_MOVED);
  g_assert_cmpint (scr_date_get_ordinal (sub), ==, ord ("2022-05-30"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/calendar/table-1990-2030", test_table);
  g_test_add_func ("/scr/calendar/substitutes", test_substitutes);
  g_test_add_func ("/scr/calendar/one-offs", test_one_offs);
  g_test_add_func ("/scr/calendar/history", test_history);
  g_test_add_func ("/scr/calendar/holiday-object", test_holiday_object);
  return g_test_run ();
}
