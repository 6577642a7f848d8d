/* test-calendar.c: ScrCalendar, ScrHoliday, ScrSkippedDay and
 * ScrCalendarBuilder, through the public API. */
#include <string.h>
#include <scr/scr.h>

#define EW SCR_DIVISION_ENGLAND_AND_WALES
#define SC SCR_DIVISION_SCOTLAND
#define NI SCR_DIVISION_NORTHERN_IRELAND

static ScrCalendar *
calendar (ScrDivision division)
{
  g_autoptr(GError) error = NULL;
  ScrCalendar *cal = scr_calendar_new_for_division (division, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cal);
  return cal;
}

static ScrDate *
date (const char *iso)
{
  g_autoptr(GError) error = NULL;
  ScrDate *d = scr_date_new_from_iso8601 (iso, &error);

  g_assert_no_error (error);
  return d;
}

/* A date freed at the end of the test, for inline arguments. */
static ScrDate *
date_keep (const char *iso)
{
  ScrDate *d = date (iso);

  g_test_queue_destroy ((GDestroyNotify) scr_date_free, d);
  return d;
}

static gint32
ord (const char *iso)
{
  g_autoptr(ScrDate) d = date (iso);

  return scr_date_get_ordinal (d);
}

static char *
add_iso (ScrCalendar *cal,
         const char  *start,
         int          n,
         ScrRoll      roll)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) d = date (start);
  g_autoptr(ScrDate) r = scr_calendar_add_working_days (cal, d, n, roll, &error);

  g_assert_no_error (error);
  return scr_date_to_iso8601 (r);
}

static int
count_iso (ScrCalendar *cal,
           const char  *from,
           const char  *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) a = date (from);
  g_autoptr(ScrDate) b = date (to);
  int n = scr_calendar_count_working_days (cal, a, b, &error);

  g_assert_no_error (error);
  return n;
}

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

/* Section 4.6 of the working-days spec. */
static void
test_vectors (void)
{
  static const struct { ScrDivision d; const char *start; int n; const char *expected; } v[] = {
    { EW, "2025-12-19", 5, "2025-12-30" },
    { EW, "2022-12-23", 5, "2023-01-04" },
    { SC, "2022-12-23", 5, "2023-01-05" },
    { NI, "2022-12-23", 5, "2023-01-04" },
    { EW, "2022-09-01", 15, "2022-09-23" },
    { SC, "2026-06-11", 3, "2026-06-17" },
    { EW, "2026-06-11", 3, "2026-06-16" },
    { NI, "2026-07-10", 1, "2026-07-14" },
    { SC, "2026-06-24", -7, "2026-06-12" },
    { EW, "2026-06-24", -7, "2026-06-15" },
    { EW, "2027-12-24", 1, "2027-12-29" },
    { EW, "2027-12-31", 1, "2028-01-04" },
    { SC, "2027-12-31", 1, "2028-01-05" },
    { EW, "2026-04-02", 1, "2026-04-07" },
    { SC, "2026-04-02", 2, "2026-04-07" },
    { EW, "2022-09-15", 5, "2022-09-23" },   /* the CLI example */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (v); i++)
    {
      g_autoptr(ScrCalendar) cal = calendar (v[i].d);
      g_autofree char *got = add_iso (cal, v[i].start, v[i].n, SCR_ROLL_ERROR);

      g_assert_cmpstr (got, ==, v[i].expected);
      g_assert_cmpint (count_iso (cal, v[i].start, v[i].expected), ==, v[i].n);
    }
}

