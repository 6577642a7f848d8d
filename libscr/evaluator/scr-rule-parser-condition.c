/* scr-rule-parser-condition.c: compiling a rule file's conditions into the
 * tables' nodes: groups, negations, fact tests, references to definitions
 * (each compiled once) and events, and the facts a condition reads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-rule-parser-readers-private.h"

/* The facts a condition tests, following definitions. */
void
scr_rule_parser_collect_reads (const ScrRuleTables *tables,
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
        scr_rule_parser_collect_reads (tables,
                                       g_array_index (tables->kids, guint32, node->arg + i), reads);
      break;
    case SCR_NODE_REF:
      scr_rule_parser_collect_reads (tables,
                                     g_array_index (tables->def_roots, gint32, node->arg), reads);
      break;
    case SCR_NODE_TRUE:
    case SCR_NODE_EVENT:
    default:
      break;
    }
}

static gint32
append_node (ScrRuleParser *p,
             ScrNode       *node)
{
  g_array_append_val (p->tables->nodes, *node);
  return (gint32) p->tables->nodes->len - 1;
}

static gint32
parse_group (ScrRuleParser *p,
             ScrNodeKind    kind,
             JsonObject    *object,
             const char    *path,
             const char    *member,
             guint          depth,
             GError       **error)
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
      gint32 child = scr_rule_parser_parse_condition (p, json_array_get_element (array, i),
                                                      child_path, depth + 1, error);

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
parse_leaf (ScrRuleParser *p,
            JsonObject    *object,
            const char    *path,
            GError       **error)
{
  static const char *const known[] = { "fact", "equals", "in", "lt", "le", "gt", "ge", NULL };
  static const char *const ops[] = { "lt", "le", "gt", "ge" };
  static const ScrNodeKind op_kinds[] = { SCR_NODE_LT, SCR_NODE_LE, SCR_NODE_GT, SCR_NODE_GE };
  g_autofree char *name = NULL;
  const ScrFactInfo *info;
  ScrNode node = { SCR_NODE_IN, 0, 0, 0, 0 };
  int index;
  guint n_tests = 0;

  if (!scr_json_check_members (object, path, known, error) ||
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

gint32
scr_rule_parser_parse_condition (ScrRuleParser *p,
                                 JsonNode      *json,
                                 const char    *path,
                                 guint          depth,
                                 GError       **error)
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
      gint32 child = scr_rule_parser_parse_condition (p, json_object_get_member (object, "not"),
                                                      here, depth + 1, error);
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
          root = scr_rule_parser_parse_condition (p, def, def_path, depth + 1, error);
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
