/* scr-report-plan-chart.c: the review report's chart, drawn as inline
 * SVG: one bar per owner agency, split by RAG (red, amber, green, no due
 * date), each part with its count and a <title> naming the agency, the
 * RAG and the action ids it counts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-report-private.h"

#define WIDTH 960
#define LEFT 330                 /* the agency labels */
#define LABEL_CHARS 46
#define RIGHT 50                 /* the totals */
#define TOP 34                   /* the key */
#define BAR 22
#define GAP 10

static char *
part_title (const char *agency,
            ScrRag      rag,
            GPtrArray  *rows)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s: %s, %u action%s: ", *agency != '\0' ? agency : "No agency",
                          scr_report_rag_label (rag), rows->len, rows->len == 1 ? "" : "s");
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            scr_action_get_id (((ScrReportAction *) rows->pdata[i])->action));
  return g_markup_escape_text (text->str, -1);
}

static void
append_key (GString *out)
{
  double x = LEFT;

  for (guint r = 0; r < SCR_REPORT_N_RAGS; r++)
    {
      ScrRag rag = scr_report_rags[r];
      g_autofree char *label = g_markup_escape_text (scr_report_rag_label (rag), -1);

      g_string_append_printf (out, "<g class=\"key %s\"><rect x=\"%.0f\" y=\"8\" width=\"14\" height=\"14\"/>"
                              "<text x=\"%.0f\" y=\"20\">%s</text></g>\n",
                              scr_report_rag_nick (rag), x, x + 20, label);
      x += 20 + 7.0 * g_utf8_strlen (scr_report_rag_label (rag), -1) + 22;
    }
}

static void
append_bar (GString             *out,
            const ScrReportPlan *plan,
            const char          *agency,
            guint                most,
            int                  top)
{
  const char *name = *agency != '\0' ? agency : "No agency";
  g_autofree char *label = NULL;
  double x = LEFT, scale = (WIDTH - LEFT - RIGHT) / (double) most;
  guint total = 0;

  if (g_utf8_strlen (name, -1) > LABEL_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (name, 0, LABEL_CHARS - 1);
      g_autofree char *shown = g_strconcat (cut, "…", NULL);

      label = g_markup_printf_escaped ("<title>%s</title>%s", name, shown);
    }
  else
    label = g_markup_escape_text (name, -1);
  g_string_append_printf (out, "<g class=\"agency\"><text class=\"name\" x=\"%d\" y=\"%d\">%s</text>\n",
                          LEFT - 10, top + BAR / 2 + 5, label);
  for (guint r = 0; r < SCR_REPORT_N_RAGS; r++)
    {
      ScrRag rag = scr_report_rags[r];
      g_autoptr(GPtrArray) rows = scr_report_plan_select (plan, rag, agency);
      g_autofree char *title = NULL;
      double w;

      if (rows->len == 0)
        continue;
      title = part_title (agency, rag, rows);
      w = rows->len * scale;
      g_string_append_printf (out,
                              "<g class=\"part %s\" data-rag=\"%s\"><title>%s</title>"
                              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>"
                              "<text x=\"%.1f\" y=\"%d\">%u</text></g>\n",
                              scr_report_rag_nick (rag), scr_report_rag_nick (rag), title,
                              x, top, w, BAR, x + w / 2, top + BAR / 2 + 5, rows->len);
      x += w;
      total += rows->len;
    }
  g_string_append_printf (out, "<text class=\"total\" x=\"%.1f\" y=\"%d\">%u</text></g>\n",
                          x + 8, top + BAR / 2 + 5, total);
}

void
scr_report_plan_chart_append (GString             *out,
                              const ScrReportPlan *plan)
{
  g_autofree const char **agencies = scr_report_plan_agencies (plan);
  guint n = g_strv_length ((char **) agencies), most = 1;
  int height = TOP + (int) n * (BAR + GAP) + 10;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      guint total = 0;

      for (guint k = 0; k < plan->actions->len; k++)
        {
          ScrReportAction *row = plan->actions->pdata[k];

          total += g_strcmp0 (row->agency != NULL ? row->agency : "", agencies[i]) == 0;
        }
      most = MAX (most, total);
    }
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart plan\" role=\"img\" "
                          "viewBox=\"0 0 %d %d\" aria-labelledby=\"plan-chart-title\">\n"
                          "<title id=\"plan-chart-title\">Actions by owner agency and RAG</title>\n",
                          WIDTH, height);
  append_key (out);
  for (guint i = 0; i < n; i++)
    append_bar (out, plan, agencies[i], most, TOP + (int) i * (BAR + GAP));
  g_string_append (out, "</svg>\n");
}
