/* scr-rule-set.c: criteria and timescale rules as data, compiled once.
 *
 * The ScrRuleSet class: loading, lookup and listing. The rule-file parser
 * is scr-rule-parser.c, the compiled tables scr-rule-tables.c, the
 * Markdown page scr-rules-doc.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-item-list-private.h"
#include "scr-evaluator-resources.h"
#include "scr-resource-private.h"
#include "scr-json-private.h"
#include "scr-rules-private.h"

/**
 * ScrRuleSet:
 *
 * The rules the evaluator interprets: criteria rules (which process a case
 * requires) and timescale rules (when each step is due), with notes.
 *
 * The built-in rules ([ctor@Scr.RuleSet.new_builtin]) are JSON files
 * embedded in the library: England, child death review, Wales, Scotland
 * and Northern Ireland. Users add their own files in the same format with
 * [method@Scr.RuleSet.load_file], for local timescales or new editions;
 * `doc/rules.md` describes the format. A file is parsed and checked once,
 * completely: a malformed file gives an %SCR_ERROR naming the file, the
 * rule id and the JSON path, and leaves the set unchanged.
 *
 * ## Threads
 *
 * Loading changes the set: load every file from one thread before the set
 * is used. Evaluation only reads it, so once loaded one set may be shared
 * by any number of evaluators in any threads; listing, looking up and
 * rendering its rules ([method@Scr.RuleSet.get_rules] item by item,
 * [method@Scr.RuleSet.lookup], [method@Scr.RuleSet.to_markdown]) are reads
 * too, and may run in several threads at once. The rules are immutable.
 */
struct _ScrRuleSet
{
  GObject parent_instance;

  ScrRuleTables tables;
  ScrItemList *store;
  GHashTable *ids;           /* id -> ScrRule* (first) */
  GPtrArray *sources;
  /* SHA-256 of each loaded file's JSON, compact, in load order: it names
   * the rules a decision was made under (whitespace aside) */
  GChecksum *digest;
  char *digest_text;
};

G_DEFINE_FINAL_TYPE (ScrRuleSet, scr_rule_set, G_TYPE_OBJECT)

static void
scr_rule_set_finalize (GObject *object)
{
  ScrRuleSet *self = SCR_RULE_SET (object);

  scr_rule_tables_clear (&self->tables);
  g_object_unref (self->store);
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->sources);
  g_checksum_free (self->digest);
  g_free (self->digest_text);
  G_OBJECT_CLASS (scr_rule_set_parent_class)->finalize (object);
}

static void
scr_rule_set_class_init (ScrRuleSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_rule_set_finalize;
}

static void
scr_rule_set_init (ScrRuleSet *self)
{
  scr_rule_tables_init (&self->tables);
  self->store = scr_item_list_new (SCR_TYPE_RULE);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->digest = g_checksum_new (G_CHECKSUM_SHA256);
}

ScrRuleTables *
scr_rule_set_get_tables (ScrRuleSet *self)
{
  return &self->tables;
}

GListModel *
scr_rule_set_get_store (ScrRuleSet *self)
{
  return G_LIST_MODEL (self->store);
}

GPtrArray *
scr_rule_set_get_sources (ScrRuleSet *self)
{
  return self->sources;
}

/* Parses a rule file into the tables (unchanged on failure) and adds its
 * entries to the set. */
static gboolean
load_root (ScrRuleSet  *self,
           JsonNode    *root,
           const char  *source,
           GError     **error)
{
  g_autoptr(GPtrArray) objects = scr_rule_parser_load (&self->tables, self->ids, root, source, error);

  if (objects == NULL)
    return FALSE;
  for (guint i = 0; i < objects->len; i++)
    {
      ScrRule *rule = objects->pdata[i];

      if (!g_hash_table_contains (self->ids, scr_rule_get_id (rule)))
        g_hash_table_insert (self->ids, (gpointer) scr_rule_get_id (rule), rule);
      g_ptr_array_add (self->tables.objects, g_object_ref (rule));
      scr_item_list_append (self->store, rule);
    }
  g_ptr_array_add (self->sources, g_strdup (source));
  {
    g_autofree char *compact = json_to_string (root, FALSE);

    /* each file's text ends in a nul, so two files never read as one */
    g_checksum_update (self->digest, (const guchar *) compact, strlen (compact) + 1);
    g_clear_pointer (&self->digest_text, g_free);
  }
  return TRUE;
}

/**
 * scr_rule_set_new:
 *
 * Creates an empty rule set, to be filled with
 * [method@Scr.RuleSet.load_file]. Most users want
 * [ctor@Scr.RuleSet.new_builtin].
 *
 * Returns: (transfer full): a new empty rule set
 */
ScrRuleSet *
scr_rule_set_new (void)
{
  return g_object_new (SCR_TYPE_RULE_SET, NULL);
}

/* The rule files compiled in (scr-evaluator.gresource.xml), in load order. */
#define RULES_RESOURCE_DIR "/org/scr/libscr/evaluator/"
static const char *const builtin_files[] = {
  "rules-england.json",
  "rules-cdr.json",
  "rules-wales.json",
  "rules-scotland.json",
  "rules-northern-ireland.json",
};

/**
 * scr_rule_set_new_builtin:
 *
 * Creates a rule set holding the rules shipped with libscr: England (WT2013,
 * WT2015, the 29 June 2018 Panel regime, WT2018, WT2023 and the area
 * transition window), child death review, Wales, Scotland and Northern
 * Ireland.
 *
 * Returns: (transfer full): a new rule set
 */