static void
test_year_counts (void)
{
  static const int counts[][4] = {
    { 2022, 250, 249, 248 }, { 2023, 251, 250, 249 }, { 2024, 254, 253, 252 },
    { 2025, 253, 252, 251 }, { 2026, 253, 251, 251 }, { 2027, 253, 252, 251 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (counts); i++)
    for (ScrDivision d = EW; d <= NI; d++)
      {
        g_autoptr(ScrCalendar) cal = calendar (d);
        g_autoptr(ScrDate) first = scr_date_new (counts[i][0], 1, 1, NULL);
        g_autoptr(ScrDate) last = scr_date_new (counts[i][0], 12, 31, NULL);
        g_autoptr(ScrDate) before = scr_date_new (counts[i][0] - 1, 12, 31, NULL);
        g_autoptr(ScrDate) next = scr_date_new (counts[i][0] + 1, 1, 1, NULL);
        g_autoptr(GError) error = NULL;

        g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, first, last, &error), ==,
                         counts[i][d + 1]);
        g_assert_no_error (error);
        g_assert_cmpint (scr_calendar_count_working_days (cal, before, last, &error), ==,
                         counts[i][d + 1]);
        /* Reversed: the year is [1 January, next 1 January). */
        g_assert_cmpint (scr_calendar_count_working_days (cal, next, first, &error), ==,
                         -counts[i][d + 1]);
        g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, last, first, &error), ==,
                         -counts[i][d + 1]);
      }
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
assert_error (GError     *error,
              int         code,
              const char *fragment)
{
  g_assert_error (error, SCR_ERROR, code);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" not in \"%s\"", fragment, error->message);
}

