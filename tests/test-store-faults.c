/* test-store-faults.c: ScrStore under kill -9 and under two writer
 * processes at once.
 *
 * kill: a child commits one change after another to one case of an
 * SQLite register, appending each committed version to a side file
 * (fsync'd) once scr_store_save has returned; the parent kills it with
 * SIGKILL at a random moment, hundreds of times. After each kill the
 * register must open, its log verify, and every version the child
 * recorded be there with its content. The delays come from the test's
 * random seed (printed in the TAP output; rerun with --seed).
 *
 * conflict: two processes read the same version of a case and save
 * changes to it at the same moment: exactly one gets SCR_ERROR_CONFLICT
 * naming the case, makes its change again, and neither change is lost.
 *
 * Its own suite, "faults": it takes seconds. With SCR_TEST_POSTGRESQL_URI
 * set (tests/pgserver.py), the same tests run on that PostgreSQL database,
 * in a schema of their own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

#if HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#define N_KILLS 200
#define MAX_DELAY_US 4000
#define N_ROUNDS 10
#define CASE_ID "child-l"

typedef struct
{
  char *dir;
  char *uri;
  char *side;   /* the versions the writer saw committed */
  char *schema; /* PostgreSQL: the test's schema; NULL: SQLite */
} Register;

/* Runs @sql on the PostgreSQL server of SCR_TEST_POSTGRESQL_URI. */
static void
server_must_run (const char *sql)
{
#if HAVE_LIBPQ
  PGconn *conn = PQconnectdb (g_getenv ("SCR_TEST_POSTGRESQL_URI"));
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
#else
  g_test_skip ("built without libpq");
#endif
}

