/* scr-store-postgresql.c: a register in a PostgreSQL database, for a
 * partnership that keeps its records on a server.
 *
 * The tables are made in the connection's current schema. Reads outside
 * a write run in autocommit; a write transaction takes a transaction-level
 * advisory lock first, so that writers queue at its start exactly as
 * SQLite's BEGIN IMMEDIATE makes them: the store reads the log's end and
 * the entities' versions inside the write and relies on no other writer
 * in between.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <libpq-fe.h>
#include <string.h>

#include "scr-error.h"
#include "scr-store-backend-private.h"

/* The advisory lock of the register's writers ("scr\0log\0"), one per
 * database whatever the schema (writers of two schemas only queue). */
#define WRITE_LOCK "8314614683200874240"

typedef struct
{
  ScrStoreBackend parent;
  PGconn *conn;
  char *name;   /* the URI without its password, for messages */
} ScrStorePostgresql;

/* A server message without its trailing newline. */
static void
set_error (ScrStorePostgresql  *self,
           const char          *doing,
           const char          *message,
           GError             **error)
{
  g_autofree char *text = g_strchomp (g_strdup (message != NULL ? message : ""));

  g_set_error (error, SCR_ERROR, SCR_ERROR_STORAGE, "%s: %s: %s", self->name, doing,
               *text != '\0' ? text : "the server gave no message");
}

static gboolean
postgresql_exec (ScrStoreBackend    *backend,
                 const char         *sql,
                 const char *const  *params,
                 guint               n_params,
                 ScrStoreRowFunc     row,
                 gpointer            user_data,
                 GError            **error)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;
  ExecStatusType status;
  PGresult *result;
  gboolean ok = TRUE;

  /* text parameters of types the server infers, text results */
  result = PQexecParams (self->conn, sql, (int) n_params, NULL, params, NULL, NULL, 0);
  status = PQresultStatus (result);
  if (status == PGRES_TUPLES_OK && row != NULL)
    {
      int n = PQnfields (result);
      const char **columns = g_newa (const char *, n + 1);

      for (int r = 0; ok && r < PQntuples (result); r++)
        {
          for (int i = 0; i < n; i++)
            columns[i] = PQgetisnull (result, r, i) ? NULL : PQgetvalue (result, r, i);
          columns[n] = NULL;
          ok = row (columns, n, user_data, error);
        }
    }
  else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
    {
      set_error (self, "running a statement",
                 result != NULL ? PQresultErrorMessage (result) : PQerrorMessage (self->conn),
                 error);
      ok = FALSE;
    }
  PQclear (result);
  return ok;
}

static gboolean
run (ScrStorePostgresql  *self,
     const char          *sql,
     GError             **error)
{
  return postgresql_exec (&self->parent, sql, NULL, 0, NULL, NULL, error);
}

static gboolean
postgresql_begin_write (ScrStoreBackend  *backend,
                        GError          **error)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;

  if (!run (self, "BEGIN ISOLATION LEVEL READ COMMITTED", error))
    return FALSE;
  /* every statement after it sees what the writer before committed */
  if (!run (self, "SELECT pg_advisory_xact_lock (" WRITE_LOCK ")", error))
    {
      run (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
postgresql_commit (ScrStoreBackend  *backend,
                   GError          **error)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;
  PGresult *result = PQexec (self->conn, "COMMIT");
  gboolean ok = PQresultStatus (result) == PGRES_COMMAND_OK;

  /* COMMIT of a failed transaction "succeeds" as a ROLLBACK */
  if (ok && g_strcmp0 (PQcmdStatus (result), "COMMIT") != 0)
    {
      set_error (self, "committing", "the transaction had failed and was rolled back", error);
      ok = FALSE;
    }
  else if (!ok)
    set_error (self, "committing",
               result != NULL ? PQresultErrorMessage (result) : PQerrorMessage (self->conn),
               error);
  PQclear (result);
  return ok;
}

static void
postgresql_rollback (ScrStoreBackend *backend)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;

  if (PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
}

static void
postgresql_close (ScrStoreBackend *backend)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;

  PQfinish (self->conn);
  g_free (self->name);
  g_free (self);
}

static gboolean
postgresql_has_table (ScrStoreBackend  *backend,
                      const char       *name,
                      gboolean         *exists,
                      GError          **error)
{
  const char *params[] = { name };

  *exists = FALSE;
  /* the current schema only: a register in another one is not this one */
  return postgresql_exec (backend, "SELECT 1 FROM information_schema.tables"
                          " WHERE table_schema = current_schema () AND table_name = $1",
                          params, 1, scr_store_row_seen, exists, error);
}

static const char *const postgresql_append_only[] = {
  "CREATE FUNCTION scr_log_append_only () RETURNS trigger LANGUAGE plpgsql AS"
  " $$ BEGIN RAISE EXCEPTION 'the decision log is append-only'; END $$",
  "CREATE TRIGGER scr_log_no_update BEFORE UPDATE ON scr_log"
  " FOR EACH ROW EXECUTE FUNCTION scr_log_append_only ()",
  "CREATE TRIGGER scr_log_no_delete BEFORE DELETE ON scr_log"
  " FOR EACH ROW EXECUTE FUNCTION scr_log_append_only ()",
  "CREATE TRIGGER scr_log_no_truncate BEFORE TRUNCATE ON scr_log"
  " FOR EACH STATEMENT EXECUTE FUNCTION scr_log_append_only ()",
  NULL
};

