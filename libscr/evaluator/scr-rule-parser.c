/* scr-rule-parser.c: the rule-file parser.
 *
 * Reads one rule file (doc/rules.md describes the format), checks it
 * completely and compiles its conditions, reasons and bounds into a rule
 * set's tables; on any error the tables are left as they were.
 *
 * Over 800 lines as one concept: the format's every member is read and
 * checked here, each with its own error naming the file, rule id and JSON
 * path (conditions, templates, bounds, jurisdictions, events, units).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-case.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-rules-private.h"

typedef struct
{
  ScrRuleTables *tables;
  GHashTable *ids;               /* the set's: id -> ScrRule* */
  const char *source;
  JsonObject *defs;
  GPtrArray *ref_stack;          /* names of defs being expanded */
  GHashTable *def_slots;         /* def name -> slot in tables.def_roots */
  GPtrArray *rules;              /* new ScrCRule* */
  GPtrArray *timescales;         /* new ScrCTimescale* */
  GPtrArray *objects;            /* new ScrRule* */
  GHashTable *new_ids;
} Parser;

static gboolean
check_members (JsonObject         *object,
               const char         *path,
               const char * const *known,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        scr_json_set_error (error, SCR_ERROR_VALIDATION, path, l->data,
                            "unknown member (a misspelling?)");
        return FALSE;
      }
  return TRUE;
}

static gint32 parse_condition (Parser *p, JsonNode *json, const char *path, guint depth, GError **error);

/* The facts a condition tests, following definitions. */
static void
collect_reads (const ScrRuleTables *tables,
               gint32               index,
               guint64             *reads)
{
  const ScrNode *node;

  if (index < 0)
    return;
  node = &g_array_index (tables->nodes, ScrNode, index);
  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_IN:
    case SCR_NODE_LT:
    case SCR_NODE_LE:
    case SCR_NODE_GT:
    case SCR_NODE_GE:
      reads[node->fact >> 6] |= G_GUINT64_CONSTANT (1) << (node->fact & 63);
      break;
    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
    case SCR_NODE_NOT:
      for (guint i = 0; i < node->n_kids; i++)
        collect_reads (tables, g_array_index (tables->kids, guint32, node->arg + i), reads);
      break;
    case SCR_NODE_REF:
      collect_reads (tables, g_array_index (tables->def_roots, gint32, node->arg), reads);
      break;
    case SCR_NODE_TRUE:
    case SCR_NODE_EVENT:
    default:
      break;
    }
}

static gint32
append_node (Parser  *p,
             ScrNode *node)
{
  g_array_append_val (p->tables->nodes, *node);
  return (gint32) p->tables->nodes->len - 1;
}

static gint32
parse_group (Parser     *p,
             ScrNodeKind kind,
             JsonObject *object,
             const char *path,
             const char *member,
             guint       depth,
             GError    **error)
{
  JsonArray *array = NULL;
  g_autofree char *here = scr_json_path_member (path, member);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (guint32));
  ScrNode node = { kind, 0, 0, 0, 0 };

  if (!scr_json_read_array (object, path, member, TRUE, &array, error))
    return -1;
  if (json_array_get_length (array) == 0)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member, "empty list of conditions");
      return -1;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *child_path = scr_json_path_index (here, i);
      gint32 child = parse_condition (p, json_array_get_element (array, i), child_path, depth + 1, error);

      if (child < 0)
        return -1;
      g_array_append_val (children, child);
    }
  node.arg = p->tables->kids->len;
  node.n_kids = children->len;
  g_array_append_vals (p->tables->kids, children->data, children->len);
  return append_node (p, &node);
}