static void
test_range (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) before = date ("1970-12-31");
  g_autoptr(ScrDate) after = date ("2101-01-01");
  g_autoptr(ScrDate) first = date ("1971-01-01");
  g_autoptr(ScrDate) last = date ("2100-12-31");
  g_autoptr(ScrDate) partial = date ("2022-09");
  g_autofree char *s = NULL;
  ScrDate *r;

  s = scr_date_to_iso8601 (scr_calendar_get_first_date (cal));
  g_assert_cmpstr (s, ==, "1971-01-01");
  g_free (s);
  s = scr_date_to_iso8601 (scr_calendar_get_last_date (cal));
  g_assert_cmpstr (s, ==, "2100-12-31");
  g_clear_pointer (&s, g_free);

  r = scr_calendar_add_working_days (cal, before, 1, SCR_ROLL_ERROR, &error);
  g_assert_null (r);
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "1970-12-31 is outside the calendar's range 1971-01-01..2100-12-31");
  g_clear_error (&error);
  g_assert_false (scr_calendar_is_working_day (cal, after, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "2101-01-01");
  g_clear_error (&error);
  g_assert_cmpint (scr_calendar_count_working_days (cal, first, after, &error), ==, 0);
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "to:");
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days (cal, partial, 1, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "not a complete date");
  g_clear_error (&error);

  /* The edges themselves work; answers beyond them are errors. */
  s = add_iso (cal, "1971-01-01", 1, SCR_ROLL_ERROR);
  g_assert_cmpstr (s, ==, "1971-01-04");   /* Fri 1 Jan 1971: no New Year's Day before 1974 */
  g_clear_pointer (&s, g_free);
  s = add_iso (cal, "2100-12-31", -1, SCR_ROLL_ERROR);
  g_assert_cmpstr (s, ==, "2100-12-30");
  g_clear_pointer (&s, g_free);
  g_assert_null (scr_calendar_add_working_days (cal, last, 1, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "adding 1 working days leaves");
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days (cal, first, -1, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days (cal, first, G_MAXINT, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days (cal, last, G_MININT, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
  g_clear_error (&error);
  g_assert_cmpint (scr_calendar_add_working_days_ordinal (cal, 0, 1, SCR_ROLL_ERROR, &error), ==, 0);
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "day number 0");
  g_clear_error (&error);
  g_assert_null (scr_calendar_list_holidays (cal, last, first, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "ends before it starts");
  g_clear_error (&error);
  g_assert_null (scr_calendar_get_holiday (cal, partial));
  g_assert_null (scr_calendar_explain_count (cal, before, first, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
  g_clear_error (&error);
  g_assert_null (scr_calendar_explain_add (cal, last, 1, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
}

static void
test_leap_years (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autofree char *a = add_iso (cal, "2024-02-28", 1, SCR_ROLL_ERROR);
  g_autofree char *b = add_iso (cal, "2000-02-28", 1, SCR_ROLL_ERROR);
  g_autofree char *c = add_iso (cal, "2100-02-26", 1, SCR_ROLL_ERROR);   /* 2100 is not leap */
  g_autofree char *d = add_iso (cal, "2024-03-01", -1, SCR_ROLL_ERROR);

  g_assert_cmpstr (a, ==, "2024-02-29");
  g_assert_cmpstr (b, ==, "2000-02-29");
  g_assert_cmpstr (c, ==, "2100-03-01");
  g_assert_cmpstr (d, ==, "2024-02-29");
  g_assert_cmpint (count_iso (cal, "2024-02-01", "2024-03-01"), ==, 21);
  g_assert_cmpint (count_iso (cal, "2023-02-01", "2023-03-01"), ==, 20);
}

/* Working days by brute force, for the random checks. */
static gboolean
slow_is_working (ScrCalendar *cal,
                 gint32       o)
{
  g_autoptr(ScrDate) d = scr_date_new_from_ordinal (o, NULL);
  g_autoptr(GError) error = NULL;
  gboolean w = scr_calendar_is_working_day (cal, d, &error);

  g_assert_no_error (error);
  g_assert_cmpint (w, ==, scr_calendar_is_working_day_ordinal (cal, o, NULL));
  return w;
}

static void
test_identity (void)
{
  gint32 lo = ord ("1972-06-01"), hi = ord ("2099-06-30");

  for (ScrDivision dv = EW; dv <= NI; dv++)
    {
      g_autoptr(ScrCalendar) cal = calendar (dv);

      for (int i = 0; i < 3000; i++)
        {
          gint32 d = g_test_rand_int_range (lo, hi + 1);
          int n = g_test_rand_int_range (-300, 301);
          g_autoptr(GError) error = NULL;
          gint32 r;

          if (n == 0)
            continue;
          r = scr_calendar_add_working_days_ordinal (cal, d, n, SCR_ROLL_ERROR, &error);
          g_assert_no_error (error);
          g_assert_true (n > 0 ? r > d : r < d);
          g_assert_true (slow_is_working (cal, r));
          g_assert_cmpint (scr_calendar_count_working_days_ordinal (cal, d, r, &error), ==, n);
          g_assert_no_error (error);
          /* A short walk checks against brute force. */
          if (ABS (n) <= 10)
            {
              int seen = 0;
              gint32 x = d;

              while (seen < ABS (n))
                {
                  x += n > 0 ? 1 : -1;
                  seen += slow_is_working (cal, x);
                }
              g_assert_cmpint (x, ==, r);
            }
        }
    }
}

static void
test_roll (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(ScrDate) saturday = date ("2022-09-17");
  g_autoptr(GError) error = NULL;
  char *s;

#define ROLL(start, roll, expected) \
  s = add_iso (cal, start, 0, roll); g_assert_cmpstr (s, ==, expected); g_free (s)

  ROLL ("2022-09-17", SCR_ROLL_FOLLOWING, "2022-09-20");     /* over the State Funeral */
  ROLL ("2022-09-17", SCR_ROLL_PRECEDING, "2022-09-16");
  ROLL ("2022-09-17", SCR_ROLL_MODIFIED_FOLLOWING, "2022-09-20");
  ROLL ("2022-09-17", SCR_ROLL_MODIFIED_PRECEDING, "2022-09-16");
  ROLL ("2022-04-30", SCR_ROLL_FOLLOWING, "2022-05-03");
  ROLL ("2022-04-30", SCR_ROLL_MODIFIED_FOLLOWING, "2022-04-29");   /* stays in April */
  ROLL ("2022-10-01", SCR_ROLL_PRECEDING, "2022-09-30");
  ROLL ("2022-10-01", SCR_ROLL_MODIFIED_PRECEDING, "2022-10-03");   /* stays in October */
  ROLL ("2022-09-16", SCR_ROLL_ERROR, "2022-09-16");                /* a working day stays */
  ROLL ("2022-09-16", SCR_ROLL_PRECEDING, "2022-09-16");
  ROLL ("1971-01-02", SCR_ROLL_MODIFIED_PRECEDING, "1971-01-01");   /* no New Year's Day before 1974 */
#undef ROLL
  g_assert_null (scr_calendar_add_working_days (cal, saturday, 0, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT,
                "Sat 2022-09-17: weekend is not a working day and the roll convention is \"error\"");
  g_clear_error (&error);
  g_assert_cmpint (scr_calendar_add_working_days_ordinal (cal, ord ("2022-09-19"), 0, SCR_ROLL_ERROR, &error), ==, 0);
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "State Funeral");
}

static void
test_count (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(ScrDate) fri = date ("2022-09-16");
  g_autoptr(ScrDate) tue = date ("2022-09-20");
  g_autoptr(ScrDate) sat = date ("2022-09-17");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count_iso (cal, "2022-09-16", "2022-09-16"), ==, 0);
  g_assert_cmpint (count_iso (cal, "2022-09-16", "2022-09-20"), ==, 1);
  g_assert_cmpint (count_iso (cal, "2022-09-20", "2022-09-16"), ==, -1);
  g_assert_cmpint (count_iso (cal, "2022-09-17", "2022-09-19"), ==, 0);
  /* The mirror image: count (d, sub (d, n)) == -n even from a weekend. */
  g_assert_cmpint (count_iso (cal, "2022-09-17", "2022-09-16"), ==, -1);
  g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, fri, tue, &error), ==, 2);
  g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, tue, fri, &error), ==, -2);
  g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, sat, sat, &error), ==, 0);
  g_assert_cmpint (scr_calendar_count_working_days_inclusive (cal, fri, fri, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (scr_calendar_count_working_days_ordinal (cal, ord ("2022-09-01"), ord ("2022-09-23"), &error), ==, 15);
  g_assert_cmpint (scr_calendar_count_working_days_ordinal (cal, -5, 1, &error), ==, 0);
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "from:");
}

static void
test_next_previous (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(ScrDate) fri = date ("2022-09-16");
  g_autoptr(ScrDate) tue = date ("2022-09-20");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) next = scr_calendar_next_working_day (cal, fri, &error);
  g_autoptr(ScrDate) prev = scr_calendar_previous_working_day (cal, tue, &error);
  g_autofree char *n = scr_date_to_iso8601 (next);
  g_autofree char *p = scr_date_to_iso8601 (prev);

  g_assert_no_error (error);
  g_assert_cmpstr (n, ==, "2022-09-20");
  g_assert_cmpstr (p, ==, "2022-09-16");
  g_assert_true (scr_calendar_is_working_day (cal, fri, &error));
  g_assert_false (scr_calendar_is_working_day_ordinal (cal, ord ("2022-09-19"), &error));
  g_assert_no_error (error);
  g_assert_false (scr_calendar_is_working_day_ordinal (cal, 1, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, NULL);
}

static void
test_explain (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(ScrCalendar) sc = calendar (SC);
  g_autoptr(ScrDate) start = date ("2022-09-15");
  g_autoptr(ScrDate) end = date ("2022-09-23");
  g_autoptr(ScrDate) xmas = date ("2022-12-23");
  g_autoptr(ScrDate) sat = date ("2022-09-17");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) add = scr_calendar_explain_add (cal, start, 5, SCR_ROLL_ERROR, &error);
  g_autoptr(GListModel) count = scr_calendar_explain_count (cal, start, end, &error);
  g_autoptr(GListModel) back = scr_calendar_explain_count (cal, end, start, &error);
  g_autoptr(GListModel) scot = scr_calendar_explain_add (sc, xmas, 5, SCR_ROLL_ERROR, &error);
  g_autoptr(GListModel) roll = scr_calendar_explain_add (cal, sat, 0, SCR_ROLL_FOLLOWING, &error);
  g_autoptr(GListModel) rollback = scr_calendar_explain_add (cal, sat, 0, SCR_ROLL_PRECEDING, &error);
  g_autoptr(GListModel) sub = scr_calendar_explain_add (cal, end, -5, SCR_ROLL_ERROR, &error);
  static const char *const scot_expected[] = {
    "Sat 2022-12-24: weekend",
    "Sun 2022-12-25: weekend",
    "Mon 2022-12-26: Boxing Day, Scotland",
    "Tue 2022-12-27: Christmas Day (substitute day), Scotland",
    "Sat 2022-12-31: weekend",
    "Sun 2023-01-01: weekend",
    "Mon 2023-01-02: New Year’s Day (substitute day), Scotland",
    "Tue 2023-01-03: 2nd January (substitute day), Scotland",
  };
  g_autoptr(ScrSkippedDay) funeral = NULL;
  g_autoptr(ScrSkippedDay) weekend = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (add), ==, 3);
  g_assert_true (g_list_model_get_item_type (add) == SCR_TYPE_SKIPPED_DAY);
  weekend = g_list_model_get_item (add, 0);
  funeral = g_list_model_get_item (add, 2);
  g_assert_cmpstr (scr_skipped_day_get_reason (weekend), ==, "Sat 2022-09-17: weekend");
  g_assert_true (scr_skipped_day_get_weekend (weekend));
  g_assert_null (scr_skipped_day_get_holiday (weekend));
  g_assert_cmpstr (scr_skipped_day_get_reason (funeral), ==,
                   "Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth II, England and Wales");
  g_assert_false (scr_skipped_day_get_weekend (funeral));
  g_assert_false (scr_skipped_day_get_provisional (funeral));
  g_assert_cmpstr (scr_holiday_get_name (scr_skipped_day_get_holiday (funeral)), ==,
                   "Bank Holiday for the State Funeral of Queen Elizabeth II");
  g_assert_cmpint (scr_date_get_ordinal (scr_skipped_day_get_date (funeral)), ==, ord ("2022-09-19"));
  g_assert_cmpuint (g_list_model_get_n_items (count), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (back), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (sub), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (scot), ==, G_N_ELEMENTS (scot_expected));
  for (guint i = 0; i < G_N_ELEMENTS (scot_expected); i++)
    {
      g_autoptr(ScrSkippedDay) s = g_list_model_get_item (scot, i);

      g_assert_cmpstr (scr_skipped_day_get_reason (s), ==, scot_expected[i]);
    }
  /* A roll lists the start day too. */
  g_assert_cmpuint (g_list_model_get_n_items (roll), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (rollback), ==, 1);
  g_assert_null (scr_calendar_explain_add (cal, sat, 0, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, NULL);
}

