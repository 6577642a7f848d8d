/* scr-report-text-private.h: a report's words as plain text.
 *
 * A review report arrives as plain text, Markdown, HTML, ODT, DOCX or
 * PDF. The publication check reads every format as one UTF-8 string in
 * which pages are separated by a form feed ('\f') and lines by '\n', so
 * that a position (page, line, column) is counted from the text alone.
 *
 * Plain text and Markdown keep their bytes (Markdown's markup and link
 * URLs stay), but for a UTF-8 BOM and CRLF or CR line ends. HTML, ODT and
 * DOCX are rebuilt from their blocks: each paragraph (or HTML block) with
 * text is one line, an empty one none; <br>, text:line-break and w:br end
 * a line even if empty; white space is collapsed in HTML and ODT (text:s
 * and text:tab give spaces and tabs), kept in DOCX's w:t. Page breaks are
 * the explicit ones: w:br w:type="page", CSS page-break-before/after
 * (break-before/after: page) in HTML; ODT has none. PDF pages are
 * poppler's text, page by page. No separator ends the text, and a page
 * break before any text makes no empty first page.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-publication-check.h"

G_BEGIN_DECLS

/* The largest report read: 256 MiB (the seeds' longest report is 135 kB
 * of text; a PDF with images is larger than its text by far). */
#define SCR_REPORT_MAX_SIZE ((gsize) 256 << 20)

/* The format named by @filename's extension (.txt, .text, .md, .markdown,
 * .html, .htm, .xhtml, .odt, .docx, .pdf, case-insensitive); TEXT for any
 * other name. */
ScrReportFormat scr_report_format_from_filename (const char *filename);

/* Whether this build reads @format (PDF needs poppler-glib, ODT and DOCX
 * libgsf, HTML libxml2; see meson_options.txt). */
gboolean        scr_report_format_is_supported  (ScrReportFormat format);

/* The text of @data (@length bytes) in @format (AUTO: by @name's
 * extension, then by content: "%PDF-", "PK\3\4" with the ODT or DOCX
 * parts, "<html"/"<!DOCTYPE html"), as described above. @name is used in
 * errors only ("NAME: ..."). Errors: SCR_ERROR_PARSE for a document that
 * cannot be read as its format (naming the part: "word/document.xml"),
 * SCR_ERROR_INVALID_ARGUMENT for a format this build does not read, text
 * that is not UTF-8 (with the byte offset). Never returns NULL without an
 * error. */
char           *scr_report_text_from_data       (const char      *data,
                                                 gsize            length,
                                                 ScrReportFormat  format,
                                                 const char      *name,
                                                 GError         **error);

/* The same for a file, read with scr_file_read() (regular files only, at
 * most SCR_REPORT_MAX_SIZE). */
char           *scr_report_text_from_file       (const char      *filename,
                                                 ScrReportFormat  format,
                                                 GError         **error);

G_END_DECLS