static gboolean
read_fact_value (const ScrFactInfo *info,
                 JsonNode          *value,
                 const char        *path,
                 const char        *member,
                 guint32           *mask,
                 GError           **error)
{
  const char *text;
  gint32 index;

  if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member, "expected a string value of fact %s",
                          info->name);
      return FALSE;
    }
  text = json_node_get_string (value);
  if (!scr_fact_encode (info, text, &index))
    {
      g_autofree char *allowed = g_strjoinv (", ", info->listed_values);

      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                          "\"%s\" is not a value of fact %s (expected one of: %s)",
                          text, info->name, allowed);
      return FALSE;
    }
  *mask |= 1u << index;
  return TRUE;
}

static gint32
parse_leaf (Parser     *p,
            JsonObject *object,
            const char *path,
            GError    **error)
{
  static const char *const known[] = { "fact", "equals", "in", "lt", "le", "gt", "ge", NULL };
  static const char *const ops[] = { "lt", "le", "gt", "ge" };
  static const ScrNodeKind op_kinds[] = { SCR_NODE_LT, SCR_NODE_LE, SCR_NODE_GT, SCR_NODE_GE };
  g_autofree char *name = NULL;
  const ScrFactInfo *info;
  ScrNode node = { SCR_NODE_IN, 0, 0, 0, 0 };
  int index;
  guint n_tests = 0;

  if (!check_members (object, path, known, error) ||
      !scr_json_read_string (object, path, "fact", TRUE, &name, error))
    return -1;
  index = scr_facts_catalogue_lookup (name);
  if (index < 0)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "fact",
                          "unknown fact \"%s\" (not in the fact catalogue)", name);
      return -1;
    }
  info = scr_facts_catalogue_get (index);
  node.fact = index;

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    if (json_object_has_member (object, ops[i]))
      {
        gint64 value;

        n_tests++;
        if (!info->integer)
          {
            scr_json_set_error (error, SCR_ERROR_VALIDATION, path, ops[i],
                                "fact %s is not a number (use equals or in)", name);
            return -1;
          }
        if (!scr_json_read_int (object, path, ops[i], TRUE, G_MININT32 + 1, G_MAXINT32,
                                &value, NULL, error))
          return -1;
        node.kind = op_kinds[i];
        node.value = (gint32) value;
      }
  if (json_object_has_member (object, "equals") || json_object_has_member (object, "in"))
    {
      const char *member = json_object_has_member (object, "equals") ? "equals" : "in";

      n_tests += json_object_has_member (object, "equals") + json_object_has_member (object, "in");
      if (info->integer)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                              "fact %s is a number (use lt, le, gt or ge)", name);
          return -1;
        }
      if (g_str_equal (member, "equals"))
        {
          if (!read_fact_value (info, json_object_get_member (object, "equals"), path, "equals",
                                &node.arg, error))
            return -1;
        }
      else
        {
          JsonArray *array = NULL;
          g_autofree char *here = scr_json_path_member (path, "in");

          if (!scr_json_read_array (object, path, "in", TRUE, &array, error))
            return -1;
          if (json_array_get_length (array) == 0)
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "in", "empty list of values");
              return -1;
            }
          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *item = scr_json_path_index (here, i);

              if (!read_fact_value (info, json_array_get_element (array, i), item, NULL,
                                    &node.arg, error))
                return -1;
            }
        }
    }
  if (n_tests != 1)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL,
                          "a fact test needs exactly one of equals, in, lt, le, gt, ge");
      return -1;
    }
  return append_node (p, &node);
}

