/* test-store.c: ScrStore, a register in SQLite, and its decision log
 * (public API; the tampering tests write the database file with sqlite3
 * directly, as someone editing it would).
 *
 * With SCR_TEST_POSTGRESQL_URI set (tests/pgserver.py sets it), the same
 * tests run on that PostgreSQL database instead, each in a schema of its
 * own, tampering with it through libpq as its superuser.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

#if HAVE_LIBPQ
#include <libpq-fe.h>
#endif

static const char *const examples[] = {
  "child-b1-leicester.json",
  "child-l-cumbria.json",
  "child-n-lancashire.json",
  "liverpool-lif-audits.json",
  "sefton-scr-timelines.json",
};

typedef struct
{
  char *dir;
  char *path;
  char *uri;
  char *schema;   /* PostgreSQL: the test's schema; NULL: SQLite */
} Fixture;

#if HAVE_LIBPQ
/* The server's database, or NULL for SQLite. */
static const char *
server_uri (void)
{
  const char *uri = g_getenv ("SCR_TEST_POSTGRESQL_URI");

  return uri != NULL && *uri != '\0' ? uri : NULL;
}

static void
ignore_notice (void       *user_data,
               const char *message)
{
}

/* Runs @sql in @schema (NULL: the default) of the server's database as
 * its superuser; FALSE with the server's message in @message. */
static gboolean
server_run (const char  *schema,
            const char  *sql,
            char       **message)
{
  PGconn *conn = PQconnectdb (server_uri ());
  g_autofree char *all = NULL;
  PGresult *result;
  gboolean ok;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  /* not the notices of DROP SCHEMA ... CASCADE */
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  all = schema != NULL ? g_strdup_printf ("SET search_path TO %s; %s", schema, sql)
                       : g_strdup (sql);
  result = PQexec (conn, all);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK || PQresultStatus (result) == PGRES_TUPLES_OK;
  if (message != NULL)
    *message = ok ? NULL : g_strdup (PQresultErrorMessage (result));
  PQclear (result);
  PQfinish (conn);
  return ok;
}

/* The server's database URI whose current schema is @schema. */
static char *
schema_uri (const char *schema)
{
  const char *uri = server_uri ();

  return g_strdup_printf ("%s%coptions=-csearch_path%%3D%s", uri,
                          strchr (uri, '?') != NULL ? '&' : '?', schema);
}

static void
server_must_run (const char *schema,
                 const char *sql)
{
  g_autofree char *message = NULL;

  if (!server_run (schema, sql, &message))
    g_error ("%s: %s", sql, message);
}
#else
static void
server_must_run (const char *schema,
                 const char *sql)
{
  g_assert_not_reached ();
}
#endif

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "register.db", NULL);
#if HAVE_LIBPQ
  if (server_uri () != NULL)
    {
      static guint n;
      g_autofree char *sql = NULL;

      /* a fresh schema: the process's and the test's number */
      f->schema = g_strdup_printf ("scr_test_%d_%u", (int) getpid (), n++);
      sql = g_strdup_printf ("CREATE SCHEMA %s", f->schema);
      server_must_run (NULL, sql);
      f->uri = schema_uri (f->schema);
      return;
    }
#endif
  f->uri = g_strconcat ("sqlite:", f->path, NULL);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* So that the next create starts afresh. */
static void
remove_register (Fixture *f)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  if (f->schema != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DROP SCHEMA %s CASCADE; CREATE SCHEMA %s",
                                              f->schema, f->schema);

      server_must_run (NULL, sql);
      return;
    }
  g_assert_cmpint (g_remove (f->path), ==, 0);
  g_remove (wal);
  g_remove (shm);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->schema != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DROP SCHEMA %s CASCADE", f->schema);

      server_must_run (NULL, sql);
      g_free (f->schema);
    }
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->uri);
}

static ScrDataset *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", name,
                                                 NULL);
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static ScrStore *
create_with (Fixture    *f,
             const char *example)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = scr_store_create (f->uri, &error);

  g_assert_no_error (error);
  if (example != NULL)
    {
      g_autoptr(ScrDataset) dataset = load_example (example);

      g_assert_true (scr_store_import (store, dataset, "alice", "first import", &error));
      g_assert_no_error (error);
    }
  return g_steal_pointer (&store);
}

/* Runs @sql on the register's file with sqlite3 itself (or on its
 * schema through libpq). */
static void
tamper (Fixture    *f,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  if (f->schema != NULL)
    {
      server_must_run (f->schema, sql);
      return;
    }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* test_create_open's cases of a server database that is no register. */
static void
test_create_open_server (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_strconcat (f->schema, "_other", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE SCHEMA %s; CREATE TABLE %s.t (x TEXT)",
                                          other, other);
  g_autofree char *drop = g_strdup_printf ("DROP SCHEMA %s CASCADE", other);
  g_autofree char *other_uri = NULL;
  g_autoptr(ScrStore) again = NULL;

#if HAVE_LIBPQ
  other_uri = schema_uri (other);
#endif
  /* a schema with other tables, or none at all, is not a register */
  server_must_run (NULL, sql);
  again = scr_store_open (other_uri, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "not a libscr register"));
  g_clear_error (&error);
  server_must_run (NULL, drop);
  again = scr_store_open (other_uri, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_STORAGE);
  g_assert_null (again);
}

