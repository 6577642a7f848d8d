/* scr-report-office.c: an ODT or DOCX report's text.
 *
 * libgsf opens the zip archive; the one part with the text (content.xml,
 * word/document.xml) is well-formed XML, so GMarkup reads it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-date-private.h"

#include <gsf/gsf.h>

#include "scr-error.h"
#include "scr-report-formats-private.h"
#include "scr-text-out-private.h"

/* A text:s element asks for text:c spaces; more than this is no layout
 * anybody needs, and a few bytes must not become gigabytes. */
#define MAX_SPACES 1024

typedef struct
{
  ScrTextOut out;
  gboolean   odt;
  guint      paragraph_depth;  /* ODT: inside text:p or text:h */
} OfficeParse;

static const char *
parent_element (GMarkupParseContext *context)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  return stack != NULL && stack->next != NULL ? stack->next->data : NULL;
}

static const char *
attribute (const char  *wanted,
           const char **names,
           const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], wanted))
      return values[i];
  return NULL;
}

static void
odt_start (OfficeParse  *parse,
           const char   *element,
           const char  **names,
           const char  **values)
{
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      scr_text_out_end_line (&parse->out);
      parse->paragraph_depth++;
    }
  else if (parse->paragraph_depth == 0)
    return;
  else if (g_str_equal (element, "text:s"))
    {
      const char *c = attribute ("text:c", names, values);
      guint64 n = c != NULL ? g_ascii_strtoull (c, NULL, 10) : 1;

      n = CLAMP (n, 1, MAX_SPACES);
      for (guint64 i = 0; i < n; i++)
        scr_text_out_raw (&parse->out, " ", 1);
    }
  else if (g_str_equal (element, "text:tab"))
    scr_text_out_raw (&parse->out, "\t", 1);
  else if (g_str_equal (element, "text:line-break"))
    scr_text_out_break (&parse->out);
}

static void
docx_start (OfficeParse          *parse,
            GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values)
{
  const char *parent = parent_element (context);

  /* a w:tab in w:tabs is a tab stop, not a tab */
  if (g_str_equal (element, "w:tab") && g_strcmp0 (parent, "w:r") == 0)
    scr_text_out_raw (&parse->out, "\t", 1);
  else if (g_str_equal (element, "w:br"))
    {
      /* Only the explicit page break: w:lastRenderedPageBreak is where
       * the last program that saved the file broke, not the document's. */
      if (g_strcmp0 (attribute ("w:type", names, values), "page") == 0)
        scr_text_out_page (&parse->out);
      else
        scr_text_out_break (&parse->out);
    }
  else if (g_str_equal (element, "w:cr"))
    scr_text_out_break (&parse->out);
}

static void
office_start_element (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              user_data,
                      GError              **error)
{
  OfficeParse *parse = user_data;

  if (parse->odt)
    odt_start (parse, element, names, values);
  else
    docx_start (parse, context, element, names, values);
}

static void
office_end_element (GMarkupParseContext  *context,
                    const char           *element,
                    gpointer              user_data,
                    GError              **error)
{
  OfficeParse *parse = user_data;

  if (parse->odt && (g_str_equal (element, "text:p") || g_str_equal (element, "text:h")))
    {
      parse->paragraph_depth--;
      scr_text_out_end_line (&parse->out);
    }
  else if (!parse->odt && g_str_equal (element, "w:p"))
    scr_text_out_end_line (&parse->out);
}

static void
office_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  OfficeParse *parse = user_data;

  /* ODF collapses white space as HTML does (text:s is the way to more
   * spaces); w:t is text exactly. */
  if (parse->odt && parse->paragraph_depth > 0)
    scr_text_out_collapsed (&parse->out, text, length);
  else if (!parse->odt && g_strcmp0 (g_markup_parse_context_get_element (context), "w:t") == 0)
    scr_text_out_raw (&parse->out, text, length);
}

static const GMarkupParser office_parser = {
  office_start_element,
  office_end_element,
  office_text,
  NULL,
  NULL,
};

/* The part @path ("word/document.xml") of @zip, uncompressed, refused if
 * over SCR_REPORT_MAX_SIZE before a byte is inflated. */
static char *
read_zip_part (GsfInfile   *zip,
               const char  *path,
               const char  *what,
               const char  *name,
               gsize       *length,
               GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  GsfInput *part = gsf_infile_child_by_aname (zip, (const char **) parts);
  g_autofree char *buffer = NULL;
  gsf_off_t size;
  gsf_off_t done = 0;

  /* libgsf has no g_autoptr: @part is unreferenced on every return */
  if (part == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: is not %s: it has no %s", name, what, path);
      return NULL;
    }
  size = gsf_input_size (part);
  if (size < 0 || (guint64) size > SCR_REPORT_MAX_SIZE)
    {
      g_object_unref (part);
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: %s is too large: %" G_GINT64_FORMAT " bytes uncompressed, over the limit of "
                   SCR_REPORT_MAX_SIZE_TEXT, name, path, (gint64) size);
      return NULL;
    }
  buffer = g_malloc ((gsize) size + 1);
  while (done < size)
    {
      gsize chunk = (gsize) MIN (size - done, 1 << 16);

      if (gsf_input_read (part, chunk, (guint8 *) buffer + done) == NULL)
        {
          g_object_unref (part);
          g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                       "%s: %s cannot be read: the zip data is damaged", name, path);
          return NULL;
        }
      done += (gsf_off_t) chunk;
    }
  g_object_unref (part);
  buffer[size] = '\0';
  *length = (gsize) size;
  return g_steal_pointer (&buffer);
}