static gint32
parse_condition (Parser     *p,
                 JsonNode   *json,
                 const char *path,
                 guint       depth,
                 GError    **error)
{
  JsonObject *object;

  if (depth > 64)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL, "condition nested too deeply");
      return -1;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL, "a condition must be an object");
      return -1;
    }
  object = json_node_get_object (json);
  if (json_object_get_size (object) == 1 && json_object_has_member (object, "all"))
    return parse_group (p, SCR_NODE_ALL, object, path, "all", depth, error);
  if (json_object_get_size (object) == 1 && json_object_has_member (object, "any"))
    return parse_group (p, SCR_NODE_ANY, object, path, "any", depth, error);
  if (json_object_get_size (object) == 1 && json_object_has_member (object, "not"))
    {
      g_autofree char *here = scr_json_path_member (path, "not");
      gint32 child = parse_condition (p, json_object_get_member (object, "not"), here, depth + 1, error);
      ScrNode node = { SCR_NODE_NOT, 0, 1, 0, 0 };
      guint32 kid = child;

      if (child < 0)
        return -1;
      node.arg = p->tables->kids->len;
      g_array_append_val (p->tables->kids, kid);
      return append_node (p, &node);
    }
  if (json_object_get_size (object) == 1 && json_object_has_member (object, "ref"))
    {
      g_autofree char *name = NULL;
      g_autofree char *def_path = NULL;
      JsonNode *def;
      gpointer slot_ptr = NULL;
      ScrNode node = { SCR_NODE_REF, 0, 0, 0, 0 };

      if (!scr_json_read_string (object, path, "ref", TRUE, &name, error))
        return -1;
      if (p->defs == NULL || (def = json_object_get_member (p->defs, name)) == NULL)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "ref",
                              "no definition \"%s\" in defs", name);
          return -1;
        }
      for (guint i = 0; i < p->ref_stack->len; i++)
        if (g_str_equal (p->ref_stack->pdata[i], name))
          {
            scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "ref",
                                "definition \"%s\" refers to itself", name);
            return -1;
          }
      /* Each definition is compiled once per file and evaluated once per
       * case: a reference is a node naming its slot. */
      if (!g_hash_table_lookup_extended (p->def_slots, name, NULL, &slot_ptr))
        {
          gint32 root;
          guint slot;

          def_path = scr_json_path_member ("defs", name);
          g_ptr_array_add (p->ref_stack, name);
          root = parse_condition (p, def, def_path, depth + 1, error);
          g_ptr_array_remove_index (p->ref_stack, p->ref_stack->len - 1);
          if (root < 0)
            return -1;
          if (p->tables->def_roots->len >= SCR_MAX_DEFS)
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, "defs", name,
                                  "too many definitions (at most %d in a rule set)", SCR_MAX_DEFS);
              return -1;
            }
          slot = p->tables->def_roots->len;
          g_array_append_val (p->tables->def_roots, root);
          slot_ptr = GUINT_TO_POINTER (slot);
          g_hash_table_insert (p->def_slots, g_strdup (name), slot_ptr);
        }
      /* A definition that is a single test is used in place: the test is
       * as cheap as looking up its cached result. */
      {
        gint32 root = g_array_index (p->tables->def_roots, gint32, GPOINTER_TO_UINT (slot_ptr));

        if (scr_node_is_test (g_array_index (p->tables->nodes, ScrNode, root).kind))
          return root;
      }
      node.arg = GPOINTER_TO_UINT (slot_ptr);
      return append_node (p, &node);
    }
  if (json_object_get_size (object) == 1 && json_object_has_member (object, "event"))
    {
      g_autofree char *name = NULL;
      ScrNode node = { SCR_NODE_EVENT, 0, 0, 0, 0 };
      int ev;

      if (!scr_json_read_string (object, path, "event", TRUE, &name, error))
        return -1;
      if ((ev = scr_rule_tables_event (p->tables, name)) < 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "event",
                              "unknown event \"%s\" (not in the catalogue; declare it in \"events\")",
                              name);
          return -1;
        }
      node.fact = ev;
      return append_node (p, &node);
    }
  if (json_object_has_member (object, "fact"))
    return parse_leaf (p, object, path, error);
  scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL,
                      "a condition is {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}}, "
                      "{\"ref\": NAME}, {\"event\": NAME} or {\"fact\": NAME, ...}");
  return -1;
}