static void
register_set_up (Register *r)
{
  g_autofree char *path = NULL;
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                    "child-l-cumbria.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (example, &error);
  g_autoptr(ScrStore) store = NULL;

  g_assert_no_error (error);
  r->dir = g_dir_make_tmp ("test-store-faults-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (r->dir, "register.db", NULL);
  if (g_getenv ("SCR_TEST_POSTGRESQL_URI") != NULL)
    {
      const char *server = g_getenv ("SCR_TEST_POSTGRESQL_URI");
      g_autofree char *sql = NULL;

      r->schema = g_strdup_printf ("scr_faults_%d", (int) getpid ());
      sql = g_strdup_printf ("CREATE SCHEMA %s", r->schema);
      server_must_run (sql);
      r->uri = g_strdup_printf ("%s%coptions=-csearch_path%%3D%s", server,
                                strchr (server, '?') != NULL ? '&' : '?', r->schema);
    }
  else
    r->uri = g_strconcat ("sqlite:", path, NULL);
  r->side = g_build_filename (r->dir, "committed", NULL);
  store = scr_store_create (r->uri, &error);
  g_assert_no_error (error);
  g_assert_true (scr_store_import (store, dataset, "tester", "set-up", &error));
  g_assert_no_error (error);
}

static void
register_tear_down (Register *r)
{
  g_autoptr(GDir) d = g_dir_open (r->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (r->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (r->dir);
  if (r->schema != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DROP SCHEMA %s CASCADE", r->schema);

      server_must_run (sql);
    }
  g_free (r->dir);
  g_free (r->uri);
  g_free (r->side);
  g_free (r->schema);
}

/* The register's only case, and its version. */
static ScrCase *
read_case (ScrStore   *store,
           ScrDataset **dataset,
           guint64     *version)
{
  g_autoptr(GError) error = NULL;
  ScrCase *c;

  *dataset = scr_store_load (store, &error);
  g_assert_no_error (error);
  c = scr_dataset_lookup_case (*dataset, CASE_ID);
  g_assert_nonnull (c);
  *version = scr_store_get_version (store, G_OBJECT (c), &error);
  g_assert_no_error (error);
  return c;
}

static char *
reference_of (guint64 version)
{
  return g_strdup_printf ("change-%" G_GUINT64_FORMAT, version);
}

/* In a child: the register, or an exit. */
static ScrStore *
open_or_exit (Register *r)
{
  ScrStore *store = scr_store_open (r->uri, NULL);

  if (store == NULL)
    _exit (3);
  return store;
}

/* The writer: commits changes until killed. Each change sets the case's
 * local reference to one naming the version it makes; once the save has
 * returned, the version is appended to the side file and synced, so the
 * side file never names a version that was not committed. Writes one
 * byte to @ready after its first change, so that the kill falls among
 * commits, not in opening the register or the first save's set-up. */
G_GNUC_NORETURN static void
writer (Register *r,
        int       ready)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = open_or_exit (r);
  g_autoptr(ScrDataset) dataset = NULL;
  ScrCase *c;
  guint64 version;
  int side;

  c = read_case (store, &dataset, &version);
  side = open (r->side, O_WRONLY | O_APPEND | O_CREAT, 0644);
  if (side < 0)
    _exit (3);
  for (gboolean first = TRUE;; first = FALSE)
    {
      g_autofree char *reference = reference_of (version + 1);
      g_autofree char *line = NULL;

      scr_case_set_local_reference (c, reference);
      if (!scr_store_save (store, G_OBJECT (c), version, "writer", NULL, &version, &error))
        _exit (4);
      line = g_strdup_printf ("%" G_GUINT64_FORMAT "\n", version);
      if (write (side, line, strlen (line)) != (ssize_t) strlen (line) || fsync (side) != 0)
        _exit (5);
      if (first && write (ready, "r", 1) != 1)
        _exit (6);
    }
}

/* The last version in the side file, 0 if none. */
static guint64
last_recorded (Register *r)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint64 last = 0;

  if (!g_file_get_contents (r->side, &contents, NULL, NULL))
    return 0;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      last = g_ascii_strtoull (lines[i], NULL, 10);
  return last;
}

/* The new value the log gives the case's local reference at @version,
 * or NULL if no entry made that version. */
static char *
logged_reference (ScrStore *store,
                  guint64   version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = scr_store_list_log (store, CASE_ID, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(ScrLogEntry) entry = g_list_model_get_item (log, i);

      if (scr_log_entry_get_entity_version (entry) == version
          && g_str_equal (scr_log_entry_get_member (entry), "local_reference"))
        return g_strdup (scr_log_entry_get_new_value (entry));
    }
  return NULL;
}

/* After a kill: the register opens, its log verifies, and the last
 * version recorded is there with its content. Returns the version. */
static guint64
check_register (Register *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = scr_store_open (r->uri, &error);
  g_autoptr(ScrDataset) dataset = NULL;
  g_autofree char *logged = NULL;
  guint64 bad = 0, version, recorded = last_recorded (r);
  ScrCase *c;

  g_assert_no_error (error);
  scr_store_verify_log (store, &bad, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bad, ==, 0);
  c = read_case (store, &dataset, &version);
  g_assert_cmpuint (version, >=, recorded);
  if (recorded > 0)
    {
      g_autofree char *reference = reference_of (recorded);
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", reference);

      logged = logged_reference (store, recorded);
      g_assert_cmpstr (logged, ==, quoted);
    }
  if (version > 1)
    {
      g_autofree char *reference = reference_of (version);

      /* the case as it stands is its last version, whole */
      g_assert_cmpstr (scr_case_get_local_reference (c), ==, reference);
    }
  return version;
}

static void
test_kill (void)
{
  Register r = { 0 };
  guint64 version = 0;
  guint n_ahead = 0;

  register_set_up (&r);
  g_test_message ("the delays come from the random seed above: rerun with --seed "
                  "and -p %s to reproduce", g_test_get_path ());
  for (guint i = 0; i < N_KILLS; i++)
    {
      guint delay = g_test_rand_int_range (0, MAX_DELAY_US);
      int ready[2];
      char byte;
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (ready), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (ready[0]);
          writer (&r, ready[1]);
        }
      close (ready[1]);
      /* kill it while it commits, not while it opens the register */
      g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      close (ready[0]);
      g_usleep (delay);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        g_error ("kill %u: the writer ended by itself (status %d)", i, status);
      version = check_register (&r);
      /* committed, or committing, when killed: not yet in the side file */
      if (version > last_recorded (&r))
        n_ahead++;
    }
  g_test_message ("%u kills; the case reached version %" G_GUINT64_FORMAT "; %u kills left "
                  "it ahead of the writer's record", N_KILLS, version, n_ahead);
  g_assert_cmpuint (version, >, N_KILLS);
  register_tear_down (&r);
}