static void
test_create_open (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, NULL);
  g_autoptr(ScrStore) again = NULL;
  g_autoptr(ScrDataset) empty = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "other.db", NULL);

  g_assert_cmpstr (scr_store_get_uri (store), ==, f->uri);
  empty = scr_store_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (scr_dataset_get_cases (empty)), ==, 0);

  /* a second create over it is refused; open by a plain path works */
  again = scr_store_create (f->uri, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (again);
  g_clear_error (&error);
  if (f->schema != NULL)
    test_create_open_server (f);
  else
    {
      again = scr_store_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (again);
      g_clear_object (&again);

      again = scr_store_open (missing, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "scr init"));
      g_clear_error (&error);

      /* a database that is not a register */
      {
        sqlite3 *db = NULL;

        g_assert_cmpint (sqlite3_open (plain, &db), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==,
                         SQLITE_OK);
        sqlite3_close (db);
      }
      again = scr_store_open (plain, &error);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_STORAGE);
      g_assert_nonnull (strstr (error->message, "not a libscr register"));
      g_clear_error (&error);
    }

#if HAVE_LIBPQ
  /* no server there: the message names the URI without its passwords */
  again = scr_store_open ("postgresql://scr:t0p5ecret@/register?host=/nonexistent-scr-test"
                          "&password=t0p5ecret", &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_STORAGE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "postgresql://scr@/register?host=/nonexistent-scr-test:"));
  g_assert_null (strstr (error->message, "t0p5ecret"));
#else
  again = scr_store_open ("postgresql://localhost/register", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
#endif
  g_clear_error (&error);
  again = scr_store_open ("mysql://localhost/register", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  again = scr_store_open ("sqlite:", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  again = scr_store_open ("", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, NULL);
  g_autoptr(ScrStore) again = NULL;

  g_clear_object (&store);
  tamper (f, "UPDATE scr_meta SET value = '99' WHERE key = 'schema_version'");
  again = scr_store_open (f->uri, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION);
  g_assert_nonnull (strstr (error->message, "schema version 99"));
  g_assert_null (again);
}

/* Every example imports and exports to the bytes libscr writes for it. */
static void
test_import_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = load_example (examples[i]);
      g_autoptr(ScrStore) store = create_with (f, examples[i]);
      g_autoptr(ScrDataset) loaded = scr_store_load (store, &error);
      g_autofree char *expected = NULL, *got = NULL;
      g_autofree char *expected_all = NULL, *got_all = NULL;

      g_assert_no_error (error);
      expected = scr_dataset_to_data (dataset, NULL);
      got = scr_dataset_to_data (loaded, NULL);
      g_assert_cmpstr (got, ==, expected);
      expected_all = scr_dataset_to_data_full (dataset, SCR_SAVE_FLAGS_INCLUDE_RESTRICTED, NULL);
      got_all = scr_dataset_to_data_full (loaded, SCR_SAVE_FLAGS_INCLUDE_RESTRICTED, NULL);
      g_assert_cmpstr (got_all, ==, expected_all);
      g_assert_true (scr_store_verify_log (store, NULL, &error));
      g_assert_no_error (error);
      g_clear_object (&store);
      remove_register (f);
    }
}

static void
test_import_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
  g_autoptr(ScrDataset) dataset = load_example ("child-l-cumbria.json");
  g_autoptr(GListModel) before = scr_store_list_log (store, NULL, &error);
  g_autoptr(GListModel) after = NULL;

  g_autoptr(ScrAgency) agency = g_list_model_get_item (scr_dataset_get_agencies (dataset), 0);
  g_autoptr(GListModel) again = NULL;

  /* the same file again: every entity is already there as it is */
  g_assert_true (scr_store_import (store, dataset, "alice", NULL, &error));
  g_assert_no_error (error);
  again = scr_store_list_log (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, g_list_model_get_n_items (before));

  /* one entity different: the whole import is refused */
  scr_agency_set_name (agency, "Another name");
  g_assert_false (scr_store_import (store, dataset, "alice", NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "already in the register, different"));
  g_assert_nonnull (strstr (error->message, scr_agency_get_id (agency)));
  g_clear_error (&error);
  after = scr_store_list_log (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  g_clear_object (&after);

  /* asked to update, it logs the one member that changed */
  g_assert_true (scr_store_import_full (store, dataset, SCR_IMPORT_FLAGS_UPDATE, "alice",
                                        "new names", &error));
  g_assert_no_error (error);
  after = scr_store_list_log (store, scr_agency_get_id (agency), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 2);
  {
    g_autoptr(ScrLogEntry) e = g_list_model_get_item (after, 1);
    g_autoptr(ScrDataset) loaded = scr_store_load (store, &error);

    g_assert_cmpstr (scr_log_entry_get_member (e), ==, "name");
    g_assert_cmpstr (scr_log_entry_get_new_value (e), ==, "\"Another name\"");
    g_assert_cmpuint (scr_log_entry_get_entity_version (e), ==, 2);
    g_assert_cmpstr (scr_agency_get_name (scr_dataset_lookup_agency (loaded,
                                                                     scr_agency_get_id (agency))),
                     ==, "Another name");
  }
  g_assert_true (scr_store_verify_log (store, NULL, &error));
}

static ScrCase *
first_case (ScrDataset *dataset)
{
  return g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
}

