/* scr-log-entry.c: one change in a register's decision log, and the hash
 * that chains the log.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "scr-error.h"
#include "scr-log-entry-private.h"

/**
 * ScrLogEntry:
 *
 * One change recorded in a [class@Scr.Store]'s decision log: who made it
 * (the user name the caller gave), when (UTC), to what (the entity's kind,
 * its id and the version the change made), which member (a JSON path
 * within the entity such as `facts.died`, or the empty string for the
 * entity as a whole when it was created), the old and new values as JSON
 * text (%NULL where the member was absent), why, and for cases the
 * version and digest of the rules in force, so that a decision can be
 * replayed with the rules it was made under.
 *
 * The log is append-only and hash-chained: each entry's hash covers its
 * columns and the hash of the entry before it, so an entry edited, removed
 * or inserted in the database file breaks the chain, which
 * [method@Scr.Store.verify_log] reports.
 *
 * ## Threads
 *
 * Immutable: may be read from several threads at once.
 */
struct _ScrLogEntry
{
  GObject parent_instance;

  guint64 sequence;
  guint64 entity_version;
  GDateTime *time;
  char *text[SCR_LOG_N_COLUMNS];   /* the row's text columns */
};

G_DEFINE_FINAL_TYPE (ScrLogEntry, scr_log_entry, G_TYPE_OBJECT)

/* The properties are the columns, in the table's order. */
enum {
  PROP_0,
  PROP_SEQUENCE,
  PROP_TIME,
  PROP_USER,
  PROP_KIND,
  PROP_ENTITY_ID,
  PROP_ENTITY_VERSION,
  PROP_MEMBER,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  PROP_REASON,
  PROP_RULES_VERSION,
  PROP_RULES_DIGEST,
  PROP_PREVIOUS_HASH,
  PROP_HASH,
  N_PROPS
};

G_STATIC_ASSERT (PROP_HASH - PROP_SEQUENCE == SCR_LOG_HASH - SCR_LOG_SEQUENCE);

static GParamSpec *properties[N_PROPS];

static void
scr_log_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScrLogEntry *self = SCR_LOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SEQUENCE:
      g_value_set_uint64 (value, self->sequence);
      break;
    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;
    case PROP_ENTITY_VERSION:
      g_value_set_uint64 (value, self->entity_version);
      break;
    default:
      if (prop_id > PROP_0 && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id - PROP_SEQUENCE]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_log_entry_finalize (GObject *object)
{
  ScrLogEntry *self = SCR_LOG_ENTRY (object);

  g_date_time_unref (self->time);
  for (guint i = 0; i < SCR_LOG_N_COLUMNS; i++)
    g_free (self->text[i]);
  G_OBJECT_CLASS (scr_log_entry_parent_class)->finalize (object);
}

