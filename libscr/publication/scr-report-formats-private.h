/* scr-report-formats-private.h: the readers of the structured formats.
 *
 * scr-report-text.c chooses the format and calls these, each built only
 * with its library (HAVE_LIBXML2, HAVE_GSF in config.h). Errors are as
 * scr_report_text_from_data()'s.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-report-text-private.h"

G_BEGIN_DECLS

/* SCR_REPORT_MAX_SIZE, in messages. */
#define SCR_REPORT_MAX_SIZE_TEXT "256 MiB"

char *scr_report_text_from_html   (const char       *data,
                                   gsize             length,
                                   const char       *name,
                                   GError          **error);

/* @format: ODT, DOCX, or AUTO for whichever the archive's parts say. */
char *scr_report_text_from_office (const char       *data,
                                   gsize             length,
                                   ScrReportFormat   format,
                                   const char       *name,
                                   GError          **error);

G_END_DECLS
