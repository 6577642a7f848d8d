/* scr-report-page.c: a report as one self-contained HTML5 page: its own
 * CSS (with a print stylesheet), no script, no network; tables with
 * captions and scoped headings, the chart as inline SVG
 * (scr-report-chart.c). Every date is written in English, as precisely
 * as it is known; every verdict is a word and a symbol, not only a
 * colour.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-report-private.h"

#include "scr-action.h"
#include "scr-enum-types.h"
#include "scr-finding.h"
#include "scr-json-private.h"
#include "scr-lesson.h"
#include "scr-milestone.h"

static const char style[] =
  ":root{--ink:#1d2733;--muted:#5a6572;--rule:#c9d1da;--band:#f3f5f8;"
  "--met:#1e6b34;--late:#a4161a;--over:#a4161a;--pend:#7a5a00;--none:#6b7480}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;color:var(--ink);background:#fff;"
  "font:15px/1.5 \"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif}\n"
  "header{background:#20364f;color:#fff;padding:28px 40px 22px}\n"
  "header .kicker{margin:0;font-size:13px;letter-spacing:.06em;text-transform:uppercase;opacity:.85}\n"
  "h1{margin:6px 0 8px;font:600 28px/1.25 \"DejaVu Serif\",Georgia,serif}\n"
  "header .meta{margin:0;font-size:14px;opacity:.9}\n"
  "main{padding:8px 40px 40px;max-width:1400px}\n"
  "h2{font:600 21px/1.3 \"DejaVu Serif\",Georgia,serif;margin:30px 0 10px;"
  "padding-bottom:4px;border-bottom:2px solid #20364f}\n"
  "h3{font-size:17px;margin:22px 0 4px}\n"
  "h4{font-size:14px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}\n"
  ".totals{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:8px 0}\n"
  ".totals li{border:1px solid var(--rule);border-radius:4px;padding:8px 14px;min-width:130px}\n"
  ".totals strong{display:block;font-size:24px;line-height:1.2}\n"
  "table{border-collapse:collapse;width:100%;margin:6px 0 4px;font-size:14px}\n"
  "caption{caption-side:top;text-align:left;font-weight:600;padding:4px 0 8px;color:var(--muted)}\n"
  "th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid var(--rule)}\n"
  "thead th{border-bottom:2px solid var(--ink);font-size:13px;white-space:nowrap}\n"
  "tbody tr:nth-child(even){background:var(--band)}\n"
  "tbody th{font-weight:600}\n"
  "table.steps td:nth-child(2),table.actions td+td{white-space:nowrap}\n"
  "td .date{display:block;white-space:nowrap}\n"
  "td .verdict{display:block;font-size:12.5px;white-space:nowrap}\n"
  "td .rule{display:block;font-size:11.5px;color:var(--muted)}\n"
  ".met .verdict{color:var(--met)}\n"
  ".late .verdict,.overdue .verdict{color:var(--late);font-weight:700}\n"
  ".pending .verdict{color:var(--pend)}\n"
  ".not-applicable .verdict{color:var(--none)}\n"
  ".none{color:var(--none)}\n"
  ".key{font-size:13px;color:var(--muted)}\n"
  "figure{margin:10px 0}\n"
  "figcaption{font-size:13px;color:var(--muted);margin-top:6px}\n"
  "svg.chart{width:100%;height:auto;font-family:\"DejaVu Sans\",Arial,sans-serif}\n"
  "svg .grid{stroke:#d5dbe2;stroke-width:1}\n"
  "svg .lane-rule{stroke:#e6e9ee}\n"
  "svg .year{font-size:12px;fill:#5a6572;text-anchor:middle}\n"
  "svg .review{font-size:12px;font-weight:600;fill:#1d2733}\n"
  "svg .mark circle{fill:#fff;stroke:#6b7480;stroke-width:1.5}\n"
  "svg .mark text{font-size:10px;text-anchor:middle;fill:#1d2733;font-weight:700}\n"
  "svg .mark.met circle{fill:#1e6b34;stroke:#1e6b34}\n"
  "svg .mark.met text{fill:#fff}\n"
  "svg .mark.late circle,svg .mark.overdue circle{fill:#a4161a;stroke:#a4161a}\n"
  "svg .mark.late text,svg .mark.overdue text{fill:#fff}\n"
  "svg .mark.pending circle{stroke:#7a5a00;stroke-dasharray:3 2}\n"
  "svg .due line{stroke:#a4161a;stroke-width:1.5;stroke-dasharray:4 3}\n"
  "svg .due.met line{stroke:#1e6b34}\n"
  "svg .due path{fill:#fff;stroke:#1d2733;stroke-width:1.5}\n"
  "svg.plan .key rect,svg.plan .part rect{stroke:#fff;stroke-width:1}\n"
  "svg.plan .key text{font-size:12px;fill:#1d2733}\n"
  "svg.plan .name{font-size:12.5px;fill:#1d2733;text-anchor:end}\n"
  "svg.plan .part text{font-size:12px;font-weight:700;text-anchor:middle;fill:#fff}\n"
  "svg.plan .total{font-size:12.5px;font-weight:700;fill:#1d2733}\n"
  "svg.plan .red rect{fill:#a4161a}svg.plan .amber rect{fill:#c77c02}"
  "svg.plan .green rect{fill:#1e6b34}svg.plan .no-due-date rect{fill:#8a939d}\n"
  ".totals li.red{border-left:6px solid #a4161a}.totals li.amber{border-left:6px solid #c77c02}"
  ".totals li.green{border-left:6px solid #1e6b34}.totals li.no-due-date{border-left:6px solid #8a939d}"
  ".totals li.flag{border-left:6px solid #5b2a86}\n"
  "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:8px 0}\n"
  "dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0}\n"
  "table.plan{font-size:13px}table.milestones td.due{white-space:nowrap}\n"
  "table.plan{table-layout:fixed}table.plan th[scope=row]{font-size:12px;overflow-wrap:anywhere}\n"
  "table.plan col.id{width:10%}table.plan col.text{width:23%}table.plan col.rec{width:6%}"
  "table.plan col.agency{width:16%}table.plan col.due{width:10%}table.plan col.state{width:8%}"
  "table.plan col.rag{width:9%}table.plan col.measure{width:11%}table.plan col.evidence{width:7%}\n"
  "table.plan thead th{white-space:normal}\n"
  "table.plan .agency{display:block;font-weight:600}table.plan .owner{display:block;color:var(--muted)}\n"
  "ul.numbered{list-style:none;padding-left:0}ul.numbered li{margin:4px 0}"
  "ul.numbered .number{font-weight:700;margin-right:6px}\n"
  ".rag{display:inline-block;padding:1px 7px;border-radius:3px;color:#fff;font-size:12px;"
  "font-weight:700;white-space:nowrap}\n"
  ".rag.red{background:#a4161a}.rag.amber{background:#c77c02}.rag.green{background:#1e6b34}"
  ".rag.no-due-date{background:#8a939d}\n"
  ".flag{color:#5b2a86;font-weight:700}\n"
  "ol.learning{margin:4px 0;padding-left:22px}\n"
  "ol.learning li{margin:3px 0}\n"
  ".sub{margin:0;color:var(--muted);font-size:13.5px}\n"
  "footer{border-top:1px solid var(--rule);margin:30px 40px 20px;padding-top:10px;font-size:12px;color:var(--muted)}\n"
  "@media print{@page{size:A4 landscape;margin:14mm}"
  "body{font-size:10pt}header{background:none;color:#000;padding:0 0 8pt;border-bottom:2pt solid #000}"
  "main{padding:0;max-width:none}footer{margin:20pt 0 0}"
  "table,figure,article{break-inside:avoid}tbody tr:nth-child(even){background:none}"
  "h2{break-after:avoid}h3,h4{break-after:avoid}"
  "table.plan,table.milestones{break-inside:auto}table.plan tr{break-inside:avoid}}\n";

static void
append_escaped (GString    *out,
                const char *format,
                ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped (GString    *out,
                const char *format,
                ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (out, text);
}

static void
append_header (GString             *out,
               const ScrReportData *data)
{
  g_autofree char *from = scr_report_date_text (data->from, NULL);
  g_autofree char *to = scr_report_date_text (data->to, NULL);
  g_autofree char *today = scr_report_date_text (data->today, NULL);
  g_autofree char *period = NULL;

  if (data->plan != NULL)
    period = g_strdup_printf ("Review %s", scr_review_get_id (data->plan->review));
  else if (from != NULL && to != NULL)
    period = g_strdup_printf ("Period: %s to %s", from, to);
  else if (from != NULL)
    period = g_strdup_printf ("Period: from %s", from);
  else if (to != NULL)
    period = g_strdup_printf ("Period: up to %s", to);
  else
    period = g_strdup ("Period: all records");
  append_escaped (out,
                  "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"libscr %s\">\n"
                  "<title>%s</title>\n",
                  PACKAGE_VERSION, data->title);
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n", style);
  append_escaped (out,
                  "<header>\n<p class=\"kicker\">%s</p>\n<h1>%s</h1>\n"
                  "<p class=\"meta\">%s. %s as on %s.</p>\n</header>\n<main>\n",
                  data->dataset_title != NULL ? data->dataset_title : "",
                  data->title, period, data->plan != NULL ? "Actions rated" : "Deadlines", today);
}

static void
append_summary (GString             *out,
                const ScrReportData *data)
{
  static const struct { ScrReportVerdict verdict; const char *label; } rows[] = {
    { SCR_REPORT_VERDICT_MET, "steps met their deadline" },
    { SCR_REPORT_VERDICT_LATE, "steps done late" },
    { SCR_REPORT_VERDICT_OVERDUE, "steps overdue" },
    { SCR_REPORT_VERDICT_PENDING, "steps pending" },
  };

  g_string_append (out, "<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"totals\">\n");
  g_string_append_printf (out, "<li><strong>%u</strong> review%s</li>\n",
                          data->rows->len, data->rows->len == 1 ? "" : "s");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_string_append_printf (out, "<li class=\"%s\"><strong>%s %u</strong> %s</li>\n",
                            scr_report_verdict_nick (rows[i].verdict),
                            scr_report_verdict_symbol (rows[i].verdict),
                            scr_report_count_verdict (data, rows[i].verdict), rows[i].label);
  g_string_append (out, "</ul>\n</section>\n");
}

static void
append_step_cell (GString             *out,
                  const ScrReportStep *step)
{
  ScrReportVerdict verdict = scr_report_step_verdict (step);
  g_autofree char *date = scr_report_date_text (step->date, "—");
  g_autofree char *text = scr_report_step_verdict_text (step);

  append_escaped (out, "<td class=\"%s\"><span class=\"date%s\">%s</span>",
                  scr_report_verdict_nick (verdict), step->date == NULL ? " none" : "", date);
  if (step->deadline != NULL)
    {
      g_autofree char *due = scr_report_date_text (scr_deadline_get_due (step->deadline), "no fixed day");

      append_escaped (out, "<span class=\"verdict\">%s %s</span>"
                      "<span class=\"rule\" title=\"%s\">%s, due: %s</span>",
                      scr_report_verdict_symbol (verdict), text,
                      scr_deadline_get_description (step->deadline),
                      scr_deadline_get_rule_id (step->deadline), due);
    }
  g_string_append (out, "</td>");
}

static void
append_table (GString             *out,
              const ScrReportData *data)
{
  g_string_append (out, "<section id=\"steps\">\n<h2>Review timelines</h2>\n<table class=\"steps\">\n"
                   "<caption>Each review's steps: the date recorded and, where a statutory "
                   "deadline applies, whether it was met</caption>\n<thead><tr>"
                   "<th scope=\"col\">Review</th><th scope=\"col\">Case</th>");
  for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
    append_escaped (out, "<th scope=\"col\">%s</th>", scr_report_step_label (s));
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];
      const char *title = scr_review_get_title (row->review);

      append_escaped (out, "<tr id=\"review-%s\"><th scope=\"row\">%s</th><td>%s</td>",
                      scr_review_get_id (row->review),
                      title != NULL ? title : scr_review_get_id (row->review),
                      row->case_id != NULL ? row->case_id : "—");
      for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
        append_step_cell (out, &row->steps[s]);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n<p class=\"key\">Key: ✓ met · ✗ late · ! overdue · "
                   "… pending · a date alone: no statutory deadline applies or the record lacks "
                   "what it runs from (see each review below). Late and overdue are counted in "
                   "working days.</p>\n</section>\n");
}

static void
append_chart (GString             *out,
              const ScrReportData *data)
{
  g_string_append (out, "<section id=\"chart\">\n<h2>The reviews on one time line</h2>\n<figure>\n");
  scr_report_chart_append (out, data);
  g_string_append (out, "<figcaption>Each circle is a recorded step, numbered ");
  for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
    append_escaped (out, "%s%u %s", s > 0 ? ", " : "", s + 1, scr_report_step_label (s));
  g_string_append (out, "; a month-precise date sits mid-month. Filled green: met; filled red: "
                   "late or overdue; dashed: pending; outlined grey: no deadline. A diamond is "
                   "the due day, joined to its step. Hover a mark for its rule and case."
                   "</figcaption>\n</figure>\n</section>\n");
}

static void
append_learning (GString   *out,
                 GPtrArray *lessons,
                 GPtrArray *findings)
{
  if (findings->len > 0)
    {
      g_string_append (out, "<h4>Findings</h4>\n<ol class=\"learning\">\n");
      for (guint i = 0; i < findings->len; i++)
        {
          const char *title = scr_finding_get_title (findings->pdata[i]);
          const char *text = scr_finding_get_text (findings->pdata[i]);

          append_escaped (out, "<li id=\"%s\">%s%s%s</li>\n", scr_finding_get_id (findings->pdata[i]),
                          title != NULL ? title : "", title != NULL && text != NULL ? ": " : "",
                          text != NULL ? text : "");
        }
      g_string_append (out, "</ol>\n");
    }
  if (lessons->len > 0)
    {
      g_string_append (out, "<h4>Lessons</h4>\n<ol class=\"learning\">\n");
      for (guint i = 0; i < lessons->len; i++)
        {
          const char *text = scr_lesson_get_text (lessons->pdata[i]);

          append_escaped (out, "<li id=\"%s\">%s</li>\n", scr_lesson_get_id (lessons->pdata[i]),
                          text != NULL ? text : "");
        }
      g_string_append (out, "</ol>\n");
    }
  if (lessons->len == 0 && findings->len == 0)
    g_string_append (out, "<p class=\"sub\">No lessons or findings recorded.</p>\n");
}

static void
append_actions (GString    *out,
                GPtrArray  *actions,
                const char *whose)
{
  if (actions->len == 0)
    {
      g_string_append (out, "<p class=\"sub\">No outstanding actions recorded.</p>\n");
      return;
    }
  append_escaped (out, "<table class=\"actions\">\n<caption>Outstanding actions: %s</caption>\n"
                  "<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th>"
                  "<th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n",
                  whose);
  for (guint i = 0; i < actions->len; i++)
    {
      ScrAction *a = actions->pdata[i];
      g_autofree char *due = scr_report_date_text (scr_action_get_due_date (a), "no due date");
      const char *owner = scr_action_get_owner (a);
      /* "in-progress" as "in progress" */
      g_autofree char *state = g_strdelimit (g_strdup (scr_enum_to_nick (SCR_TYPE_ACTION_STATUS,
                                                                        scr_action_get_status (a))),
                                             "-", ' ');

      append_escaped (out, "<tr id=\"%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                      scr_action_get_id (a), scr_action_get_text (a) != NULL ? scr_action_get_text (a) : "",
                      owner != NULL ? owner : "—", due, state);
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

