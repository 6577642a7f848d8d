/* scr-report-chart.c: the scrutiny report's chart, drawn as inline SVG:
 * one lane per review, each recorded step a numbered mark on a time
 * axis, and for a step with a deadline, the due day as a diamond joined
 * to the step. Every mark has a <title> with the step, its date, the
 * rule and the case, so every figure is traceable by hovering.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-report-private.h"

#include "scr-date-private.h"
#include "scr-span-private.h"

#define WIDTH 960
#define LEFT 170                 /* the review labels */
#define LABEL_CHARS 26
#define RIGHT 20
#define TOP 30                   /* the year labels */
#define SLOT 20                  /* one row of marks in a lane */
#define SLOTS 3
#define LANE (SLOT * SLOTS + 10)
#define RADIUS 8

typedef struct
{
  gint32 first, last;            /* the axis, as day ordinals */
} Axis;

static double
axis_x (const Axis *axis,
        double      ordinal)
{
  return LEFT + (ordinal - axis->first) * (WIDTH - LEFT - RIGHT) / (double) (axis->last - axis->first);
}

/* A date's middle day: a month-precise date sits mid-month. */
static double
date_middle (const ScrDate *date)
{
  ScrSpan span;

  scr_span_from_date (&span, date);
  return (span.first + span.last) / 2.0;
}

static void
widen (Axis          *axis,
       const ScrDate *date)
{
  ScrSpan span;

  if (date == NULL)
    return;
  scr_span_from_date (&span, date);
  if (axis->first == 0 || span.first < axis->first)
    axis->first = span.first;
  if (span.last > axis->last)
    axis->last = span.last;
}

/* From 1 January of the first year to 31 December of the last. */
static gboolean
find_axis (const ScrReportData *data,
           Axis                *axis)
{
  int y0, y1, m, d;

  axis->first = axis->last = 0;
  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];

      for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
        {
          widen (axis, row->steps[s].date);
          if (row->steps[s].deadline != NULL)
            widen (axis, scr_deadline_get_due (row->steps[s].deadline));
        }
    }
  if (axis->first == 0)
    return FALSE;
  scr_ordinal_to_ymd (axis->first, &y0, &m, &d);
  scr_ordinal_to_ymd (axis->last, &y1, &m, &d);
  axis->first = scr_ordinal_from_ymd (y0, 1, 1);
  axis->last = scr_ordinal_from_ymd (y1, 12, 31);
  return TRUE;
}

static void
append_years (GString    *out,
              const Axis *axis,
              int         height)
{
  int y0, y1, m, d;

  scr_ordinal_to_ymd (axis->first, &y0, &m, &d);
  scr_ordinal_to_ymd (axis->last, &y1, &m, &d);
  for (int year = y0; year <= y1 + 1; year++)
    {
      double x = axis_x (axis, scr_ordinal_from_ymd (year, 1, 1));

      g_string_append_printf (out,
                              "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n",
                              x, TOP - 8, x, height - 10);
      if (year <= y1)
        g_string_append_printf (out, "<text class=\"year\" x=\"%.1f\" y=\"%d\">%d</text>\n",
                                axis_x (axis, scr_ordinal_from_ymd (year, 7, 1)), TOP - 12, year);
    }
}

static char *
mark_title (const ScrReportRow *row,
            ScrReportStepId     id)
{
  const ScrReportStep *step = &row->steps[id];
  g_autofree char *date = scr_report_date_text (step->date, "not recorded");
  g_autofree char *verdict = scr_report_step_verdict_text (step);
  g_autofree char *text = NULL;

  if (step->deadline != NULL)
    {
      g_autofree char *due = scr_report_date_text (scr_deadline_get_due (step->deadline), "no fixed day");

      text = g_strdup_printf ("%s: %s, %s. Rule %s, due %s; case %s",
                              scr_report_step_label (id), date, verdict,
                              scr_deadline_get_rule_id (step->deadline), due,
                              row->case_id != NULL ? row->case_id : "none");
    }
  else
    text = g_strdup_printf ("%s: %s, no deadline applies; case %s",
                            scr_report_step_label (id), date,
                            row->case_id != NULL ? row->case_id : "none");
  return g_markup_escape_text (text, -1);
}

