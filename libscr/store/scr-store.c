/* scr-store.c: a partnership's register in a database: its entities,
 * their versions and the decision log that records every change.
 *
 * Tables (schema version 3; doc/register.md has every column and index):
 *   scr_meta    key -> value: the schema version, the due index's key
 *   scr_entity  one row per entity (the dataset's own members are the
 *               entity of kind "dataset" and id ""): kind, id, position
 *               (the order of the file), version, body (its JSON, with
 *               restricted details)
 *   scr_log     the decision log, append-only, hash-chained
 *               (scr-log-entry.c), one row per member changed
 *   scr_due, scr_due_agency  the due index (scr-store-due.c), derived
 * JSON stays the interchange format: a dataset is stored item by item as
 * the file holds it, and loaded back through the dataset loader, so what
 * the register holds is what a file would, validated the same way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-dataset-private.h"
#include "scr-error.h"
#include "scr-fields-private.h"
#include "scr-item-list-private.h"
#include "scr-json-private.h"
#include "scr-log-entry-private.h"
#include "scr-store-backend-private.h"
#include "scr-store-diff-private.h"
#include "scr-store-due-private.h"
#include "scr-store.h"

/**
 * ScrStore:
 *
 * A partnership's register of cases, reviews, agencies, chronology,
 * learning, actions and audits, kept in a database and opened by URI:
 * `sqlite:PATH` (or a plain path) for an SQLite file, the embedded
 * default, or a libpq connection URI (`postgresql://USER@HOST/DBNAME`)
 * for a PostgreSQL database, if libscr was built with libpq. Error
 * messages name the URI without its password.
 *
 * Every change is an entry of an append-only decision log
 * ([class@Scr.LogEntry]): who, when (UTC), which entity and member, the
 * old and new values, why, and for cases the version and digest of the
 * rules in force. The log is hash-chained, and
 * [method@Scr.Store.verify_log] finds an entry edited or removed in the
 * database file, or an entity changed without its entry. The register can
 * be read as it stood at any past time ([method@Scr.Store.load_at]).
 *
 * Each entity has a version; [method@Scr.Store.save] writes a change only
 * if the entity's version is still the one the caller read, else fails
 * with %SCR_ERROR_CONFLICT, so two people changing one case never lose an
 * update. Every write is one transaction: a process killed at any moment
 * leaves the register as it was before the write or after it.
 *
 * ## Threads
 *
 * One store is used from one thread at a time. Several processes (or
 * several stores in one process) may open one register at once.
 */
struct _ScrStore
{
  GObject parent_instance;

  char *uri;
  char *name;   /* the URI without a password, for messages */
  ScrStoreBackend *backend;
  ScrRuleSet *rules;
};

G_DEFINE_FINAL_TYPE (ScrStore, scr_store, G_TYPE_OBJECT)

/* The kind of the dataset's own members (title, unknown members). */
#define DATASET_KIND "dataset"

#define CELL SCR_STORE_CELL

static void
scr_store_finalize (GObject *object)
{
  ScrStore *self = SCR_STORE (object);

  if (self->backend != NULL)
    self->backend->vtable->close (self->backend);
  g_clear_object (&self->rules);
  g_free (self->uri);
  g_free (self->name);
  G_OBJECT_CLASS (scr_store_parent_class)->finalize (object);
}

static void
scr_store_class_init (ScrStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_store_finalize;
}

static void
scr_store_init (ScrStore *self)
{
}

/* The version an item was read at, or last saved at, by a store. */
static GQuark
loaded_version_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("scr-store-loaded-version");
  return quark;
}

static void
set_loaded_version (GObject *item,
                    guint64  version)
{
  guint64 *copy = g_memdup2 (&version, sizeof version);

  g_object_set_qdata_full (item, loaded_version_quark (), copy, g_free);
}

/* g_set_str() is GLib 2.76 */
static void
replace_str (char       **place,
             const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*place);
  *place = copy;
}

/* ---- statements ---- */

static gboolean
exec (ScrStore           *self,
      const char         *sql,
      const char *const  *params,
      guint               n_params,
      GError            **error)
{
  return scr_store_backend_exec (self->backend, sql, params, n_params, error);
}

static GPtrArray *
query (ScrStore           *self,
       const char         *sql,
       const char *const  *params,
       guint               n_params,
       GError            **error)
{
  return scr_store_backend_query (self->backend, sql, params, n_params, error);
}

static gboolean
begin_write (ScrStore  *self,
             GError   **error)
{
  return self->backend->vtable->begin_write (self->backend, error);
}

static gboolean
commit (ScrStore  *self,
        GError   **error)
{
  return scr_store_backend_commit (self->backend, error);
}

static gboolean
rollback (ScrStore *self)
{
  return scr_store_backend_rollback (self->backend);
}

/* ---- schema ---- */

static const char *const schema_1[] = {
  "CREATE TABLE scr_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  "CREATE TABLE scr_entity (kind TEXT NOT NULL, id TEXT NOT NULL, position BIGINT NOT NULL,"
  " version BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id))",
  "CREATE TABLE scr_log (sequence BIGINT PRIMARY KEY, time TEXT NOT NULL,"
  " user_name TEXT NOT NULL, kind TEXT NOT NULL, entity_id TEXT NOT NULL,"
  " entity_version BIGINT NOT NULL, member TEXT NOT NULL, old_value TEXT, new_value TEXT,"
  " reason TEXT NOT NULL, rules_version TEXT, rules_digest TEXT,"
  " previous_hash TEXT NOT NULL, hash TEXT NOT NULL)",
  "CREATE INDEX scr_log_entity ON scr_log (entity_id)",
  NULL
};

/* reading the register in order of addition without sorting it */
static const char *const schema_2[] = {
  "CREATE INDEX scr_entity_position ON scr_entity (position)",
  NULL
};

/* migrations[v] brings a register of schema version v to v + 1: its
 * lists of statements, in order */
/* the due index of version 2 did not keep what stops a case being timed:
 * it is derived, so it is made again (on first use: its key goes) */
static const char *const schema_3[] = {
  "DROP TABLE IF EXISTS scr_due",
  "DROP TABLE IF EXISTS scr_due_agency",
  "DELETE FROM scr_meta WHERE key = 'due_index'",
  NULL
};

static const char *const *const migration_1[] = { schema_1, NULL };
static const char *const *const migration_2[] = { schema_2, NULL };
static const char *const *const migration_3[] = { schema_3, scr_store_due_schema, NULL };
static const char *const *const *const migrations[SCR_STORE_SCHEMA_VERSION] = {
  migration_1,
  migration_2,
  migration_3,
};

#define LOG_COLUMNS \
  "sequence, time, user_name, kind, entity_id, entity_version, member, old_value," \
  " new_value, reason, rules_version, rules_digest, previous_hash, hash"

/* The schema version of the register, 0 for an empty database; -1 with
 * @error if it is some other database. */
static int
read_schema_version (ScrStore  *self,
                     gboolean   empty_ok,
                     GError   **error)
{
  const char *params[] = { "schema_version" };
  g_autoptr(GPtrArray) rows = NULL;
  gboolean exists;
  guint64 version;

  if (!self->backend->vtable->has_table (self->backend, "scr_meta", &exists, error))
    return -1;
  if (!exists)
    {
      if (empty_ok)
        return 0;
      g_set_error (error, SCR_ERROR, SCR_ERROR_STORAGE,
                   "%s: not a libscr register (it has no scr_meta table)", self->name);
      return -1;
    }
  rows = query (self, "SELECT value FROM scr_meta WHERE key = $1", params, 1, error);
  if (rows == NULL)
    return -1;
  if (rows->len != 1
      || !g_ascii_string_to_unsigned (CELL (rows, 0, 0), 10, 1, G_MAXINT, &version,
                                      NULL))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                   "%s: the register's schema version is missing or not a number", self->name);
      return -1;
    }
  return (int) version;
}