static void
scr_log_entry_class_init (ScrLogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_log_entry_finalize;
  object_class->get_property = scr_log_entry_get_property;

  /**
   * ScrLogEntry:sequence:
   *
   * The entry's position in the log ([method@Scr.LogEntry.get_sequence]).
   */
  properties[PROP_SEQUENCE] = g_param_spec_uint64 ("sequence", NULL, NULL, 0, G_MAXUINT64, 0,
                                                   flags);
  /**
   * ScrLogEntry:time:
   *
   * When the change was committed ([method@Scr.LogEntry.get_time]).
   */
  properties[PROP_TIME] = g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /**
   * ScrLogEntry:entity-version:
   *
   * The entity's version after the change
   * ([method@Scr.LogEntry.get_entity_version]).
   */
  properties[PROP_ENTITY_VERSION] = g_param_spec_uint64 ("entity-version", NULL, NULL, 0,
                                                         G_MAXUINT64, 0, flags);
  /**
   * ScrLogEntry:user:
   *
   * Who made the change ([method@Scr.LogEntry.get_user]).
   */
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:kind:
   *
   * The kind of entity changed ([method@Scr.LogEntry.get_kind]).
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:entity-id:
   *
   * The id of the entity changed ([method@Scr.LogEntry.get_entity_id]).
   */
  properties[PROP_ENTITY_ID] = g_param_spec_string ("entity-id", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:member:
   *
   * The member changed ([method@Scr.LogEntry.get_member]).
   */
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:old-value:
   *
   * The member's value before, as JSON ([method@Scr.LogEntry.get_old_value]).
   */
  properties[PROP_OLD_VALUE] = g_param_spec_string ("old-value", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:new-value:
   *
   * The member's value after, as JSON ([method@Scr.LogEntry.get_new_value]).
   */
  properties[PROP_NEW_VALUE] = g_param_spec_string ("new-value", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:reason:
   *
   * Why the change was made ([method@Scr.LogEntry.get_reason]).
   */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:rules-version:
   *
   * The version of the rules in force ([method@Scr.LogEntry.get_rules_version]).
   */
  properties[PROP_RULES_VERSION] = g_param_spec_string ("rules-version", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:rules-digest:
   *
   * The digest of the rules in force ([method@Scr.LogEntry.get_rules_digest]).
   */
  properties[PROP_RULES_DIGEST] = g_param_spec_string ("rules-digest", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:previous-hash:
   *
   * The hash of the entry before ([method@Scr.LogEntry.get_previous_hash]).
   */
  properties[PROP_PREVIOUS_HASH] = g_param_spec_string ("previous-hash", NULL, NULL, NULL, flags);
  /**
   * ScrLogEntry:hash:
   *
   * The entry's hash ([method@Scr.LogEntry.get_hash]).
   */
  properties[PROP_HASH] = g_param_spec_string ("hash", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_log_entry_init (ScrLogEntry *self)
{
}

/* Each column is written as its length and its bytes, an absent one as
 * "-", so that no two rows hash the same text. */
char *
scr_log_hash_row (const char *const *columns)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < SCR_LOG_HASH; i++)
    {
      char length[32];

      if (columns[i] == NULL)
        {
          g_checksum_update (checksum, (const guchar *) "-;", 2);
          continue;
        }
      g_snprintf (length, sizeof length, "%zu:", strlen (columns[i]));
      g_checksum_update (checksum, (const guchar *) length, -1);
      g_checksum_update (checksum, (const guchar *) columns[i], -1);
      g_checksum_update (checksum, (const guchar *) ";", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static gboolean
read_number (const char  *text,
             guint64     *value)
{
  return text != NULL && g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, value, NULL);
}

ScrLogEntry *
scr_log_entry_new_row (const char *const  *columns,
                       GError            **error)
{
  g_autoptr(ScrLogEntry) self = g_object_new (SCR_TYPE_LOG_ENTRY, NULL);

  if (!read_number (columns[SCR_LOG_SEQUENCE], &self->sequence)
      || !read_number (columns[SCR_LOG_ENTITY_VERSION], &self->entity_version))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                   "log entry %s: its sequence or version is not a number",
                   columns[SCR_LOG_SEQUENCE] ? columns[SCR_LOG_SEQUENCE] : "(none)");
      return NULL;
    }
  self->time = columns[SCR_LOG_TIME] ? g_date_time_new_from_iso8601 (columns[SCR_LOG_TIME], NULL)
                                     : NULL;
  if (self->time == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                   "log entry %" G_GUINT64_FORMAT ": its time does not read", self->sequence);
      return NULL;
    }
  for (guint i = 0; i < SCR_LOG_N_COLUMNS; i++)
    self->text[i] = g_strdup (columns[i]);
  return g_steal_pointer (&self);
}

/**
 * scr_log_entry_get_sequence:
 * @self: a log entry
 *
 * Gets the entry's position in the log: 1 for the first, one more for
 * each after it.
 *
 * Returns: the sequence number
 */
guint64
scr_log_entry_get_sequence (ScrLogEntry *self)
{
  g_return_val_if_fail (SCR_IS_LOG_ENTRY (self), 0);
  return self->sequence;
}

/**
 * scr_log_entry_get_time:
 * @self: a log entry
 *
 * Gets when the change was committed, in UTC.
 *
 * Returns: (transfer none): the time
 */
GDateTime *
scr_log_entry_get_time (ScrLogEntry *self)
{
  g_return_val_if_fail (SCR_IS_LOG_ENTRY (self), NULL);
  return self->time;
}

/**
 * scr_log_entry_get_entity_version:
 * @self: a log entry
 *
 * Gets the version of the entity that the change made (1 when it was
 * created); a change of several members shares one version.
 *
 * Returns: the entity's version after the change
 */
guint64
scr_log_entry_get_entity_version (ScrLogEntry *self)
{
  g_return_val_if_fail (SCR_IS_LOG_ENTRY (self), 0);
  return self->entity_version;
}

#define TEXT_GETTER(name, column)                                   \
  const char *                                                      \
  scr_log_entry_get_##name (ScrLogEntry *self)                      \
  {                                                                 \
    g_return_val_if_fail (SCR_IS_LOG_ENTRY (self), NULL);           \
    return self->text[column];                                      \
  }

/**
 * scr_log_entry_get_user:
 * @self: a log entry
 *
 * Gets who made the change: the user name given by the caller.
 *
 * Returns: the user name
 */
TEXT_GETTER (user, SCR_LOG_USER)

/**
 * scr_log_entry_get_kind:
 * @self: a log entry
 *
 * Gets the kind of entity changed: the dataset member of its collection
 * (`cases`, `reviews`, `actions`...), or `dataset` for the register's own
 * members (its title and the members libscr does not know).
 *
 * Returns: the kind
 */
TEXT_GETTER (kind, SCR_LOG_KIND)

/**
 * scr_log_entry_get_entity_id:
 * @self: a log entry
 *
 * Gets the id of the entity changed (empty for the kind `dataset`).
 *
 * Returns: the id
 */
TEXT_GETTER (entity_id, SCR_LOG_ENTITY_ID)

/**
 * scr_log_entry_get_member:
 * @self: a log entry
 *
 * Gets the member changed, as the dotted path of its JSON members within
 * the entity (`facts.died`, `events.notification_sent`), or the empty
 * string when the entry records the entity created as a whole.
 *
 * Returns: the member's path
 */
TEXT_GETTER (member, SCR_LOG_MEMBER)

/**
 * scr_log_entry_get_old_value:
 * @self: a log entry
 *
 * Gets the member's value before the change, as JSON text.
 *
 * Returns: (nullable): the old value, or %NULL where the member was absent
 */
TEXT_GETTER (old_value, SCR_LOG_OLD_VALUE)

/**
 * scr_log_entry_get_new_value:
 * @self: a log entry
 *
 * Gets the member's value after the change, as JSON text.
 *
 * Returns: (nullable): the new value, or %NULL where the change removed
 *   the member
 */
TEXT_GETTER (new_value, SCR_LOG_NEW_VALUE)

/**
 * scr_log_entry_get_reason:
 * @self: a log entry
 *
 * Gets why the change was made, as the caller gave it.
 *
 * Returns: the reason (empty if none was given)
 */
TEXT_GETTER (reason, SCR_LOG_REASON)

/**
 * scr_log_entry_get_rules_version:
 * @self: a log entry
 *
 * Gets the version of libscr whose rules were in force for a change to a
 * case.
 *
 * Returns: (nullable): the version, or %NULL for entities other than cases
 */
TEXT_GETTER (rules_version, SCR_LOG_RULES_VERSION)

/**
 * scr_log_entry_get_rules_digest:
 * @self: a log entry
 *
 * Gets the digest ([method@Scr.RuleSet.get_digest]) of the rules in force
 * for a change to a case.
 *
 * Returns: (nullable): the digest, or %NULL for entities other than cases
 */
TEXT_GETTER (rules_digest, SCR_LOG_RULES_DIGEST)

/**
 * scr_log_entry_get_hash:
 * @self: a log entry
 *
 * Gets the entry's hash: the SHA-256, in hexadecimal, of its members and
 * the hash of the entry before it.
 *
 * Returns: the hash
 */
TEXT_GETTER (hash, SCR_LOG_HASH)

/**
 * scr_log_entry_get_previous_hash:
 * @self: a log entry
 *
 * Gets the hash of the entry before this one (sixty-four zeros for the
 * first).
 *
 * Returns: the previous entry's hash
 */
TEXT_GETTER (previous_hash, SCR_LOG_PREVIOUS_HASH)