static gboolean
parse_template (const char  *text,
                const char  *path,
                const char  *member,
                ScrTemplate *out,
                GError     **error)
{
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (ScrSegment));
  const char *s = text;

  out->text = g_strdup (text);
  while (*s != '\0')
    {
      const char *open = strchr (s, '{');
      ScrSegment seg;

      if (open == NULL)
        open = s + strlen (s);
      if (open > s)
        {
          seg.fact = -1;
          seg.offset = s - text;
          seg.length = open - s;
          g_array_append_val (segments, seg);
        }
      if (*open == '{')
        {
          const char *close = strchr (open, '}');
          g_autofree char *name = NULL;
          int index;

          if (close == NULL)
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                                  "unclosed \"{\" in the reason template");
              goto fail;
            }
          name = g_strndup (open + 1, close - open - 1);
          if (g_str_equal (name, "date"))
            index = -2;
          else if ((index = scr_facts_catalogue_lookup (name)) < 0)
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                                  "unknown field {%s} in the reason template (expected a fact or {date})",
                                  name);
              goto fail;
            }
          seg.fact = index;
          seg.offset = 0;
          seg.length = 0;
          g_array_append_val (segments, seg);
          s = close + 1;
        }
      else
        s = open;
    }
  out->n_segments = segments->len;
  out->segments = (ScrSegment *) g_array_free (g_steal_pointer (&segments), FALSE);
  scr_template_finish (out);
  return TRUE;

fail:
  g_clear_pointer (&out->text, g_free);
  return FALSE;
}

static gboolean
parse_bound (JsonObject *object,
             const char *path,
             const char *member,
             gboolean    until,
             ScrBound   *bound,
             char      **text,
             GError    **error)
{
  g_autofree char *value = NULL;
  g_autoptr(ScrDate) date = NULL;
  g_autoptr(GError) local = NULL;

  if (!scr_json_read_string (object, path, member, FALSE, &value, error))
    return FALSE;
  bound->kind = SCR_BOUND_NONE;
  if (value == NULL)
    return TRUE;
  if (g_str_equal (value, "transition"))
    bound->kind = SCR_BOUND_TRANSITION;
  else
    {
      date = scr_date_new_from_iso8601 (value, &local);
      if (date == NULL)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                              "%s (or \"transition\")", local->message);
          return FALSE;
        }
      bound->kind = SCR_BOUND_DATE;
      scr_span_from_date (&bound->span, date);
    }
  (void) until;
  *text = g_steal_pointer (&value);
  return TRUE;
}

static gboolean
parse_in_force (JsonObject *object,
                const char *path,
                ScrBound   *from,
                ScrBound   *until,
                char      **from_text,
                char      **until_text,
                GError    **error)
{
  static const char *const known[] = { "from", "until", NULL };
  JsonObject *in_force = NULL;
  g_autofree char *here = scr_json_path_member (path, "in_force");

  from->kind = until->kind = SCR_BOUND_NONE;
  if (!scr_json_read_object (object, path, "in_force", FALSE, &in_force, error))
    return FALSE;
  if (in_force == NULL)
    return TRUE;
  if (!check_members (in_force, here, known, error) ||
      !parse_bound (in_force, here, "from", FALSE, from, from_text, error) ||
      !parse_bound (in_force, here, "until", TRUE, until, until_text, error))
    return FALSE;
  if (from->kind == SCR_BOUND_DATE && until->kind == SCR_BOUND_DATE &&
      until->span.last < from->span.first)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, here, "until", "ends before it starts");
      return FALSE;
    }
  return TRUE;
}

/* A member that is one string or an array of strings, as a vector. */
static gboolean
read_one_or_many (JsonObject  *object,
                  const char  *path,
                  const char  *member,
                  gboolean     required,
                  char      ***out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *one = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return scr_json_read_strv (object, path, member, required, out, error);
  if (!scr_json_read_string (object, path, member, TRUE, &one, error))
    return FALSE;
  *out = g_new0 (char *, 2);
  (*out)[0] = g_steal_pointer (&one);
  return TRUE;
}