/* Creates or migrates the tables to SCR_STORE_SCHEMA_VERSION, in one
 * transaction. */
static gboolean
migrate (ScrStore  *self,
         gboolean   create,
         GError   **error)
{
  g_autofree char *version_text = g_strdup_printf ("%d", SCR_STORE_SCHEMA_VERSION);
  const char *params[] = { "schema_version", version_text };
  int version;

  if (!begin_write (self, error))
    return FALSE;
  version = read_schema_version (self, create, error);
  if (version < 0)
    return rollback (self);
  if (version > SCR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "%s: the register has schema version %d; this libscr (%s) reads up to %d: "
                   "use a newer libscr", self->name, version, PACKAGE_VERSION,
                   SCR_STORE_SCHEMA_VERSION);
      return rollback (self);
    }
  if (create && version > 0)
    {
      /* another create got there first (a server database) */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "%s: a register is already there; a new register needs an empty database",
                   self->name);
      return rollback (self);
    }
  if (version == SCR_STORE_SCHEMA_VERSION)
    return rollback (self), TRUE;
  for (int v = version; v < SCR_STORE_SCHEMA_VERSION; v++)
    for (const char *const *const *list = migrations[v]; *list != NULL; list++)
      for (const char *const *sql = *list; *sql != NULL; sql++)
        if (!exec (self, *sql, NULL, 0, error))
          return rollback (self);
  /* the log refuses UPDATE and DELETE from version 1 on, for anyone using
   * the library or the database's own tools without undoing that;
   * verify_log catches the rest */
  if (version == 0)
    {
      for (const char *const *sql = self->backend->vtable->append_only_sql; *sql != NULL; sql++)
        if (!exec (self, *sql, NULL, 0, error))
          return rollback (self);
      /* an empty register's due index is complete; an older one's is
       * made when first asked for */
      if (!scr_store_due_mark_current (self->backend, scr_store_get_rules (self), error))
        return rollback (self);
    }
  if (!exec (self, version == 0 ? "INSERT INTO scr_meta (key, value) VALUES ($1, $2)"
                                : "UPDATE scr_meta SET value = $2 WHERE key = $1",
             params, 2, error))
    return rollback (self);
  return commit (self, error);
}

static ScrStore *
store_open (const char  *uri,
            gboolean     create,
            GError     **error)
{
  g_autoptr(ScrStore) self = NULL;
  const char *path = uri;
  gboolean postgresql;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  postgresql = g_str_has_prefix (uri, "postgresql:") || g_str_has_prefix (uri, "postgres:");
#if !HAVE_LIBPQ
  if (postgresql)
    {
      g_autofree char *name = scr_store_redact_uri (uri);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s: this libscr was built without PostgreSQL (libpq); use sqlite:PATH",
                   name);
      return NULL;
    }
#endif
  if (g_str_has_prefix (uri, "sqlite:"))
    path = uri + strlen ("sqlite:");
  else if (!postgresql && strstr (uri, "://") != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "%s: not a register URI: use sqlite:PATH (or a path) or postgresql://...",
                   uri);
      return NULL;
    }
  if (*path == '\0')
    {
      if (*uri == '\0')
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                             "the register URI is empty: give sqlite:PATH or a path");
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                     "%s: the register URI has no path", uri);
      return NULL;
    }

  self = g_object_new (SCR_TYPE_STORE, NULL);
  self->uri = g_strdup (uri);
  self->name = scr_store_redact_uri (uri);
#if HAVE_LIBPQ
  if (postgresql)
    self->backend = scr_store_postgresql_open (uri, create, error);
  else