static void
test_save_and_log (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
  g_autoptr(ScrCase) c = first_case (dataset);
  g_autoptr(ScrDate) sent = scr_date_new (2016, 3, 1, NULL);
  g_autoptr(GListModel) log = NULL;
  g_autoptr(ScrLogEntry) created = NULL, fact = NULL, event = NULL;
  g_autoptr(ScrAgency) agency = NULL;
  guint64 version, new_version = 0;

  g_assert_no_error (error);
  version = scr_store_get_version (store, G_OBJECT (c), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 1);

  /* saving what is there writes nothing */
  g_assert_true (scr_store_save (store, G_OBJECT (c), 1, "bob", NULL, &new_version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (new_version, ==, 1);

  g_assert_true (scr_case_set_fact (c, "died", "no", &error));
  scr_case_set_event (c, "notification_sent", sent);
  g_assert_true (scr_store_save (store, G_OBJECT (c), version, "bob", "told by the police",
                                 &new_version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (new_version, ==, 2);
  g_assert_cmpuint (scr_store_get_version (store, G_OBJECT (c), NULL), ==, 2);

  log = scr_store_list_log (store, scr_case_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 3);
  created = g_list_model_get_item (log, 0);
  fact = g_list_model_get_item (log, 1);
  event = g_list_model_get_item (log, 2);
  g_assert_cmpstr (scr_log_entry_get_member (created), ==, "");
  g_assert_null (scr_log_entry_get_old_value (created));
  g_assert_true (g_str_has_prefix (scr_log_entry_get_new_value (created), "{\"id\":"));
  g_assert_cmpstr (scr_log_entry_get_user (created), ==, "alice");
  g_assert_cmpstr (scr_log_entry_get_reason (created), ==, "first import");
  g_assert_cmpuint (scr_log_entry_get_entity_version (created), ==, 1);

  g_assert_cmpstr (scr_log_entry_get_kind (fact), ==, "cases");
  g_assert_cmpstr (scr_log_entry_get_entity_id (fact), ==, scr_case_get_id (c));
  g_assert_cmpstr (scr_log_entry_get_member (fact), ==, "facts.died");
  g_assert_null (scr_log_entry_get_old_value (fact));
  g_assert_cmpstr (scr_log_entry_get_new_value (fact), ==, "\"no\"");
  g_assert_cmpstr (scr_log_entry_get_user (fact), ==, "bob");
  g_assert_cmpstr (scr_log_entry_get_reason (fact), ==, "told by the police");
  g_assert_cmpuint (scr_log_entry_get_entity_version (fact), ==, 2);
  g_assert_cmpstr (scr_log_entry_get_rules_digest (fact), ==,
                   scr_rule_set_get_digest (scr_store_get_rules (store)));
  g_assert_nonnull (scr_log_entry_get_rules_version (fact));
  g_assert_cmpstr (scr_log_entry_get_member (event), ==, "events.notification_sent");
  g_assert_cmpstr (scr_log_entry_get_new_value (event), ==, "\"2016-03-01\"");
  /* one chain */
  g_assert_cmpstr (scr_log_entry_get_previous_hash (event), ==, scr_log_entry_get_hash (fact));
  g_assert_cmpuint (scr_log_entry_get_sequence (event), ==, scr_log_entry_get_sequence (fact) + 1);
  g_assert_cmpint (g_date_time_compare (scr_log_entry_get_time (fact),
                                        scr_log_entry_get_time (event)), <=, 0);
  g_assert_cmpint (strlen (scr_log_entry_get_hash (fact)), ==, 64);

  /* entities other than cases record no rules */
  agency = g_list_model_get_item (scr_dataset_get_agencies (dataset), 0);
  if (agency != NULL)
    {
      g_autoptr(GListModel) agency_log = scr_store_list_log (store, scr_agency_get_id (agency),
                                                             &error);
      g_autoptr(ScrLogEntry) first = g_list_model_get_item (agency_log, 0);

      g_assert_no_error (error);
      g_assert_null (scr_log_entry_get_rules_digest (first));
      g_assert_null (scr_log_entry_get_rules_version (first));
    }

  g_assert_true (scr_store_verify_log (store, NULL, &error));
  g_assert_no_error (error);
}

static void
test_new_entity (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(ScrCase) c = scr_case_new ("new-case", SCR_JURISDICTION_ENGLAND);
  g_autoptr(ScrDataset) dataset = NULL;
  ScrCase *found;
  guint n_before;

  dataset = scr_store_load (store, &error);
  n_before = g_list_model_get_n_items (scr_dataset_get_cases (dataset));
  g_clear_object (&dataset);

  g_assert_false (scr_store_save (store, G_OBJECT (c), 3, "bob", NULL, NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "not in the register"));
  g_clear_error (&error);
  g_assert_true (scr_store_save (store, G_OBJECT (c), 0, "bob", "referral", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scr_store_get_version (store, G_OBJECT (c), NULL), ==, 1);
  /* a second add of the same id is a conflict */
  g_assert_false (scr_store_save (store, G_OBJECT (c), 0, "carol", NULL, NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_CONFLICT);
  g_clear_error (&error);

  dataset = scr_store_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (scr_dataset_get_cases (dataset)), ==, n_before + 1);
  found = scr_dataset_lookup_case (dataset, "new-case");
  g_assert_nonnull (found);
}

/* The dataset's own members are an entity too. */
static void
test_dataset_members (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
  g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
  g_autoptr(ScrDataset) again = NULL;
  guint64 version = scr_store_get_version (store, G_OBJECT (dataset), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 1);
  scr_dataset_set_title (dataset, "Cumbria register");
  g_assert_true (scr_store_save (store, G_OBJECT (dataset), version, "alice", "renamed", NULL,
                                 &error));
  g_assert_no_error (error);
  again = scr_store_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (scr_dataset_get_title (again), ==, "Cumbria register");
}

/* Two writers read version 1; the first to save wins, the second gets a
 * conflict and the first's change stays. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) one = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(ScrStore) two = scr_store_open (f->uri, &error);
  g_autoptr(ScrDataset) a = scr_store_load (one, &error);
  g_autoptr(ScrDataset) b = scr_store_load (two, &error);
  g_autoptr(ScrCase) ca = first_case (a);
  g_autoptr(ScrCase) cb = first_case (b);
  g_autoptr(ScrDataset) after = NULL;
  ScrCase *stored;

  g_assert_no_error (error);
  g_assert_true (scr_case_set_fact (ca, "died", "yes", NULL));
  g_assert_true (scr_case_set_fact (cb, "died", "no", NULL));
  g_assert_true (scr_store_save (one, G_OBJECT (ca), 1, "alice", NULL, NULL, &error));
  g_assert_no_error (error);
  /* each holds the version it read: one saved at 2, two still read 1 */
  g_assert_cmpuint (scr_store_get_version (one, G_OBJECT (ca), NULL), ==, 2);
  g_assert_cmpuint (scr_store_get_version (two, G_OBJECT (cb), NULL), ==, 1);
  g_assert_false (scr_store_save (two, G_OBJECT (cb), scr_store_get_version (two, G_OBJECT (cb),
                                                                             NULL),
                                  "bob", NULL, NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "changed by someone else"));
  g_assert_nonnull (strstr (error->message, scr_case_get_id (cb)));
  g_clear_error (&error);

  after = scr_store_load (two, &error);
  g_assert_no_error (error);
  stored = scr_dataset_lookup_case (after, scr_case_get_id (ca));
  g_assert_cmpstr (scr_case_get_fact (stored, "died"), ==, "yes");
}

/* Writers of several stores at once, each a case of its own: none waits
 * for ever, none fails, and the log is one chain of all their changes
 * (on PostgreSQL the advisory lock serialises them as BEGIN IMMEDIATE
 * does on SQLite). */
#define N_WRITERS 4
#define N_SAVES 8

typedef struct
{
  const char *uri;
  guint n;
  GError *error;
} Writer;

static gpointer
write_case (gpointer data)
{
  Writer *w = data;
  g_autofree char *id = g_strdup_printf ("writer-%u", w->n);
  g_autoptr(ScrCase) c = scr_case_new (id, SCR_JURISDICTION_ENGLAND);
  g_autoptr(ScrStore) store = scr_store_open (w->uri, &w->error);

  if (store == NULL
      || !scr_store_save (store, G_OBJECT (c), 0, id, "referral", NULL, &w->error))
    return NULL;
  for (guint i = 0; i < N_SAVES; i++)
    {
      guint64 version = scr_store_get_version (store, G_OBJECT (c), &w->error);

      if (version == 0
          || !scr_case_set_fact (c, "died", i % 2 == 0 ? "no" : "yes", &w->error)
          || !scr_store_save (store, G_OBJECT (c), version, id, NULL, NULL, &w->error))
        return NULL;
    }
  return NULL;
}

static void
test_concurrent_writers (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
  g_autoptr(GListModel) before = scr_store_list_log (store, NULL, &error);
  g_autoptr(GListModel) after = NULL;
  Writer writers[N_WRITERS] = { { 0 } };
  GThread *threads[N_WRITERS];

  g_assert_no_error (error);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      writers[i].uri = f->uri;
      writers[i].n = i;
      threads[i] = g_thread_new ("writer", write_case, &writers[i]);
    }
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_thread_join (threads[i]);
      g_assert_no_error (writers[i].error);
    }
  after = scr_store_list_log (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==,
                    g_list_model_get_n_items (before) + N_WRITERS * (1 + N_SAVES));
  g_assert_true (scr_store_verify_log (store, NULL, &error));
  g_assert_no_error (error);
}

static void
test_load_at (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before_import = g_date_time_new_now_utc ();
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDataset) imported = load_example ("sefton-scr-timelines.json");
  g_autoptr(ScrDataset) dataset = NULL, then = NULL, empty = NULL;
  g_autoptr(GDateTime) before_change = NULL;
  g_autoptr(ScrCase) c = NULL;
  g_autofree char *expected = NULL, *got = NULL;

  g_usleep (2000);
  store = create_with (f, "sefton-scr-timelines.json");
  dataset = scr_store_load (store, &error);
  c = first_case (dataset);
  g_usleep (2000);
  before_change = g_date_time_new_now_utc ();
  g_usleep (2000);
  g_assert_true (scr_case_set_fact (c, "died", "no", NULL));
  g_assert_true (scr_store_save (store, G_OBJECT (c), 1, "bob", NULL, NULL, &error));
  g_assert_no_error (error);

  then = scr_store_load_at (store, before_change, &error);
  g_assert_no_error (error);
  expected = scr_dataset_to_data (imported, NULL);
  got = scr_dataset_to_data (then, NULL);
  g_assert_cmpstr (got, ==, expected);

  empty = scr_store_load_at (store, before_import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (scr_dataset_get_cases (empty)), ==, 0);
}

static void
test_log_append_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
  sqlite3 *db = NULL;
  char *message = NULL;

  /* the register stays open while another program writes its file */
  g_assert_true (SCR_IS_STORE (store));
#if HAVE_LIBPQ
  if (f->schema != NULL)
    {
      const char *refused[] = { "UPDATE scr_log SET user_name = 'mallory'",
                                "DELETE FROM scr_log", "TRUNCATE scr_log" };

      for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
        {
          g_autofree char *error = NULL;

          g_assert_false (server_run (f->schema, refused[i], &error));
          g_assert_nonnull (strstr (error, "append-only"));
        }
      return;
    }
#endif
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE scr_log SET user_name = 'mallory'", NULL, NULL,
                                 &message), !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM scr_log", NULL, NULL, &message), !=,
                   SQLITE_OK);
  sqlite3_free (message);
  sqlite3_close (db);
}

