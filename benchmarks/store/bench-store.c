/* bench-store.c: time the SQLite register against the JSON file of the
 * same data and against SQLite's own speed.
 *
 * Usage: bench-store [--runs N] [--changes N] FILE.json DIR
 *
 * Times, in new SQLite files in DIR (which must exist):
 *   json-load     scr_dataset_new_from_file on FILE, best of N
 *   import        scr_store_import of the whole dataset into a new
 *                 register, best of N (the last one is kept as
 *                 DIR/register.db, for scr due)
 *   store-load    scr_store_load of that register, best of N, runs
 *                 alternating with json-load
 *   changes       N single changes (default 10,000) committed with
 *                 scr_store_save, each a new local reference of one
 *                 case, one case after another (one run: the register
 *                 keeps them)
 *   sqlite-one    the anchor: the register's entity bodies inserted with
 *                 sqlite3 into a table of the same columns, one
 *                 transaction, best of N
 *   sqlite-each   the anchor: as many case bodies as changes inserted one
 *                 transaction each (the same pragmas as the register: WAL,
 *                 synchronous=FULL)
 *   sqlite-update the anchor nearest to a save: as many case bodies as
 *                 changes written over the rows of sqlite-one's table by
 *                 UPDATE, one transaction each (a save also reads the row
 *                 and the log's end and appends a log row)
 * and prints one line per measure as "name seconds", plus the counts, for
 * benchmarks/store/run.py.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-store-common.h"

/* Removes an SQLite file and its WAL and shared-memory files. */
static void
remove_db (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
}

static double
time_import (ScrDataset *dataset,
             const char *path)
{
  remove_db (path);
  return bench_time_import (dataset, path);
}

/* ---- the anchors: sqlite3 alone ---- */

static void
sql (sqlite3    *db,
     const char *text)
{
  char *message = NULL;

  if (sqlite3_exec (db, text, NULL, NULL, &message) != SQLITE_OK)
    bench_die (text, message);
}

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    bench_die (path, sqlite3_errmsg (db));
  return db;
}

typedef struct
{
  char *kind, *id, *body;
  gint64 position, version;
} Row;

static void
row_clear (Row *row)
{
  g_free (row->kind);
  g_free (row->id);
  g_free (row->body);
}

/* The register's entity rows, or its cases alone. */
static GArray *
read_rows (const char *path,
           gboolean    cases_only)
{
  sqlite3 *db = open_db (path);
  sqlite3_stmt *stmt = NULL;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  if (sqlite3_prepare_v2 (db, cases_only
                          ? "SELECT kind, id, position, version, body FROM scr_entity"
                            " WHERE kind = 'cases' ORDER BY position"
                          : "SELECT kind, id, position, version, body FROM scr_entity"
                            " ORDER BY position", -1, &stmt, NULL) != SQLITE_OK)
    bench_die (path, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row row = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 4)),
        sqlite3_column_int64 (stmt, 2),
        sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rows;
}

/* @path with the register's pragmas. */
static sqlite3 *
open_anchor (const char *path)
{
  sqlite3 *db = open_db (path);

  sql (db, "PRAGMA journal_mode=WAL");
  sql (db, "PRAGMA synchronous=FULL");
  return db;
}

/* Inserts @n of @rows into a new database at @path, in one transaction
 * or one transaction a row; removes it after unless @keep. */
