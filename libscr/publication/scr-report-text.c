/* scr-report-text.c: a report's words as plain text.
 *
 * Every format comes out the same way: pages joined by '\f', lines by
 * '\n'. Plain text and Markdown are kept byte for byte (but for line
 * ends), so that an offset in the text is one in the file too; HTML
 * (scr-report-html.c), ODT and DOCX (scr-report-office.c) are rebuilt
 * from their blocks; PDF is poppler's text, page by page.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#if HAVE_POPPLER
#include <poppler.h>
#endif

#include "scr-error.h"
#include "scr-file-private.h"
#include "scr-report-formats-private.h"
#include "scr-report-text-private.h"
#include "scr-text-out-private.h"

static const struct
{
  const char      *extension;
  ScrReportFormat  format;
} extensions[] = {
  { ".txt", SCR_REPORT_FORMAT_TEXT },
  { ".text", SCR_REPORT_FORMAT_TEXT },
  { ".md", SCR_REPORT_FORMAT_MARKDOWN },
  { ".markdown", SCR_REPORT_FORMAT_MARKDOWN },
  { ".html", SCR_REPORT_FORMAT_HTML },
  { ".htm", SCR_REPORT_FORMAT_HTML },
  { ".xhtml", SCR_REPORT_FORMAT_HTML },
  { ".odt", SCR_REPORT_FORMAT_ODT },
  { ".docx", SCR_REPORT_FORMAT_DOCX },
  { ".pdf", SCR_REPORT_FORMAT_PDF },
};

/* AUTO for a name with none of the known extensions. */
static ScrReportFormat
format_from_extension (const char *filename)
{
  gsize length = strlen (filename);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      gsize n = strlen (extensions[i].extension);

      if (length > n && g_ascii_strcasecmp (filename + length - n, extensions[i].extension) == 0)
        return extensions[i].format;
    }
  return SCR_REPORT_FORMAT_AUTO;
}

ScrReportFormat
scr_report_format_from_filename (const char *filename)
{
  ScrReportFormat format;

  g_return_val_if_fail (filename != NULL, SCR_REPORT_FORMAT_TEXT);

  format = format_from_extension (filename);
  return format == SCR_REPORT_FORMAT_AUTO ? SCR_REPORT_FORMAT_TEXT : format;
}

gboolean
scr_report_format_is_supported (ScrReportFormat format)
{
  switch (format)
    {
    case SCR_REPORT_FORMAT_AUTO:
    case SCR_REPORT_FORMAT_TEXT:
    case SCR_REPORT_FORMAT_MARKDOWN:
      return TRUE;
    case SCR_REPORT_FORMAT_HTML:
      return HAVE_LIBXML2;
    case SCR_REPORT_FORMAT_ODT:
    case SCR_REPORT_FORMAT_DOCX:
      return HAVE_GSF;
    case SCR_REPORT_FORMAT_PDF:
      return HAVE_POPPLER;
    default:
      return FALSE;
    }
}

/* ---- Plain text and Markdown ---------------------------------------- */

/* Validates and keeps the text, but for a BOM and CRLF or CR line ends;
 * the offset in an error is the file's. */
static char *
text_from_plain (const char  *data,
                 gsize        length,
                 const char  *name,
                 GError     **error)
{
  const char *start = data;
  const char *end = NULL;
  GString *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  if (!g_utf8_validate_len (start, length - (gsize) (start - data), &end))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: is not UTF-8 text: %s at byte offset %" G_GSIZE_FORMAT,
                   name, *end == '\0' ? "a NUL byte" : "an invalid byte sequence",
                   (gsize) (end - data));
      return NULL;
    }
  text = g_string_sized_new (length + 1);
  for (const char *p = start; p < data + length; p++)
    {
      if (*p != '\r')
        g_string_append_c (text, *p);
      else if (p + 1 == data + length || p[1] != '\n')
        g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* ---- PDF ------------------------------------------------------------ */

#if HAVE_POPPLER

static char *
text_from_pdf (const char  *data,
               gsize        length,
               const char  *name,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GError) pdf_error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerDocument *document;  /* poppler-glib has no g_autoptr */
  int n_pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &pdf_error);
  if (document == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE, "%s: %s", name,
                   g_error_matches (pdf_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED)
                   ? "is an encrypted PDF document (it needs a password)"
                   : "is not a readable PDF document");
      return NULL;
    }
  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = page != NULL ? poppler_page_get_text (page) : NULL;
      gsize page_length = page_text != NULL ? strlen (page_text) : 0;

      g_clear_object (&page);

      if (i > 0)
        g_string_append_c (text, '\f');
      /* a page's last line end is the page break's */
      while (page_length > 0 && scr_text_out_is_space (page_text[page_length - 1]))
        page_length--;
      for (gsize j = 0; j < page_length; j++)
        {
          char c = page_text[j];

          if (c == '\r' && j + 1 < page_length && page_text[j + 1] == '\n')
            continue;
          g_string_append_c (text, c == '\r' ? '\n' : c == '\f' ? ' ' : c);
        }
      if (text->len > SCR_REPORT_MAX_SIZE)
        {
          g_object_unref (document);
          g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                       "%s: the PDF document's text is over the limit of " SCR_REPORT_MAX_SIZE_TEXT, name);
          return NULL;
        }
    }
  g_object_unref (document);
  return scr_text_out_make_valid (g_string_free (g_steal_pointer (&text), FALSE));
}

