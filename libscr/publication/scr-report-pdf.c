/* scr-report-pdf.c: a report as PDF, drawn with cairo and laid out with
 * pango: A4 landscape pages with the report's title, its summary in a
 * line, and its main table (the scrutiny report's steps, the review
 * report's action plan), the headings repeated on every page, each cell's
 * text wrapped to its column. Built only with cairo and pangocairo
 * (HAVE_PDF_OUTPUT, the pdf_output feature).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-report-private.h"

#include "scr-error.h"

#if HAVE_PDF_OUTPUT

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define PAGE_W 841.89            /* A4 landscape, in points */
#define PAGE_H 595.28
#define MARGIN 36.0
#define PAD 3.0
#define MAX_COLUMNS 9

typedef struct
{
  guint n;
  const char *headings[MAX_COLUMNS];
  double widths[MAX_COLUMNS];    /* fractions of the text width */
  GPtrArray *rows;               /* GStrv, one string per column */
} Table;

typedef struct
{
  cairo_t *cr;
  PangoFontDescription *font, *bold;
  double y;
} Pen;

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static PangoLayout *
layout_text (Pen                        *pen,
             const char                 *text,
             const PangoFontDescription *font,
             double                      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pen->cr);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return h / (double) PANGO_SCALE;
}

/* A row of cells at the pen; its height. */
static double
draw_row (Pen                        *pen,
          const Table                *table,
          const char *const          *cells,
          const PangoFontDescription *font,
          gboolean                    band,
          gboolean                    measure_only)
{
  double width = PAGE_W - 2 * MARGIN, x = MARGIN, height = 0;
  PangoLayout *layouts[MAX_COLUMNS];

  for (guint c = 0; c < table->n; c++)
    {
      layouts[c] = layout_text (pen, cells[c], font, table->widths[c] * width - 2 * PAD);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * PAD;
  if (!measure_only)
    {
      if (band)
        {
          cairo_set_source_rgb (pen->cr, 0.953, 0.961, 0.973);
          cairo_rectangle (pen->cr, MARGIN, pen->y, width, height);
          cairo_fill (pen->cr);
        }
      cairo_set_source_rgb (pen->cr, 0.114, 0.153, 0.2);
      for (guint c = 0; c < table->n; c++)
        {
          cairo_move_to (pen->cr, x + PAD, pen->y + PAD);
          pango_cairo_show_layout (pen->cr, layouts[c]);
          x += table->widths[c] * width;
        }
      cairo_set_source_rgb (pen->cr, 0.788, 0.82, 0.855);
      cairo_set_line_width (pen->cr, 0.5);
      cairo_move_to (pen->cr, MARGIN, pen->y + height);
      cairo_line_to (pen->cr, MARGIN + width, pen->y + height);
      cairo_stroke (pen->cr);
    }
  for (guint c = 0; c < table->n; c++)
    g_object_unref (layouts[c]);
  return height;
}

static void
draw_headings (Pen         *pen,
               const Table *table)
{
  pen->y += draw_row (pen, table, table->headings, pen->bold, FALSE, FALSE);
}

static void
draw_text (Pen        *pen,
           const char *text,
           const char *font_name,
           double      gap)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_name);
  PangoLayout *layout = layout_text (pen, text, font, PAGE_W - 2 * MARGIN);

  cairo_set_source_rgb (pen->cr, 0.114, 0.153, 0.2);
  cairo_move_to (pen->cr, MARGIN, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += layout_height (layout) + gap;
  g_object_unref (layout);
}

static void
new_page (Pen         *pen,
          const Table *table)
{
  cairo_show_page (pen->cr);
  pen->y = MARGIN;
  draw_headings (pen, table);
}

static void
draw_table (Pen         *pen,
            const Table *table)
{
  draw_headings (pen, table);
  for (guint i = 0; i < table->rows->len; i++)
    {
      const char *const *cells = table->rows->pdata[i];
      double height = draw_row (pen, table, cells, pen->font, FALSE, TRUE);

      if (pen->y + height > PAGE_H - MARGIN)
        new_page (pen, table);
      pen->y += draw_row (pen, table, cells, pen->font, i % 2 == 1, FALSE);
    }
}

/* ------------------------------------------------------- the tables */

static void
add_column (Table      *table,
            const char *heading,
            double      width)
{
  table->headings[table->n] = heading;
  table->widths[table->n] = width;
  table->n++;
}

static char *
plan_summary (const ScrReportPlan *plan)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%u actions:", plan->actions->len);
  for (guint r = 0; r < SCR_REPORT_N_RAGS; r++)
    {
      g_autoptr(GPtrArray) rows = scr_report_plan_select (plan, scr_report_rags[r], NULL);

      g_string_append_printf (out, "%s %u %s", r > 0 ? "," : "", rows->len,
                              scr_report_rag_label (scr_report_rags[r]));
    }
  g_string_append_printf (out, "; %u marked complete without evidence (\"No evidence!\"). RAG in working days, "
                          "amber within %u.", scr_report_plan_count_flagged (plan), plan->amber_days);
  return g_string_free (out, FALSE);
}

