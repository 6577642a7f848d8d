/* scr-report-write.c: a report written to a file, atomically.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-report-private.h"

#include "scr-json-private.h"

/**
 * scr_report_write_file:
 * @self: a report
 * @format: the format to write
 * @filename: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the report to @filename as [method@Scr.Report.to_html],
 * [method@Scr.Report.to_csv] or [method@Scr.Report.to_json] give it, or
 * as PDF (%SCR_REPORT_OUTPUT_PDF): A4 landscape pages with the report's
 * title, its summary and its main table (the scrutiny report's steps,
 * the review report's action plan), the headings on every page.
 * The write is atomic, as [method@Scr.Dataset.save_to_file]'s: a
 * temporary file in the same directory replaces @filename, so a failure
 * leaves the old file whole.
 *
 * Returns: %TRUE on success, %FALSE with @error set (a #GFileError;
 *   %SCR_ERROR_INVALID_ARGUMENT for PDF from a libscr built without it)
 */
gboolean
scr_report_write_file (ScrReport        *self,
                       ScrReportOutput   format,
                       const char       *filename,
                       GError          **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SCR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (format)
    {
    case SCR_REPORT_OUTPUT_CSV:
      text = scr_report_to_csv (self);
      break;
    case SCR_REPORT_OUTPUT_JSON:
      {
        g_autoptr(JsonNode) root = scr_report_to_json (self);

        return scr_json_write_file (root, filename, error);
      }
    case SCR_REPORT_OUTPUT_PDF:
      {
        g_autoptr(GBytes) pdf = scr_report_pdf_bytes (scr_report_peek_data (self), error);
        gsize length;
        const char *bytes;

        if (pdf == NULL)
          return FALSE;
        bytes = g_bytes_get_data (pdf, &length);
        return g_file_set_contents_full (filename, bytes, (gssize) length,
                                         G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
      }
    case SCR_REPORT_OUTPUT_HTML:
    default:
      text = scr_report_to_html (self);
      break;
    }
  return g_file_set_contents_full (filename, text, (gssize) strlen (text),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