/* "date:review_initiated" as "the date the review was initiated": the
 * missing event dates in words. */
static void
append_missing (GString            *out,
                const ScrReportRow *row)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (row->missing == NULL || row->missing[0] == NULL)
    return;
  for (guint i = 0; row->missing[i] != NULL; i++)
    {
      const char *name = row->missing[i];
      g_autofree char *words = NULL;

      if (i > 0)
        g_string_append (list, row->missing[i + 1] == NULL ? " and " : ", ");
      words = g_strdelimit (g_strdup (g_str_has_prefix (name, "date:") ? name + 5 : name), "_", ' ');
      g_string_append_printf (list, g_str_has_prefix (name, "date:") ? "the date of %s" : "the fact %s",
                              words);
    }
  append_escaped (out, "<p class=\"sub\">Deadlines not worked out: the record lacks %s.</p>\n",
                  list->str);
}

static void
append_reviews (GString             *out,
                const ScrReportData *data)
{
  g_string_append (out, "<section id=\"learning\">\n<h2>Learning and outstanding actions</h2>\n");
  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];
      const char *id = scr_review_get_id (row->review);
      const char *title = scr_review_get_title (row->review);

      append_escaped (out, "<article>\n<h3>%s</h3>\n<p class=\"sub\">Review %s, case %s.</p>\n",
                      title != NULL ? title : id, id, row->case_id != NULL ? row->case_id : "none");
      append_missing (out, row);
      append_learning (out, row->lessons, row->findings);
      append_actions (out, row->actions, title != NULL ? title : id);
      g_string_append (out, "</article>\n");
    }
  if (data->lessons->len + data->findings->len + data->actions->len > 0)
    {
      g_string_append (out, "<article>\n<h3>Across the reviews</h3>\n"
                       "<p class=\"sub\">Learning and actions the partnership recorded for no one review.</p>\n");
      append_learning (out, data->lessons, data->findings);
      append_actions (out, data->actions, "across the reviews");
      g_string_append (out, "</article>\n");
    }
  g_string_append (out, "</section>\n");
}

