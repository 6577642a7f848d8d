/* scr-cmd-calendar.c: scr holidays, scr workdays add|count.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-args.h"
#include "scr-tool.h"

typedef struct
{
  char *division;
  char *closures;
  char *gov_uk;
  char *roll;
  gboolean explain;
  gboolean inclusive;
} CalendarOptions;

static void
calendar_options_clear (CalendarOptions *options)
{
  g_clear_pointer (&options->division, g_free);
  g_clear_pointer (&options->closures, g_free);
  g_clear_pointer (&options->gov_uk, g_free);
  g_clear_pointer (&options->roll, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CalendarOptions, calendar_options_clear)

/* Parses options like scr_tool_parse_options, but lets negative numbers
 * through as arguments ("scr workdays add 2026-06-24 -7"). */
static gboolean
parse_options (CalendarOptions *options,
               GOptionEntry    *entries,
               const char      *parameter_string,
               GPtrArray       *keep,
               const char      *summary,
               int             *argc,
               char          ***argv)
{
  GOptionEntry common[] = {
    { "division", 'd', 0, G_OPTION_ARG_STRING, &options->division,
      "england-and-wales (default), scotland or northern-ireland", "D" },
    { "closures", 0, 0, G_OPTION_ARG_FILENAME, &options->closures,
      "add the closure days of a JSON file", "FILE" },
    { "gov-uk", 0, 0, G_OPTION_ARG_FILENAME, &options->gov_uk,
      "update from a GOV.UK bank-holidays.json", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  scr_args_hide_negative_numbers (*argc, *argv, keep);
  g_option_context_add_main_entries (context, common, NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, summary);
  ok = g_option_context_parse (context, argc, argv, &error);
  scr_args_restore_negative_numbers (*argc, *argv, keep);
  scr_args_restore_option_value (&options->division, keep);
  scr_args_restore_option_value (&options->closures, keep);
  scr_args_restore_option_value (&options->gov_uk, keep);
  scr_args_restore_option_value (&options->roll, keep);
  if (!ok)
    scr_tool_fail ("%s", error->message);
  return ok;
}

static ScrCalendar *
build_calendar (CalendarOptions  *options,
                GError          **error)
{
  ScrDivision division = SCR_DIVISION_ENGLAND_AND_WALES;
  g_autoptr(ScrCalendarBuilder) builder = NULL;

  if (options->division != NULL && !scr_division_from_string (options->division, &division, error))
    return NULL;
  if (options->closures == NULL && options->gov_uk == NULL)
    return scr_calendar_new_for_division (division, error);
  builder = scr_calendar_builder_new (division);
  if (options->gov_uk != NULL && !scr_calendar_builder_load_gov_uk_file (builder, options->gov_uk, error))
    return NULL;
  if (options->closures != NULL && !scr_calendar_builder_load_closures_file (builder, options->closures, error))
    return NULL;
  return scr_calendar_builder_build (builder, error);
}

int
scr_cmd_holidays (int    argc,
                  char **argv)
{
  g_auto(CalendarOptions) options = { 0, };
  GOptionEntry entries[] = {
    { NULL }
  };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autoptr(ScrDate) from = NULL;
  g_autoptr(ScrDate) to = NULL;
  g_autoptr(GListModel) holidays = NULL;
  gint64 first, last;

  if (!parse_options (&options, entries, "FIRST_YEAR [LAST_YEAR]", keep,
                      "List the bank holidays (and closure days) of the years, one per line: DATE<TAB>NAME.",
                      &argc, &argv))
    return 2;
  if (argc < 2 || argc > 3)
    return scr_tool_fail ("holidays: expected FIRST_YEAR [LAST_YEAR]");
  if (!scr_args_parse_int (argv[1], SCR_CALENDAR_FIRST_YEAR, SCR_CALENDAR_LAST_YEAR, "year", &first, &error) ||
      !scr_args_parse_int (argv[argc - 1], SCR_CALENDAR_FIRST_YEAR, SCR_CALENDAR_LAST_YEAR, "year", &last, &error))
    return scr_tool_fail ("holidays: %s", error->message);
  if (last < first)
    return scr_tool_fail ("holidays: LAST_YEAR %" G_GINT64_FORMAT " is before FIRST_YEAR %" G_GINT64_FORMAT,
                          last, first);
  calendar = build_calendar (&options, &error);
  if (calendar == NULL)
    return scr_tool_fail ("holidays: %s", error->message);
  from = scr_date_new ((int) first, 1, 1, NULL);
  to = scr_date_new ((int) last, 12, 31, NULL);
  holidays = scr_calendar_list_holidays (calendar, from, to, &error);
  if (holidays == NULL)
    return scr_tool_fail ("holidays: %s", error->message);
  for (guint i = 0; i < g_list_model_get_n_items (holidays); i++)
    {
      g_autoptr(ScrHoliday) holiday = g_list_model_get_item (holidays, i);
      g_autofree char *iso = scr_date_to_iso8601 (scr_holiday_get_date (holiday));

      printf ("%s\t%s\n", iso, scr_holiday_get_name (holiday));
    }
  return 0;
}

/* A one-line note on stderr when an answer rests on provisional days. */
static void
note_provisional (ScrCalendar   *calendar,
                  const ScrDate *from,
                  const ScrDate *to)
{
  g_autofree char *horizon = NULL;

  if (!scr_calendar_is_provisional (calendar, from, to))
    return;
  horizon = scr_date_to_iso8601 (scr_calendar_get_confirmed_through (calendar));
  fprintf (stderr, "scr: note: the answer depends on provisional holidays after %s\n", horizon);
}

static int
workdays_add (int    argc,
              char **argv)
{
  g_auto(CalendarOptions) options = { 0, };
  GOptionEntry entries[] = {
    { "explain", 'e', 0, G_OPTION_ARG_NONE, &options.explain, "list the days skipped and why", NULL },
    { "roll", 0, 0, G_OPTION_ARG_STRING, &options.roll,
      "for N = 0: error (default), following, preceding, modified-following, modified-preceding", "ROLL" },
    { NULL }
  };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autoptr(ScrDate) start = NULL;
  g_autoptr(ScrDate) result = NULL;
  g_autofree char *iso = NULL;
  ScrRoll roll;
  gint64 n;

  if (!parse_options (&options, entries, "DATE N", keep,
                      "Print the N-th working day after DATE (before it for negative N), "
                      "and with --explain the days skipped.",
                      &argc, &argv))
    return 2;
  if (argc != 3)
    return scr_tool_fail ("workdays add: expected DATE N");
  if ((start = scr_args_parse_day (argv[1], &error)) == NULL ||
      !scr_args_parse_int (argv[2], G_MININT, G_MAXINT, "N", &n, &error) ||
      !scr_args_parse_roll (options.roll, &roll, &error) ||
      (calendar = build_calendar (&options, &error)) == NULL ||
      (result = scr_calendar_add_working_days (calendar, start, (int) n, roll, &error)) == NULL)
    return scr_tool_fail ("workdays add: %s", error->message);
  iso = scr_date_to_iso8601 (result);
  printf ("%s\n", iso);
  note_provisional (calendar, start, result);
  if (options.explain)
    {
      g_autoptr(GListModel) skipped = scr_calendar_explain_add (calendar, start, (int) n, roll, &error);

      if (skipped == NULL)
        return scr_tool_fail ("workdays add: %s", error->message);
      for (guint i = 0; i < g_list_model_get_n_items (skipped); i++)
        {
          g_autoptr(ScrSkippedDay) day = g_list_model_get_item (skipped, i);

          printf ("%s\n", scr_skipped_day_get_reason (day));
        }
    }
  return 0;
}

static int
workdays_count (int    argc,
                char **argv)
{
  g_auto(CalendarOptions) options = { 0, };
  GOptionEntry entries[] = {
    { "inclusive", 'i', 0, G_OPTION_ARG_NONE, &options.inclusive, "count both ends (as NETWORKDAYS)", NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autoptr(ScrDate) from = NULL;
  g_autoptr(ScrDate) to = NULL;
  int count;

  if (!parse_options (&options, entries, "FROM TO", keep,
                      "Print the number of working days d with FROM < d <= TO "
                      "(negative when TO is before FROM).",
                      &argc, &argv))
    return 2;
  if (argc != 3)
    return scr_tool_fail ("workdays count: expected FROM TO");
  if ((from = scr_args_parse_day (argv[1], &error)) == NULL ||
      (to = scr_args_parse_day (argv[2], &error)) == NULL ||
      (calendar = build_calendar (&options, &error)) == NULL)
    return scr_tool_fail ("workdays count: %s", error->message);
  count = options.inclusive ? scr_calendar_count_working_days_inclusive (calendar, from, to, &error)
                            : scr_calendar_count_working_days (calendar, from, to, &error);
  if (error != NULL)
    return scr_tool_fail ("workdays count: %s", error->message);
  printf ("%d\n", count);
  note_provisional (calendar, from, to);
  return 0;
}

int
scr_cmd_workdays (int    argc,
                  char **argv)
{
  g_autofree char *name = NULL;

  if (argc < 2)
    return scr_tool_fail ("workdays: expected 'add DATE N' or 'count FROM TO'");
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      printf ("Usage:\n  scr workdays add [--division D] [--closures FILE] [--gov-uk FILE] [--explain] [--roll ROLL] DATE N\n"
              "  scr workdays count [--division D] [--closures FILE] [--gov-uk FILE] [--inclusive] FROM TO\n");
      return 0;
    }
  name = g_strdup_printf ("%s %s", argv[0], argv[1]);
  argv[1] = name;
  if (g_str_equal (argv[1] + strlen (argv[0]) + 1, "add"))
    return workdays_add (argc - 1, argv + 1);
  if (g_str_equal (argv[1] + strlen (argv[0]) + 1, "count"))
    return workdays_count (argc - 1, argv + 1);
  return scr_tool_fail ("workdays: unknown subcommand '%s' (expected add or count)",
                        argv[1] + strlen (argv[0]) + 1);
}