static gboolean
parse_jurisdictions (JsonObject *object,
                     const char *path,
                     guint8     *mask,
                     char     ***names,
                     GError    **error)
{
  g_auto(GStrv) list = NULL;

  if (!read_one_or_many (object, path, "jurisdiction", TRUE, &list, error))
    return FALSE;

  *mask = 0;
  for (guint i = 0; list[i] != NULL; i++)
    {
      int value;

      if (!scr_enum_from_nick (SCR_TYPE_JURISDICTION, list[i], &value))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "jurisdiction",
                              "\"%s\" is not a jurisdiction (expected england, wales, scotland or northern-ireland)",
                              list[i]);
          return FALSE;
        }
      *mask |= 1u << value;
    }
  if (*mask == 0)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "jurisdiction", "no jurisdiction");
      return FALSE;
    }
  *names = g_steal_pointer (&list);
  return TRUE;
}

static gboolean
parse_enum_member (JsonObject *object,
                   const char *path,
                   const char *member,
                   GType       type,
                   int        *out,
                   GError    **error)
{
  return scr_json_read_enum (object, path, member, TRUE, type, out, error);
}

static gboolean
parse_events (Parser     *p,
              JsonObject *object,
              const char *path,
              const char *member,
              gboolean    required,
              gboolean    allow_decision,
              gint8      *out,
              guint8     *n_out,
              char      **joined,
              GError    **error)
{
  g_auto(GStrv) list = NULL;

  *n_out = 0;
  if (!read_one_or_many (object, path, member, required, &list, error))
    return FALSE;
  if (list == NULL)
    return TRUE;
  if (g_strv_length (list) == 0 || g_strv_length (list) > SCR_MAX_TRIGGERS)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                          "expected 1 to %d event names", SCR_MAX_TRIGGERS);
      return FALSE;
    }
  for (guint i = 0; list[i] != NULL; i++)
    {
      int index;

      if (allow_decision && g_str_equal (list[i], "decision"))
        index = SCR_TRIGGER_DECISION;
      else if ((index = scr_rule_tables_event (p->tables, list[i])) < 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                              "unknown event \"%s\" (not in the catalogue; declare it in \"events\")",
                              list[i]);
          return FALSE;
        }
      out[(*n_out)++] = index;
    }
  if (joined != NULL)
    *joined = g_strjoinv ("|", list);
  return TRUE;
}

static gboolean
claim_id (Parser     *p,
          const char *id,
          const char *path,
          GError    **error)
{
  ScrRule *other = g_hash_table_lookup (p->ids, id);

  if (other != NULL || g_hash_table_contains (p->new_ids, id))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "id",
                          "duplicate rule id \"%s\" (already loaded from %s)", id,
                          other != NULL ? scr_rule_get_source (other) : "this file");
      return FALSE;
    }
  g_hash_table_add (p->new_ids, g_strdup (id));
  return TRUE;
}