#endif
    self->backend = scr_store_sqlite_open (path, create, error);
  if (self->backend == NULL || !migrate (self, create, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * scr_store_create:
 * @uri: where: `sqlite:PATH`, a path, or `postgresql://...`
 * @error: return location for a #GError
 *
 * Creates a new, empty register. There must be no file at the path, or
 * no register's table in the PostgreSQL database's current schema
 * (%G_IO_ERROR_EXISTS).
 *
 * Returns: (transfer full): the register, or %NULL with @error set
 */
ScrStore *
scr_store_create (const char  *uri,
                  GError     **error)
{
  return store_open (uri, TRUE, error);
}

/**
 * scr_store_open:
 * @uri: where: `sqlite:PATH`, a path, or `postgresql://...`
 * @error: return location for a #GError
 *
 * Opens an existing register, migrating its tables if an older libscr
 * made them (in one transaction). A register made by a newer libscr is
 * refused with %SCR_ERROR_UNSUPPORTED_VERSION; a missing one gives
 * %G_IO_ERROR_NOT_FOUND and another database (or an empty PostgreSQL
 * one, or a server that cannot be reached) %SCR_ERROR_STORAGE. A
 * `postgresql:` URI gives %G_IO_ERROR_NOT_SUPPORTED if libscr was built
 * without libpq.
 *
 * Returns: (transfer full): the register, or %NULL with @error set
 */
ScrStore *
scr_store_open (const char  *uri,
                GError     **error)
{
  return store_open (uri, FALSE, error);
}

/**
 * scr_store_get_uri:
 * @self: a register
 *
 * Gets the URI the register was opened with.
 *
 * Returns: the URI
 */
const char *
scr_store_get_uri (ScrStore *self)
{
  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  return self->uri;
}

/**
 * scr_store_get_rules:
 * @self: a register
 *
 * Gets the rules whose version and digest are recorded with each change
 * to a case: the built-in rules unless [method@Scr.Store.set_rules] gave
 * others.
 *
 * Returns: (transfer none): the rules
 */
ScrRuleSet *
scr_store_get_rules (ScrStore *self)
{
  g_return_val_if_fail (SCR_IS_STORE (self), NULL);

  if (self->rules == NULL)
    self->rules = scr_rule_set_new_builtin ();
  return self->rules;
}

/**
 * scr_store_set_rules:
 * @self: a register
 * @rules: the rules in force for the changes to come
 *
 * Sets the rules recorded with each change to a case from now on.
 */
void
scr_store_set_rules (ScrStore   *self,
                     ScrRuleSet *rules)
{
  g_return_if_fail (SCR_IS_STORE (self));
  g_return_if_fail (SCR_IS_RULE_SET (rules));

  g_set_object (&self->rules, rules);
}

/**
 * scr_store_create_roles:
 * @self: a register on PostgreSQL
 * @reader: (nullable): the reader's role, or %NULL for `scr_reader`
 * @writer: (nullable): the writer's role, or %NULL for `scr_writer`
 * @error: return location for a #GError
 *
 * Creates the two roles of a register on PostgreSQL, or grants an
 * existing role again, in one transaction: @reader may read the
 * register's tables (SELECT), @writer may also add and change entities
 * (INSERT and UPDATE on `scr_entity`), rewrite the due index and its key
 * (INSERT, UPDATE and DELETE on `scr_due`, `scr_due_agency` and
 * `scr_meta`) and add log entries (INSERT on `scr_log`, and SELECT to
 * find the chain's end), but never change or delete one. Neither can log in: grant them to the roles
 * that do (`GRANT scr_reader TO analyst`). Run it as the owner of the
 * tables (the role that created the register). An SQLite register has no
 * roles (%G_IO_ERROR_NOT_SUPPORTED).
 *
 * Returns: %TRUE if both roles have their rights
 */
gboolean
scr_store_create_roles (ScrStore    *self,
                        const char  *reader,
                        const char  *writer,
                        GError     **error)
{
  g_return_val_if_fail (SCR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->backend->vtable->create_roles == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s: an SQLite register has no roles (give its file's readers and "
                   "writers the file's permissions)", self->name);
      return FALSE;
    }
  if (!begin_write (self, error))
    return FALSE;
  if (!self->backend->vtable->create_roles (self->backend, reader != NULL ? reader : "scr_reader",
                                            writer != NULL ? writer : "scr_writer", error))
    return rollback (self);
  return commit (self, error);
}

/* ---- the log ---- */

/* What one write appends to the log: the chain's end, read inside the
 * write's transaction. */
typedef struct
{
  guint64 sequence;
  char *hash;
  char *time;
  const char *user;
  const char *reason;
} LogWriter;

static void
log_writer_clear (LogWriter *writer)
{
  g_free (writer->hash);
  g_free (writer->time);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LogWriter, log_writer_clear)

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static gboolean
log_writer_init (ScrStore    *self,
                 LogWriter   *writer,
                 const char  *user,
                 const char  *reason,
                 GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  writer->user = user;
  writer->reason = reason != NULL ? reason : "";
  writer->time = format_time (now);
  rows = query (self, "SELECT sequence, hash, time FROM scr_log ORDER BY sequence DESC LIMIT 1",
                NULL, 0, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len == 0)
    {
      writer->sequence = 0;
      writer->hash = g_strdup (SCR_LOG_GENESIS_HASH);
      return TRUE;
    }
  writer->sequence = g_ascii_strtoull (CELL (rows, 0, 0), NULL, 10);
  writer->hash = g_strdup (CELL (rows, 0, 1));
  /* times never go back along the log, even if the clock does, so that
   * reading the register at a time is well defined */
  if (g_strcmp0 (CELL (rows, 0, 2), writer->time) > 0)
    replace_str (&writer->time, CELL (rows, 0, 2));
  return TRUE;
}

static gboolean
log_append (ScrStore    *self,
            LogWriter   *writer,
            const char  *kind,
            const char  *entity_id,
            guint64      entity_version,
            const char  *member,
            const char  *old_value,
            const char  *new_value,
            GError     **error)
{
  g_autofree char *sequence = g_strdup_printf ("%" G_GUINT64_FORMAT, writer->sequence + 1);
  g_autofree char *version = g_strdup_printf ("%" G_GUINT64_FORMAT, entity_version);
  gboolean is_case = g_str_equal (kind, scr_collections[SCR_COLLECTION_CASES].member);
  const char *columns[SCR_LOG_N_COLUMNS + 1] = { NULL };
  g_autofree char *hash = NULL;

  columns[SCR_LOG_SEQUENCE] = sequence;
  columns[SCR_LOG_TIME] = writer->time;
  columns[SCR_LOG_USER] = writer->user;
  columns[SCR_LOG_KIND] = kind;
  columns[SCR_LOG_ENTITY_ID] = entity_id;
  columns[SCR_LOG_ENTITY_VERSION] = version;
  columns[SCR_LOG_MEMBER] = member;
  columns[SCR_LOG_OLD_VALUE] = old_value;
  columns[SCR_LOG_NEW_VALUE] = new_value;
  columns[SCR_LOG_REASON] = writer->reason;
  columns[SCR_LOG_RULES_VERSION] = is_case ? PACKAGE_VERSION : NULL;
  columns[SCR_LOG_RULES_DIGEST] = is_case ? scr_rule_set_get_digest (scr_store_get_rules (self))
                                          : NULL;
  columns[SCR_LOG_PREVIOUS_HASH] = writer->hash;
  hash = scr_log_hash_row (columns);
  columns[SCR_LOG_HASH] = hash;
  if (!exec (self, "INSERT INTO scr_log (" LOG_COLUMNS ") VALUES"
                   " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
             columns, SCR_LOG_N_COLUMNS, error))
    return FALSE;
  writer->sequence++;
  replace_str (&writer->hash, hash);
  return TRUE;
}

/* ---- entities ---- */

/* The collection of @item, or SCR_N_COLLECTIONS for a dataset (its own
 * members), or -1. */
static int
collection_of (GObject *item)
{
  if (SCR_IS_DATASET (item))
    return SCR_N_COLLECTIONS;
  for (int c = 0; c < SCR_N_COLLECTIONS; c++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (item, scr_collections[c].get_type ()))
      return c;
  return -1;
}

static const char *
kind_of (int c)
{
  return c == SCR_N_COLLECTIONS ? DATASET_KIND : scr_collections[c].member;
}

static int
collection_named (const char *kind)
{
  for (int c = 0; c < SCR_N_COLLECTIONS; c++)
    if (g_str_equal (kind, scr_collections[c].member))
      return c;
  return g_str_equal (kind, DATASET_KIND) ? SCR_N_COLLECTIONS : -1;
}

/* The dataset's own members, its collections left empty: where the
 * collections go among them, for loading. */
static JsonNode *
header_of (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);
  JsonObject *header = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (collection_named (l->data) >= 0)
        json_object_set_array_member (header, l->data, json_array_new ());
      else
        json_object_set_member (header, l->data,
                                json_node_copy (json_object_get_member (object, l->data)));
    }
  json_node_take_object (node, header);
  return node;
}

static JsonNode *
item_to_json (GObject *item,
              int      c)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (c == SCR_N_COLLECTIONS)
    {
      g_autoptr(JsonNode) root = scr_dataset_save_root (SCR_DATASET (item),
                                                        SCR_SAVE_FLAGS_INCLUDE_RESTRICTED);

      return header_of (root);
    }
  scr_field_builder_set_restricted (builder, TRUE);
  scr_collections[c].save (item, builder);
  return json_builder_get_root (builder);
}

static const char *
id_of (GObject *item,
       int      c)
{
  return c == SCR_N_COLLECTIONS ? "" : scr_collections[c].get_id (item);
}

typedef struct
{
  gboolean found;
  guint64 version;
  char *body;
} EntityRow;

static void
entity_row_clear (EntityRow *row)
{
  g_free (row->body);
}

