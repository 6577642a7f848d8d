/* scr-report.h: the reports a partnership publishes from its records.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"
#include "scr-dataset.h"
#include "scr-date.h"

G_BEGIN_DECLS

/**
 * ScrReportOutput:
 * @SCR_REPORT_OUTPUT_HTML: a self-contained HTML5 page
 *   ([method@Scr.Report.to_html])
 * @SCR_REPORT_OUTPUT_CSV: RFC 4180 CSV ([method@Scr.Report.to_csv])
 * @SCR_REPORT_OUTPUT_JSON: JSON ([method@Scr.Report.to_json])
 * @SCR_REPORT_OUTPUT_PDF: a PDF of A4 landscape pages with the report's
 *   summary and main table, drawn with cairo and pango (only when libscr
 *   is built with them: the `pdf_output` feature)
 *
 * The format [method@Scr.Report.write_file] writes a report in.
 */
typedef enum {
  SCR_REPORT_OUTPUT_HTML,
  SCR_REPORT_OUTPUT_CSV,
  SCR_REPORT_OUTPUT_JSON,
  SCR_REPORT_OUTPUT_PDF,
} ScrReportOutput;

#define SCR_TYPE_REPORT (scr_report_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrReport, scr_report, SCR, REPORT, GObject)

SCR_AVAILABLE_IN_ALL
ScrReport     *scr_report_new_scrutiny  (ScrDataset      *dataset,
                                         const ScrDate   *from,
                                         const ScrDate   *to,
                                         const ScrDate   *today,
                                         GError         **error);
SCR_AVAILABLE_IN_ALL
ScrReport     *scr_report_new_review    (ScrDataset      *dataset,
                                         const char      *review_id,
                                         const ScrDate   *today,
                                         GError         **error);
SCR_AVAILABLE_IN_ALL
const char    *scr_report_get_kind      (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
const char    *scr_report_get_title     (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_report_get_from      (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_report_get_to        (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_report_get_today     (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_report_get_reviews   (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
char          *scr_report_to_html       (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
char          *scr_report_to_csv        (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
JsonNode      *scr_report_to_json       (ScrReport       *self);
SCR_AVAILABLE_IN_ALL
gboolean       scr_report_write_file    (ScrReport       *self,
                                         ScrReportOutput  format,
                                         const char      *filename,
                                         GError         **error);

G_END_DECLS