/* Exit statuses of a concurrent writer (apart from valgrind's 1). */
enum { SAVED_FIRST = 20, SAVED_AFTER_CONFLICT = 21 };

/* One of two writers: reads the case, reports on @ready, waits for @go,
 * then saves its own change to the version it read; on a conflict,
 * reads the case again and makes the change again. Returns the exit
 * status (after its cleanup, which valgrind checks). */
static int
concurrent_writer (Register   *r,
                   const char *event,
                   int         ready,
                   int         go)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = open_or_exit (r);
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrDataset) again = NULL;
  g_autoptr(ScrDate) day = scr_date_new (2024, 1, 2, NULL);
  ScrCase *c;
  guint64 version;
  char byte;

  c = read_case (store, &dataset, &version);
  scr_case_set_event (c, event, day);
  if (write (ready, "r", 1) != 1 || read (go, &byte, 1) != 1)
    return 11;
  if (scr_store_save (store, G_OBJECT (c), version, event, NULL, NULL, &error))
    return SAVED_FIRST;
  if (!g_error_matches (error, SCR_ERROR, SCR_ERROR_CONFLICT)
      || strstr (error->message, "case " CASE_ID " ") == NULL)
    return 12;
  g_clear_error (&error);
  c = read_case (store, &again, &version);
  scr_case_set_event (c, event, day);
  return scr_store_save (store, G_OBJECT (c), version, event, NULL, NULL, NULL)
         ? SAVED_AFTER_CONFLICT : 13;
}

static void
test_conflict (void)
{
  static const char *const events[2] = { "notification_sent", "rapid_review_completed" };
  Register r = { 0 };

  register_set_up (&r);
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrStore) store = NULL;
      g_autoptr(ScrDataset) dataset = NULL;
      guint64 before, after;
      int ready[2], go[2];
      pid_t pids[2];
      guint n_first = 0, n_after = 0;
      ScrCase *c;
      char byte;

      store = scr_store_open (r.uri, &error);
      g_assert_no_error (error);
      c = read_case (store, &dataset, &before);
      for (guint w = 0; w < 2; w++)
        scr_case_set_event (c, events[w], NULL);
      g_assert_true (scr_store_save (store, G_OBJECT (c), before, "tester", "reset", &before,
                                     &error));
      g_assert_no_error (error);
      g_clear_object (&store);

      g_assert_cmpint (pipe (ready), ==, 0);
      g_assert_cmpint (pipe (go), ==, 0);
      for (guint w = 0; w < 2; w++)
        {
          pids[w] = fork ();
          g_assert_cmpint (pids[w], >=, 0);
          if (pids[w] == 0)
            _exit (concurrent_writer (&r, events[w], ready[1], go[0]));
        }
      /* both have read version @before: let them save at once */
      for (guint w = 0; w < 2; w++)
        g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      g_assert_cmpint (write (go[1], "gg", 2), ==, 2);
      for (guint w = 0; w < 2; w++)
        {
          int status;

          g_assert_cmpint (waitpid (pids[w], &status, 0), ==, pids[w]);
          g_assert_true (WIFEXITED (status));
          if (WEXITSTATUS (status) == SAVED_FIRST)
            n_first++;
          else if (WEXITSTATUS (status) == SAVED_AFTER_CONFLICT)
            n_after++;
          else
            g_error ("round %u: writer %u failed (status %d)", round, w, WEXITSTATUS (status));
        }
      for (guint i = 0; i < 2; i++)
        {
          close (ready[i]);
          close (go[i]);
        }
      g_assert_cmpuint (n_first, ==, 1);
      g_assert_cmpuint (n_after, ==, 1);

      /* both changes are there, one version each, and the log holds */
      g_clear_object (&dataset);
      store = scr_store_open (r.uri, &error);
      g_assert_no_error (error);
      c = read_case (store, &dataset, &after);
      g_assert_cmpuint (after, ==, before + 2);
      for (guint w = 0; w < 2; w++)
        g_assert_nonnull (scr_case_get_event (c, events[w]));
      g_assert_true (scr_store_verify_log (store, NULL, &error));
      g_assert_no_error (error);
    }
  register_tear_down (&r);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/store/faults/kill", test_kill);
  g_test_add_func ("/scr/store/faults/conflict", test_conflict);
  return g_test_run ();
}