static double
time_sqlite (GArray     *rows,
             guint       n,
             gboolean    one_transaction,
             gboolean    keep,
             const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gint64 start;
  double seconds;

  remove_db (path);
  db = open_anchor (path);
  sql (db, "CREATE TABLE scr_entity (kind TEXT NOT NULL, id TEXT NOT NULL,"
           " position BIGINT NOT NULL, version BIGINT NOT NULL, body TEXT NOT NULL,"
           " PRIMARY KEY (kind, id))");
  if (sqlite3_prepare_v2 (db, "INSERT INTO scr_entity (kind, id, position, version, body)"
                              " VALUES (?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    bench_die (path, sqlite3_errmsg (db));
  start = g_get_monotonic_time ();
  if (one_transaction)
    sql (db, "BEGIN IMMEDIATE");
  for (guint i = 0; i < n; i++)
    {
      Row *row = &g_array_index (rows, Row, i % rows->len);
      g_autofree char *id = i < rows->len ? NULL : g_strdup_printf ("%s-%u", row->id, i);

      sqlite3_bind_text (stmt, 1, row->kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, id != NULL ? id : row->id, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, i);
      sqlite3_bind_int64 (stmt, 4, row->version);
      sqlite3_bind_text (stmt, 5, row->body, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        bench_die (path, sqlite3_errmsg (db));
      sqlite3_reset (stmt);
    }
  if (one_transaction)
    sql (db, "COMMIT");
  seconds = bench_seconds_since (start);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (!keep)
    remove_db (path);
  return seconds;
}

/* Writes @n case bodies over the rows of @path's cases, one UPDATE and
 * one transaction each. */
static double
time_sqlite_updates (GArray     *cases,
                     guint       n,
                     const char *path)
{
  sqlite3 *db = open_anchor (path);
  sqlite3_stmt *stmt = NULL;
  gint64 start;
  double seconds;

  if (sqlite3_prepare_v2 (db, "UPDATE scr_entity SET version = version + 1, body = ?"
                              " WHERE kind = 'cases' AND id = ?", -1, &stmt, NULL) != SQLITE_OK)
    bench_die (path, sqlite3_errmsg (db));
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      Row *row = &g_array_index (cases, Row, i % cases->len);

      sqlite3_bind_text (stmt, 1, row->body, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, row->id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE || sqlite3_changes (db) != 1)
        bench_die (path, "an UPDATE did not write one row");
      sqlite3_reset (stmt);
    }
  seconds = bench_seconds_since (start);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  remove_db (path);
  return seconds;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(GArray) entities = NULL;
  g_autoptr(GArray) cases = NULL;
  g_autofree char *path = NULL;
  g_autofree char *anchor = NULL;
  double json_load = G_MAXDOUBLE, import = G_MAXDOUBLE, store_load = G_MAXDOUBLE;
  double sqlite_one = G_MAXDOUBLE, seconds, changes, sqlite_each, sqlite_update;
  guint runs = 3, n_changes = 10000;
  int i;

  i = bench_parse_options (argc, argv, "bench-store [--runs N] [--changes N] FILE.json DIR", &runs, &n_changes);
  path = g_build_filename (argv[i + 1], "register.db", NULL);
  anchor = g_build_filename (argv[i + 1], "anchor.db", NULL);

  dataset = bench_load_json (argv[i], &seconds);
  for (guint r = 0; r < runs; r++)
    import = bench_best (import, time_import (dataset, path));
  g_clear_object (&dataset);

  store = scr_store_open (path, &error);
  if (store == NULL)
    bench_die (path, error->message);
  bench_time_loads (store, argv[i], runs, &json_load, &store_load);

  entities = read_rows (path, FALSE);
  cases = read_rows (path, TRUE);
  for (guint r = 0; r < runs; r++)
    sqlite_one = bench_best (sqlite_one,
                             time_sqlite (entities, entities->len, TRUE, r + 1 == runs,
                                          anchor));
  sqlite_update = time_sqlite_updates (cases, n_changes, anchor);
  sqlite_each = time_sqlite (cases, n_changes, FALSE, FALSE, anchor);
  /* last: the register keeps its changes (scr due runs on it after) */
  changes = bench_time_changes (store, n_changes);

  bench_print_measures (cases->len, entities->len, n_changes, runs, json_load, import, store_load,
                        changes);
  printf ("sqlite-one %.6f\n", sqlite_one);
  printf ("sqlite-each %.6f\n", sqlite_each);
  printf ("sqlite-update %.6f\n", sqlite_update);
  return 0;
}
