/* scr-report-json.c: a report as JSON, the numbers the tests check; each
 * step with its rule and case, each total with the figures it counts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-report-private.h"

#include "scr-action.h"
#include "scr-enum-types.h"
#include "scr-finding.h"
#include "scr-json-private.h"
#include "scr-lesson.h"

static void
write_ids (JsonBuilder *builder,
           const char  *member,
           GPtrArray   *items,
           const char *(*get_id) (gpointer))
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    json_builder_add_string_value (builder, get_id (items->pdata[i]));
  json_builder_end_array (builder);
}

static const char *
lesson_id (gpointer item)
{
  return scr_lesson_get_id (item);
}

static const char *
finding_id (gpointer item)
{
  return scr_finding_get_id (item);
}

static const char *
action_id (gpointer item)
{
  return scr_action_get_id (item);
}

static void
write_learning (JsonBuilder *builder,
                GPtrArray   *lessons,
                GPtrArray   *findings,
                GPtrArray   *actions)
{
  write_ids (builder, "lessons", lessons, lesson_id);
  write_ids (builder, "findings", findings, finding_id);
  write_ids (builder, "outstanding_actions", actions, action_id);
}

static void
write_step (JsonBuilder        *builder,
            const ScrReportRow *row,
            ScrReportStepId     id)
{
  const ScrReportStep *step = &row->steps[id];
  ScrDeadline *d = step->deadline;
  g_autofree char *date_text = scr_report_date_text (step->date, NULL);
  g_autofree char *due_text = scr_report_date_text (d != NULL ? scr_deadline_get_due (d) : NULL, NULL);
  g_autofree char *verdict_text = scr_report_step_verdict_text (step);
  const char *cases[] = { row->case_id, NULL };

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "step", scr_report_step_nick (id));
  scr_json_write_string (builder, "label", scr_report_step_label (id));
  scr_json_write_date (builder, "date", step->date);
  scr_json_write_string (builder, "date_text", date_text);
  scr_json_write_string (builder, "rule", d != NULL ? scr_deadline_get_rule_id (d) : NULL);
  scr_json_write_date (builder, "due", d != NULL ? scr_deadline_get_due (d) : NULL);
  scr_json_write_string (builder, "due_text", due_text);
  scr_json_write_string (builder, "status", scr_report_verdict_nick (scr_report_step_verdict (step)));
  scr_json_write_string (builder, "status_text", verdict_text);
  scr_json_write_int (builder, "days_late", d != NULL ? scr_deadline_get_days_late (d) : 0);
  scr_json_write_strv (builder, "cases", row->case_id != NULL ? cases : (const char *[]) { NULL });
  json_builder_end_object (builder);
}

static void
write_row (JsonBuilder        *builder,
           const ScrReportRow *row)
{
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "review", scr_review_get_id (row->review));
  scr_json_write_string (builder, "title", scr_review_get_title (row->review));
  scr_json_write_string (builder, "case", row->case_id);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
    write_step (builder, row, s);
  json_builder_end_array (builder);
  scr_json_write_strv (builder, "missing", (const char * const *) row->missing);
  write_learning (builder, row->lessons, row->findings, row->actions);
  json_builder_end_object (builder);
}

/* "totals": {"met": {"count": N, "figures": [{review, case, step, rule}]}}
 * for every verdict but not applicable. */
