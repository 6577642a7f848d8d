/* scr-store-sqlite.c: a register in an SQLite database file, the
 * embedded default.
 *
 * WAL mode lets readers go on while one process writes; a write
 * transaction starts with BEGIN IMMEDIATE so that two writers queue at
 * its start (waiting up to the busy timeout) instead of failing when the
 * second first writes. Every committed transaction is durable
 * (synchronous=FULL): a register is a record others rely on.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>

#include "scr-error.h"
#include "scr-store-backend-private.h"

/* How long a writer waits for another to finish. */
#define BUSY_TIMEOUT_MS 30000

typedef struct
{
  ScrStoreBackend parent;
  sqlite3 *db;
  char *path;
} ScrStoreSqlite;

static gboolean
fail (ScrStoreSqlite  *self,
      const char      *doing,
      GError         **error)
{
  g_set_error (error, SCR_ERROR, SCR_ERROR_STORAGE, "%s: %s: %s", self->path, doing,
               sqlite3_errmsg (self->db));
  return FALSE;
}

static gboolean
sqlite_exec (ScrStoreBackend    *backend,
             const char         *sql,
             const char *const  *params,
             guint               n_params,
             ScrStoreRowFunc     row,
             gpointer            user_data,
             GError            **error)
{
  ScrStoreSqlite *self = (ScrStoreSqlite *) backend;
  sqlite3_stmt *stmt = NULL;
  const char **columns;
  gboolean ok = TRUE;
  int rc, n;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, "preparing a statement", error);
  for (guint i = 0; i < n_params; i++)
    {
      char name[16];
      int index;

      g_snprintf (name, sizeof name, "$%u", i + 1);
      index = sqlite3_bind_parameter_index (stmt, name);
      if (index == 0)
        continue;
      if (params[i] == NULL)
        rc = sqlite3_bind_null (stmt, index);
      else
        rc = sqlite3_bind_text (stmt, index, params[i], -1, SQLITE_STATIC);
      if (rc != SQLITE_OK)
        {
          sqlite3_finalize (stmt);
          return fail (self, "binding a value", error);
        }
    }
  /* one array for every row: a statement's columns do not change (and
   * alloca in the loop would grow the stack by each row) */
  n = sqlite3_column_count (stmt);
  columns = g_new (const char *, n + 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < n; i++)
        columns[i] = (const char *) sqlite3_column_text (stmt, i);
      columns[n] = NULL;
      if (row != NULL && !row (columns, n, user_data, error))
        {
          ok = FALSE;
          break;
        }
    }
  if (ok && rc != SQLITE_DONE)
    ok = fail (self, "running a statement", error);
  sqlite3_finalize (stmt);
  g_free (columns);
  return ok;
}

static gboolean
run (ScrStoreSqlite  *self,
     const char      *sql,
     GError         **error)
{
  return sqlite_exec (&self->parent, sql, NULL, 0, NULL, NULL, error);
}

static gboolean
sqlite_begin_write (ScrStoreBackend  *backend,
                    GError          **error)
{
  return run ((ScrStoreSqlite *) backend, "BEGIN IMMEDIATE", error);
}

static gboolean
sqlite_commit (ScrStoreBackend  *backend,
               GError          **error)
{
  return run ((ScrStoreSqlite *) backend, "COMMIT", error);
}

static void
sqlite_rollback (ScrStoreBackend *backend)
{
  ScrStoreSqlite *self = (ScrStoreSqlite *) backend;

  /* fails harmlessly when a failed statement already ended it */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static void
sqlite_close (ScrStoreBackend *backend)
{
  ScrStoreSqlite *self = (ScrStoreSqlite *) backend;

  sqlite3_close (self->db);
  g_free (self->path);
  g_free (self);
}

static gboolean
sqlite_has_table (ScrStoreBackend  *backend,
                  const char       *name,
                  gboolean         *exists,
                  GError          **error)
{
  const char *params[] = { name };

  *exists = FALSE;
  return sqlite_exec (backend, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1",
                      params, 1, scr_store_row_seen, exists, error);
}

static const char *const sqlite_append_only[] = {
  "CREATE TRIGGER scr_log_no_update BEFORE UPDATE ON scr_log"
  " BEGIN SELECT RAISE (ABORT, 'the decision log is append-only'); END",
  "CREATE TRIGGER scr_log_no_delete BEFORE DELETE ON scr_log"
  " BEGIN SELECT RAISE (ABORT, 'the decision log is append-only'); END",
  NULL
};

static const ScrStoreBackendVTable sqlite_vtable = {
  .exec = sqlite_exec,
  .begin_write = sqlite_begin_write,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .has_table = sqlite_has_table,
  .append_only_sql = sqlite_append_only,
  .close = sqlite_close,
};

ScrStoreBackend *
scr_store_sqlite_open (const char  *path,
                       gboolean     create,
                       GError     **error)
{
  ScrStoreSqlite *self;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int rc;

  if (create && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "%s: a file is already there; a new register needs a new file", path);
      return NULL;
    }
  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "%s: no register there (create one with scr init)", path);
      return NULL;
    }
  if (create)
    flags |= SQLITE_OPEN_CREATE;

  self = g_new0 (ScrStoreSqlite, 1);
  self->parent.vtable = &sqlite_vtable;
  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
  if (rc != SQLITE_OK
      || sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS) != SQLITE_OK
      || !run (self, "PRAGMA journal_mode=WAL", NULL)
      || !run (self, "PRAGMA synchronous=FULL", NULL)
      || !run (self, "PRAGMA foreign_keys=ON", NULL))
    {
      if (self->db != NULL)
        fail (self, "opening the database", error);
      else
        g_set_error (error, SCR_ERROR, SCR_ERROR_STORAGE, "%s: cannot open the database", path);
      sqlite_close (&self->parent);
      return NULL;
    }
  return &self->parent;
}