static void
test_provisional (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  g_autoptr(ScrDate) a = date ("2028-12-20");
  g_autoptr(ScrDate) b = date ("2028-12-31");
  g_autoptr(ScrDate) c = date ("2029-01-02");
  g_autoptr(ScrDate) moved = date ("2029-05-07");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) skipped = NULL;
  g_autoptr(ScrSkippedDay) last = NULL;
  g_autofree char *horizon = scr_date_to_iso8601 (scr_calendar_get_confirmed_through (cal));
  ScrHoliday *h;

  g_assert_cmpstr (horizon, ==, "2028-12-31");
  g_assert_false (scr_calendar_is_provisional (cal, a, b));
  g_assert_true (scr_calendar_is_provisional (cal, a, c));
  g_assert_true (scr_calendar_is_provisional (cal, c, a));
  h = scr_calendar_get_holiday (cal, moved);
  g_assert_nonnull (h);
  g_assert_true (scr_holiday_get_provisional (h));
  skipped = scr_calendar_explain_count (cal, a, c, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (skipped, g_list_model_get_n_items (skipped) - 1);
  g_assert_cmpstr (scr_skipped_day_get_reason (last), ==,
                   "Mon 2029-01-01: New Year’s Day, England and Wales (provisional)");
  g_assert_true (scr_skipped_day_get_provisional (last));
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

static void
test_divisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) cal = NULL;
  ScrDivision d = EW;

  g_assert_cmpstr (scr_division_to_string (SC), ==, "scotland");
  g_assert_cmpstr (scr_division_to_string (EW), ==, "england-and-wales");
  g_assert_cmpstr (scr_division_get_label (NI), ==, "Northern Ireland");
  g_assert_true (scr_division_from_string ("northern-ireland", &d, &error));
  g_assert_cmpint (d, ==, NI);
  g_assert_true (scr_division_from_string ("yr-alban", &d, &error));
  g_assert_cmpint (d, ==, SC);
  g_assert_false (scr_division_from_string ("wales", &d, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "unknown division \"wales\"");
  g_clear_error (&error);
  cal = scr_calendar_new_for_division_name ("scotland", &error);
  g_assert_no_error (error);
  g_assert_cmpint (scr_calendar_get_division (cal), ==, SC);
  g_assert_cmpuint (scr_calendar_get_n_closures (cal), ==, 0);
  g_assert_null (scr_calendar_new_for_division_name ("england", &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "england");
}

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

static void
test_batch (void)
{
  g_autoptr(ScrCalendar) cal = calendar (SC);
  g_autoptr(GError) error = NULL;
  gint32 starts[200], offsets[200], ends[200];
  g_autofree gint32 *out = NULL;
  g_autofree gint32 *counts = NULL;
  g_autofree gint32 *one = NULL;
  g_autoptr(GBytes) in_bytes = NULL;
  g_autoptr(GBytes) off_bytes = NULL;
  g_autoptr(GBytes) out_bytes = NULL;
  g_autoptr(GBytes) count_bytes = NULL;
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) odd = g_bytes_new ("abc", 3);
  g_autoptr(GBytes) empty_out = NULL;
  gsize n = 0;
  const gint32 *data;
  gsize size;
  gint32 bad_start[2] = { 0, 0 };
  gint32 zero = 0;

  for (int i = 0; i < 200; i++)
    {
      starts[i] = g_test_rand_int_range (ord ("2000-01-01"), ord ("2021-12-31") + 1);
      offsets[i] = g_test_rand_int_range (-250, 251);
      if (offsets[i] == 0)
        offsets[i] = 1;
    }
  out = scr_calendar_add_working_days_array (cal, starts, 200, offsets, 200, SCR_ROLL_ERROR, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 200);
  for (int i = 0; i < 200; i++)
    {
      ends[i] = out[i];
      g_assert_cmpint (out[i], ==, scr_calendar_add_working_days_ordinal (cal, starts[i], offsets[i], SCR_ROLL_ERROR, NULL));
    }
  counts = scr_calendar_count_working_days_array (cal, starts, 200, ends, 200, &n, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 200; i++)
    g_assert_cmpint (counts[i], ==, offsets[i]);
  /* One offset for all. */
  one = scr_calendar_add_working_days_array (cal, starts, 200, offsets, 1, SCR_ROLL_ERROR, &n, &error);
  for (int i = 0; i < 200; i++)
    g_assert_cmpint (one[i], ==, scr_calendar_add_working_days_ordinal (cal, starts[i], offsets[0], SCR_ROLL_ERROR, NULL));
  g_clear_pointer (&one, g_free);
  one = scr_calendar_count_working_days_array (cal, starts, 200, ends, 1, &n, &error);
  g_assert_cmpint (one[0], ==, scr_calendar_count_working_days_ordinal (cal, starts[0], ends[0], NULL));
  g_clear_pointer (&one, g_free);

  /* Bytes. */
  in_bytes = g_bytes_new (starts, sizeof starts);
  off_bytes = g_bytes_new (offsets, sizeof offsets);
  out_bytes = scr_calendar_add_working_days_bytes (cal, in_bytes, off_bytes, SCR_ROLL_ERROR, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (out_bytes, &size);
  g_assert_cmpuint (size, ==, sizeof starts);
  g_assert_cmpmem (data, size, out, 200 * sizeof (gint32));
  g_clear_pointer (&off_bytes, g_bytes_unref);
  off_bytes = g_bytes_new (ends, sizeof ends);
  count_bytes = scr_calendar_count_working_days_bytes (cal, in_bytes, off_bytes, &error);
  data = g_bytes_get_data (count_bytes, &size);
  g_assert_cmpmem (data, size, offsets, sizeof offsets);
  empty_out = scr_calendar_add_working_days_bytes (cal, empty, empty, SCR_ROLL_ERROR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (empty_out), ==, 0);

  /* Errors name the index. */
  bad_start[0] = starts[0];
  g_clear_pointer (&one, g_free);
  one = scr_calendar_add_working_days_array (cal, bad_start, 2, offsets, 2, SCR_ROLL_ERROR, &n, &error);
  g_assert_null (one);
  g_assert_cmpuint (n, ==, 0);
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "ordinals[1]: day number 0");
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days_array (cal, starts, 3, offsets, 2, SCR_ROLL_ERROR, &n, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "offsets has 2 values; expected 3 or 1");
  g_clear_error (&error);
  g_assert_null (scr_calendar_count_working_days_array (cal, starts, 3, ends, 2, &n, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "to has 2 values");
  g_clear_error (&error);
  g_assert_null (scr_calendar_count_working_days_array (cal, starts, 2, bad_start, 2, &n, &error));
  assert_error (error, SCR_ERROR_OUT_OF_RANGE, "to[1]");
  g_clear_error (&error);
  g_assert_null (scr_calendar_add_working_days_bytes (cal, odd, in_bytes, SCR_ROLL_ERROR, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "ordinals: 3 bytes");
  g_clear_error (&error);
  g_assert_null (scr_calendar_count_working_days_bytes (cal, in_bytes, odd, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "to: 3 bytes");
  g_clear_error (&error);
  /* A saturday with offset 0 and the error roll. */
  bad_start[0] = ord ("2022-09-17");
  g_assert_null (scr_calendar_add_working_days_array (cal, bad_start, 1, &zero, 1, SCR_ROLL_ERROR, &n, &error));
  assert_error (error, SCR_ERROR_INVALID_ARGUMENT, "ordinals[0]: ");
}

static void
test_combined (void)
{
  g_autoptr(ScrCalendar) ew = calendar (EW);
  g_autoptr(ScrCalendar) sc = calendar (SC);
  ScrCalendar *both = scr_calendar_combine (ew, sc, SCR_CALENDAR_COMBINATION_UNION);
  g_autoptr(ScrCalendar) either = scr_calendar_combine (ew, sc, SCR_CALENDAR_COMBINATION_INTERSECTION);
  g_autoptr(ScrCalendarBuilder) builder = scr_calendar_builder_new (SC);
  ScrCalendar *closed = NULL;
  g_autoptr(ScrCalendar) with_closures = NULL;
  g_autoptr(ScrDate) from = date ("2026-01-01");
  g_autoptr(ScrDate) to = date ("2026-12-31");
  g_autoptr(ScrDate) start = date ("2026-06-11");
  g_autoptr(GListModel) union_days = NULL;
  g_autoptr(GListModel) common_days = NULL;
  g_autoptr(GListModel) why = NULL;
  g_autoptr(ScrSkippedDay) world_cup = NULL;
  g_autoptr(ScrSkippedDay) boxing = NULL;
  g_autoptr(GError) error = NULL;
  char *s;

  g_assert_cmpint (scr_calendar_get_division (both), ==, EW);
  /* Union: off when either is off. */
  s = add_iso (both, "2026-06-11", 3, SCR_ROLL_ERROR);   /* Scotland's World Cup day */
  g_assert_cmpstr (s, ==, "2026-06-17");
  g_free (s);
  s = add_iso (both, "2026-04-02", 1, SCR_ROLL_ERROR);   /* E&W's Easter Monday */
  g_assert_cmpstr (s, ==, "2026-04-07");
  g_free (s);
  g_assert_cmpint (count_iso (both, "2025-12-31", "2026-12-31"), ==, 253 - 4);   /* + 2 Jan, World Cup, 3 Aug, St Andrew's */
  /* Intersection: off only when both are off. */
  s = add_iso (either, "2026-04-02", 1, SCR_ROLL_ERROR);  /* Scotland works on Easter Monday */
  g_assert_cmpstr (s, ==, "2026-04-06");
  g_free (s);
  s = add_iso (either, "2026-06-11", 3, SCR_ROLL_ERROR);
  g_assert_cmpstr (s, ==, "2026-06-16");
  g_free (s);
  g_assert_cmpint (count_iso (either, "2025-12-31", "2026-12-31"), ==, 253 + 2);   /* + Easter Monday, 31 Aug */
  /* Holidays keep their divisions; both Christmases are listed. */
  union_days = scr_calendar_list_holidays (both, from, to, &error);
  common_days = scr_calendar_list_holidays (either, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (union_days), ==, 8 + 10);
  g_assert_cmpuint (g_list_model_get_n_items (common_days), ==, 2 * 6);
  why = scr_calendar_explain_add (both, start, 3, SCR_ROLL_ERROR, &error);
  world_cup = g_list_model_get_item (why, 2);
  g_assert_cmpstr (scr_skipped_day_get_reason (world_cup), ==, "Mon 2026-06-15: World Cup bank holiday, Scotland");
  g_clear_object (&why);
  why = scr_calendar_explain_count (both, date_keep ("2026-12-24"), date_keep ("2026-12-29"), &error);
  boxing = g_list_model_get_item (why, 3);
  g_assert_cmpstr (scr_skipped_day_get_reason (boxing), ==,
                   "Mon 2026-12-28: Boxing Day (substitute day), England and Wales; "
                   "Boxing Day (substitute day), Scotland");
  /* Closures and the horizon carry over. */
  g_assert_true (scr_calendar_builder_add_closure (builder, start, NULL, "Agency closed", &error));
  closed = scr_calendar_builder_build (builder, &error);
  with_closures = scr_calendar_combine (ew, closed, SCR_CALENDAR_COMBINATION_UNION);
  g_assert_cmpuint (scr_calendar_get_n_closures (with_closures), ==, 1);
  g_assert_false (scr_calendar_is_working_day (with_closures, start, &error));
  g_assert_cmpint (scr_date_get_ordinal (scr_calendar_get_confirmed_through (with_closures)), ==,
                   ord ("2028-12-31"));
  g_assert_finalize_object (both);
  g_assert_finalize_object (closed);
}

static gpointer
thread_work (gpointer data)
{
  ScrCalendar *shared = data;
  int sum = 0;

  for (int i = 0; i < 20000; i++)
    {
      g_autoptr(ScrCalendar) own = scr_calendar_new_for_division (EW, NULL);
      gint32 d = 730000 + (i * 37) % 8000;

      g_assert_true (own == shared);
      sum += scr_calendar_count_working_days_ordinal (shared, d, scr_calendar_add_working_days_ordinal (shared, d, 17, SCR_ROLL_ERROR, NULL), NULL);
    }
  return GINT_TO_POINTER (sum);
}

static void
test_threads (void)
{
  g_autoptr(ScrCalendar) cal = calendar (EW);
  GThread *threads[4];

  for (int i = 0; i < 4; i++)
    threads[i] = g_thread_new ("calendar", thread_work, cal);
  for (int i = 0; i < 4; i++)
    g_assert_cmpint (GPOINTER_TO_INT (g_thread_join (threads[i])), ==, 17 * 20000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/calendar/table-1990-2030", test_table);
  g_test_add_func ("/scr/calendar/vectors", test_vectors);
  g_test_add_func ("/scr/calendar/year-counts", test_year_counts);
  g_test_add_func ("/scr/calendar/substitutes", test_substitutes);
  g_test_add_func ("/scr/calendar/one-offs", test_one_offs);
  g_test_add_func ("/scr/calendar/history", test_history);
  g_test_add_func ("/scr/calendar/range", test_range);
  g_test_add_func ("/scr/calendar/leap-years", test_leap_years);
  g_test_add_func ("/scr/calendar/identity", test_identity);
  g_test_add_func ("/scr/calendar/roll", test_roll);
  g_test_add_func ("/scr/calendar/count", test_count);
  g_test_add_func ("/scr/calendar/next-previous", test_next_previous);
  g_test_add_func ("/scr/calendar/explain", test_explain);
  g_test_add_func ("/scr/calendar/provisional", test_provisional);
  g_test_add_func ("/scr/calendar/holiday-object", test_holiday_object);
  g_test_add_func ("/scr/calendar/divisions", test_divisions);
  g_test_add_func ("/scr/calendar/closures", test_closures);
  g_test_add_func ("/scr/calendar/closures-errors", test_closures_errors);
  g_test_add_func ("/scr/calendar/gov-uk", test_gov_uk);
  g_test_add_func ("/scr/calendar/gov-uk-labels", test_gov_uk_labels);
  g_test_add_func ("/scr/calendar/gov-uk-errors", test_gov_uk_errors);
  g_test_add_func ("/scr/calendar/batch", test_batch);
  g_test_add_func ("/scr/calendar/combined", test_combined);
  g_test_add_func ("/scr/calendar/threads", test_threads);
  return g_test_run ();
}
