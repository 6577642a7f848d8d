/* bench-store-common.h: the register benchmarks' shared timings
 * (bench-store-common.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <scr/scr.h>

/* The less of @best and @seconds; a function, not MIN (), so that the
 * timed call in @seconds runs once. */
static inline double
bench_best (double best,
            double seconds)
{
  return seconds < best ? seconds : best;
}

G_NORETURN void bench_die            (const char *what,
                                      const char *message);
double      bench_seconds_since      (gint64      start);
/* Loads @file, putting the time taken in @seconds. */
ScrDataset *bench_load_json          (const char *file,
                                      double     *seconds);
double      bench_time_import        (ScrDataset *dataset,
                                      const char *uri);
double      bench_time_store_load    (ScrStore   *store);
/* @n_changes single changes committed with scr_store_save, each a new
 * local reference of one case, one case after another. */
double      bench_time_changes       (ScrStore   *store,
                                      guint       n_changes);
int         bench_parse_options      (int         argc,
                                      char      **argv,
                                      const char *usage,
                                      guint      *runs,
                                      guint      *n_changes);
void        bench_time_loads         (ScrStore   *store,
                                      const char *file,
                                      guint       runs,
                                      double     *json_load,
                                      double     *store_load);
void        bench_print_measures     (guint       n_cases,
                                      guint       n_entities,
                                      guint       n_changes,
                                      guint       runs,
                                      double      json_load,
                                      double      import,
                                      double      store_load,
                                      double      changes);