ScrRuleSet *
scr_rule_set_new_builtin (void)
{
  ScrRuleSet *self = scr_rule_set_new ();

  for (guint i = 0; i < G_N_ELEMENTS (builtin_files); i++)
    {
      g_autofree char *resource = g_strconcat (RULES_RESOURCE_DIR, builtin_files[i], NULL);
      g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_evaluator_get_resource, resource, NULL);
      g_autofree char *source = g_strconcat ("built-in:", builtin_files[i], NULL);
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      /* The shipped data is checked by the test suite. */
      if (!scr_rule_set_load_data (self, data, size, source, &error))
        g_error ("%s", error->message);
    }
  return self;
}

/**
 * scr_rule_set_load_data:
 * @self: a rule set
 * @data: a rule file's JSON text
 * @length: the length of @data, or -1 if it is nul-terminated
 * @source: the name to report in errors and in [property@Scr.Rule:source]
 * @error: return location for a #GError
 *
 * Adds the rules of a rule file held in memory. See
 * [method@Scr.RuleSet.load_file].
 *
 * Returns: %TRUE on success; on failure @self is unchanged
 */
gboolean
scr_rule_set_load_data (ScrRuleSet  *self,
                        const char  *data,
                        gssize       length,
                        const char  *source,
                        GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = scr_json_parse_data (data, length, error);
  if (root == NULL)
    {
      g_prefix_error (error, "%s: ", source);
      return FALSE;
    }
  return load_root (self, root, source, error);
}

/**
 * scr_rule_set_load_file:
 * @self: a rule set
 * @filename: (type filename): a rule file
 * @error: return location for a #GError
 *
 * Adds the rules of a rule file: local timescales (such as a partnership's
 * "Day 1 to Day 15" rapid review plan), local decision deadlines or a new
 * edition of the guidance. Rule ids must be new to the set.
 *
 * The whole file is checked before anything is added: an error names the
 * file, the rule id and the JSON path, for example
 * `sefton.json: rule T-LOCAL-15-D10: timescales[1].unit: "weeks" is not ...`.
 *
 * Returns: %TRUE on success; on failure @self is unchanged
 */
gboolean
scr_rule_set_load_file (ScrRuleSet  *self,
                        const char  *filename,
                        GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = scr_json_parse_file (filename, error);
  if (root == NULL)
    return FALSE;
  return load_root (self, root, filename, error);
}

/**
 * scr_rule_set_get_rules:
 * @self: a rule set
 *
 * Lists every entry of the set in load order: criteria rules (one entry
 * per process of a rule), timescale rules and notes.
 *
 * Returns: (transfer none): a list model of [class@Scr.Rule], owned by
 *   @self
 */
GListModel *
scr_rule_set_get_rules (ScrRuleSet *self)
{
  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);
  return G_LIST_MODEL (self->store);
}

/**
 * scr_rule_set_get_digest:
 * @self: a rule set
 *
 * Names the rules of @self by their content: `sha256:` and the SHA-256,
 * in hexadecimal, of each loaded rule file's JSON in compact form (so
 * whitespace does not count), in load order. Two rule sets with the same
 * digest give the same evaluations; a register records it with every
 * decision so that the decision can be replayed with its rules.
 *
 * Returns: (transfer none): the digest, owned by @self
 */
const char *
scr_rule_set_get_digest (ScrRuleSet *self)
{
  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);

  if (self->digest_text == NULL)
    {
      g_autoptr(GChecksum) copy = g_checksum_copy (self->digest);

      self->digest_text = g_strconcat ("sha256:", g_checksum_get_string (copy), NULL);
    }
  return self->digest_text;
}

/**
 * scr_rule_set_lookup:
 * @self: a rule set
 * @id: a rule id
 *
 * Gets the rule with @id (the first entry of a rule with several
 * processes), or %NULL.
 *
 * Returns: (transfer none) (nullable): the rule with @id (the first entry
 *   of a rule with several processes), or %NULL
 */
ScrRule *
scr_rule_set_lookup (ScrRuleSet *self,
                     const char *id)
{
  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->ids, id);
}

/**
 * scr_rule_set_list_sources:
 * @self: a rule set
 *
 * Gets the files loaded, in order (`built-in:rules-england.json`, ...).
 *
 * Returns: (transfer full) (array zero-terminated=1): the files loaded,
 *   in order (`built-in:rules-england.json`, ...)
 */
char **
scr_rule_set_list_sources (ScrRuleSet *self)
{
  GStrvBuilder *builder;
  char **result;

  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->sources->len; i++)
    g_strv_builder_add (builder, self->sources->pdata[i]);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

/**
 * scr_rule_set_list_events:
 * @self: a rule set
 *
 * Gets the events the set knows: the catalogue's, then those its files
 * declared.
 *
 * Returns: (transfer full) (array zero-terminated=1): the events the set
 *   knows: the catalogue's, then those its files declared
 */
char **
scr_rule_set_list_events (ScrRuleSet *self)
{
  char **result;

  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);
  result = g_new0 (char *, self->tables.event_names->len + 1);
  for (guint i = 0; i < self->tables.event_names->len; i++)
    result[i] = g_strdup (self->tables.event_names->pdata[i]);
  return result;
}

