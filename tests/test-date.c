/* test-date.c: ScrDate, the immutable partial-precision date. */
#include <string.h>
#include <scr/scr.h>

static void
test_new_complete (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) d = scr_date_new (2014, 8, 27, &error);
  g_autofree char *iso = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (scr_date_get_year (d), ==, 2014);
  g_assert_cmpint (scr_date_get_month (d), ==, 8);
  g_assert_cmpint (scr_date_get_day (d), ==, 27);
  g_assert_cmpint (scr_date_get_precision (d), ==, SCR_DATE_PRECISION_DAY);
  g_assert_true (scr_date_is_complete (d));
  g_assert_cmpint (scr_date_get_weekday (d), ==, G_DATE_WEDNESDAY);
  iso = scr_date_to_iso8601 (d);
  g_assert_cmpstr (iso, ==, "2014-08-27");
}

static void
test_invalid_day (void)
{
  g_autoptr(GError) error = NULL;
  ScrDate *d;

  d = scr_date_new (2014, 2, 29, &error);
  g_assert_null (d);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "February 2014"));
  g_clear_error (&error);

  d = scr_date_new (2016, 2, 29, &error);   /* leap day exists */
  g_assert_no_error (error);
  scr_date_free (d);

  d = scr_date_new (1900, 2, 29, &error);   /* century, not leap */
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  d = scr_date_new (2000, 2, 29, &error);   /* 400-year rule: leap */
  g_assert_no_error (error);
  scr_date_free (d);

  g_assert_null (scr_date_new (2014, 13, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (scr_date_new (0, 1, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (scr_date_new (10000, 1, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
}

static void
test_partial (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) ym = scr_date_new_year_month (2011, 11, &error);
  g_autoptr(ScrDate) y = scr_date_new_year (2014, &error);
  g_autofree char *a = scr_date_to_iso8601 (ym);
  g_autofree char *b = scr_date_to_iso8601 (y);

  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, "2011-11");
  g_assert_cmpstr (b, ==, "2014");
  g_assert_cmpint (scr_date_get_day (ym), ==, 0);
  g_assert_cmpint (scr_date_get_month (y), ==, 0);
  g_assert_false (scr_date_is_complete (ym));
  g_assert_cmpint (scr_date_get_precision (ym), ==, SCR_DATE_PRECISION_MONTH);
  g_assert_cmpint (scr_date_get_precision (y), ==, SCR_DATE_PRECISION_YEAR);
  g_assert_cmpint (scr_date_get_weekday (ym), ==, G_DATE_BAD_WEEKDAY);

  g_assert_null (scr_date_add_days (ym, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (scr_date_add_months (y, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
}

typedef struct { const char *text; const char *expect; } IsoCase;

static void
test_iso8601 (void)
{
  static const IsoCase good[] = {
    { "2014-08-27", "2014-08-27" }, { "2011-11", "2011-11" }, { "2014", "2014" },
    { "0001-01-01", "0001-01-01" }, { "9999-12-31", "9999-12-31" },
    { "2024-02-29", "2024-02-29" },
  };
  static const char *bad[] = {
    "2014-02-30", "2023-02-29", "2014-8-27", "14-08-27", " 2014-08-27", "2014-08-27T00:00",
    "2014-00", "2014-13", "0000", "", "abcd", "2014/08/27", "2014-08-32", "20140827",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDate) d = scr_date_new_from_iso8601 (good[i].text, &error);
      g_autofree char *out = NULL;

      g_assert_no_error (error);
      out = scr_date_to_iso8601 (d);
      g_assert_cmpstr (out, ==, good[i].expect);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      ScrDate *d = scr_date_new_from_iso8601 (bad[i], &error);

      g_assert_null (d);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, "is not a date"));
    }
}

static void
test_ordinal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) first = scr_date_new (1, 1, 1, &error);
  g_autoptr(ScrDate) epoch = scr_date_new (1970, 1, 1, &error);
  g_autoptr(ScrDate) last = scr_date_new (9999, 12, 31, &error);
  GDate gd;

  g_assert_cmpint (scr_date_get_ordinal (first), ==, 1);
  g_assert_cmpint (scr_date_get_ordinal (epoch), ==, 719163);  /* date(1970,1,1).toordinal() */
  g_assert_cmpint (scr_date_get_ordinal (last), ==, 3652059);

  /* Every day agrees with GDate's Julian numbering, both ways. */
  for (gint32 j = 1; j <= 3652059; j += 97)
    {
      g_autoptr(ScrDate) d = scr_date_new_from_ordinal (j, &error);

      g_assert_no_error (error);
      g_date_clear (&gd, 1);
      g_date_set_julian (&gd, j);
      g_assert_cmpint (scr_date_get_year (d), ==, g_date_get_year (&gd));
      g_assert_cmpint (scr_date_get_month (d), ==, g_date_get_month (&gd));
      g_assert_cmpint (scr_date_get_day (d), ==, g_date_get_day (&gd));
      g_assert_cmpint (scr_date_get_weekday (d), ==, g_date_get_weekday (&gd));
      g_assert_cmpint (scr_date_get_ordinal (d), ==, j);
    }

  g_assert_null (scr_date_new_from_ordinal (0, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (scr_date_new_from_ordinal (3652060, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
}

static void
test_compare_equal_hash (void)
{
  g_autoptr(ScrDate) a = scr_date_new (2014, 1, 1, NULL);
  g_autoptr(ScrDate) b = scr_date_new_year_month (2014, 1, NULL);
  g_autoptr(ScrDate) c = scr_date_new_year (2014, NULL);
  g_autoptr(ScrDate) d = scr_date_new (2013, 12, 31, NULL);
  g_autoptr(ScrDate) a2 = scr_date_copy (a);

  g_assert_cmpint (scr_date_compare (d, a), <, 0);
  g_assert_cmpint (scr_date_compare (a, b), <, 0);
  g_assert_cmpint (scr_date_compare (b, c), <, 0);
  g_assert_cmpint (scr_date_compare (c, a), >, 0);
  g_assert_cmpint (scr_date_compare (a, a2), ==, 0);
  g_assert_true (scr_date_equal (a, a2));
  g_assert_false (scr_date_equal (a, b));
  g_assert_cmpuint (scr_date_hash (a), ==, scr_date_hash (a2));
  g_assert_cmpuint (scr_date_hash (a), !=, scr_date_hash (b));
}

static void
test_arithmetic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) aug31 = scr_date_new (2023, 8, 31, NULL);
  g_autoptr(ScrDate) feb = scr_date_add_months (aug31, 6, &error);
  g_autoptr(ScrDate) aug31b = scr_date_new (2019, 8, 31, NULL);
  g_autoptr(ScrDate) feb_leap = scr_date_add_months (aug31b, 6, &error);
  g_autoptr(ScrDate) leap = scr_date_new (2024, 2, 29, NULL);
  g_autoptr(ScrDate) leap_plus_year = scr_date_add_months (leap, 12, &error);
  g_autoptr(ScrDate) back = scr_date_add_months (aug31, -18, &error);
  g_autoptr(ScrDate) ym = scr_date_new_year_month (2011, 11, NULL);
  g_autoptr(ScrDate) ym2 = scr_date_add_months (ym, 3, &error);
  g_autoptr(ScrDate) y_end = scr_date_new (2022, 12, 31, NULL);
  g_autoptr(ScrDate) next = scr_date_add_days (y_end, 1, &error);
  g_autoptr(ScrDate) prev = scr_date_add_days (next, -366, &error);
  g_autofree char *s1 = scr_date_to_iso8601 (feb);
  g_autofree char *s2 = scr_date_to_iso8601 (feb_leap);
  g_autofree char *s3 = scr_date_to_iso8601 (leap_plus_year);
  g_autofree char *s4 = scr_date_to_iso8601 (back);
  g_autofree char *s5 = scr_date_to_iso8601 (ym2);
  g_autofree char *s6 = scr_date_to_iso8601 (next);
  g_autofree char *s7 = scr_date_to_iso8601 (prev);

  g_assert_no_error (error);
  g_assert_cmpstr (s1, ==, "2024-02-29");
  g_assert_cmpstr (s2, ==, "2020-02-29");
  g_assert_cmpstr (s3, ==, "2025-02-28");
  g_assert_cmpstr (s4, ==, "2022-02-28");
  g_assert_cmpstr (s5, ==, "2012-02");
  g_assert_cmpstr (s6, ==, "2023-01-01");
  g_assert_cmpstr (s7, ==, "2021-12-31");
  g_assert_cmpint (scr_date_days_between (y_end, next), ==, 1);
  g_assert_cmpint (scr_date_days_between (next, prev), ==, -366);
}

/* Found by fuzzing: the text is quoted escaped and cut, so the message
 * stays one readable line whatever the input. */
static void
test_error_one_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (1000, '7');

  g_assert_null (scr_date_new_from_iso8601 ("2026-\n01", &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==,
                   "\"2026-\\n01\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  g_clear_error (&error);

  g_assert_null (scr_date_new_from_iso8601 ("\"\x01\xff", &error));
  g_assert_cmpstr (error->message, ==,
                   "\"\\\"\\x01\\xff\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  g_clear_error (&error);

  g_assert_null (scr_date_new_from_iso8601 (long_text, &error));
  g_assert_nonnull (strstr (error->message, "7777…\" is not a date"));
  g_assert_cmpuint (strlen (error->message), <, 140);
}

static void
test_range_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) last = scr_date_new (9999, 12, 31, NULL);
  g_autoptr(ScrDate) first = scr_date_new (1, 1, 1, NULL);

  g_assert_null (scr_date_add_days (last, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (scr_date_add_days (first, -1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (scr_date_add_days (first, G_MININT, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (scr_date_add_months (last, 1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (scr_date_add_months (first, -1, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (scr_date_add_months (first, G_MAXINT, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE);
}

static void
test_date_time_london (void)
{
  /* 23:30 UTC on 30 June is 00:30 BST on 1 July; in winter UTC = GMT. */
  g_autoptr(GDateTime) summer = g_date_time_new_utc (2022, 6, 30, 23, 30, 0);
  g_autoptr(GDateTime) winter = g_date_time_new_utc (2022, 12, 31, 23, 30, 0);
  g_autoptr(ScrDate) a = scr_date_new_from_date_time (summer);
  g_autoptr(ScrDate) b = scr_date_new_from_date_time (winter);
  g_autoptr(ScrDate) today = scr_date_new_today ();
  g_autofree char *sa = scr_date_to_iso8601 (a);
  g_autofree char *sb = scr_date_to_iso8601 (b);
  g_autofree char *formatted = scr_date_format (a, "%a %d %b %Y");

  if (g_file_test ("/usr/share/zoneinfo/Europe/London", G_FILE_TEST_EXISTS))
    g_assert_cmpstr (sa, ==, "2022-07-01");
  g_assert_cmpstr (sb, ==, "2022-12-31");
  g_assert_true (scr_date_is_complete (today));
  g_assert_cmpint (scr_date_get_year (today), >=, 2024);
  if (g_file_test ("/usr/share/zoneinfo/Europe/London", G_FILE_TEST_EXISTS))
    g_assert_cmpstr (formatted, ==, "Fri 01 Jul 2022");
}

static void
test_boxed_and_misuse (void)
{
  g_autoptr(ScrDate) d = scr_date_new (2020, 5, 8, NULL);
  ScrDate *copy = g_boxed_copy (SCR_TYPE_DATE, d);

  g_assert_true (scr_date_equal (d, copy));
  g_boxed_free (SCR_TYPE_DATE, copy);

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
  g_assert_null (scr_date_new_from_iso8601 (NULL, NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_cmpint (scr_date_get_year (NULL), ==, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpint (SCR_ERROR, ==, g_quark_from_static_string ("scr-error-quark"));
  g_assert_true (SCR_CHECK_VERSION (1, 0, 0));
  g_assert_false (SCR_CHECK_VERSION (99, 0, 0));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/core/date/new-complete", test_new_complete);
  g_test_add_func ("/scr/core/date/invalid-day", test_invalid_day);
  g_test_add_func ("/scr/core/date/partial", test_partial);
  g_test_add_func ("/scr/core/date/iso8601", test_iso8601);
  g_test_add_func ("/scr/core/date/ordinal", test_ordinal);
  g_test_add_func ("/scr/core/date/compare-equal-hash", test_compare_equal_hash);
  g_test_add_func ("/scr/core/date/arithmetic", test_arithmetic);
  g_test_add_func ("/scr/core/date/range-errors", test_range_errors);
  g_test_add_func ("/scr/core/date/error-one-line", test_error_one_line);
  g_test_add_func ("/scr/core/date/date-time-london", test_date_time_london);
  g_test_add_func ("/scr/core/date/boxed-and-misuse", test_boxed_and_misuse);
  return g_test_run ();
}