static gboolean
read_entity (ScrStore    *self,
             const char  *kind,
             const char  *id,
             EntityRow   *row,
             GError     **error)
{
  const char *params[] = { kind, id };
  g_autoptr(GPtrArray) rows = query (self, "SELECT version, body FROM scr_entity"
                                           " WHERE kind = $1 AND id = $2", params, 2, error);

  if (rows == NULL)
    return FALSE;
  row->found = rows->len > 0;
  if (row->found)
    {
      row->version = g_ascii_strtoull (CELL (rows, 0, 0), NULL, 10);
      row->body = g_strdup (CELL (rows, 0, 1));
    }
  return TRUE;
}

static gboolean
next_position (ScrStore  *self,
               guint64   *position,
               GError   **error)
{
  g_autoptr(GPtrArray) rows = query (self, "SELECT MAX(position) FROM scr_entity", NULL, 0,
                                     error);
  const char *max;

  if (rows == NULL)
    return FALSE;
  max = rows->len > 0 ? CELL (rows, 0, 0) : NULL;
  *position = max != NULL ? g_ascii_strtoull (max, NULL, 10) + 1 : 0;
  return TRUE;
}

/* Adds an entity that is not in the register: version 1, one log entry
 * with its whole body. */
static gboolean
insert_entity (ScrStore    *self,
               LogWriter   *writer,
               const char  *kind,
               const char  *id,
               guint64      position,
               const char  *body,
               GError     **error)
{
  g_autofree char *position_text = g_strdup_printf ("%" G_GUINT64_FORMAT, position);
  const char *params[] = { kind, id, position_text, "1", body };

  return exec (self, "INSERT INTO scr_entity (kind, id, position, version, body)"
                     " VALUES ($1, $2, $3, $4, $5)", params, 5, error)
         && log_append (self, writer, kind, id, 1, "", NULL, body, error);
}

/* Writes @new over the entity at *@version whose body is @old: one log
 * entry per member changed and one more version, or nothing (and
 * *@version as it was) if no member changed. */
static gboolean
update_entity (ScrStore    *self,
               LogWriter   *writer,
               const char  *kind,
               const char  *id,
               JsonNode    *old,
               JsonNode    *new,
               const char  *new_text,
               guint64     *version,
               GError     **error)
{
  g_autoptr(GPtrArray) changes = scr_store_diff (old, new);
  g_autofree char *version_text = NULL;
  const char *params[4];

  if (changes->len == 0)
    return TRUE;
  for (guint i = 0; i < changes->len; i++)
    {
      const ScrStoreChange *change = changes->pdata[i];

      if (!log_append (self, writer, kind, id, *version + 1, change->member, change->old_value,
                       change->new_value, error))
        return FALSE;
    }
  version_text = g_strdup_printf ("%" G_GUINT64_FORMAT, *version + 1);
  params[0] = kind;
  params[1] = id;
  params[2] = version_text;
  params[3] = new_text;
  if (!exec (self, "UPDATE scr_entity SET version = $3, body = $4 WHERE kind = $1 AND id = $2",
             params, 4, error))
    return FALSE;
  (*version)++;
  return TRUE;
}

static char *
noun_id (int         c,
         const char *id)
{
  if (c == SCR_N_COLLECTIONS)
    return g_strdup ("the dataset's own members");
  return g_strdup_printf ("%s %s", scr_collections[c].noun, id);
}

/* An entity in messages: "case child-l". */
static char *
describe (const char *kind,
          const char *id)
{
  int c = collection_named (kind);

  if (c < 0)
    return g_strdup_printf ("%s %s", kind, id);
  return noun_id (c, id);
}

/**
 * scr_store_import:
 * @self: a register
 * @dataset: the dataset to add
 * @user: who is importing, for the log
 * @reason: (nullable): why, for the log
 * @error: return location for a #GError
 *
 * Adds every entity of @dataset to the register: as
 * [method@Scr.Store.import_full] with %SCR_IMPORT_FLAGS_NONE.
 *
 * Returns: %TRUE if every entity was added (or was there already)
 */
gboolean
scr_store_import (ScrStore    *self,
                  ScrDataset  *dataset,
                  const char  *user,
                  const char  *reason,
                  GError     **error)
{
  return scr_store_import_full (self, dataset, SCR_IMPORT_FLAGS_NONE, user, reason, error);
}

/**
 * scr_store_import_full:
 * @self: a register
 * @dataset: the dataset to add
 * @flags: what to do with an entity already in the register
 * @user: who is importing, for the log
 * @reason: (nullable): why, for the log
 * @error: return location for a #GError
 *
 * Adds every entity of @dataset to the register, in one transaction,
 * restricted details included, each entity at version 1 with one log
 * entry holding it whole. The dataset's own members (title, members
 * libscr does not know) are taken from it when the register has none yet.
 * An entity already in the register as it is in @dataset (the same
 * agency in several reviews' files) is left as it is; one whose id is
 * in the register with other content fails the whole import with
 * %SCR_ERROR_CONFLICT naming it, and nothing is written then, unless
 * @flags has %SCR_IMPORT_FLAGS_UPDATE: then it is updated to @dataset's,
 * one log entry per member changed.
 *
 * Exporting an imported file ([method@Scr.Store.load] then
 * [method@Scr.Dataset.to_data]) gives the bytes libscr would write for it.
 *
 * Returns: %TRUE if every entity was added
 */