static gboolean
parse_evidence (JsonObject  *object,
                const char  *path,
                ScrEvidence *out,
                GError     **error)
{
  g_autofree char *tag = NULL;
  static const char *const tags[] = { "F", "S", "R", "I" };

  if (!scr_json_read_string (object, path, "evidence", TRUE, &tag, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (g_str_equal (tag, tags[i]))
      {
        *out = i;
        return TRUE;
      }
  scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "evidence",
                      "\"%s\" is not an evidence tag (expected F, S, R or I)", tag);
  return FALSE;
}

static gboolean
parse_rule (Parser     *p,
            JsonObject *object,
            const char *path,
            GError    **error)
{
  static const char *const known[] = {
    "id", "jurisdiction", "edition", "in_force", "trigger", "condition", "fallback",
    "outcome", "process", "outcomes", "citation", "evidence", "reason", NULL
  };
  g_autofree char *id = NULL, *edition = NULL, *citation = NULL, *reason = NULL;
  g_autofree char *from_text = NULL, *until_text = NULL, *trigger_text = NULL;
  g_auto(GStrv) jurisdictions = NULL;
  ScrCRule proto = { 0 };
  gboolean fallback = FALSE;
  JsonArray *outcomes = NULL;
  ScrTemplate tmpl = { 0 };
  guint n_outcomes;

  if (!scr_json_read_string (object, path, "id", TRUE, &id, error) ||
      !check_members (object, path, known, error) ||
      !claim_id (p, id, path, error) ||
      !parse_jurisdictions (object, path, &proto.jurisdictions, &jurisdictions, error) ||
      !scr_json_read_string (object, path, "edition", FALSE, &edition, error) ||
      !parse_in_force (object, path, &proto.from, &proto.until, &from_text, &until_text, error) ||
      !parse_events (p, object, path, "trigger", TRUE, TRUE, proto.triggers, &proto.n_triggers,
                     &trigger_text, error) ||
      !scr_json_read_bool (object, path, "fallback", FALSE, &fallback, NULL, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !parse_evidence (object, path, &proto.evidence, error) ||
      !scr_json_read_string (object, path, "reason", TRUE, &reason, error) ||
      !scr_json_read_array (object, path, "outcomes", FALSE, &outcomes, error))
    return FALSE;

  proto.fallback = fallback;
  proto.root = -1;
  if (json_object_has_member (object, "condition"))
    {
      g_autofree char *here = scr_json_path_member (path, "condition");

      if (fallback)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "condition",
                              "a fallback rule has no condition");
          return FALSE;
        }
      proto.root = parse_condition (p, json_object_get_member (object, "condition"), here, 0, error);
      if (proto.root < 0)
        return FALSE;
      collect_reads (p->tables, proto.root, proto.reads);
    }
  if ((outcomes != NULL) == (json_object_has_member (object, "outcome") ||
                             json_object_has_member (object, "process")))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL,
                          "give either outcome and process, or outcomes");
      return FALSE;
    }
  if (!parse_template (reason, path, "reason", &tmpl, error))
    return FALSE;

  n_outcomes = outcomes != NULL ? json_array_get_length (outcomes) : 1;
  for (guint i = 0; i < n_outcomes; i++)
    {
      g_autofree char *item_path = NULL;
      JsonObject *item = object;
      const char *item_at = path;
      ScrCRule *rule;
      int process, outcome;

      if (outcomes != NULL)
        {
          g_autofree char *here = scr_json_path_member (path, "outcomes");
          static const char *const item_known[] = { "process", "outcome", NULL };

          item_path = scr_json_path_index (here, i);
          item = scr_json_array_get_object (outcomes, i, item_path, error);
          if (item == NULL || !check_members (item, item_path, item_known, error))
            goto fail;
          item_at = item_path;
        }
      if (!parse_enum_member (item, item_at, "process", SCR_TYPE_PROCESS, &process, error) ||
          !parse_enum_member (item, item_at, "outcome", SCR_TYPE_VERDICT, &outcome, error))
        goto fail;
      if (outcome == SCR_VERDICT_INDETERMINATE)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, item_at, "outcome",
                              "a rule cannot give indeterminate (the evaluator does, from unknown facts)");
          goto fail;
        }
      if (fallback && outcome != SCR_VERDICT_NOT_REQUIRED)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, item_at, "outcome",
                              "a fallback rule gives not-required");
          goto fail;
        }
      rule = g_new0 (ScrCRule, 1);
      *rule = proto;
      rule->process = process;
      rule->outcome = outcome;
      rule->reason.text = g_memdup2 (tmpl.text, strlen (tmpl.text) + 1 + SCR_RENDER_PAD);
      rule->reason.segments = g_memdup2 (tmpl.segments, sizeof (ScrSegment) * tmpl.n_segments);
      rule->reason.n_segments = tmpl.n_segments;
      rule->reason.max_len = tmpl.max_len;
      rule->object = scr_rule_new_internal (SCR_RULE_KIND_CRITERIA, id, p->source);
      scr_rule_set_fields (rule->object, (const char * const *) jurisdictions, edition,
                           from_text, until_text, process, outcome, proto.evidence,
                           citation, reason, trigger_text, 0, SCR_TIME_UNIT_NONE);
      rule->id = scr_rule_get_id (rule->object);
      rule->id_len = strlen (rule->id);
      scr_crule_build_kit (rule);
      rule->citation = scr_rule_get_citation (rule->object);
      rule->edition = scr_rule_get_edition (rule->object);
      g_ptr_array_add (p->rules, rule);
      g_ptr_array_add (p->objects, g_object_ref (rule->object));
    }
  scr_template_clear (&tmpl);
  return TRUE;

