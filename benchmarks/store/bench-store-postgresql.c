/* bench-store-postgresql.c: time a register on PostgreSQL against the
 * JSON file of the same data and against PostgreSQL's own speed.
 *
 * Usage: bench-store-postgresql [--runs N] [--changes N] FILE.json URI
 *
 * URI names a database of a server (tests/pgserver.py makes one); every
 * register goes in a schema of its own there (bench_import, dropped
 * before each run). The measures are bench-store's, with the anchors
 * through libpq: pg-one (every entity body inserted in one transaction),
 * pg-each (as many case bodies as changes, one transaction each) and
 * pg-update (as many UPDATEs of case bodies, one transaction each). It
 * prints "name seconds" lines, and "register URI" for scr due.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-store-common.h"

static void
run_sql (PGconn     *conn,
         const char *sql)
{
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    bench_die (sql, PQerrorMessage (conn));
  PQclear (result);
}

/* @uri with @schema as its current schema. */
static char *
schema_uri (const char *uri,
            const char *schema)
{
  return g_strdup_printf ("%s%coptions=-csearch_path%%3D%s", uri,
                          strchr (uri, '?') != NULL ? '&' : '?', schema);
}

static void
fresh_schema (PGconn     *conn,
              const char *schema)
{
  g_autofree char *drop = g_strdup_printf ("DROP SCHEMA IF EXISTS %s CASCADE", schema);
  g_autofree char *create = g_strdup_printf ("CREATE SCHEMA %s", schema);

  run_sql (conn, drop);
  run_sql (conn, create);
}

/* The register's entity rows (kind, id, position, version, body), or its
 * cases alone. */
static PGresult *
read_rows (PGconn   *conn,
           gboolean  cases_only)
{
  PGresult *result = PQexec (conn, cases_only
                             ? "SELECT kind, id, position, version, body FROM"
                               " bench_import.scr_entity WHERE kind = 'cases' ORDER BY position"
                             : "SELECT kind, id, position, version, body FROM"
                               " bench_import.scr_entity ORDER BY position");

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    bench_die ("reading the register", PQerrorMessage (conn));
  return result;
}

/* Inserts @n of @rows into a new table, in one transaction or one a row. */
static double
time_inserts (PGconn   *conn,
              PGresult *rows,
              int       n,
              gboolean  one_transaction)
{
  int n_rows = PQntuples (rows);
  gint64 start;

  fresh_schema (conn, "bench_anchor");
  run_sql (conn, "CREATE TABLE bench_anchor.scr_entity (kind TEXT NOT NULL, id TEXT NOT NULL,"
                 " position BIGINT NOT NULL, version BIGINT NOT NULL, body TEXT NOT NULL,"
                 " PRIMARY KEY (kind, id))");
  start = g_get_monotonic_time ();
  if (one_transaction)
    run_sql (conn, "BEGIN");
  for (int i = 0; i < n; i++)
    {
      int r = i % n_rows;
      g_autofree char *id = i < n_rows ? g_strdup (PQgetvalue (rows, r, 1))
                                       : g_strdup_printf ("%s-%d", PQgetvalue (rows, r, 1), i);
      g_autofree char *position = g_strdup_printf ("%d", i);
      const char *params[] = { PQgetvalue (rows, r, 0), id, position, PQgetvalue (rows, r, 3),
                               PQgetvalue (rows, r, 4) };
      PGresult *result = PQexecParams (conn, "INSERT INTO bench_anchor.scr_entity (kind, id,"
                                             " position, version, body) VALUES ($1, $2, $3,"
                                             " $4, $5)", 5, NULL, params, NULL, NULL, 0);

      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        bench_die ("an INSERT", PQerrorMessage (conn));
      PQclear (result);
    }
  if (one_transaction)
    run_sql (conn, "COMMIT");
  return bench_seconds_since (start);
}

/* Writes @n case bodies over the anchor table's rows, one UPDATE and one
 * transaction each (the table as the last time_inserts left it). */
static double
time_updates (PGconn   *conn,
              PGresult *cases,
              int       n)
{
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < n; i++)
    {
      int r = i % PQntuples (cases);
      const char *params[] = { PQgetvalue (cases, r, 4), PQgetvalue (cases, r, 1) };
      PGresult *result = PQexecParams (conn, "UPDATE bench_anchor.scr_entity SET version ="
                                             " version + 1, body = $1 WHERE kind = 'cases'"
                                             " AND id = $2", 2, NULL, params, NULL, NULL, 0);

      if (PQresultStatus (result) != PGRES_COMMAND_OK || strcmp (PQcmdTuples (result), "1") != 0)
        bench_die ("an UPDATE", PQerrorMessage (conn));
      PQclear (result);
    }
  return bench_seconds_since (start);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrStore) store = NULL;
  g_autofree char *register_uri = NULL;
  double json_load = G_MAXDOUBLE, import = G_MAXDOUBLE, store_load = G_MAXDOUBLE;
  double pg_one = G_MAXDOUBLE, seconds, changes, pg_each, pg_update;
  guint runs = 3, n_changes = 10000;
  PGresult *entities, *cases;
  PGconn *conn;
  int i;

  i = bench_parse_options (argc, argv, "bench-store-postgresql [--runs N] [--changes N] FILE.json URI", &runs, &n_changes);
  conn = PQconnectdb (argv[i + 1]);
  if (PQstatus (conn) != CONNECTION_OK)
    bench_die (argv[i + 1], PQerrorMessage (conn));
  run_sql (conn, "SET client_min_messages TO warning");
  register_uri = schema_uri (argv[i + 1], "bench_import");

  dataset = bench_load_json (argv[i], &seconds);
  for (guint r = 0; r < runs; r++)
    {
      fresh_schema (conn, "bench_import");
      import = bench_best (import, bench_time_import (dataset, register_uri));
    }
  g_clear_object (&dataset);

  store = scr_store_open (register_uri, &error);
  if (store == NULL)
    bench_die (register_uri, error->message);
  bench_time_loads (store, argv[i], runs, &json_load, &store_load);

  entities = read_rows (conn, FALSE);
  cases = read_rows (conn, TRUE);
  for (guint r = 0; r < runs; r++)
    pg_one = bench_best (pg_one, time_inserts (conn, entities, PQntuples (entities), TRUE));
  pg_update = time_updates (conn, cases, n_changes);
  pg_each = time_inserts (conn, cases, n_changes, FALSE);
  run_sql (conn, "DROP SCHEMA bench_anchor CASCADE");
  /* last: the register keeps its changes (scr due runs on it after) */
  changes = bench_time_changes (store, n_changes);

  bench_print_measures ((guint) PQntuples (cases), (guint) PQntuples (entities), n_changes, runs, json_load, import, store_load,
                        changes);
  printf ("pg-one %.6f\n", pg_one);
  printf ("pg-each %.6f\n", pg_each);
  printf ("pg-update %.6f\n", pg_update);
  printf ("register %s\n", register_uri);
  PQclear (entities);
  PQclear (cases);
  PQfinish (conn);
  return 0;
}
