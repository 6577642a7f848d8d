/* scr-publication-check.h: what in a report would identify a child.
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
#include "scr-case.h"
#include "scr-disclosure.h"

G_BEGIN_DECLS

/**
 * ScrReportFormat:
 * @SCR_REPORT_FORMAT_AUTO: by the file's extension, then by its content
 * @SCR_REPORT_FORMAT_TEXT: plain UTF-8 text (a form feed separates pages)
 * @SCR_REPORT_FORMAT_MARKDOWN: Markdown, read as its text
 * @SCR_REPORT_FORMAT_HTML: HTML (needs a build with libxml2)
 * @SCR_REPORT_FORMAT_ODT: OpenDocument text (needs a build with libgsf)
 * @SCR_REPORT_FORMAT_DOCX: Office Open XML document (needs libgsf)
 * @SCR_REPORT_FORMAT_PDF: PDF, page by page (needs poppler-glib)
 *
 * The format of a report given to [method@Scr.PublicationCheck.check_file].
 */
typedef enum {
  SCR_REPORT_FORMAT_AUTO,
  SCR_REPORT_FORMAT_TEXT,
  SCR_REPORT_FORMAT_MARKDOWN,
  SCR_REPORT_FORMAT_HTML,
  SCR_REPORT_FORMAT_ODT,
  SCR_REPORT_FORMAT_DOCX,
  SCR_REPORT_FORMAT_PDF,
} ScrReportFormat;

#define SCR_TYPE_PUBLICATION_CHECK (scr_publication_check_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrPublicationCheck, scr_publication_check, SCR, PUBLICATION_CHECK, GObject)

SCR_AVAILABLE_IN_ALL
ScrPublicationCheck *scr_publication_check_new               (ScrCase              *scr_case);
SCR_AVAILABLE_IN_ALL
ScrCase             *scr_publication_check_get_case          (ScrPublicationCheck  *self);
SCR_AVAILABLE_IN_ALL
gboolean             scr_publication_check_load_gazetteer    (ScrPublicationCheck  *self,
                                                              const char           *filename,
                                                              GError              **error);
SCR_AVAILABLE_IN_ALL
void                 scr_publication_check_add_place         (ScrPublicationCheck  *self,
                                                              ScrDisclosureKind     kind,
                                                              const char           *name,
                                                              int                   population);
SCR_AVAILABLE_IN_ALL
GListModel          *scr_publication_check_check_text        (ScrPublicationCheck  *self,
                                                              const char           *text);
SCR_AVAILABLE_IN_ALL
GListModel          *scr_publication_check_check_file        (ScrPublicationCheck  *self,
                                                              const char           *filename,
                                                              ScrReportFormat       format,
                                                              char                **text,
                                                              GError              **error);
SCR_AVAILABLE_IN_ALL
char                *scr_publication_check_redact            (ScrPublicationCheck  *self,
                                                              const char           *text,
                                                              GListModel           *disclosures);
SCR_AVAILABLE_IN_ALL
gboolean             scr_publication_check_write_redacted    (ScrPublicationCheck  *self,
                                                              const char           *report,
                                                              const char           *output,
                                                              GError              **error);

SCR_AVAILABLE_IN_ALL
GListModel          *scr_publication_check                   (ScrCase              *scr_case,
                                                              const char           *filename,
                                                              GError              **error);

G_END_DECLS