fail:
  scr_template_clear (&tmpl);
  return FALSE;
}

static gboolean
parse_unit (JsonObject  *object,
            const char  *path,
            ScrTimeUnit *unit,
            GError     **error)
{
  int value;

  if (!scr_json_read_enum (object, path, "unit", TRUE, SCR_TYPE_TIME_UNIT, &value, error))
    return FALSE;
  if (value == SCR_TIME_UNIT_NONE)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "unit", "a timescale needs a unit");
      return FALSE;
    }
  *unit = value;
  return TRUE;
}

static gboolean
parse_timescale (Parser     *p,
                 JsonObject *object,
                 const char *path,
                 GError    **error)
{
  static const char *const known[] = {
    "id", "jurisdiction", "edition", "in_force", "condition", "anchor", "duration", "unit",
    "minimum", "track", "done", "process", "citation", "evidence", "description", NULL
  };
  g_autofree char *id = NULL, *edition = NULL, *citation = NULL, *description = NULL;
  g_autofree char *from_text = NULL, *until_text = NULL, *anchor_text = NULL;
  g_auto(GStrv) jurisdictions = NULL;
  g_autofree ScrCTimescale *ts = g_new0 (ScrCTimescale, 1);
  gint64 duration = 0;
  gboolean present = FALSE, track_present = FALSE;
  int process;

  ts->track = TRUE;
  ts->root = -1;
  if (!scr_json_read_string (object, path, "id", TRUE, &id, error) ||
      !check_members (object, path, known, error) ||
      !claim_id (p, id, path, error) ||
      !parse_jurisdictions (object, path, &ts->jurisdictions, &jurisdictions, error) ||
      !scr_json_read_string (object, path, "edition", FALSE, &edition, error) ||
      !parse_in_force (object, path, &ts->from, &ts->until, &from_text, &until_text, error) ||
      !parse_events (p, object, path, "anchor", TRUE, TRUE, ts->anchors, &ts->n_anchors,
                     &anchor_text, error) ||
      !parse_events (p, object, path, "done", FALSE, FALSE, ts->dones, &ts->n_dones, NULL, error) ||
      !parse_unit (object, path, &ts->unit, error) ||
      !scr_json_read_int (object, path, "duration", ts->unit != SCR_TIME_UNIT_AS_SOON_AS,
                          0, 1200, &duration, &present, error) ||
      !scr_json_read_bool (object, path, "minimum", FALSE, &ts->minimum, NULL, error) ||
      !scr_json_read_bool (object, path, "track", FALSE, &ts->track, &track_present, error) ||
      !parse_enum_member (object, path, "process", SCR_TYPE_PROCESS, &process, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !parse_evidence (object, path, &ts->evidence, error) ||
      !scr_json_read_string (object, path, "description", TRUE, &description, error))
    return FALSE;
  if (!track_present)
    ts->track = TRUE;
  if (ts->unit == SCR_TIME_UNIT_AS_SOON_AS && present)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "duration",
                          "an as-soon-as timescale has no duration");
      return FALSE;
    }
  if (ts->unit == SCR_TIME_UNIT_PROCESS_DAYS && duration < 1)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "duration",
                          "process days start at Day 1");
      return FALSE;
    }
  for (guint i = 0; i < ts->n_anchors; i++)
    if (ts->anchors[i] == SCR_TRIGGER_DECISION)
      ts->anchors[i] = scr_rule_tables_event (p->tables, "decision");
  if (json_object_has_member (object, "condition"))
    {
      g_autofree char *here = scr_json_path_member (path, "condition");

      ts->root = parse_condition (p, json_object_get_member (object, "condition"), here, 0, error);
      if (ts->root < 0)
        return FALSE;
    }
  ts->duration = (int) duration;
  ts->process = process;
  ts->object = scr_rule_new_internal (SCR_RULE_KIND_TIMESCALE, id, p->source);
  scr_rule_set_fields (ts->object, (const char * const *) jurisdictions, edition, from_text,
                       until_text, process, SCR_VERDICT_INDETERMINATE, ts->evidence, citation,
                       description, anchor_text, ts->duration, ts->unit);
  ts->id = scr_rule_get_id (ts->object);
  ts->citation = scr_rule_get_citation (ts->object);
  ts->description = scr_rule_get_text (ts->object);
  g_ptr_array_add (p->objects, g_object_ref (ts->object));
  g_ptr_array_add (p->timescales, g_steal_pointer (&ts));
  return TRUE;
}