gboolean
scr_store_import_full (ScrStore        *self,
                       ScrDataset      *dataset,
                       ScrImportFlags   flags,
                       const char      *user,
                       const char      *reason,
                       GError         **error)
{
  g_auto(LogWriter) writer = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  JsonObject *object;
  guint64 position;
  EntityRow header = { 0 };
  gboolean due_current = FALSE;

  g_return_val_if_fail (SCR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SCR_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (user != NULL && *user != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = scr_dataset_save_root (dataset, SCR_SAVE_FLAGS_INCLUDE_RESTRICTED);
  object = json_node_get_object (root);
  if (!begin_write (self, error))
    return FALSE;
  if (!log_writer_init (self, &writer, user, reason, error)
      || !next_position (self, &position, error)
      || !scr_store_due_is_current (self->backend, scr_store_get_rules (self), &due_current, error)
      || !read_entity (self, DATASET_KIND, "", &header, error))
    return rollback (self);
  if (!header.found)
    {
      g_autoptr(JsonNode) skeleton = header_of (root);
      g_autofree char *body = json_to_string (skeleton, FALSE);

      if (!insert_entity (self, &writer, DATASET_KIND, "", position++, body, error))
        {
          entity_row_clear (&header);
          return rollback (self);
        }
    }
  entity_row_clear (&header);
  for (int c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      JsonArray *items = json_object_get_array_member (object, scr_collections[c].member);
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonNode *node = json_array_get_element (items, i);
          const char *id = json_object_get_string_member (json_node_get_object (node), "id");
          g_autofree char *body = json_to_string (node, FALSE);
          EntityRow existing = { 0 };

          if (!read_entity (self, scr_collections[c].member, id, &existing, error))
            return rollback (self);
          if (existing.found)
            {
              g_autoptr(JsonNode) stored = json_from_string (existing.body, NULL);
              gboolean same = stored != NULL && json_node_equal (stored, node);
              guint64 version = existing.version;

              entity_row_clear (&existing);
              /* the same entity in two files (a partnership's agencies
               * in each review's file) is one entity */
              if (same)
                continue;
              if (!(flags & SCR_IMPORT_FLAGS_UPDATE) || stored == NULL)
                {
                  g_set_error (error, SCR_ERROR, SCR_ERROR_CONFLICT,
                               "%s: %s %s is already in the register, different; nothing was "
                               "imported (change it with the register's commands instead)",
                               self->name, scr_collections[c].noun, id);
                  return rollback (self);
                }
              if (!update_entity (self, &writer, scr_collections[c].member, id, stored, node,
                                  body, &version, error))
                return rollback (self);
            }
          else if (!insert_entity (self, &writer, scr_collections[c].member, id, position++,
                                   body, error))
            return rollback (self);
          /* the dataset's own case object: no need to read its body again */
          if (c == SCR_COLLECTION_CASES && due_current
              && !scr_store_due_index_case (self->backend, self->name,
                                             scr_store_get_rules (self), &evaluator,
                                             scr_dataset_lookup_case (dataset, id), error))
            return rollback (self);
        }
    }
  return commit (self, error);
}

/**
 * scr_store_get_version:
 * @self: a register
 * @item: an entity of a dataset (an [class@Scr.Case], [class@Scr.Review],
 *   [class@Scr.Action]...) or a [class@Scr.Dataset] for its own members
 * @error: return location for a #GError
 *
 * Gets the version of @item that the caller holds, to pass to
 * [method@Scr.Store.save] with the changed entity: for an item read by
 * [method@Scr.Store.load] or [method@Scr.Store.load_at], the version it
 * was read at (bodies and versions are read together), or the version a
 * later save gave it; for any other item, the version of the entity with
 * its kind and id in the register now. Versions are 1 when an entity is
 * added, one more for each change since.
 *
 * Returns: the version, or 0 if the register has no such entity (or on
 *   error, with @error set)
 */
guint64
scr_store_get_version (ScrStore  *self,
                       GObject   *item,
                       GError   **error)
{
  EntityRow row = { 0 };
  int c;

  g_return_val_if_fail (SCR_IS_STORE (self), 0);
  g_return_val_if_fail (G_IS_OBJECT (item), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);
  c = collection_of (item);
  g_return_val_if_fail (c >= 0, 0);

  if (g_object_get_qdata (item, loaded_version_quark ()) != NULL)
    return *(guint64 *) g_object_get_qdata (item, loaded_version_quark ());
  if (!read_entity (self, kind_of (c), id_of (item, c), &row, error))
    return 0;
  entity_row_clear (&row);
  return row.found ? row.version : 0;
}

/* Checks @body as the dataset loader would, naming the entity. */
static gboolean
validate_entity (ScrStore    *self,
                 int          c,
                 const char  *id,
                 JsonNode    *body,
                 GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GObject) item = NULL;

  if (c == SCR_N_COLLECTIONS)
    return TRUE;
  path = g_strdup_printf ("$.%s[id=%s]", scr_collections[c].member, id);
  item = scr_collections[c].load (json_node_get_object (body), path, error);
  return item != NULL;
}

/* Inside a save's write: the due index follows a changed case. */
static gboolean
index_due (ScrStore    *self,
           int          c,
           GObject     *item,
           GError     **error)
{
  g_autoptr(ScrEvaluator) evaluator = NULL;
  gboolean current = FALSE;

  if (c != SCR_COLLECTION_CASES)
    return TRUE;
  if (!scr_store_due_is_current (self->backend, scr_store_get_rules (self), &current, error))
    return FALSE;
  return !current || scr_store_due_index_case (self->backend, self->name,
                                                  scr_store_get_rules (self), &evaluator,
                                                  SCR_CASE (item), error);
}

/**
 * scr_store_save:
 * @self: a register
 * @item: an entity of a dataset (an [class@Scr.Case], [class@Scr.Review],
 *   [class@Scr.Action]...) or a [class@Scr.Dataset] for its own members
 * @expected_version: the entity's version when it was read
 *   ([method@Scr.Store.get_version]), or 0 for an entity new to the
 *   register
 * @user: who is making the change, for the log
 * @reason: (nullable): why, for the log
 * @new_version: (out) (optional): the entity's version after the save
 * @error: return location for a #GError
 *
 * Writes @item to the register in one transaction, with one log entry
 * per member that changed (none, and no new version, if nothing did).
 * The entity is checked as the dataset loader checks it first.
 *
 * If the entity's version in the register is no longer
 * @expected_version (someone else changed it, or added it, since it was
 * read), nothing is written and the error is %SCR_ERROR_CONFLICT: read
 * the entity again, apply the change again, and save with the new
 * version.
 *
 * Returns: %TRUE if the entity was saved (or was already as @item is)
 */
gboolean
scr_store_save (ScrStore    *self,
                GObject     *item,
                guint64      expected_version,
                const char  *user,
                const char  *reason,
                guint64     *new_version,
                GError     **error)
{
  g_auto(LogWriter) writer = { 0 };
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) old = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *what = NULL;
  EntityRow row = { 0 };
  const char *kind, *id;
  guint64 version;
  int c;

  g_return_val_if_fail (SCR_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);
  g_return_val_if_fail (user != NULL && *user != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  c = collection_of (item);
  g_return_val_if_fail (c >= 0, FALSE);

  kind = kind_of (c);
  id = id_of (item, c);
  what = noun_id (c, id);
  body = item_to_json (item, c);
  if (!validate_entity (self, c, id, body, error))
    return FALSE;
  body_text = json_to_string (body, FALSE);

  if (!begin_write (self, error))
    return FALSE;
  if (!read_entity (self, kind, id, &row, error))
    return rollback (self);
  version = row.found ? row.version : 0;
  if (version != expected_version)
    {
      if (row.found)
        g_set_error (error, SCR_ERROR, SCR_ERROR_CONFLICT,
                     "%s: %s was changed by someone else (it is at version %" G_GUINT64_FORMAT
                     ", this change was made to version %" G_GUINT64_FORMAT "): nothing was "
                     "written; read it again and make the change again",
                     self->name, what, version, expected_version);
      else
        g_set_error (error, SCR_ERROR, SCR_ERROR_CONFLICT,
                     "%s: %s is not in the register (this change was made to version %"
                     G_GUINT64_FORMAT "): nothing was written", self->name, what,
                     expected_version);
      entity_row_clear (&row);
      return rollback (self);
    }
  if (!log_writer_init (self, &writer, user, reason, error))
    {
      entity_row_clear (&row);
      return rollback (self);
    }
  if (!row.found)
    {
      guint64 position;

      if (!next_position (self, &position, error)
          || !insert_entity (self, &writer, kind, id, position, body_text, error)
          || !index_due (self, c, item, error))
        return rollback (self);
      if (!commit (self, error))
        return FALSE;
      set_loaded_version (item, 1);
      if (new_version != NULL)
        *new_version = 1;
      return TRUE;
    }

  old = json_from_string (row.body, error);
  entity_row_clear (&row);
  if (old == NULL)
    {
      g_prefix_error (error, "%s: %s: ", self->name, what);
      return rollback (self);
    }
  if (!update_entity (self, &writer, kind, id, old, body, body_text, &version, error))
    return rollback (self);
  if (version == expected_version)
    {
      /* nothing changed: nothing to commit */
      rollback (self);
      if (new_version != NULL)
        *new_version = version;
      return TRUE;
    }
  if (!index_due (self, c, item, error) || !commit (self, error))
    return rollback (self);
  set_loaded_version (item, version);
  if (new_version != NULL)
    *new_version = version;
  return TRUE;
}