static void
write_totals (JsonBuilder         *builder,
              const ScrReportData *data)
{
  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  for (int v = SCR_REPORT_VERDICT_MET; v < SCR_REPORT_N_VERDICTS; v++)
    {
      json_builder_set_member_name (builder, scr_report_verdict_nick (v));
      json_builder_begin_object (builder);
      scr_json_write_int (builder, "count", scr_report_count_verdict (data, v));
      json_builder_set_member_name (builder, "figures");
      json_builder_begin_array (builder);
      for (guint i = 0; i < data->rows->len; i++)
        {
          const ScrReportRow *row = data->rows->pdata[i];

          for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
            {
              if ((int) scr_report_step_verdict (&row->steps[s]) != v)
                continue;
              json_builder_begin_object (builder);
              scr_json_write_string (builder, "review", scr_review_get_id (row->review));
              scr_json_write_string (builder, "case", row->case_id);
              scr_json_write_string (builder, "step", scr_report_step_nick (s));
              scr_json_write_string (builder, "rule", scr_deadline_get_rule_id (row->steps[s].deadline));
              json_builder_end_object (builder);
            }
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static const char *
recommendation_id (gpointer item)
{
  return scr_recommendation_get_id (item);
}

static const char *
plan_action_id (gpointer item)
{
  return scr_action_get_id (((ScrReportAction *) item)->action);
}

/* {"count": N, "actions": [ids]} */
static void
write_count (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *rows)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  scr_json_write_int (builder, "count", rows->len);
  write_ids (builder, "actions", rows, plan_action_id);
  json_builder_end_object (builder);
}

/* {"red": {"count", "actions"}, ...} of @agency's actions (NULL: all). */
static void
write_by_rag (JsonBuilder         *builder,
              const ScrReportPlan *plan,
              const char          *agency)
{
  json_builder_set_member_name (builder, "by_rag");
  json_builder_begin_object (builder);
  for (guint r = 0; r < SCR_REPORT_N_RAGS; r++)
    {
      g_autoptr(GPtrArray) rows = scr_report_plan_select (plan, scr_report_rags[r], agency);

      write_count (builder, scr_report_rag_nick (scr_report_rags[r]), rows);
    }
  json_builder_end_object (builder);
}

static void
write_plan_action (JsonBuilder           *builder,
                   const ScrReportAction *row)
{
  ScrAction *a = row->action;

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", scr_action_get_id (a));
  scr_json_write_string (builder, "recommendation", scr_action_get_recommendation_id (a));
  scr_json_write_string (builder, "recommendation_number",
                         row->recommendation != NULL ?
                         scr_recommendation_get_number (row->recommendation) : NULL);
  scr_json_write_string (builder, "agency_id", scr_action_get_owner_agency_id (a));
  scr_json_write_string (builder, "agency", row->agency);
  scr_json_write_string (builder, "owner", scr_action_get_owner (a));
  scr_json_write_string (builder, "lead", scr_action_get_lead (a));
  scr_json_write_date (builder, "due", scr_action_get_due_date (a));
  scr_json_write_enum (builder, "status", SCR_TYPE_ACTION_STATUS, scr_action_get_status (a));
  scr_json_write_string (builder, "rag", scr_report_rag_nick (row->rag));
  scr_json_write_bool (builder, "overdue", row->overdue);
  scr_json_write_string (builder, "outcome_measure", scr_action_get_outcome_measure (a));
  scr_json_write_string (builder, "evidence", scr_action_get_evidence (a));
  scr_json_write_bool (builder, "complete_without_evidence", row->without_evidence);
  json_builder_end_object (builder);
}

static void
write_plan (JsonBuilder         *builder,
            const ScrReportPlan *plan)
{
  ScrReview *review = plan->review;
  g_autofree const char **agencies = scr_report_plan_agencies (plan);
  g_autoptr(GPtrArray) overdue = g_ptr_array_new ();
  g_autoptr(GPtrArray) flagged = g_ptr_array_new ();
  GEnumClass *statuses = g_type_class_ref (SCR_TYPE_ACTION_STATUS);

  json_builder_set_member_name (builder, "review");
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", scr_review_get_id (review));
  scr_json_write_string (builder, "title", scr_review_get_title (review));
  scr_json_write_enum (builder, "type", SCR_TYPE_REVIEW_TYPE, scr_review_get_review_type (review));
  scr_json_write_string (builder, "case", scr_review_get_case_id (review));
  scr_json_write_string (builder, "partnership", scr_review_get_partnership (review));
  scr_json_write_strv (builder, "terms_of_reference", scr_review_get_terms_of_reference (review));
  json_builder_end_object (builder);
  scr_json_write_int (builder, "amber_working_days", plan->amber_days);
  write_ids (builder, "findings", plan->findings, finding_id);
  write_ids (builder, "lessons", plan->lessons, lesson_id);
  write_ids (builder, "recommendations", plan->recommendations, recommendation_id);
  json_builder_set_member_name (builder, "actions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->actions->len; i++)
    {
      ScrReportAction *row = plan->actions->pdata[i];

      write_plan_action (builder, row);
      if (row->overdue)
        g_ptr_array_add (overdue, row);
      if (row->without_evidence)
        g_ptr_array_add (flagged, row);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  scr_json_write_int (builder, "actions", plan->actions->len);
  json_builder_set_member_name (builder, "by_status");
  json_builder_begin_object (builder);
  for (guint v = 0; v < statuses->n_values; v++)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      for (guint i = 0; i < plan->actions->len; i++)
        {
          ScrReportAction *row = plan->actions->pdata[i];

          if ((int) scr_action_get_status (row->action) == statuses->values[v].value)
            g_ptr_array_add (rows, row);
        }
      write_count (builder, statuses->values[v].value_nick, rows);
    }
  json_builder_end_object (builder);
  write_by_rag (builder, plan, NULL);
  write_count (builder, "overdue", overdue);
  write_count (builder, "complete_without_evidence", flagged);
  json_builder_set_member_name (builder, "by_agency");
  json_builder_begin_array (builder);
  for (guint i = 0; agencies[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      scr_json_write_string (builder, "agency", *agencies[i] != '\0' ? agencies[i] : NULL);
      write_by_rag (builder, plan, agencies[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  g_type_class_unref (statuses);
}

/**
 * scr_report_to_json:
 * @self: a report
 *
 * Serialises the report's figures: `{"kind", "title", "dataset",
 * "from", "to", "today", "reviews": [...], "totals": {...},
 * "unlinked": {...}}`. Each review has `review`, `title`, `case`,
 * `steps` (each with `step`, `label`, `date`, `date_text`, `rule`,
 * `due`, `due_text`, `status` — `met`, `late`, `overdue`, `pending` or
 * `not-applicable` —, `status_text`, `days_late` and `cases`),
 * `missing` (what the timeline could not decide), `lessons`,
 * `findings` and `outstanding_actions` (ids). `totals` counts each
 * status with the figures (review, case, step, rule) it counts;
 * `unlinked` has the learning and actions tied to no review.
 *
 * The review report's is `{"kind": "review", "title", "dataset",
 * "today", "review": {"id", "title", "type", "case", "partnership",
 * "terms_of_reference"}, "amber_working_days", "findings", "lessons",
 * "recommendations" (ids), "actions": [...], "totals": {...}}`: each
 * action with `id`, `recommendation`, `recommendation_number`,
 * `agency_id`, `agency`, `owner`, `lead`, `due`, `status` (the JSON
 * nick, `unknown` when none is recorded), `rag` (`red`, `amber`, `green`,
 * `no-due-date`), `overdue`, `outcome_measure`, `evidence` and
 * `complete_without_evidence`; `totals` has `actions` (the count) and
 * `by_status`, `by_rag`, `overdue`, `complete_without_evidence`, each
 * `{"count", "actions"}` with the action ids it counts, and `by_agency`,
 * each agency's `by_rag`.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_report_to_json (ScrReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const ScrReportData *data;

  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);

  data = scr_report_peek_data (self);
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "kind", data->kind);
  scr_json_write_string (builder, "title", data->title);
  scr_json_write_string (builder, "dataset", data->dataset_title);
  if (data->plan != NULL)
    {
      scr_json_write_date (builder, "today", data->today);
      write_plan (builder, data->plan);
      json_builder_end_object (builder);
      return json_builder_get_root (builder);
    }
  scr_json_write_date (builder, "from", data->from);
  scr_json_write_date (builder, "to", data->to);
  scr_json_write_date (builder, "today", data->today);
  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < data->rows->len; i++)
    write_row (builder, data->rows->pdata[i]);
  json_builder_end_array (builder);
  write_totals (builder, data);
  json_builder_set_member_name (builder, "unlinked");
  json_builder_begin_object (builder);
  write_learning (builder, data->lessons, data->findings, data->actions);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
