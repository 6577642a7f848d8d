/* scr-rule-parser-timescale.c: reading a rule file's timescales: anchor and done
 * events, unit and duration, condition, and the rule object that
 * describes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-rule-parser-readers-private.h"

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

gboolean
scr_rule_parser_parse_timescale (ScrRuleParser *p,
                                 JsonObject    *object,
                                 const char    *path,
                                 GError       **error)
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
      !scr_json_check_members (object, path, known, error) ||
      !scr_rule_parser_claim_id (p, id, path, error) ||
      !scr_rule_parser_parse_jurisdictions (object, path, &ts->jurisdictions,
                                            &jurisdictions, error) ||
      !scr_json_read_string (object, path, "edition", FALSE, &edition, error) ||
      !scr_rule_parser_parse_in_force (object, path, &ts->from, &ts->until, &from_text,
                                       &until_text, error) ||
      !scr_rule_parser_parse_events (p, object, path, "anchor", TRUE, TRUE,
                                     ts->anchors, &ts->n_anchors, &anchor_text, error) ||
      !scr_rule_parser_parse_events (p, object, path, "done", FALSE, FALSE, ts->dones,
                                     &ts->n_dones, NULL, error) ||
      !parse_unit (object, path, &ts->unit, error) ||
      !scr_json_read_int (object, path, "duration", ts->unit != SCR_TIME_UNIT_AS_SOON_AS,
                          0, 1200, &duration, &present, error) ||
      !scr_json_read_bool (object, path, "minimum", FALSE, &ts->minimum, NULL, error) ||
      !scr_json_read_bool (object, path, "track", FALSE, &ts->track, &track_present, error) ||
      !scr_rule_parser_parse_enum_member (object, path, "process", SCR_TYPE_PROCESS,
                                          &process, error) ||
      !scr_json_read_string (object, path, "citation", TRUE, &citation, error) ||
      !scr_rule_parser_parse_evidence (object, path, &ts->evidence, error) ||
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

      ts->root = scr_rule_parser_parse_condition (p, json_object_get_member (object, "condition"),
                                                  here, 0, error);
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