/* --------------------------------------------------------- the review */

static const char *const milestone_labels[] = {
  "Referred", "Notified", "Rapid review", "Decision", "Author appointed",
  "Report to the board", "Report to the Panel", "Published", "Other",
};

static void
append_fact (GString    *out,
             const char *name,
             const char *value)
{
  if (value != NULL)
    append_escaped (out, "<dt>%s</dt><dd>%s</dd>\n", name, value);
}

static void
append_review_summary (GString             *out,
                       const ScrReportPlan *plan)
{
  ScrReview *review = plan->review;
  const char *const *terms = scr_review_get_terms_of_reference (review);
  GListModel *milestones = scr_review_get_milestones (review);
  g_autofree char *type = g_strdelimit (g_strdup (scr_enum_to_nick (SCR_TYPE_REVIEW_TYPE,
                                                                    scr_review_get_review_type (review))),
                                        "-", ' ');
  g_autofree char *status = g_strdelimit (g_strdup (scr_enum_to_nick (SCR_TYPE_REVIEW_STATUS,
                                                                      scr_review_get_status (review))),
                                          "-", ' ');
  g_autofree char *from = scr_report_date_text (scr_review_get_timeframe_from (review), NULL);
  g_autofree char *to = scr_report_date_text (scr_review_get_timeframe_to (review), NULL);
  g_autofree char *span = from != NULL || to != NULL ?
    g_strdup_printf ("%s to %s", from != NULL ? from : "—", to != NULL ? to : "—") : NULL;

  /* "scr" and "lcspr" as "SCR" and "LCSPR" */
  if (strlen (type) <= 5)
    {
      g_autofree char *lower = g_steal_pointer (&type);

      type = g_ascii_strup (lower, -1);
    }
  g_string_append (out, "<section id=\"summary\">\n<h2>The review</h2>\n<dl class=\"facts\">\n");
  append_fact (out, "Review", scr_review_get_id (review));
  append_fact (out, "Type", type);
  append_fact (out, "Case", scr_review_get_case_id (review));
  append_fact (out, "Partnership", scr_review_get_partnership (review));
  append_fact (out, "Status", status);
  append_fact (out, "Period reviewed", span);
  append_fact (out, "Lead reviewer", scr_review_get_lead_reviewer (review));
  append_fact (out, "Panel chair", scr_review_get_panel_chair (review));
  g_string_append (out, "</dl>\n");
  if (g_list_model_get_n_items (milestones) > 0)
    {
      g_string_append (out, "<table class=\"milestones\">\n<caption>The review's milestones, "
                       "as recorded</caption>\n<thead><tr><th scope=\"col\">Milestone</th>"
                       "<th scope=\"col\">Date</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
      for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
        {
          g_autoptr(ScrMilestone) m = g_list_model_get_item (milestones, i);
          ScrMilestoneKind kind = scr_milestone_get_kind (m);
          g_autofree char *date = scr_report_date_text (scr_milestone_get_date (m), "not recorded");
          const char *note = scr_milestone_get_note (m);

          append_escaped (out, "<tr><th scope=\"row\">%s</th><td class=\"due\">%s</td><td>%s</td></tr>\n",
                          (guint) kind < G_N_ELEMENTS (milestone_labels) ? milestone_labels[kind] : "Other",
                          date, note != NULL ? note : "");
        }
      g_string_append (out, "</tbody>\n</table>\n");
    }
  if (terms != NULL && terms[0] != NULL)
    {
      g_string_append (out, "<h3>Terms of reference</h3>\n<ol class=\"learning\">\n");
      for (guint i = 0; terms[i] != NULL; i++)
        append_escaped (out, "<li>%s</li>\n", terms[i]);
      g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
append_plan_glance (GString             *out,
                    const ScrReportPlan *plan)
{
  guint flagged = scr_report_plan_count_flagged (plan);

  g_string_append (out, "<section id=\"glance\">\n<h2>The action plan at a glance</h2>\n<ul class=\"totals\">\n");
  g_string_append_printf (out, "<li><strong>%u</strong> action%s</li>\n",
                          plan->actions->len, plan->actions->len == 1 ? "" : "s");
  for (guint r = 0; r < SCR_REPORT_N_RAGS; r++)
    {
      g_autoptr(GPtrArray) rows = scr_report_plan_select (plan, scr_report_rags[r], NULL);

      append_escaped (out, "<li class=\"%s\"><strong>%u</strong> %s</li>\n",
                      scr_report_rag_nick (scr_report_rags[r]), rows->len,
                      scr_report_rag_label (scr_report_rags[r]));
    }
  g_string_append_printf (out, "<li class=\"flag\"><strong>%u</strong> marked complete without "
                          "evidence</li>\n</ul>\n", flagged);
  g_string_append (out, "<figure>\n");
  scr_report_plan_chart_append (out, plan);
  g_string_append_printf (out, "<figcaption>Actions by owner agency, split by RAG. Red: overdue; "
                          "amber: due within %u working days; green: due later, or done; grey: no "
                          "due date. Hover a bar for the action ids it counts.</figcaption>\n"
                          "</figure>\n</section>\n", plan->amber_days);
}

static void
append_recommendations (GString             *out,
                        const ScrReportPlan *plan)
{
  if (plan->recommendations->len == 0)
    return;
  g_string_append (out, "<h4>Recommendations</h4>\n<ul class=\"learning numbered\">\n");
  for (guint i = 0; i < plan->recommendations->len; i++)
    {
      ScrRecommendation *rec = plan->recommendations->pdata[i];
      const char *number = scr_recommendation_get_number (rec);
      const char *text = scr_recommendation_get_text (rec);

      append_escaped (out, "<li id=\"%s\"><span class=\"number\">%s</span>%s</li>\n",
                      scr_recommendation_get_id (rec), number != NULL ? number : "",
                      text != NULL ? text : "");
    }
  g_string_append (out, "</ul>\n");
}

static void
append_plan_row (GString               *out,
                 const ScrReportAction *row)
{
  ScrAction *a = row->action;
  const char *rec_number = row->recommendation != NULL ?
                           scr_recommendation_get_number (row->recommendation) : NULL;
  const char *owner = scr_action_get_lead (a) != NULL ? scr_action_get_lead (a) : scr_action_get_owner (a);
  const char *measure = scr_action_get_outcome_measure (a);
  const char *evidence = scr_action_get_evidence (a);
  g_autofree char *due = scr_report_date_text (scr_action_get_due_date (a), "no due date");

  append_escaped (out, "<tr id=\"%s\" data-rag=\"%s\"><th scope=\"row\">%s</th><td>%s</td>"
                  "<td class=\"due\">%s</td><td><span class=\"agency\">%s</span>"
                  "<span class=\"owner\">%s</span></td><td class=\"due\">%s</td>"
                  "<td class=\"state\">%s</td><td><span class=\"rag %s\" title=\"%s\">%s</span></td>"
                  "<td>%s</td><td>",
                  scr_action_get_id (a), scr_report_rag_nick (row->rag), scr_action_get_id (a),
                  scr_action_get_text (a) != NULL ? scr_action_get_text (a) : "",
                  rec_number != NULL ? rec_number : "—",
                  row->agency != NULL ? row->agency : "—", owner != NULL ? owner : "",
                  due, scr_report_action_status_text (a),
                  scr_report_rag_nick (row->rag), scr_report_rag_label (row->rag),
                  scr_report_rag_word (row->rag), measure != NULL ? measure : "—");
  if (row->without_evidence)
    g_string_append (out, "<span class=\"flag\">⚑ Marked complete without evidence</span>");
  else
    append_escaped (out, "%s", evidence != NULL ? evidence : "—");
  g_string_append (out, "</td></tr>\n");
}

static void
append_plan_table (GString             *out,
                   const ScrReportPlan *plan)
{
  g_string_append (out, "<section id=\"plan\">\n<h2>The action plan</h2>\n");
  if (plan->actions->len == 0)
    {
      g_string_append (out, "<p class=\"sub\">No actions recorded.</p>\n</section>\n");
      return;
    }
  append_escaped (out, "<table class=\"plan\">\n<caption>Each action with its recommendation, "
                  "owner, due date, status and RAG as on the report's day</caption>\n"
                  "<colgroup><col class=\"id\"><col class=\"text\"><col class=\"rec\">"
                  "<col class=\"agency\"><col class=\"due\"><col class=\"state\"><col class=\"rag\">"
                  "<col class=\"measure\"><col class=\"evidence\"></colgroup>\n<thead><tr>"
                  "<th scope=\"col\">Action</th><th scope=\"col\">What will be done</th>"
                  "<th scope=\"col\">Rec.</th><th scope=\"col\">Agency and owner</th>"
                  "<th scope=\"col\">Due</th>"
                  "<th scope=\"col\">Status</th><th scope=\"col\">RAG</th>"
                  "<th scope=\"col\">Outcome measure</th><th scope=\"col\">Evidence</th>"
                  "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < plan->actions->len; i++)
    append_plan_row (out, plan->actions->pdata[i]);
  g_string_append (out, "</tbody>\n</table>\n<p class=\"key\">RAG is worked out from the due "
                   "date in working days, whatever rating was recorded. ⚑: the action is recorded "
                   "as completed and names an outcome measure, but no evidence of its impact is "
                   "recorded.</p>\n</section>\n");
}

static void
append_review_body (GString             *out,
                    const ScrReportPlan *plan)
{
  append_review_summary (out, plan);
  append_plan_glance (out, plan);
  g_string_append (out, "<section id=\"learning\">\n<h2>Findings, lessons and recommendations</h2>\n");
  append_learning (out, plan->lessons, plan->findings);
  append_recommendations (out, plan);
  g_string_append (out, "</section>\n");
  append_plan_table (out, plan);
}

/**
 * scr_report_to_html:
 * @self: a report
 *
 * Writes the report as one self-contained HTML5 page: its own CSS with
 * a print stylesheet, no script and nothing fetched from the network.
 * The steps table has a caption and scoped headings; every verdict is
 * written in words with a symbol, not shown by colour alone; the chart
 * is inline SVG whose every mark has a `<title>` giving the rule and
 * the case. Dates are in English, as precise as recorded ("17 June
 * 2016", "June 2016").
 *
 * The review report's page has the review's summary, its milestones and
 * terms of reference, the action plan at a glance (counts by RAG and an
 * SVG chart of the actions by agency and RAG, each part titled with its
 * agency, RAG and action ids), its learning and recommendations, and the
 * action plan table, one scoped row per action.
 *
 * Returns: (transfer full): the HTML text
 */
char *
scr_report_to_html (ScrReport *self)
{
  GString *out;
  const ScrReportData *data;

  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);

  data = scr_report_peek_data (self);
  out = g_string_new (NULL);
  append_header (out, data);
  if (data->plan != NULL)
    append_review_body (out, data->plan);
  else
    {
      append_summary (out, data);
      append_table (out, data);
      append_chart (out, data);
      append_reviews (out, data);
    }
  if (data->plan != NULL)
    append_escaped (out, "</main>\n<footer>Produced by libscr %s from the partnership's records. "
                    "Each action's RAG is worked out from its due date in working days (England "
                    "and Wales), whatever rating was recorded.</footer>\n</body>\n</html>\n",
                    PACKAGE_VERSION);
  else
    append_escaped (out, "</main>\n<footer>Produced by libscr %s from the partnership's records. "
                    "Deadlines are those of the statutory guidance in force for each case, "
                    "counted in working days where the guidance says so; rule ids refer to "
                    "libscr's rule tables (doc/rules.md).</footer>\n</body>\n</html>\n",
                    PACKAGE_VERSION);
  return g_string_free (out, FALSE);
}