/* The first row of the lane where a mark at @x clears the last one. */
static int
place (double *last_x,
       double  x)
{
  for (int slot = 0; slot < SLOTS; slot++)
    if (x - last_x[slot] >= 2 * RADIUS + 2)
      {
        last_x[slot] = x;
        return slot;
      }
  last_x[SLOTS - 1] = x;
  return SLOTS - 1;
}

static void
append_lane (GString            *out,
             const Axis         *axis,
             const ScrReportRow *row,
             int                 top)
{
  const char *name = scr_review_get_title (row->review) != NULL ?
                     scr_review_get_title (row->review) : scr_review_get_id (row->review);
  g_autofree char *label = NULL;
  double last_x[SLOTS] = { -1e9, -1e9, -1e9 };

  /* The label column holds about 26 characters. */
  if (g_utf8_strlen (name, -1) > LABEL_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (name, 0, LABEL_CHARS - 1);
      g_autofree char *shown = g_strconcat (cut, "…", NULL);

      label = g_markup_printf_escaped ("<title>%s</title>%s", name, shown);
    }
  else
    label = g_markup_escape_text (name, -1);

  g_string_append_printf (out, "<g class=\"lane\"><line class=\"lane-rule\" x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
                          "<text class=\"review\" x=\"0\" y=\"%d\">%s</text>\n",
                          top + LANE, WIDTH, top + LANE, top + LANE / 2 + 4, label);
  for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
    {
      const ScrReportStep *step = &row->steps[s];
      ScrReportVerdict verdict = scr_report_step_verdict (step);
      g_autofree char *title = NULL;
      double x;
      int y;

      if (step->date == NULL)
        continue;
      title = mark_title (row, s);
      x = axis_x (axis, date_middle (step->date));
      y = top + 5 + place (last_x, x) * SLOT + SLOT / 2;
      if (step->deadline != NULL && scr_deadline_get_due (step->deadline) != NULL)
        {
          double due = axis_x (axis, date_middle (scr_deadline_get_due (step->deadline)));

          g_string_append_printf (out,
                                  "<g class=\"due %s\"><title>%s</title>"
                                  "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                                  "<path d=\"M%.1f %d l6 6 l-6 6 l-6 -6 z\"/></g>\n",
                                  scr_report_verdict_nick (verdict), title,
                                  due, y, x, y, due, y - 6);
        }
      g_string_append_printf (out,
                              "<g class=\"mark %s\" data-step=\"%s\"><title>%s</title>"
                              "<circle cx=\"%.1f\" cy=\"%d\" r=\"%d\"/>"
                              "<text x=\"%.1f\" y=\"%d\">%u</text></g>\n",
                              scr_report_verdict_nick (verdict), scr_report_step_nick (s), title,
                              x, y, RADIUS, x, y + 4, s + 1);
    }
  g_string_append (out, "</g>\n");
}

void
scr_report_chart_append (GString             *out,
                         const ScrReportData *data)
{
  Axis axis;
  int height;

  if (!find_axis (data, &axis))
    return;
  height = TOP + (int) data->rows->len * LANE + 10;
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                          "viewBox=\"0 0 %d %d\" aria-labelledby=\"chart-title\">\n"
                          "<title id=\"chart-title\">Each review's steps on a time axis</title>\n",
                          WIDTH, height);
  append_years (out, &axis, height);
  for (guint i = 0; i < data->rows->len; i++)
    append_lane (out, &axis, data->rows->pdata[i], TOP + (int) i * LANE);
  g_string_append (out, "</svg>\n");
}
