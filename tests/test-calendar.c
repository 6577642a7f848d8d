/* test-calendar.c: ScrCalendar and ScrSkippedDay, through the public API.
 * The built-in holidays are tested in test-holiday.c, ScrCalendarBuilder in
 * test-calendar-builder.c. */
#include "test-calendar-util.h"

/* A date freed at the end of the test, for inline arguments. */
static ScrDate *
date_keep (const char *iso)
{
  ScrDate *d = date (iso);

  g_test_queue_destroy ((GDestroyNotify) scr_date_free, d);
  return d;
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

  g_test_add_func ("/scr/calendar/vectors", test_vectors);
  g_test_add_func ("/scr/calendar/year-counts", test_year_counts);
  g_test_add_func ("/scr/calendar/range", test_range);
  g_test_add_func ("/scr/calendar/leap-years", test_leap_years);
  g_test_add_func ("/scr/calendar/identity", test_identity);
  g_test_add_func ("/scr/calendar/roll", test_roll);
  g_test_add_func ("/scr/calendar/count", test_count);
  g_test_add_func ("/scr/calendar/next-previous", test_next_previous);
  g_test_add_func ("/scr/calendar/explain", test_explain);
  g_test_add_func ("/scr/calendar/provisional", test_provisional);
  g_test_add_func ("/scr/calendar/divisions", test_divisions);
  g_test_add_func ("/scr/calendar/batch", test_batch);
  g_test_add_func ("/scr/calendar/combined", test_combined);
  g_test_add_func ("/scr/calendar/threads", test_threads);
  return g_test_run ();
}
