/* scr-rule-parser-rule.c: reading the rules of a rule file: their members,
 * condition, outcomes and reason template, compiled into the tables'
 * rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-rule-parser-readers-private.h"

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
  out->segments = (ScrSegment *) (void *) g_array_free (g_steal_pointer (&segments), FALSE);
  scr_template_finish (out);
  return TRUE;

fail:
  g_clear_pointer (&out->text, g_free);
  return FALSE;
}

gboolean
scr_rule_parser_parse_rule (ScrRuleParser *p,
                            JsonObject    *object,
                            const char    *path,
                            GError       **error)
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
      !scr_json_check_members (object, path, known, error) ||
      !scr_rule_parser_claim_id (p, id, path, error) ||
      !scr_rule_parser_parse_jurisdictions (object, path, &proto.jurisdictions,
                                            &jurisdictions, error) ||
      !scr_json_read_string (object, path, "edition", FALSE, &edition, error) ||
      !scr_rule_parser_parse_in_force (object, path, &proto.from, &proto.until, &from_text,
                                       &until_text, error) ||
      !scr_rule_parser_parse_events (p, object, path, "trigger", TRUE, TRUE, proto.triggers,
                                     &proto.n_triggers, &trigger_text, error) ||
      !scr_json_read_bool (object, path, "fallback", FALSE, &fallback, NULL, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !scr_rule_parser_parse_evidence (object, path, &proto.evidence, error) ||
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
      proto.root = scr_rule_parser_parse_condition (p, json_object_get_member (object, "condition"),
                                                    here, 0, error);
      if (proto.root < 0)
        return FALSE;
      scr_rule_parser_collect_reads (p->tables, proto.root, proto.reads);
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
          if (item == NULL || !scr_json_check_members (item, item_path, item_known, error))
            goto fail;
          item_at = item_path;
        }
      if (!scr_rule_parser_parse_enum_member (item, item_at, "process", SCR_TYPE_PROCESS,
                                              &process, error) ||
          !scr_rule_parser_parse_enum_member (item, item_at, "outcome", SCR_TYPE_VERDICT,
                                              &outcome, error))
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
