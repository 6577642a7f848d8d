/* bench-workdays.c: libscr's working-day arithmetic through the C API.
 *
 * Usage: bench-workdays DIVISION PAIRS RESULTS [REPEATS]
 *   PAIRS: native int32 day numbers, then as many int32 offsets
 *   RESULTS: written as native int32 day numbers (from the per-call run)
 * Prints one JSON object with the best time of each way of calling.
 * Driven by bench_workdays.py, which makes the pairs and checks results.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>
#include <scr/scr.h>

static double
best_of (int     repeats,
         double  seconds,
         double  best)
{
  return repeats == 0 || seconds < best ? seconds : best;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0, n;
  const gint32 *starts, *offsets;
  g_autofree gint32 *results = NULL;
  double per_call = 0, batch = 0, dates = 0;
  int repeats = argc > 4 ? atoi (argv[4]) : 5;
  gint64 checksum = 0;

  if (argc < 4)
    {
      fprintf (stderr, "usage: bench-workdays DIVISION PAIRS RESULTS [REPEATS]\n");
      return 2;
    }
  calendar = scr_calendar_new_for_division_name (argv[1], &error);
  if (calendar == NULL || !g_file_get_contents (argv[2], &contents, &length, &error))
    {
      fprintf (stderr, "bench-workdays: %s\n", error->message);
      return 2;
    }
  n = length / (2 * sizeof (gint32));
  starts = (const gint32 *) (const void *) contents;   /* malloc-aligned */
  offsets = starts + n;
  results = g_new (gint32, n);

  for (int r = 0; r < repeats; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (gsize i = 0; i < n; i++)
        results[i] = scr_calendar_add_working_days_ordinal (calendar, starts[i], offsets[i],
                                                            SCR_ROLL_ERROR, NULL);
      per_call = best_of (r, (g_get_monotonic_time () - t0) / 1e6, per_call);
    }
  for (int r = 0; r < repeats; r++)
    {
      gsize n_out = 0;
      gint64 t0 = g_get_monotonic_time ();
      g_autofree gint32 *out = scr_calendar_add_working_days_array (calendar, starts, n, offsets, n,
                                                                    SCR_ROLL_ERROR, &n_out, &error);

      batch = best_of (r, (g_get_monotonic_time () - t0) / 1e6, batch);
      if (out == NULL || n_out != n || memcmp (out, results, n * sizeof (gint32)) != 0)
        {
          fprintf (stderr, "bench-workdays: the batch disagrees with the per-call results\n");
          return 1;
        }
    }
  /* The ScrDate API allocates a date per call: shown for comparison. */
  for (int r = 0; r < MIN (repeats, 3); r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (gsize i = 0; i < n; i++)
        {
          g_autoptr(ScrDate) start = scr_date_new_from_ordinal (starts[i], NULL);
          g_autoptr(ScrDate) end = scr_calendar_add_working_days (calendar, start, offsets[i],
                                                                  SCR_ROLL_ERROR, NULL);

          checksum += scr_date_get_ordinal (end) - results[i];
        }
      dates = best_of (r, (g_get_monotonic_time () - t0) / 1e6, dates);
    }
  if (checksum != 0)
    {
      fprintf (stderr, "bench-workdays: the ScrDate API disagrees with the ordinal API\n");
      return 1;
    }
  if (!g_file_set_contents (argv[3], (const char *) results, n * sizeof (gint32), &error))
    {
      fprintf (stderr, "bench-workdays: %s\n", error->message);
      return 2;
    }
  printf ("{\"n\": %" G_GSIZE_FORMAT ", \"per_call\": %.6f, \"batch\": %.6f, \"scr_date\": %.6f}\n",
          n, per_call, batch, dates);
  return 0;
}
