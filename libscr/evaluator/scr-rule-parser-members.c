/* scr-rule-parser-members.c: reading the members that a rule file's sections
 * share, each checked with an error naming its JSON path: unknown members,
 * ids, jurisdictions, in_force bounds, event lists, enumerations and
 * evidence tags.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-rule-parser-readers-private.h"

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

gboolean
scr_rule_parser_parse_in_force (JsonObject *object,
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
  if (!scr_json_check_members (in_force, here, known, error) ||
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

gboolean
scr_rule_parser_parse_jurisdictions (JsonObject *object,
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

gboolean
scr_rule_parser_parse_enum_member (JsonObject *object,
                                   const char *path,
                                   const char *member,
                                   GType       type,
                                   int        *out,
                                   GError    **error)
{
  return scr_json_read_enum (object, path, member, TRUE, type, out, error);
}

gboolean
scr_rule_parser_parse_events (ScrRuleParser *p,
                              JsonObject    *object,
                              const char    *path,
                              const char    *member,
                              gboolean       required,
                              gboolean       allow_decision,
                              gint8         *out,
                              guint8        *n_out,
                              char         **joined,
                              GError       **error)
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

gboolean
scr_rule_parser_claim_id (ScrRuleParser *p,
                          const char    *id,
                          const char    *path,
                          GError       **error)
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

gboolean
scr_rule_parser_parse_evidence (JsonObject  *object,
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