typedef struct
{
  const char *sql;
  const char *postgresql_sql;   /* NULL: the same as for SQLite */
  guint64 bad_sequence;   /* G_MAXUINT64: the number of entries */
  const char *message;
} Tampering;

static const Tampering tamperings[] = {
  { "UPDATE scr_log SET reason = 'no reason' WHERE sequence = 3", NULL, 3, "changed after" },
  { "DELETE FROM scr_log WHERE sequence = 2", NULL, 2, "is missing" },
  { "UPDATE scr_log SET hash = (CASE substr (hash, 1, 1) WHEN '0' THEN '1' ELSE '0' END) || substr (hash, 2) WHERE sequence = 2", NULL, 2, "changed after" },
  { "UPDATE scr_entity SET body = replace (body, '\"id\"', '\"id\" ') WHERE kind = 'cases'", NULL,
    0, NULL },
  { "UPDATE scr_entity SET body = json_set (body, '$.title', 'x') WHERE kind = 'cases'",
    "UPDATE scr_entity SET body = jsonb_set (body::jsonb, '{title}', '\"x\"')::text"
    " WHERE kind = 'cases'", 0, "changed without an entry" },
  { "DELETE FROM scr_log WHERE sequence = (SELECT MAX (sequence) FROM scr_log)", NULL, 0,
    "last entries were removed" },
  { "INSERT INTO scr_entity VALUES ('cases', 'ghost', 999, 1, '{\"id\":\"ghost\"}')", NULL, 0,
    "added without an entry" },
  { "DELETE FROM scr_entity WHERE kind = 'agencies'", NULL, G_MAXUINT64,
    "removed without an entry" },
};