/* ---- reading ---- */

typedef struct
{
  int collection;
  char *id;
  guint64 version;
  char *text;       /* the body as stored */
  JsonNode *body;   /* the body read, when asked for (and always for the
                     * dataset's own members) */
  gboolean removed; /* not there yet at the time read */
} Entity;

static void
entity_free (Entity *entity)
{
  g_free (entity->id);
  g_free (entity->text);
  if (entity->body != NULL)
    json_node_unref (entity->body);
  g_free (entity);
}

static char *
entity_key (const char *kind,
            const char *id)
{
  return g_strconcat (kind, "\037", id, NULL);
}

/* Every entity in the order of the file, by key in @by_key (nullable).
 * With @parse, each body is read as JSON (and checked); without, bodies
 * stay text for the dataset loader, which checks them all at once. */
static GPtrArray *
read_entities (ScrStore    *self,
               GHashTable  *by_key,
               gboolean     parse,
               GError     **error)
{
  /* one statement, so bodies and versions are of one moment */
  g_autoptr(GPtrArray) rows = query (self, "SELECT kind, id, body, version FROM scr_entity"
                                           " ORDER BY position", NULL, 0, error);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      const char *kind = CELL (rows, i, 0), *id = CELL (rows, i, 1);
      Entity *entity = g_new0 (Entity, 1);

      g_ptr_array_add (entities, entity);
      entity->collection = collection_named (kind);
      entity->id = g_strdup (id);
      entity->version = g_ascii_strtoull (CELL (rows, i, 3), NULL, 10);
      entity->text = g_steal_pointer (&((GPtrArray *) rows->pdata[i])->pdata[2]);
      if (parse || entity->collection == SCR_N_COLLECTIONS)
        entity->body = json_from_string (entity->text, error);
      if (entity->collection < 0
          || ((parse || entity->collection == SCR_N_COLLECTIONS)
              && (entity->body == NULL || !JSON_NODE_HOLDS_OBJECT (entity->body))))
        {
          g_clear_error (error);
          g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                       "%s: the register's entity %s %s is damaged (not a known kind, or not "
                       "a JSON object)", self->name, kind, id);
          return NULL;
        }
      if (by_key != NULL)
        g_hash_table_insert (by_key, entity_key (kind, id), entity);
    }
  return g_steal_pointer (&entities);
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);
  g_autofree char *quoted = json_to_string (node, FALSE);

  g_string_append (out, quoted);
}

/* Each item of @dataset (and @dataset itself) is told the version it was
 * read at. */
static void
remember_versions (ScrDataset *dataset,
                   GPtrArray  *entities)
{
  for (guint i = 0; i < entities->len; i++)
    {
      Entity *entity = entities->pdata[i];
      gpointer item;

      if (entity->removed)
        continue;
      if (entity->collection == SCR_N_COLLECTIONS)
        {
          set_loaded_version (G_OBJECT (dataset), entity->version);
          continue;
        }
      item = scr_dataset_lookup_item (dataset, entity->collection, entity->id);
      if (item != NULL)
        set_loaded_version (item, entity->version);
    }
}

/* The dataset file that @entities make: the dataset's own members in
 * their order, each collection's entities where its member is. */
static ScrDataset *
assemble (ScrStore   *self,
          GPtrArray  *entities,
          GError    **error)
{
  g_autoptr(GString) out = g_string_new ("{");
  g_autoptr(JsonNode) default_header = NULL;
  JsonNode *header = NULL;
  g_autoptr(GList) members = NULL;
  gboolean first = TRUE;
  ScrDataset *dataset;

  for (guint i = 0; i < entities->len; i++)
    {
      Entity *entity = entities->pdata[i];

      if (entity->collection == SCR_N_COLLECTIONS && !entity->removed)
        header = entity->body;
    }
  /* a register whose first entities were saved one by one, not
   * imported, has the dataset's own members of an empty dataset */
  if (header == NULL)
    {
      g_autoptr(ScrDataset) empty = scr_dataset_new ();
      g_autoptr(JsonNode) root = scr_dataset_save_root (empty, SCR_SAVE_FLAGS_NONE);

      default_header = header_of (root);
      header = default_header;
    }
  members = json_object_get_members (json_node_get_object (header));
  for (GList *l = members; l != NULL; l = l->next)
    {
      int c = collection_named (l->data);

      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      append_json_string (out, l->data);
      g_string_append_c (out, ':');
      if (c >= 0 && c < SCR_N_COLLECTIONS)
        {
          gboolean first_item = TRUE;

          g_string_append_c (out, '[');
          for (guint i = 0; i < entities->len; i++)
            {
              Entity *entity = entities->pdata[i];
              g_autofree char *text = NULL;

              if (entity->collection != c || entity->removed)
                continue;
              if (!first_item)
                g_string_append_c (out, ',');
              first_item = FALSE;
              if (entity->body == NULL)
                {
                  g_string_append (out, entity->text);
                  continue;
                }
              text = json_to_string (entity->body, FALSE);
              g_string_append (out, text);
            }
          g_string_append_c (out, ']');
        }
      else
        {
          g_autofree char *text = json_to_string (json_object_get_member (
                                                    json_node_get_object (header), l->data),
                                                  FALSE);

          g_string_append (out, text);
        }
    }
  g_string_append_c (out, '}');
  dataset = scr_dataset_load_data (out->str, out->len, NULL, error);
  if (dataset == NULL)
    {
      g_prefix_error (error, "%s: ", self->name);
      return NULL;
    }
  remember_versions (dataset, entities);
  return dataset;
}

/**
 * scr_store_load:
 * @self: a register
 * @error: return location for a #GError
 *
 * Reads the whole register as a dataset, restricted details included,
 * checked as a dataset file is.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
ScrDataset *
scr_store_load (ScrStore  *self,
                GError   **error)
{
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) first_error = NULL;
  ScrDataset *dataset;

  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* the bodies go to the dataset loader as they are stored; only if it
   * fails are they read one by one, to name a damaged entity */
  entities = read_entities (self, NULL, FALSE, error);
  if (entities == NULL)
    return NULL;
  dataset = assemble (self, entities, &first_error);
  if (dataset != NULL)
    return dataset;
  g_clear_pointer (&entities, g_ptr_array_unref);
  entities = read_entities (self, NULL, TRUE, error);
  if (entities == NULL)
    return NULL;
  g_propagate_error (error, g_steal_pointer (&first_error));
  return NULL;
}