static void
plan_table (Table               *table,
            const ScrReportPlan *plan)
{
  add_column (table, "Action", 0.12);
  add_column (table, "What will be done", 0.23);
  add_column (table, "Rec.", 0.06);
  add_column (table, "Agency and owner", 0.16);
  add_column (table, "Due", 0.08);
  add_column (table, "Status", 0.08);
  add_column (table, "RAG", 0.07);
  add_column (table, "Outcome measure", 0.10);
  add_column (table, "Evidence", 0.10);
  for (guint i = 0; i < plan->actions->len; i++)
    {
      const ScrReportAction *row = plan->actions->pdata[i];
      ScrAction *a = row->action;
      const char *owner = scr_action_get_lead (a) != NULL ? scr_action_get_lead (a) : scr_action_get_owner (a);
      const char *evidence = scr_action_get_evidence (a);
      char **cells = g_new0 (char *, MAX_COLUMNS + 1);

      cells[0] = g_strdup (scr_action_get_id (a));
      cells[1] = g_strdup (scr_action_get_text (a));
      cells[2] = g_strdup (row->recommendation != NULL ?
                           scr_recommendation_get_number (row->recommendation) : NULL);
      cells[3] = g_strdup_printf ("%s%s%s", row->agency != NULL ? row->agency : "",
                                  owner != NULL ? "\n" : "", owner != NULL ? owner : "");
      cells[4] = scr_report_date_text (scr_action_get_due_date (a), "no due date");
      cells[5] = g_strdup (scr_report_action_status_text (a));
      cells[6] = g_strdup (scr_report_rag_word (row->rag));
      cells[7] = g_strdup (scr_action_get_outcome_measure (a));
      /* short enough for one line, so that its words stay together */
      cells[8] = row->without_evidence ? g_strdup ("No evidence!")
                                       : g_strdup (evidence);
      for (guint c = 0; c < MAX_COLUMNS; c++)
        if (cells[c] == NULL)
          cells[c] = g_strdup ("—");
      g_ptr_array_add (table->rows, cells);
    }
}

static char *
steps_summary (const ScrReportData *data)
{
  return g_strdup_printf ("%u reviews; steps with a deadline: %u met, %u late, %u overdue, "
                          "%u pending. Late and overdue in working days.",
                          data->rows->len,
                          scr_report_count_verdict (data, SCR_REPORT_VERDICT_MET),
                          scr_report_count_verdict (data, SCR_REPORT_VERDICT_LATE),
                          scr_report_count_verdict (data, SCR_REPORT_VERDICT_OVERDUE),
                          scr_report_count_verdict (data, SCR_REPORT_VERDICT_PENDING));
}

static void
steps_table (Table               *table,
             const ScrReportData *data)
{
  add_column (table, "Review", 0.16);
  add_column (table, "Case", 0.09);
  for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
    add_column (table, scr_report_step_label (s), 0.75 / SCR_REPORT_N_STEPS);
  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];
      const char *title = scr_review_get_title (row->review);
      char **cells = g_new0 (char *, MAX_COLUMNS + 1);

      cells[0] = g_strdup (title != NULL ? title : scr_review_get_id (row->review));
      cells[1] = g_strdup (row->case_id != NULL ? row->case_id : "—");
      for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
        {
          const ScrReportStep *step = &row->steps[s];
          g_autofree char *date = scr_report_date_text (step->date, "—");
          g_autofree char *verdict = step->deadline != NULL ? scr_report_step_verdict_text (step) : NULL;

          cells[2 + s] = verdict != NULL ?
            g_strdup_printf ("%s\n%s %s (%s)", date,
                             scr_report_verdict_symbol (scr_report_step_verdict (step)),
                             verdict, scr_deadline_get_rule_id (step->deadline)) :
            g_strdup (date);
        }
      g_ptr_array_add (table->rows, cells);
    }
}

GBytes *
scr_report_pdf_bytes (const ScrReportData  *data,
                      GError              **error)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_W, PAGE_H);
  g_autofree char *today = scr_report_date_text (data->today, NULL);
  g_autofree char *summary = NULL;
  g_autofree char *meta = NULL;
  Table table = { 0 };
  Pen pen = { 0 };
  cairo_status_t status;

  table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  pen.cr = cairo_create (surface);
  pen.font = pango_font_description_from_string ("DejaVu Sans 7.5");
  pen.bold = pango_font_description_from_string ("DejaVu Sans Bold 7.5");
  pen.y = MARGIN;
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "libscr " PACKAGE_VERSION);
  if (data->plan != NULL)
    {
      summary = plan_summary (data->plan);
      meta = g_strdup_printf ("%s. Review %s. Actions rated as on %s.",
                              data->dataset_title != NULL ? data->dataset_title : "",
                              scr_review_get_id (data->plan->review), today);
      plan_table (&table, data->plan);
    }
  else
    {
      summary = steps_summary (data);
      meta = g_strdup_printf ("%s. Deadlines as on %s.",
                              data->dataset_title != NULL ? data->dataset_title : "", today);
      steps_table (&table, data);
    }
  draw_text (&pen, data->title, "DejaVu Serif Bold 16", 4);
  draw_text (&pen, meta, "DejaVu Sans 9", 6);
  draw_text (&pen, summary, "DejaVu Sans Bold 9", 10);
  draw_table (&pen, &table);
  cairo_show_page (pen.cr);
  cairo_destroy (pen.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  pango_font_description_free (pen.font);
  pango_font_description_free (pen.bold);
  g_ptr_array_unref (table.rows);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_FAILED, "cannot draw the PDF: %s",
                   cairo_status_to_string (status));
      g_byte_array_unref (bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

#else /* !HAVE_PDF_OUTPUT */

GBytes *
scr_report_pdf_bytes (const ScrReportData  *data,
                      GError              **error)
{
  g_set_error_literal (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                       "this libscr was built without PDF output (cairo and pangocairo)");
  return NULL;
}

#endif /* HAVE_PDF_OUTPUT */
