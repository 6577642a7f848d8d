/* scr-rules-doc.c: a rule set as Markdown tables (doc/rules.md is made
 * with it, by `scr rules --markdown`).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-rules-private.h"

static void
md_cell (GString    *out,
         const char *text)
{
  g_string_append (out, " ");
  for (const char *s = text != NULL ? text : ""; *s != '\0'; s++)
    {
      if (*s == '|')
        g_string_append (out, "\\|");
      else if (*s == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *s);
    }
  g_string_append (out, " |");
}

static char *
in_force_text (ScrRule *rule)
{
  const char *from = scr_rule_get_in_force_from (rule);
  const char *until = scr_rule_get_in_force_until (rule);

  if (from == NULL && until == NULL)
    return g_strdup ("always");
  return g_strdup_printf ("%s – %s", from != NULL ? from : "", until != NULL ? until : "");
}

static void
md_section (GString    *out,
            GListModel *rules,
            const char *source,
            ScrRuleKind kind)
{
  gboolean header = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (rules, i);
      g_autofree char *jur = NULL, *when = NULL, *duration = NULL;

      if (scr_rule_get_kind (rule) != kind || g_strcmp0 (scr_rule_get_source (rule), source) != 0)
        continue;
      if (!header)
        {
          if (kind == SCR_RULE_KIND_CRITERIA)
            g_string_append (out, "\n#### Criteria\n\n| Rule | Jurisdiction | Edition | In force | Selected by | Process | Outcome | Evidence | Citation |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
          else if (kind == SCR_RULE_KIND_TIMESCALE)
            g_string_append (out, "\n#### Timescales\n\n| Rule | Jurisdiction | In force | Anchor | Duration | Process | Evidence | Description | Citation |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
          else
            g_string_append (out, "\n#### Notes\n\n| Id | Evidence | Note | Citation |\n| --- | --- | --- | --- |\n");
          header = TRUE;
        }
      jur = g_strjoinv (", ", (char **) scr_rule_get_jurisdictions (rule));
      when = in_force_text (rule);
      g_string_append (out, "|");
      md_cell (out, scr_rule_get_id (rule));
      if (kind == SCR_RULE_KIND_CRITERIA)
        {
          md_cell (out, jur);
          md_cell (out, scr_rule_get_edition (rule));
          md_cell (out, when);
          md_cell (out, scr_rule_get_trigger (rule));
          md_cell (out, scr_process_to_nick (scr_rule_get_process (rule)));
          md_cell (out, scr_verdict_to_nick (scr_rule_get_outcome (rule)));
        }
      else if (kind == SCR_RULE_KIND_TIMESCALE)
        {
          const char *unit = scr_enum_to_nick (SCR_TYPE_TIME_UNIT, scr_rule_get_unit (rule));

          md_cell (out, jur);
          md_cell (out, when);
          md_cell (out, scr_rule_get_trigger (rule));
          duration = scr_rule_get_unit (rule) == SCR_TIME_UNIT_AS_SOON_AS
                       ? g_strdup ("as soon as")
                       : g_strdup_printf ("%d %s", scr_rule_get_duration (rule), unit);
          md_cell (out, duration);
          md_cell (out, scr_process_to_nick (scr_rule_get_process (rule)));
        }
      g_string_append_printf (out, " [%s] |", scr_evidence_to_tag (scr_rule_get_evidence (rule)));
      if (kind != SCR_RULE_KIND_CRITERIA)
        md_cell (out, scr_rule_get_text (rule));
      md_cell (out, scr_rule_get_citation (rule));
      g_string_append_c (out, '\n');
    }
}

/**
 * scr_rule_set_to_markdown:
 * @self: a rule set
 *
 * Lists every rule of the set as Markdown tables, file by file: criteria
 * rules with their edition, dates in force, process, outcome, evidence tag
 * and citation; timescale rules; notes. `doc/rules.md` is generated with
 * this (by `scr rules --markdown`), so the page cannot drift from the data.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
scr_rule_set_to_markdown (ScrRuleSet *self)
{
  GPtrArray *sources;
  GListModel *store;
  GString *out;

  g_return_val_if_fail (SCR_IS_RULE_SET (self), NULL);

  sources = scr_rule_set_get_sources (self);
  store = scr_rule_set_get_store (self);
  out = g_string_new (NULL);
  for (guint s = 0; s < sources->len; s++)
    {
      const char *source = sources->pdata[s];

      g_string_append_printf (out, "\n### %s\n", source);
      md_section (out, store, source, SCR_RULE_KIND_CRITERIA);
      md_section (out, store, source, SCR_RULE_KIND_TIMESCALE);
      md_section (out, store, source, SCR_RULE_KIND_NOTE);
    }
  return g_string_free (out, FALSE);
}
