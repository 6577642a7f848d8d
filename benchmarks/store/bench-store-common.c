/* bench-store-common.c: what the register benchmarks of SQLite
 * (bench-store.c) and PostgreSQL (bench-store-postgresql.c) time alike,
 * through the public API.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "bench-store-common.h"

void
bench_die (const char *what,
     const char *message)
{
  g_printerr ("bench-store: %s: %s\n", what, message);
  exit (2);
}

double
bench_seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

ScrDataset *
bench_load_json (const char *file,
           double     *seconds)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  ScrDataset *dataset = scr_dataset_new_from_file (file, &error);

  *seconds = bench_seconds_since (start);
  if (dataset == NULL)
    bench_die (file, error->message);
  return dataset;
}

double
bench_time_store_load (ScrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  dataset = scr_store_load (store, &error);
  seconds = bench_seconds_since (start);
  if (dataset == NULL)
    bench_die ("load", error->message);
  /* freed outside the timed part, as bench-json does */
  return seconds;
}

double
bench_time_changes (ScrStore *store,
              guint     n_changes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
  GListModel *cases;
  guint n_cases;
  gint64 start;

  if (dataset == NULL)
    bench_die ("load", error->message);
  cases = scr_dataset_get_cases (dataset);
  n_cases = g_list_model_get_n_items (cases);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i % n_cases);
      g_autofree char *reference = g_strdup_printf ("bench-%u", i);
      guint64 version = scr_store_get_version (store, G_OBJECT (c), &error);

      scr_case_set_local_reference (c, reference);
      if (error != NULL
          || !scr_store_save (store, G_OBJECT (c), version, "bench", NULL, NULL, &error))
        bench_die ("save", error->message);
    }
  return bench_seconds_since (start);
}

/* Imports @dataset into a new register at @uri (which must not hold
 * one). */
double
bench_time_import (ScrDataset *dataset,
                   const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = scr_store_create (uri, &error);
  gint64 start;

  if (store == NULL)
    bench_die (uri, error->message);
  start = g_get_monotonic_time ();
  if (!scr_store_import (store, dataset, "bench", "import", &error))
    bench_die (uri, error->message);
  return bench_seconds_since (start);
}

/* Reads the options (--runs N, --changes N) into @runs and @n_changes:
 * the index of the first argument, of which there must be two (exit 2
 * with @usage otherwise). */
int
bench_parse_options (int         argc,
                     char      **argv,
                     const char *usage,
                     guint      *runs,
                     guint      *n_changes)
{
  int i = 1;

  for (; i + 1 < argc && g_str_has_prefix (argv[i], "--"); i += 2)
    if (g_str_equal (argv[i], "--runs"))
      *runs = MAX (1, atoi (argv[i + 1]));
    else if (g_str_equal (argv[i], "--changes"))
      *n_changes = MAX (1, atoi (argv[i + 1]));
    else
      break;
  if (argc - i != 2)
    {
      g_printerr ("usage: %s\n", usage);
      exit (2);
    }
  return i;
}

/* Best of @runs of loading @file and of loading @store, alternately. */
void
bench_time_loads (ScrStore   *store,
                  const char *file,
                  guint       runs,
                  double     *json_load,
                  double     *store_load)
{
  for (guint r = 0; r < runs; r++)
    {
      double seconds;
      g_autoptr(ScrDataset) loaded = bench_load_json (file, &seconds);

      *json_load = bench_best (*json_load, seconds);
      g_clear_object (&loaded);
      *store_load = bench_best (*store_load, bench_time_store_load (store));
    }
}

/* The measures both benchmarks have, as "name value" lines. */
void
bench_print_measures (guint  n_cases,
                      guint  n_entities,
                      guint  n_changes,
                      guint  runs,
                      double json_load,
                      double import,
                      double store_load,
                      double changes)
{
  printf ("cases %u\n", n_cases);
  printf ("entities %u\n", n_entities);
  printf ("changes %u\n", n_changes);
  printf ("runs %u\n", runs);
  printf ("json-load %.6f\n", json_load);
  printf ("import %.6f\n", import);
  printf ("store-load %.6f\n", store_load);
  printf ("changes-time %.6f\n", changes);
}
