/* scr-rule-parser.c: the rule-file parser.
 *
 * Reads one rule file (doc/rules.md describes the format), checks it
 * completely and compiles its conditions, reasons and bounds into a rule
 * set's tables; on any error the tables are left as they were.
 *
 * This file reads the top level: the version, the declared events, each
 * section's entries (naming the rule in errors) and the notes, then
 * commits or rolls back. The other sections have files of their own:
 * conditions (scr-rule-parser-condition.c), rules (-rule.c), timescales
 * (-timescale.c) and the members they share (-members.c), with the
 * parser's state in scr-rule-parser-readers-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-case.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-history-facts-private.h"
#include "scr-rule-parser-readers-private.h"

static gboolean
parse_note (ScrRuleParser *p,
            JsonObject    *object,
            const char    *path,
            GError       **error)
{
  static const char *const known[] = { "id", "text", "citation", "evidence", NULL };
  g_autofree char *id = NULL, *text = NULL, *citation = NULL;
  ScrEvidence evidence;
  ScrRule *rule;

  if (!scr_json_read_string (object, path, "id", TRUE, &id, error) ||
      !scr_json_check_members (object, path, known, error) ||
      !scr_rule_parser_claim_id (p, id, path, error) ||
      !scr_json_read_string (object, path, "text", TRUE, &text, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !scr_rule_parser_parse_evidence (object, path, &evidence, error))
    return FALSE;
  rule = scr_rule_new_internal (SCR_RULE_KIND_NOTE, id, p->source);
  scr_rule_set_fields (rule, NULL, NULL, NULL, NULL, SCR_PROCESS_NOTIFICATION,
                       SCR_VERDICT_INDETERMINATE, evidence, citation, text, NULL, 0,
                       SCR_TIME_UNIT_NONE);
  g_ptr_array_add (p->objects, rule);
  return TRUE;
}

typedef gboolean (*EntryParser) (ScrRuleParser *, JsonObject *, const char *, GError **);

static gboolean
parse_entries (ScrRuleParser  *p,
               JsonObject     *root,
               const char     *member,
               EntryParser     parse,
               GError        **error)
{
  JsonArray *array = NULL;

  if (!scr_json_read_array (root, NULL, member, FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index (member, i);
      JsonObject *object = scr_json_array_get_object (array, i, path, error);

      if (object == NULL)
        return FALSE;
      if (!parse (p, object, path, error))
        {
          /* Name the rule first: "rule E15-SCR-1: rules[3].outcome: ..." */
          JsonNode *id_node = json_object_get_member (object, "id");

          if (id_node != NULL && JSON_NODE_HOLDS_VALUE (id_node) &&
              json_node_get_value_type (id_node) == G_TYPE_STRING)
            g_prefix_error (error, "rule %s: ", json_node_get_string (id_node));
          else
            g_prefix_error (error, "rule #%u (no id): ", i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_declared_events (ScrRuleParser *p,
                       JsonObject    *root,
                       GError       **error)
{
  JsonArray *array = NULL;

  if (!scr_json_read_array (root, NULL, "events", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      static const char *const known[] = { "name", "description", NULL };
      g_autofree char *path = scr_json_path_index ("events", i);
      JsonObject *object = scr_json_array_get_object (array, i, path, error);
      g_autofree char *name = NULL, *description = NULL;

      if (object == NULL || !scr_json_check_members (object, path, known, error) ||
          !scr_json_read_string (object, path, "name", TRUE, &name, error) ||
          !scr_json_read_string (object, path, "description", TRUE, &description, error))
        return FALSE;
      if (scr_rule_tables_event (p->tables, name) >= 0)
        continue;
      if (p->tables->event_names->len >= SCR_MAX_EVENTS)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "name",
                              "too many events (at most %d in a rule set)", SCR_MAX_EVENTS);
          return FALSE;
        }
      scr_rule_tables_add_event (p->tables, g_steal_pointer (&name));
    }
  return TRUE;
}

GPtrArray *
scr_rule_parser_load (ScrRuleTables *tables,
                      GHashTable    *ids,
                      JsonNode      *root,
                      const char    *source,
                      GError       **error)
{
  static const char *const known[] = {
    "schema_version", "name", "description", "events", "defs", "rules", "notes", "timescales",
    "derived", NULL
  };
  g_autoptr(GHashTable) new_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (scr_crule_free);
  g_autoptr(GPtrArray) timescales = g_ptr_array_new_with_free_func (scr_ctimescale_free);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ref_stack = g_ptr_array_new ();
  guint n_nodes = tables->nodes->len;
  guint n_kids = tables->kids->len;
  guint n_events = tables->event_names->len;
  g_autoptr(GHashTable) def_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_defs = tables->def_roots->len;
  guint n_derived = tables->derived->len;
  ScrRuleParser p = { tables, ids, source, NULL, ref_stack, def_slots, rules, timescales,
                      objects, new_ids };
  JsonObject *object;
  gint64 version = 0;
  g_autofree char *name = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION, "%s: the top level must be an object",
                   source);
      return NULL;
    }
  object = json_node_get_object (root);
  if (!scr_json_read_int (object, NULL, "schema_version", TRUE, 0, G_MAXINT32, &version, NULL, error))
    goto fail;
  if (version != 1)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "schema_version: %" G_GINT64_FORMAT " is not supported (expected 1)", version);
      goto fail;
    }
  if (!scr_json_check_members (object, NULL, known, error) ||
      !scr_json_read_string (object, NULL, "name", TRUE, &name, error) ||
      !scr_json_read_object (object, NULL, "defs", FALSE, &p.defs, error) ||
      !parse_declared_events (&p, object, error) ||
      !parse_entries (&p, object, "rules", scr_rule_parser_parse_rule, error) ||
      !parse_entries (&p, object, "timescales", scr_rule_parser_parse_timescale, error) ||
      !parse_entries (&p, object, "notes", parse_note, error) ||
      !scr_history_facts_parse (tables, tables->derived, object, error))
    goto fail;

  /* Commit. */
  for (guint i = 0; i < rules->len; i++)
    g_ptr_array_add (tables->rules, g_steal_pointer (&rules->pdata[i]));
  for (guint i = 0; i < timescales->len; i++)
    g_ptr_array_add (tables->timescales, g_steal_pointer (&timescales->pdata[i]));
  scr_rule_tables_index (tables);
  return g_steal_pointer (&objects);

fail:
  g_prefix_error (error, "%s: ", source);
  g_array_set_size (tables->nodes, n_nodes);
  g_array_set_size (tables->kids, n_kids);
  for (guint i = n_events; i < tables->event_names->len; i++)
    g_hash_table_remove (tables->event_index, tables->event_names->pdata[i]);
  g_ptr_array_set_size (tables->event_names, n_events);
  g_array_set_size (tables->def_roots, n_defs);
  g_array_set_size (tables->derived, n_derived);
  return NULL;
}