/**
 * scr_store_list_due:
 * @self: a register
 * @today: (nullable): the day to report the status on (a complete date),
 *   or %NULL for today
 * @agency_id: (nullable): only the cases this agency is involved in
 * @error: return location for a #GError
 *
 * Lists the steps of the register's cases that are not done yet, and
 * what stops others being timed: one timeline per case that has a step
 * not done or a fact or date its timeline cannot decide, in the order the
 * cases were added, holding only the steps not done, each with its due
 * date, its status on @today (pending or overdue; a minimum period that
 * has run is met) and the days skipped, and the timeline's missing facts
 * and dates ([method@Scr.Timeline.list_missing]), exactly as
 * [method@Scr.Evaluator.timeline] with the register's rules
 * ([method@Scr.Store.get_rules]) gives them. A case whose notification
 * cannot be timed until its date of awareness is recorded is listed, with
 * `date:became_aware` missing: nothing is left out silently.
 *
 * This is the business unit's daily view, and it reads no case: the
 * register keeps an index of each case's open steps, rewritten with the
 * case by every save and import, and remade whole (once) when the rules
 * or the libscr reading it differ from those it was made with.
 *
 * Returns: (transfer full): a list model of [class@Scr.Timeline], or
 *   %NULL with @error set (%SCR_ERROR_NOT_FOUND when the register has no
 *   agency @agency_id)
 */
GListModel *
scr_store_list_due (ScrStore       *self,
                    const ScrDate  *today,
                    const char     *agency_id,
                    GError        **error)
{
  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  g_return_val_if_fail (today == NULL || scr_date_is_complete (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_store_due_list (self->backend, self->name, scr_store_get_rules (self), today,
                             agency_id, error);
}

/**
 * scr_store_load_entity:
 * @self: a register
 * @item_type: the entity's type: %SCR_TYPE_CASE, %SCR_TYPE_REVIEW,
 *   %SCR_TYPE_ACTION... (a type of a dataset's collections)
 * @id: the entity's id
 * @error: return location for a #GError
 *
 * Reads one entity of the register, checked as the dataset loader checks
 * it, without reading the rest: what a command that changes one case
 * needs. The item carries the version it was read at, for
 * [method@Scr.Store.save]. References to other entities (a case's
 * agencies, an action's review) are ids, not checked here.
 *
 * Returns: (transfer full) (type GObject.Object): the entity, or %NULL
 *   with @error set (%SCR_ERROR_NOT_FOUND when the register has no such
 *   entity)
 */
GObject *
scr_store_load_entity (ScrStore    *self,
                       GType        item_type,
                       const char  *id,
                       GError     **error)
{
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = NULL;
  EntityRow row = { 0 };
  GObject *item;
  int c = -1;

  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (int k = 0; k < SCR_N_COLLECTIONS && c < 0; k++)
    if (scr_collections[k].get_type () == item_type)
      c = k;
  g_return_val_if_fail (c >= 0, NULL);

  if (!read_entity (self, kind_of (c), id, &row, error))
    return NULL;
  if (!row.found)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "%s: no %s \"%s\" in the register",
                   self->name, scr_collections[c].noun, id);
      return NULL;
    }
  body = json_from_string (row.body, NULL);
  entity_row_clear (&row);
  if (body == NULL || !JSON_NODE_HOLDS_OBJECT (body))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                   "%s: the register's entity %s %s is damaged (not a JSON object)",
                   self->name, kind_of (c), id);
      return NULL;
    }
  path = g_strdup_printf ("$.%s[id=%s]", scr_collections[c].member, id);
  item = scr_collections[c].load (json_node_get_object (body), path, error);
  if (item == NULL)
    {
      g_prefix_error (error, "%s: ", self->name);
      return NULL;
    }
  set_loaded_version (item, row.version);
  return item;
}

static GPtrArray *
read_log (ScrStore    *self,
          const char  *where,
          const char  *param,
          const char  *order,
          GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " LOG_COLUMNS " FROM scr_log %s ORDER BY"
                                          " sequence %s", where, order);
  const char *params[] = { param };

  return query (self, sql, params, param != NULL ? 1 : 0, error);
}

/* A log row's columns. */
static const char *const *
log_columns (GPtrArray *rows,
             guint      r)
{
  GPtrArray *row = rows->pdata[r];

  g_assert (row->len == SCR_LOG_N_COLUMNS);
  return (const char *const *) row->pdata;
}

/**
 * scr_store_load_at:
 * @self: a register
 * @time: a past time
 * @error: return location for a #GError
 *
 * Reads the register as it stood at @time: the changes logged after it
 * are undone, newest first, and entities added after it left out.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
ScrDataset *
scr_store_load_at (ScrStore   *self,
                   GDateTime  *time,
                   GError    **error)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *at = NULL;

  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  at = format_time (time);
  entities = read_entities (self, by_key, TRUE, error);
  if (entities == NULL)
    return NULL;
  rows = read_log (self, "WHERE time > $1", at, "DESC", error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      const char *const *columns = log_columns (rows, i);
      g_autofree char *key = NULL;
      Entity *entity;

      key = entity_key (columns[SCR_LOG_KIND], columns[SCR_LOG_ENTITY_ID]);
      entity = g_hash_table_lookup (by_key, key);
      if (entity == NULL || entity->removed)
        continue;
      /* the version before the entry undone */
      entity->version = g_ascii_strtoull (columns[SCR_LOG_ENTITY_VERSION], NULL, 10) - 1;
      if (*columns[SCR_LOG_MEMBER] == '\0')
        entity->removed = TRUE;
      else if (!scr_store_apply (entity->body, columns[SCR_LOG_MEMBER],
                                 columns[SCR_LOG_OLD_VALUE]))
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                       "%s: log entry %s cannot be undone (its member %s or old value does "
                       "not fit the entity)", self->name, columns[SCR_LOG_SEQUENCE],
                       columns[SCR_LOG_MEMBER]);
          return NULL;
        }
    }
  return assemble (self, entities, error);
}

/**
 * scr_store_list_log:
 * @self: a register
 * @entity_id: (nullable): the id of one entity, or %NULL for the whole log
 * @error: return location for a #GError
 *
 * Lists the decision log, oldest first: the history of the entity (or
 * entities of several kinds) with @entity_id, or every entry.
 *
 * Returns: (transfer full): a list model of [class@Scr.LogEntry], or
 *   %NULL with @error set
 */
GListModel *
scr_store_list_log (ScrStore    *self,
                    const char  *entity_id,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ScrItemList) list = NULL;

  g_return_val_if_fail (SCR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = read_log (self, entity_id != NULL ? "WHERE entity_id = $1" : "", entity_id, "ASC",
                   error);
  if (rows == NULL)
    return NULL;
  list = scr_item_list_new (SCR_TYPE_LOG_ENTRY);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(ScrLogEntry) entry = NULL;

      entry = scr_log_entry_new_row (log_columns (rows, i), error);
      if (entry == NULL)
        {
          g_prefix_error (error, "%s: ", self->name);
          return NULL;
        }
      scr_item_list_append (list, entry);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* What replaying the log makes of one entity. */
typedef struct
{
  JsonNode *body;
  guint64 version;
  guint64 last_sequence;
} Replayed;

static void
replayed_free (Replayed *replayed)
{
  if (replayed->body != NULL)
    json_node_unref (replayed->body);
  g_free (replayed);
}

static gboolean
integrity_error (ScrStore    *self,
                 guint64      sequence,
                 guint64     *bad_sequence,
                 GError     **error,
                 const char  *format,
                 ...) G_GNUC_PRINTF (5, 6);

static gboolean
integrity_error (ScrStore    *self,
                 guint64      sequence,
                 guint64     *bad_sequence,
                 GError     **error,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (bad_sequence != NULL)
    *bad_sequence = sequence;
  g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY, "%s: %s", self->name, message);
  return FALSE;
}