/* The name as an SQL identifier, quoted as needed. */
static char *
identifier (ScrStorePostgresql  *self,
            const char          *name,
            GError             **error)
{
  char *quoted = PQescapeIdentifier (self->conn, name, strlen (name));
  char *copy;

  if (quoted == NULL)
    {
      set_error (self, "quoting a name", PQerrorMessage (self->conn), error);
      return NULL;
    }
  copy = g_strdup (quoted);
  PQfreemem (quoted);
  return copy;
}

static gboolean
first_column (const char *const  *columns,
              guint               n_columns,
              gpointer            user_data,
              GError            **error)
{
  char **place = user_data;

  g_free (*place);
  *place = g_strdup (columns[0]);
  return TRUE;
}

/* Creates @role (NOLOGIN) unless it is there, with USAGE on the current
 * schema. */
static gboolean
create_role (ScrStorePostgresql  *self,
             const char          *role,
             const char          *quoted,
             const char          *schema,
             GError             **error)
{
  const char *params[] = { role };
  g_autofree char *create = g_strdup_printf ("CREATE ROLE %s NOLOGIN", quoted);
  g_autofree char *usage = g_strdup_printf ("GRANT USAGE ON SCHEMA %s TO %s", schema, quoted);
  gboolean exists = FALSE;

  return postgresql_exec (&self->parent, "SELECT 1 FROM pg_roles WHERE rolname = $1", params, 1,
                          scr_store_row_seen, &exists, error)
         && (exists || run (self, create, error))
         && run (self, usage, error);
}

static gboolean
postgresql_create_roles (ScrStoreBackend  *backend,
                         const char       *reader,
                         const char       *writer,
                         GError          **error)
{
  ScrStorePostgresql *self = (ScrStorePostgresql *) backend;
  g_autofree char *current = NULL, *schema = NULL, *r = NULL, *w = NULL;
  g_autofree char *read = NULL, *write = NULL, *rewrite = NULL, *append = NULL;

  if (!postgresql_exec (backend, "SELECT current_schema ()", NULL, 0, first_column, &current,
                        error))
    return FALSE;
  if (current == NULL)
    {
      set_error (self, "creating roles", "no current schema", error);
      return FALSE;
    }
  if ((schema = identifier (self, current, error)) == NULL
      || (r = identifier (self, reader, error)) == NULL
      || (w = identifier (self, writer, error)) == NULL)
    return FALSE;
  read = g_strdup_printf ("GRANT SELECT ON scr_meta, scr_entity, scr_log, scr_due,"
                          " scr_due_case, scr_due_agency TO %s", r);
  write = g_strdup_printf ("GRANT SELECT, INSERT, UPDATE ON scr_entity TO %s", w);
  /* the due index and its key in scr_meta are rewritten with each save */
  rewrite = g_strdup_printf ("GRANT SELECT, INSERT, UPDATE, DELETE ON scr_meta, scr_due,"
                             " scr_due_case, scr_due_agency TO %s", w);
  /* SELECT: each write reads the chain's end; no UPDATE, no DELETE */
  append = g_strdup_printf ("GRANT SELECT, INSERT ON scr_log TO %s", w);
  return create_role (self, reader, r, schema, error) && run (self, read, error)
         && create_role (self, writer, w, schema, error) && run (self, write, error)
         && run (self, rewrite, error) && run (self, append, error);
}

static const ScrStoreBackendVTable postgresql_vtable = {
  .exec = postgresql_exec,
  .begin_write = postgresql_begin_write,
  .commit = postgresql_commit,
  .rollback = postgresql_rollback,
  .has_table = postgresql_has_table,
  .append_only_sql = postgresql_append_only,
  .close = postgresql_close,
  .create_roles = postgresql_create_roles,
};

ScrStoreBackend *
scr_store_postgresql_open (const char  *conninfo,
                           gboolean     create,
                           GError     **error)
{
  ScrStorePostgresql *self = g_new0 (ScrStorePostgresql, 1);
  static const char *const tables[] = { "scr_meta", "scr_entity", "scr_log" };

  self->parent.vtable = &postgresql_vtable;
  self->name = scr_store_redact_uri (conninfo);
  self->conn = PQconnectdb (conninfo);
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      set_error (self, "cannot connect", PQerrorMessage (self->conn), error);
      postgresql_close (&self->parent);
      return NULL;
    }
  /* the store writes and compares UTF-8 text */
  if (PQsetClientEncoding (self->conn, "UTF8") != 0)
    {
      set_error (self, "setting the client encoding", PQerrorMessage (self->conn), error);
      postgresql_close (&self->parent);
      return NULL;
    }
  /* a new register needs a database (schema) without one, as SQLite
   * needs a new file */
  for (guint i = 0; create && i < G_N_ELEMENTS (tables); i++)
    {
      gboolean exists = FALSE;

      if (!postgresql_has_table (&self->parent, tables[i], &exists, error))
        {
          postgresql_close (&self->parent);
          return NULL;
        }
      if (exists)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       "%s: the database already has a table %s; a new register needs a "
                       "database (or schema) without one", self->name, tables[i]);
          postgresql_close (&self->parent);
          return NULL;
        }
    }
  return &self->parent;
}