static void
test_verify_tampering (Fixture       *f,
                       gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (tamperings); i++)
    {
      const Tampering *t = &tamperings[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
      g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
      g_autoptr(ScrCase) c = first_case (dataset);
      g_autofree char *sql = NULL;
      guint64 bad = 12345;
      gboolean ok;

      g_test_message ("tampering: %s", t->sql);
      g_assert_true (scr_case_set_fact (c, "died", "no", NULL));
      g_assert_true (scr_store_save (store, G_OBJECT (c), 1, "bob", NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (scr_store_verify_log (store, &bad, &error));
      g_assert_cmpuint (bad, ==, 0);

      if (f->schema != NULL)
        sql = g_strconcat ("ALTER TABLE scr_log DISABLE TRIGGER ALL; ",
                           t->postgresql_sql != NULL ? t->postgresql_sql : t->sql, NULL);
      else
        sql = g_strconcat ("DROP TRIGGER scr_log_no_update; DROP TRIGGER scr_log_no_delete; ",
                           t->sql, NULL);
      tamper (f, sql);
      ok = scr_store_verify_log (store, &bad, &error);
      if (t->message == NULL)
        {
          /* whitespace inside the JSON text is not a change */
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY);
          g_assert_false (ok);
          g_test_message ("%s", error->message);
          g_assert_nonnull (strstr (error->message, t->message));
          if (t->bad_sequence != G_MAXUINT64)
            g_assert_cmpuint (bad, ==, t->bad_sequence);
          else
            g_assert_cmpuint (bad, >, 0);
        }
      g_clear_object (&store);
      remove_register (f);
    }
}

#if HAVE_LIBPQ
/* The reader and writer roles (doc/register-postgresql.md): the reader
 * reads and verifies, the writer saves, and neither can rewrite the log
 * or undo its triggers. */
static void
roles_on_server (Fixture  *f,
                 ScrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) reader = NULL, writer = NULL;
  g_autoptr(ScrDataset) read = NULL;
  g_autoptr(ScrCase) c = NULL;
  g_autofree char *sql = NULL, *reader_uri = NULL, *writer_uri = NULL, *drop = NULL;
  const char *s = f->schema;
  g_autofree char *message = NULL, *reader_role = NULL, *writer_role = NULL;

  /* roles are the cluster's: named after the test's schema; a second
   * time grants again */
  reader_role = g_strconcat (s, "_reader", NULL);
  writer_role = g_strconcat (s, "_writer", NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (scr_store_create_roles (store, reader_role, writer_role, &error));
      g_assert_no_error (error);
    }
  sql = g_strdup_printf ("CREATE ROLE %s_analyst LOGIN IN ROLE %s_reader;"
                         " CREATE ROLE %s_worker LOGIN IN ROLE %s_writer", s, s, s, s);
  server_must_run (s, sql);
  reader_uri = g_strdup_printf ("%s&user=%s_analyst", f->uri, s);
  writer_uri = g_strdup_printf ("%s&user=%s_worker", f->uri, s);

  reader = scr_store_open (reader_uri, &error);
  g_assert_no_error (error);
  read = scr_store_load (reader, &error);
  g_assert_no_error (error);
  g_assert_true (scr_store_verify_log (reader, NULL, &error));
  g_assert_no_error (error);
  c = first_case (read);
  g_assert_true (scr_case_set_fact (c, "died", "no", NULL));
  g_assert_false (scr_store_save (reader, G_OBJECT (c), 1, "analyst", NULL, NULL, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "permission denied"));
  g_clear_error (&error);

  writer = scr_store_open (writer_uri, &error);
  g_assert_no_error (error);
  g_assert_true (scr_store_save (writer, G_OBJECT (c), 1, "worker", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (scr_store_verify_log (reader, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&reader);
  g_clear_object (&writer);

  /* the writer as itself on the server */
  {
    g_autofree char *as_writer = g_strdup_printf ("SET ROLE %s_worker; ", s);
    const char *refused[] = { "UPDATE scr_log SET user_name = 'mallory'",
                              "DELETE FROM scr_log",
                              "ALTER TABLE scr_log DISABLE TRIGGER ALL" };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autofree char *attempt = g_strconcat (as_writer, refused[i], NULL);

        g_assert_false (server_run (s, attempt, &message));
        g_test_message ("%s: %s", refused[i], message);
        g_clear_pointer (&message, g_free);
      }
  }
  drop = g_strdup_printf ("DROP OWNED BY %s_reader, %s_writer; DROP ROLE %s_analyst, %s_worker,"
                          " %s_reader, %s_writer", s, s, s, s, s, s);
  server_must_run (s, drop);
}
#endif

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");

#if HAVE_LIBPQ
  if (f->schema != NULL)
    {
      roles_on_server (f, store);
      return;
    }
#endif
  g_assert_false (scr_store_create_roles (store, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

static void
test_rules_digest (void)
{
  g_autoptr(ScrRuleSet) a = scr_rule_set_new_builtin ();
  g_autoptr(ScrRuleSet) b = scr_rule_set_new_builtin ();
  g_autoptr(ScrRuleSet) empty = scr_rule_set_new ();
  g_autoptr(GError) error = NULL;
  const char *rules = "{\"schema_version\": 1, \"name\": \"x\", \"rules\": []}";
  g_autofree char *digest = NULL;

  g_assert_true (g_str_has_prefix (scr_rule_set_get_digest (a), "sha256:"));
  g_assert_cmpint (strlen (scr_rule_set_get_digest (a)), ==, 7 + 64);
  g_assert_cmpstr (scr_rule_set_get_digest (a), ==, scr_rule_set_get_digest (b));
  g_assert_cmpstr (scr_rule_set_get_digest (a), !=, scr_rule_set_get_digest (empty));
  digest = g_strdup (scr_rule_set_get_digest (empty));
  if (scr_rule_set_load_data (empty, rules, -1, "test", &error))
    g_assert_cmpstr (scr_rule_set_get_digest (empty), !=, digest);
}

/* The open deadlines of @c's full timeline on @today. */
static GPtrArray *
open_deadlines (ScrEvaluator  *evaluator,
                ScrCase       *c,
                const ScrDate *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrTimeline) timeline = scr_evaluator_timeline (evaluator, c, today, &error);
  GPtrArray *open = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *deadlines;

  g_assert_no_error (error);
  deadlines = scr_timeline_get_deadlines (timeline);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, i);

      if (scr_deadline_get_done (d) == NULL && scr_deadline_get_due (d) != NULL)
        g_ptr_array_add (open, g_steal_pointer (&d));
    }
  return open;
}

static void
assert_same_deadline (ScrDeadline *a,
                      ScrDeadline *b)
{
  g_assert_cmpstr (scr_deadline_get_rule_id (a), ==, scr_deadline_get_rule_id (b));
  g_assert_cmpstr (scr_deadline_get_anchor (a), ==, scr_deadline_get_anchor (b));
  g_assert_true (scr_date_equal (scr_deadline_get_from (a), scr_deadline_get_from (b)));
  g_assert_true (scr_date_equal (scr_deadline_get_due (a), scr_deadline_get_due (b)));
  g_assert_cmpint (scr_deadline_get_status (a), ==, scr_deadline_get_status (b));
  g_assert_cmpint (scr_deadline_get_days_late (a), ==, scr_deadline_get_days_late (b));
  g_assert_cmpint (scr_deadline_get_approximate (a), ==, scr_deadline_get_approximate (b));
  g_assert_true (g_strv_equal (scr_deadline_get_skipped (a), scr_deadline_get_skipped (b)));
}

/* scr_store_list_due on @today gives, for every case (of @agency), the
 * open deadlines of the case's full timeline; returns how many. */
static guint
assert_due_as_timelines (ScrStore   *store,
                         const char *today_text,
                         const char *agency)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) today = scr_date_new_from_iso8601 (today_text, &error);
  g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(GListModel) due = scr_store_list_due (store, today, agency, &error);
  GListModel *cases = scr_dataset_get_cases (dataset);
  guint listed = 0, n_open = 0;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (due) == SCR_TYPE_TIMELINE);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
      g_autoptr(GPtrArray) open = NULL;
      const char *const *agencies = scr_case_get_agency_ids (c);
      g_autoptr(ScrTimeline) t = NULL;
      g_autoptr(ScrTimeline) full = NULL;
      g_auto(GStrv) missing = NULL;
      GListModel *deadlines;

      if (agency != NULL && (agencies == NULL || !g_strv_contains (agencies, agency)))
        continue;
      full = scr_evaluator_timeline (evaluator, c, today, &error);
      g_assert_no_error (error);
      missing = scr_timeline_list_missing (full);
      open = open_deadlines (evaluator, c, today);
      /* listed: a case with a step not done, or one its timeline cannot
       * decide, with the same missing facts and dates */
      if (open->len == 0 && g_strv_length (missing) == 0)
        continue;
      /* in the order the cases were added */
      g_assert_cmpuint (listed, <, g_list_model_get_n_items (due));
      t = g_list_model_get_item (due, listed++);
      g_assert_cmpstr (scr_timeline_get_case_id (t), ==, scr_case_get_id (c));
      g_assert_true (scr_date_equal (scr_timeline_get_today (t), today));
      {
        g_auto(GStrv) listed_missing = scr_timeline_list_missing (t);

        g_assert_true (g_strv_equal ((const char *const *) listed_missing,
                                     (const char *const *) missing));
      }
      deadlines = scr_timeline_get_deadlines (t);
      g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, open->len);
      for (guint k = 0; k < open->len; k++)
        {
          g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, k);

          assert_same_deadline (d, open->pdata[k]);
        }
      n_open += open->len;
    }
  g_assert_cmpuint (listed, ==, g_list_model_get_n_items (due));
  return n_open;
}