/* Replays the log entry @columns onto @replayed. */
static gboolean
replay_entry (GHashTable        *replayed,
              const char *const *columns,
              guint64            sequence)
{
  g_autofree char *key = entity_key (columns[SCR_LOG_KIND], columns[SCR_LOG_ENTITY_ID]);
  Replayed *entity = g_hash_table_lookup (replayed, key);

  if (*columns[SCR_LOG_MEMBER] == '\0')
    {
      JsonNode *body = columns[SCR_LOG_NEW_VALUE] != NULL
                       ? json_from_string (columns[SCR_LOG_NEW_VALUE], NULL) : NULL;

      if (entity != NULL || body == NULL || !JSON_NODE_HOLDS_OBJECT (body))
        {
          g_clear_pointer (&body, json_node_unref);
          return FALSE;
        }
      entity = g_new0 (Replayed, 1);
      entity->body = body;
      g_hash_table_insert (replayed, g_steal_pointer (&key), entity);
    }
  else if (entity == NULL
           || !scr_store_apply (entity->body, columns[SCR_LOG_MEMBER],
                                columns[SCR_LOG_NEW_VALUE]))
    return FALSE;
  entity->version = g_ascii_strtoull (columns[SCR_LOG_ENTITY_VERSION], NULL, 10);
  entity->last_sequence = sequence;
  return TRUE;
}

/**
 * scr_store_verify_log:
 * @self: a register
 * @bad_sequence: (out) (optional): the sequence number of the first entry
 *   that does not verify (0 if the log holds up and an entity differs
 *   from it)
 * @error: return location for a #GError
 *
 * Checks the decision log from its first entry: the sequence numbers run
 * 1, 2, 3... without a gap, each entry's previous hash is the hash of the
 * entry before it, and each hash is that of the entry's members. Then it
 * replays the log and checks that every entity in the register is what
 * its entries made it, at the version they give. An entry edited,
 * removed or inserted in the database file, or an entity changed without
 * an entry, fails with %SCR_ERROR_INTEGRITY naming the first place found.
 *
 * Returns: %TRUE if the log and the register agree
 */
gboolean
scr_store_verify_log (ScrStore  *self,
                      guint64   *bad_sequence,
                      GError   **error)
{
  g_autoptr(GHashTable) replayed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) replayed_free);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autofree char *previous = g_strdup (SCR_LOG_GENESIS_HASH);
  g_autofree char *previous_time = g_strdup ("");

  g_return_val_if_fail (SCR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (bad_sequence != NULL)
    *bad_sequence = 0;
  rows = read_log (self, "", NULL, "ASC", error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const char *const *columns = log_columns (rows, i);
      guint64 expected = i + 1, sequence = 0;
      g_autofree char *hash = NULL;

      if (!g_ascii_string_to_unsigned (columns[SCR_LOG_SEQUENCE], 10, 1, G_MAXUINT64, &sequence,
                                       NULL)
          || sequence != expected)
        return integrity_error (self, expected, bad_sequence, error,
                                "log entry %" G_GUINT64_FORMAT " is missing (the next entry is "
                                "numbered %s): an entry was removed", expected,
                                columns[SCR_LOG_SEQUENCE]);
      if (g_strcmp0 (columns[SCR_LOG_PREVIOUS_HASH], previous) != 0)
        return integrity_error (self, sequence, bad_sequence, error,
                                "log entry %" G_GUINT64_FORMAT " does not follow the entry "
                                "before it (its previous hash is not that entry's hash)",
                                sequence);
      hash = scr_log_hash_row (columns);
      if (g_strcmp0 (columns[SCR_LOG_HASH], hash) != 0)
        return integrity_error (self, sequence, bad_sequence, error,
                                "log entry %" G_GUINT64_FORMAT " was changed after it was "
                                "written (its hash does not match its members)", sequence);
      if (!replay_entry (replayed, columns, sequence))
        return integrity_error (self, sequence, bad_sequence, error,
                                "log entry %" G_GUINT64_FORMAT " does not apply to %s as the "
                                "entries before it left it", sequence,
                                describe (columns[SCR_LOG_KIND], columns[SCR_LOG_ENTITY_ID]));
      /* the writer never dates an entry before the last one (the times
       * are of one fixed UTC format, so text order is time order) */
      if (g_strcmp0 (columns[SCR_LOG_TIME], previous_time) < 0)
        return integrity_error (self, sequence, bad_sequence, error,
                                "log entry %" G_GUINT64_FORMAT " is dated %s, before the entry "
                                "before it (%s)", sequence, columns[SCR_LOG_TIME],
                                previous_time);
      replace_str (&previous, columns[SCR_LOG_HASH]);
      replace_str (&previous_time, columns[SCR_LOG_TIME]);
    }

  entities = query (self, "SELECT kind, id, version, body FROM scr_entity ORDER BY position",
                    NULL, 0, error);
  if (entities == NULL)
    return FALSE;
  for (guint i = 0; i < entities->len; i++)
    {
      const char *kind = CELL (entities, i, 0), *id = CELL (entities, i, 1);
      g_autofree char *key = entity_key (kind, id);
      g_autofree char *what = describe (kind, id);
      Replayed *entity = g_hash_table_lookup (replayed, key);
      g_autoptr(JsonNode) body = json_from_string (CELL (entities, i, 3), NULL);

      if (entity == NULL)
        return integrity_error (self, 0, bad_sequence, error,
                                "%s is in the register but not in the log: it was added "
                                "without an entry", what);
      if (body == NULL || !json_node_equal (body, entity->body)
          || g_ascii_strtoull (CELL (entities, i, 2), NULL, 10) != entity->version)
        return integrity_error (self, 0, bad_sequence, error,
                                "%s is not what its log entries make it (the last is entry "
                                "%" G_GUINT64_FORMAT "): it was changed without an entry, or "
                                "its last entries were removed", what, entity->last_sequence);
      g_hash_table_remove (replayed, key);
    }
  if (g_hash_table_size (replayed) > 0)
    {
      GHashTableIter iter;
      gpointer key, value;
      g_auto(GStrv) kind_id = NULL;
      g_autofree char *what = NULL;

      g_hash_table_iter_init (&iter, replayed);
      g_hash_table_iter_next (&iter, &key, &value);
      kind_id = g_strsplit (key, "\037", 2);
      what = describe (kind_id[0], kind_id[1]);
      return integrity_error (self, ((Replayed *) value)->last_sequence, bad_sequence, error,
                              "%s is in the log but no longer in the register: it was removed "
                              "without an entry", what);
    }
  return TRUE;
}