#endif /* HAVE_POPPLER */

/* ---- Choosing the format -------------------------------------------- */

static gboolean
has_prefix_nocase (const char *data,
                   gsize       length,
                   const char *prefix)
{
  gsize n = strlen (prefix);

  return length >= n && g_ascii_strncasecmp (data, prefix, n) == 0;
}

/* AUTO by content; a zip archive is ODT or DOCX by its parts, later. */
static ScrReportFormat
format_from_content (const char *data,
                     gsize       length)
{
  const char *p = data;
  gsize rest = length;

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return SCR_REPORT_FORMAT_PDF;
  if (length >= 4 && memcmp (data, "PK\3\4", 4) == 0)
    return SCR_REPORT_FORMAT_AUTO;
  if (rest >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    {
      p += 3;
      rest -= 3;
    }
  while (rest > 0 && scr_text_out_is_space (*p))
    {
      p++;
      rest--;
    }
  if (has_prefix_nocase (p, rest, "<html") || has_prefix_nocase (p, rest, "<!doctype html"))
    return SCR_REPORT_FORMAT_HTML;
  return SCR_REPORT_FORMAT_TEXT;
}

static const char *
format_needs (ScrReportFormat format)
{
  switch (format)
    {
    case SCR_REPORT_FORMAT_HTML:
      return "HTML reports need a libscr built with libxml2";
    case SCR_REPORT_FORMAT_ODT:
      return "ODT reports need a libscr built with libgsf";
    case SCR_REPORT_FORMAT_DOCX:
      return "DOCX reports need a libscr built with libgsf";
    case SCR_REPORT_FORMAT_AUTO:
      return "ODT and DOCX reports need a libscr built with libgsf";
    case SCR_REPORT_FORMAT_PDF:
      return "PDF reports need a libscr built with poppler-glib";
    case SCR_REPORT_FORMAT_TEXT:
    case SCR_REPORT_FORMAT_MARKDOWN:
    default:
      return "this report format is not known";
    }
}

char *
scr_report_text_from_data (const char       *data,
                           gsize             length,
                           ScrReportFormat   format,
                           const char       *name,
                           GError          **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "report";
  if (data == NULL)
    data = "";
  if (format == SCR_REPORT_FORMAT_AUTO)
    format = format_from_extension (name);
  if (format == SCR_REPORT_FORMAT_AUTO)
    format = format_from_content (data, length);
  /* AUTO here: a zip archive, told apart by its parts */
  if (format == SCR_REPORT_FORMAT_AUTO ? !HAVE_GSF : !scr_report_format_is_supported (format))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT, "%s: %s",
                   name, format_needs (format));
      return NULL;
    }

  switch (format)
    {
    case SCR_REPORT_FORMAT_TEXT:
    case SCR_REPORT_FORMAT_MARKDOWN:
      /* Markdown as its text: the markup is no name and stays, so that
       * an offset in the text is one in the file */
      return text_from_plain (data, length, name, error);
    case SCR_REPORT_FORMAT_HTML:
#if HAVE_LIBXML2
      return scr_report_text_from_html (data, length, name, error);
#endif
      break;
    case SCR_REPORT_FORMAT_AUTO:
    case SCR_REPORT_FORMAT_ODT:
    case SCR_REPORT_FORMAT_DOCX:
#if HAVE_GSF
      return scr_report_text_from_office (data, length, format, name, error);
#endif
      break;
    case SCR_REPORT_FORMAT_PDF:
#if HAVE_POPPLER
      return text_from_pdf (data, length, name, error);
#endif
      break;
    default:
      break;
    }
  /* not reached: refused above */
  g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT, "%s: %s", name, format_needs (format));
  return NULL;
}

char *
scr_report_text_from_file (const char       *filename,
                           ScrReportFormat   format,
                           GError          **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = scr_file_read (filename, SCR_REPORT_MAX_SIZE, &length, error);
  if (data == NULL)
    return NULL;
  return scr_report_text_from_data (data, length, format, filename, error);
}