static const char *const due_days[] = {
  "2012-02-29", "2015-12-31", "2016-01-14", "2016-01-15", "2019-03-01", "2026-12-07", NULL
};

/* The due index answers as full timelines do, on every day, for every
 * agency, and follows each save. */
static void
test_due_index (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(ScrDataset) lancashire = load_example ("child-n-lancashire.json");
  g_autoptr(ScrCase) referral = scr_case_new ("new-referral", SCR_JURISDICTION_ENGLAND);
  g_autoptr(ScrDate) aware = scr_date_new (2026, 12, 2, NULL);
  g_autoptr(ScrDate) sent = scr_date_new (2026, 12, 4, NULL);
  g_autoptr(ScrDate) today = scr_date_new (2026, 12, 7, NULL);
  g_autoptr(GListModel) none = NULL;
  guint64 version = 0;
  guint before;

  g_assert_true (scr_store_import (store, lancashire, "alice", NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; due_days[i] != NULL; i++)
    {
      g_assert_cmpuint (assert_due_as_timelines (store, due_days[i], NULL), >, 0);
      assert_due_as_timelines (store, due_days[i], "nspcc");
    }

  /* a new referral: notify within 5 working days of becoming aware */
  g_assert_true (scr_case_set_fact (referral, "abuse_neglect", "suspected", &error));
  g_assert_true (scr_case_set_fact (referral, "serious_harm", "yes", &error));
  g_assert_true (scr_case_set_fact (referral, "died", "no", &error));
  g_assert_true (scr_case_set_fact (referral, "incident_location", "this_la", &error));
  g_assert_no_error (error);
  scr_case_set_event (referral, "became_aware", aware);
  before = assert_due_as_timelines (store, "2026-12-07", NULL);
  g_assert_true (scr_store_save (store, G_OBJECT (referral), 0, "bob", "referral", &version,
                                 &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assert_due_as_timelines (store, "2026-12-07", NULL), >, before);
  scr_case_set_event (referral, "notification_sent", sent);
  g_assert_true (scr_store_save (store, G_OBJECT (referral), version, "bob", "notified", NULL,
                                 &error));
  g_assert_no_error (error);
  assert_due_as_timelines (store, "2026-12-07", NULL);
  /* the notification is done: it has left the referral's open steps */
  {
    g_autoptr(GListModel) due = scr_store_list_due (store, today, NULL, &error);
    gboolean found = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (due); i++)
      {
        g_autoptr(ScrTimeline) t = g_list_model_get_item (due, i);
        GListModel *deadlines = scr_timeline_get_deadlines (t);

        if (g_strcmp0 (scr_timeline_get_case_id (t), "new-referral") != 0)
          continue;
        found = TRUE;
        for (guint k = 0; k < g_list_model_get_n_items (deadlines); k++)
          {
            g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, k);

            g_assert_cmpstr (scr_deadline_get_rule_id (d), !=, "T-SIN-18");
          }
      }
    g_assert_true (found);
  }

  none = scr_store_list_due (store, today, "no-such-agency", &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-agency"));
  g_assert_null (none);
}

/* An index made with other rules or another libscr is remade; a register
 * of schema version 1 gets the index's tables; a damaged row is named. */
static void
test_due_index_remade (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(ScrDate) today = scr_date_new (2016, 1, 14, NULL);
  g_autoptr(GListModel) due = NULL;
  guint n = assert_due_as_timelines (store, "2016-01-14", NULL);

  g_clear_object (&store);
  tamper (f, "UPDATE scr_meta SET value = '0.9 other-rules' WHERE key = 'due_index';"
             "DELETE FROM scr_due");
  store = scr_store_open (f->uri, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assert_due_as_timelines (store, "2016-01-14", NULL), ==, n);
  g_clear_object (&store);

  tamper (f, "DROP TABLE scr_due; DROP TABLE scr_due_case; DROP TABLE scr_due_agency;"
             "DROP INDEX scr_entity_position;"
             "DELETE FROM scr_meta WHERE key = 'due_index';"
             "UPDATE scr_meta SET value = '1' WHERE key = 'schema_version'");
  store = scr_store_open (f->uri, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assert_due_as_timelines (store, "2016-01-14", NULL), ==, n);
  g_clear_object (&store);

  /* version 2's due index, without scr_due_case: made again */
  tamper (f, "DROP TABLE scr_due; DROP TABLE scr_due_case; DROP TABLE scr_due_agency;"
             "CREATE TABLE scr_due (case_id TEXT NOT NULL, position BIGINT NOT NULL,"
             " rule_id TEXT NOT NULL, anchor TEXT NOT NULL, from_first TEXT NOT NULL,"
             " from_last TEXT NOT NULL, jurisdiction TEXT NOT NULL,"
             " PRIMARY KEY (case_id, position));"
             "CREATE TABLE scr_due_agency (case_id TEXT NOT NULL, agency_id TEXT NOT NULL,"
             " PRIMARY KEY (case_id, agency_id));"
             "CREATE INDEX scr_due_agency_agency ON scr_due_agency (agency_id);"
             "UPDATE scr_meta SET value = '2' WHERE key = 'schema_version'");
  store = scr_store_open (f->uri, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assert_due_as_timelines (store, "2016-01-14", NULL), ==, n);
  g_clear_object (&store);

  tamper (f, "UPDATE scr_due SET from_first = 'not a date'");
  store = scr_store_open (f->uri, &error);
  g_assert_no_error (error);
  due = scr_store_list_due (store, today, NULL, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY);
  g_assert_nonnull (strstr (error->message, "due index"));
  g_assert_null (due);
}

/* A body that is not JSON is named, whether the register is read whole
 * or as it stood. */
static void
test_damaged_entity (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "sefton-scr-timelines.json");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(ScrDataset) dataset = NULL;

  tamper (f, "UPDATE scr_entity SET body = '{\"id\": ' WHERE kind = 'reviews' AND position = "
             "(SELECT MIN (position) FROM scr_entity WHERE kind = 'reviews')");
  dataset = scr_store_load (store, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY);
  g_assert_nonnull (strstr (error->message, "entity reviews"));
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_null (dataset);
  g_clear_error (&error);
  dataset = scr_store_load_at (store, now, &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY);
  g_assert_null (dataset);
}

