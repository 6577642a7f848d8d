/* bench-json.c: time libscr's dataset load against json-glib's bare parse.
 *
 * Usage: bench-json [--runs N] FILE
 *
 * Reads FILE once into memory, then times, best of N runs each (default
 * 5), on the same bytes:
 *   parse    json_parser_load_from_data (a new JsonParser each run)
 *   dataset  scr_dataset_new_from_data (parse, checks and the model)
 * and prints one line per measure as "name seconds" plus the counts, for
 * benchmarks/json/run.py. Runs alternate between the two so that both see
 * the same machine state.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include <scr/scr.h>

static double
time_parse (const char *data,
            gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
    {
      g_printerr ("bench-json: %s\n", error->message);
      exit (2);
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_dataset (const char  *data,
              gsize        length,
              guint       *n_cases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  dataset = scr_dataset_new_from_data (data, (gssize) length, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  if (dataset == NULL)
    {
      g_printerr ("bench-json: %s\n", error->message);
      exit (2);
    }
  *n_cases = g_list_model_get_n_items (scr_dataset_get_cases (dataset));
  /* the dataset is freed outside the timed part (g_autoptr at return) */
  return seconds;
}

int
main (int    argc,
      char **argv)
{
  int runs = 5;
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  double best_parse = G_MAXDOUBLE, best_dataset = G_MAXDOUBLE;
  guint n_cases = 0;
  const char *file;

  if (argc == 4 && g_str_equal (argv[1], "--runs"))
    {
      runs = atoi (argv[2]);
      file = argv[3];
    }
  else if (argc == 2)
    file = argv[1];
  else
    {
      g_printerr ("usage: bench-json [--runs N] FILE\n");
      return 2;
    }
  if (runs < 1)
    runs = 1;
  if (!g_file_get_contents (file, &data, &length, &error))
    {
      g_printerr ("bench-json: %s\n", error->message);
      return 2;
    }

  for (int i = 0; i < runs; i++)
    {
      best_parse = MIN (best_parse, time_parse (data, length));
      best_dataset = MIN (best_dataset, time_dataset (data, length, &n_cases));
    }
  printf ("bytes %" G_GSIZE_FORMAT "\n", length);
  printf ("cases %u\n", n_cases);
  printf ("runs %d\n", runs);
  printf ("json-glib-parse %.6f\n", best_parse);
  printf ("scr-dataset-load %.6f\n", best_dataset);
  return 0;
}