static gboolean
parse_note (Parser     *p,
            JsonObject *object,
            const char *path,
            GError    **error)
{
  static const char *const known[] = { "id", "text", "citation", "evidence", NULL };
  g_autofree char *id = NULL, *text = NULL, *citation = NULL;
  ScrEvidence evidence;
  ScrRule *rule;

  if (!scr_json_read_string (object, path, "id", TRUE, &id, error) ||
      !check_members (object, path, known, error) ||
      !claim_id (p, id, path, error) ||
      !scr_json_read_string (object, path, "text", TRUE, &text, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !parse_evidence (object, path, &evidence, error))
    return FALSE;
  rule = scr_rule_new_internal (SCR_RULE_KIND_NOTE, id, p->source);
  scr_rule_set_fields (rule, NULL, NULL, NULL, NULL, SCR_PROCESS_NOTIFICATION,
                       SCR_VERDICT_INDETERMINATE, evidence, citation, text, NULL, 0,
                       SCR_TIME_UNIT_NONE);
  g_ptr_array_add (p->objects, rule);
  return TRUE;
}

typedef gboolean (*EntryParser) (Parser *, JsonObject *, const char *, GError **);

static gboolean
parse_entries (Parser      *p,
               JsonObject  *root,
               const char  *member,
               EntryParser  parse,
               GError     **error)
{
  JsonArray *array = NULL;

  if (!scr_json_read_array (root, NULL, member, FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index (member, i);
      JsonObject *object = scr_json_array_get_object (array, i, path, error);
      g_autofree char *id = NULL;

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
parse_declared_events (Parser     *p,
                       JsonObject *root,
                       GError    **error)
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

      if (object == NULL || !check_members (object, path, known, error) ||
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
    "schema_version", "name", "description", "events", "defs", "rules", "notes", "timescales", NULL
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
  Parser p = { tables, ids, source, NULL, ref_stack, def_slots, rules, timescales, objects, new_ids };
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
  if (!check_members (object, NULL, known, error) ||
      !scr_json_read_string (object, NULL, "name", TRUE, &name, error) ||
      !scr_json_read_object (object, NULL, "defs", FALSE, &p.defs, error) ||
      !parse_declared_events (&p, object, error) ||
      !parse_entries (&p, object, "rules", parse_rule, error) ||
      !parse_entries (&p, object, "timescales", parse_timescale, error) ||
      !parse_entries (&p, object, "notes", parse_note, error))
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
  return NULL;
}