/* One entity read alone is the one the whole read gives, at its version,
 * and can be saved with it. */
static void
test_load_entity (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = create_with (f, "child-l-cumbria.json");
  g_autoptr(ScrDataset) dataset = scr_store_load (store, &error);
  g_autoptr(GObject) item = NULL;
  g_autoptr(JsonNode) whole = NULL, alone = NULL;
  g_autoptr(ScrDate) day = scr_date_new (2011, 12, 1, NULL);
  guint64 version = 0;

  g_assert_no_error (error);
  item = scr_store_load_entity (store, SCR_TYPE_CASE, "child-l", &error);
  g_assert_no_error (error);
  g_assert_true (SCR_IS_CASE (item));
  whole = scr_case_to_json (scr_dataset_lookup_case (dataset, "child-l"));
  alone = scr_case_to_json (SCR_CASE (item));
  g_assert_true (json_node_equal (whole, alone));
  g_assert_cmpuint (scr_store_get_version (store, item, &error), ==, 1);
  scr_case_set_event (SCR_CASE (item), "decision", day);
  g_assert_true (scr_store_save (store, item, 1, "bob", "decided", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 2);
  g_clear_object (&item);

  {
    g_autoptr(ScrAction) first = g_list_model_get_item (scr_dataset_get_actions (dataset), 0);

    item = scr_store_load_entity (store, SCR_TYPE_ACTION, scr_action_get_id (first), &error);
    g_assert_no_error (error);
    g_assert_true (SCR_IS_ACTION (item));
    g_assert_cmpstr (scr_action_get_text (SCR_ACTION (item)), ==, scr_action_get_text (first));
    g_clear_object (&item);
  }

  item = scr_store_load_entity (store, SCR_TYPE_CASE, "no-such-case", &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-case"));
  g_assert_null (item);
  g_clear_error (&error);

  tamper (f, "UPDATE scr_entity SET body = '[1]' WHERE kind = 'cases'");
  item = scr_store_load_entity (store, SCR_TYPE_CASE, "child-l", &error);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY);
  g_assert_null (item);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/scr/store/store/create-open", test_create_open);
  ADD ("/scr/store/store/newer-schema", test_newer_schema);
  ADD ("/scr/store/store/import-round-trip", test_import_round_trip);
  ADD ("/scr/store/store/import-conflict", test_import_conflict);
  ADD ("/scr/store/store/save-and-log", test_save_and_log);
  ADD ("/scr/store/store/new-entity", test_new_entity);
  ADD ("/scr/store/store/dataset-members", test_dataset_members);
  ADD ("/scr/store/store/conflict", test_conflict);
  ADD ("/scr/store/store/concurrent-writers", test_concurrent_writers);
  ADD ("/scr/store/store/load-at", test_load_at);
  ADD ("/scr/store/store/due-index", test_due_index);
  ADD ("/scr/store/store/due-index-remade", test_due_index_remade);
  ADD ("/scr/store/store/damaged-entity", test_damaged_entity);
  ADD ("/scr/store/store/load-entity", test_load_entity);
  ADD ("/scr/store/log/append-only", test_log_append_only);
  ADD ("/scr/store/log/verify-tampering", test_verify_tampering);
  ADD ("/scr/store/store/roles", test_roles);
#undef ADD
  g_test_add_func ("/scr/store/rules/digest", test_rules_digest);
  return g_test_run ();
}
