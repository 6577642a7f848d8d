/* scr-store-backend-private.h: the database under a register.
 *
 * ScrStore speaks SQL through this small interface so that one store
 * serves SQLite (scr-store-sqlite.c) and a server database alike. The
 * statements are written once, for both: parameters are $1, $2...,
 * values go in and come out as text (NULL for SQL NULL), and the types
 * used are TEXT and BIGINT.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScrStoreBackend ScrStoreBackend;

/* Called once per result row with its columns; returning FALSE (with
 * @error set) stops the statement and fails it. */
typedef gboolean (*ScrStoreRowFunc) (const char *const *columns,
                                     guint               n_columns,
                                     gpointer            user_data,
                                     GError            **error);

typedef struct
{
  /* runs one statement with @n_params text parameters (NULL = SQL NULL) */
  gboolean (*exec)         (ScrStoreBackend    *self,
                            const char         *sql,
                            const char *const  *params,
                            guint               n_params,
                            ScrStoreRowFunc     row,
                            gpointer            user_data,
                            GError            **error);
  /* a transaction that writes: other writers wait for it */
  gboolean (*begin_write)  (ScrStoreBackend    *self,
                            GError            **error);
  gboolean (*commit)       (ScrStoreBackend    *self,
                            GError            **error);
  void     (*rollback)     (ScrStoreBackend    *self);
  /* whether the database has a table of that name */
  gboolean (*has_table)    (ScrStoreBackend    *self,
                            const char         *name,
                            gboolean           *exists,
                            GError            **error);
  /* the statements that make the decision log refuse UPDATE and DELETE
   * (triggers are the one part of the schema each database spells its
   * own way), NULL-terminated */
  const char *const *append_only_sql;
  void     (*close)        (ScrStoreBackend    *self);
  /* creates or grants again a reader's and a writer's role; NULL for a
   * database without roles */
  gboolean (*create_roles) (ScrStoreBackend    *self,
                            const char         *reader,
                            const char         *writer,
                            GError            **error);
} ScrStoreBackendVTable;

struct _ScrStoreBackend
{
  const ScrStoreBackendVTable *vtable;
};

/* Column @i of row @r of scr_store_backend_query()'s rows. */
#define SCR_STORE_CELL(rows, r, i) ((const char *) ((GPtrArray *) (rows)->pdata[r])->pdata[i])

/* The statements of scr-store-backend.c, over any backend. */
gboolean   scr_store_backend_exec     (ScrStoreBackend    *self,
                                       const char         *sql,
                                       const char *const  *params,
                                       guint               n_params,
                                       GError            **error);
/* Every row of a statement, each a GPtrArray of its columns' text (NULL
 * for SQL NULL). */
GPtrArray *scr_store_backend_query    (ScrStoreBackend    *self,
                                       const char         *sql,
                                       const char *const  *params,
                                       guint               n_params,
                                       GError            **error);
/* Commits, or rolls back when that fails. */
gboolean   scr_store_backend_commit   (ScrStoreBackend    *self,
                                       GError            **error);
/* Rolls back; always FALSE, to return. */
gboolean   scr_store_backend_rollback (ScrStoreBackend    *self);

/* Opens (@create: creates, refusing an existing one) the SQLite database
 * at @path, in WAL mode with foreign keys on. */
ScrStoreBackend *scr_store_sqlite_open (const char  *path,
                                        gboolean     create,
                                        GError     **error);

/* Connects to the PostgreSQL database of the libpq connection URI
 * @conninfo (@create: refusing one whose current schema has a register's
 * table). */
ScrStoreBackend *scr_store_postgresql_open (const char  *conninfo,
                                            gboolean     create,
                                            GError     **error);

/* A row function setting the gboolean at @user_data: there was a row. */
gboolean scr_store_row_seen (const char *const  *columns,
                             guint               n_columns,
                             gpointer            user_data,
                             GError            **error);

/* @uri without any password in it, for messages. */
char *scr_store_redact_uri (const char *uri);

G_END_DECLS
