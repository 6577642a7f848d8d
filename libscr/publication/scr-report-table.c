/* scr-report-table.c: a report's table as RFC 4180 CSV, one line per
 * review and step.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-report-private.h"

#include "scr-csv-private.h"

static void
add_field (GString    *out,
           const char *text,
           gboolean    last)
{
  if (text != NULL)
    scr_csv_append_field (out, text, strlen (text));
  g_string_append (out, last ? "\r\n" : ",");
}

static void
add_date (GString       *out,
          const ScrDate *date)
{
  g_autofree char *text = date != NULL ? scr_date_to_iso8601 (date) : NULL;

  add_field (out, text, FALSE);
}

/* The review report's action plan, one line per action. */
static char *
plan_to_csv (const ScrReportPlan *plan)
{
  GString *out = g_string_new ("review,action,recommendation,recommendation_number,agency_id,agency,"
                               "owner,lead,text,due,due_text,status,rag,overdue,outcome_measure,"
                               "evidence,complete_without_evidence\r\n");

  for (guint i = 0; i < plan->actions->len; i++)
    {
      const ScrReportAction *row = plan->actions->pdata[i];
      ScrAction *a = row->action;
      ScrRecommendation *rec = row->recommendation;
      g_autofree char *due = scr_report_date_text (scr_action_get_due_date (a), NULL);

      add_field (out, scr_review_get_id (plan->review), FALSE);
      add_field (out, scr_action_get_id (a), FALSE);
      add_field (out, scr_action_get_recommendation_id (a), FALSE);
      add_field (out, rec != NULL ? scr_recommendation_get_number (rec) : NULL, FALSE);
      add_field (out, scr_action_get_owner_agency_id (a), FALSE);
      add_field (out, row->agency, FALSE);
      add_field (out, scr_action_get_owner (a), FALSE);
      add_field (out, scr_action_get_lead (a), FALSE);
      add_field (out, scr_action_get_text (a), FALSE);
      add_date (out, scr_action_get_due_date (a));
      add_field (out, due, FALSE);
      add_field (out, scr_report_action_status_text (a), FALSE);
      add_field (out, scr_report_rag_nick (row->rag), FALSE);
      add_field (out, row->overdue ? "yes" : "no", FALSE);
      add_field (out, scr_action_get_outcome_measure (a), FALSE);
      add_field (out, scr_action_get_evidence (a), FALSE);
      add_field (out, row->without_evidence ? "yes" : "no", TRUE);
    }
  return g_string_free (out, FALSE);
}

/**
 * scr_report_to_csv:
 * @self: a report
 *
 * Writes the report's table as CSV (RFC 4180: CRLF line ends, fields
 * quoted when they need it), with a header line and one line per review
 * and step: `review`, `title`, `case`, `step`, `date` (ISO 8601, as
 * precise as recorded), `date_text` (in English), `rule`, `due`,
 * `status` (as in [method@Scr.Report.to_json]) and `days_late`.
 *
 * The review report's table is its action plan, one line per action:
 * `review`, `action`, `recommendation` (id), `recommendation_number`,
 * `agency_id`, `agency` (the owner agency's name), `owner`, `lead`,
 * `text`, `due` (ISO 8601), `due_text` (in English), `status` (in
 * words: `in progress`, `not recorded`), `rag` (`red`, `amber`, `green`
 * or `no-due-date`, computed in working days), `overdue` (`yes` or
 * `no`), `outcome_measure`, `evidence` and `complete_without_evidence`
 * (`yes` or `no`).
 *
 * Returns: (transfer full): the CSV text
 */
char *
scr_report_to_csv (ScrReport *self)
{
  GString *out;
  const ScrReportData *data;

  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);

  data = scr_report_peek_data (self);
  if (data->plan != NULL)
    return plan_to_csv (data->plan);
  out = g_string_new ("review,title,case,step,date,date_text,rule,due,status,days_late\r\n");
  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];

      for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
        {
          const ScrReportStep *step = &row->steps[s];
          ScrDeadline *d = step->deadline;
          g_autofree char *text = scr_report_date_text (step->date, NULL);
          g_autofree char *days = g_strdup_printf ("%d", d != NULL ? scr_deadline_get_days_late (d) : 0);

          add_field (out, scr_review_get_id (row->review), FALSE);
          add_field (out, scr_review_get_title (row->review), FALSE);
          add_field (out, row->case_id, FALSE);
          add_field (out, scr_report_step_nick (s), FALSE);
          add_date (out, step->date);
          add_field (out, text, FALSE);
          add_field (out, d != NULL ? scr_deadline_get_rule_id (d) : NULL, FALSE);
          add_date (out, d != NULL ? scr_deadline_get_due (d) : NULL);
          add_field (out, scr_report_verdict_nick (scr_report_step_verdict (step)), FALSE);
          add_field (out, days, TRUE);
        }
    }
  return g_string_free (out, FALSE);
}