static char *
parse_office_part (const char  *xml,
                   gsize        length,
                   gboolean     odt,
                   const char  *path,
                   const char  *name,
                   GError     **error)
{
  OfficeParse parse = { { NULL }, odt, 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;

  scr_text_out_init (&parse.out);
  context = g_markup_parse_context_new (&office_parser, 0, &parse, NULL);
  if (!g_markup_parse_context_parse (context, xml, (gssize) length, &parse_error) ||
      !g_markup_parse_context_end_parse (context, &parse_error))
    {
      int line = 0;
      int column = 0;

      /* GMarkup's own message may quote the document: only the place */
      g_markup_parse_context_get_position (context, &line, &column);
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: %s is not well-formed XML (line %d, character %d)",
                   name, path, line, column);
      scr_text_out_clear (&parse.out);
      return NULL;
    }
  return scr_text_out_finish (&parse.out);
}

static gboolean
has_member (GsfInfile  *directory,
            const char *name)
{
  int n = gsf_infile_num_children (directory);

  for (int i = 0; i < n; i++)
    if (g_strcmp0 (gsf_infile_name_by_index (directory, i), name) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @file is in @zip's @directory (NULL: at the top), by the names
 * alone: opening a damaged member makes libgsf print a warning. */
static gboolean
zip_has (GsfInfile  *zip,
         const char *directory,
         const char *file)
{
  GsfInput *child;
  gboolean found;

  if (directory == NULL)
    return has_member (zip, file);
  if (!has_member (zip, directory))
    return FALSE;
  child = gsf_infile_child_by_name (zip, directory);
  if (child == NULL)
    return FALSE;
  /* a file has no children: -1 */
  found = gsf_infile_num_children (GSF_INFILE (child)) >= 0 && has_member (GSF_INFILE (child), file);
  g_object_unref (child);
  return found;
}

static guint
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
le32 (const guchar *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* Whether every entry of the zip's central directory has a real MS-DOS
 * date and time. libgsf turns an impossible one (30 February, hour 25)
 * into a NULL GDateTime it then unrefs, a GLib critical that an
 * application run with G_DEBUG=fatal-criticals dies of; such an archive
 * is damaged anyway. An archive whose directory cannot be found is left
 * for libgsf to refuse. */
static gboolean
zip_dates_valid (const guchar *data,
                 gsize         length)
{
  gsize end, at, dir_end;

  if (length < 22)
    return TRUE;
  /* the end-of-directory record: within the last 64 KiB (its comment) */
  for (end = length - 22;; end--)
    {
      if (memcmp (data + end, "PK\x05\x06", 4) == 0)
        break;
      if (end == 0 || length - end > 22 + 0xFFFF)
        return TRUE;
    }
  at = le32 (data + end + 16);
  dir_end = at + le32 (data + end + 12);
  if (dir_end > end || at > dir_end)
    return TRUE;
  while (at + 46 <= dir_end && memcmp (data + at, "PK\x01\x02", 4) == 0)
    {
      guint time = le16 (data + at + 12), date = le16 (data + at + 14);
      int day = date & 31, month = (date >> 5) & 15, year = 1980 + (date >> 9);

      if (month < 1 || month > 12 || day < 1 || day > scr_days_in_month (year, month) ||
          (time >> 11) > 23 || ((time >> 5) & 63) > 59 || (time & 31) > 29)
        return FALSE;
      at += 46 + le16 (data + at + 28) + le16 (data + at + 30) + le16 (data + at + 32);
    }
  return TRUE;
}

/* ODT or DOCX, or for AUTO whichever the archive's parts say it is. */
char *
scr_report_text_from_office (const char       *data,
                             gsize             length,
                             ScrReportFormat   format,
                             const char       *name,
                             GError          **error)
{
  GsfInput *input = gsf_input_memory_new ((const guint8 *) data, (gsf_off_t) length, FALSE);
  GsfInfile *zip;
  g_autoptr(GError) zip_error = NULL;
  g_autofree char *xml = NULL;
  const char *path;
  gsize xml_length = 0;

  if (!zip_dates_valid ((const guchar *) data, length))
    {
      g_object_unref (input);
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: a damaged zip archive (an entry's date is impossible)", name);
      return NULL;
    }
  /* libgsf has no g_autoptr; the zip holds its own reference to @input */
  zip = gsf_infile_zip_new (input, &zip_error);
  g_object_unref (input);
  if (zip == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: is not %s: not a readable zip archive", name,
                   format == SCR_REPORT_FORMAT_ODT ? "an ODT document" :
                   format == SCR_REPORT_FORMAT_DOCX ? "a DOCX document" : "a report");
      return NULL;
    }
  if (format == SCR_REPORT_FORMAT_AUTO)
    {
      if (zip_has (zip, "word", "document.xml"))
        format = SCR_REPORT_FORMAT_DOCX;
      else if (zip_has (zip, NULL, "content.xml"))
        format = SCR_REPORT_FORMAT_ODT;
      else
        {
          g_object_unref (zip);
          g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                       "%s: is a zip archive but neither an ODT document (content.xml) "
                       "nor a DOCX document (word/document.xml)", name);
          return NULL;
        }
    }
  path = format == SCR_REPORT_FORMAT_ODT ? "content.xml" : "word/document.xml";
  xml = read_zip_part (zip, path,
                       format == SCR_REPORT_FORMAT_ODT ? "an ODT document" : "a DOCX document",
                       name, &xml_length, error);
  g_object_unref (zip);
  if (xml == NULL)
    return NULL;
  return parse_office_part (xml, xml_length, format == SCR_REPORT_FORMAT_ODT, path, name, error);
}
