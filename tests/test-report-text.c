/* test-report-text.c: a review report's text from each format. Private
 * API; the fixtures are tests/data/publication/reports/make-fixtures.py's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "scr-error.h"
#include "scr-report-text-private.h"

static const char report_txt[] = "Page one, line one\nline two\n\fPage two\nend\n";
static const char report_md[] = "# Review\n\nThe [school](https://example.org/s) said *no*.\n";
static const char report_html[] =
  "Review of practice\n"
  "Tom & Jerry\u2019s school\n"
  "One\nNested\nTwo\n"
  "Line\nafter break"
  "\fSecond page\n"
  "a b\n"
  "  keep\n  this";
static const char report_odt[] =
  "Serious case review\n"
  "Child A lived with her  mother.\n"
  "Tab\there\nsecond line & more\n"
  "Item one";
static const char report_docx[] =
  "First\t page  text\n"
  "Line\nbreak\n"
  "Still page one"
  "\fPage two & \u2019quoted\u2019";
static const char report_pdf[] = "First page, line one\nLine two\fSecond page";

static const struct
{
  const char      *file;
  ScrReportFormat  format;
  const char      *text;
} fixtures[] = {
  { "report.txt", SCR_REPORT_FORMAT_TEXT, report_txt },
  { "report.md", SCR_REPORT_FORMAT_MARKDOWN, report_md },
  { "report.html", SCR_REPORT_FORMAT_HTML, report_html },
  { "report.odt", SCR_REPORT_FORMAT_ODT, report_odt },
  { "report.docx", SCR_REPORT_FORMAT_DOCX, report_docx },
  { "report.pdf", SCR_REPORT_FORMAT_PDF, report_pdf },
};

static char *
fixture_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "data", "publication", "reports", file, NULL);
}

static char *
fixture_data (const char *file,
              gsize      *length)
{
  g_autofree char *path = fixture_path (file);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

/* An error in the SCR_ERROR domain, one line, starting with @name, that
 * quotes none of @secrets (words of the document). */
static void
assert_clean_error (const GError *error,
                    int           code,
                    const char   *name,
                    const char   *fragment,
                    const char  **secrets)
{
  g_assert_error (error, SCR_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_true (g_str_has_prefix (error->message + strlen (name), ": "));
  g_assert_null (strchr (error->message, '\n'));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" not in \"%s\"", fragment, error->message);
  for (guint i = 0; secrets != NULL && secrets[i] != NULL; i++)
    if (strstr (error->message, secrets[i]) != NULL)
      g_error ("\"%s\" quotes the document: \"%s\"", error->message, secrets[i]);
}

/* Each format, named explicitly and found by extension (AUTO). */
static void
test_fixture (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *path = fixture_path (fixtures[i].file);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  if (!scr_report_format_is_supported (fixtures[i].format))
    {
      g_test_skip ("this build does not read the format");
      return;
    }
  text = scr_report_text_from_file (path, fixtures[i].format, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, fixtures[i].text);

  again = scr_report_text_from_file (path, SCR_REPORT_FORMAT_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, fixtures[i].text);
}

/* AUTO with a name that says nothing: the content decides. */
static void
test_auto_content (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_autofree char *text = NULL;
      gsize length = 0;

      if (!scr_report_format_is_supported (fixtures[i].format))
        continue;
      data = fixture_data (fixtures[i].file, &length);
      text = scr_report_text_from_data (data, length, SCR_REPORT_FORMAT_AUTO, "upload-1", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, fixtures[i].text);
    }
}

/* The content's first bytes, when the name says nothing. */
static void
test_auto_sniff (void)
{
  static const struct
  {
    const char      *data;
    ScrReportFormat  format;   /* the format the content is read as */
    const char      *text;     /* NULL: an error of that format */
    const char      *fragment;
  } cases[] = {
    { "\xEF\xBB\xBF \n<!doctype HTML><p>x</p>", SCR_REPORT_FORMAT_HTML, "x", NULL },
    { "<HTML><body>y", SCR_REPORT_FORMAT_HTML, "y", NULL },
    { "<p>not sniffed</p>", SCR_REPORT_FORMAT_TEXT, "<p>not sniffed</p>", NULL },
    { "%PDF-1.7 broken", SCR_REPORT_FORMAT_PDF, NULL, "PDF" },
    { "PK\3\4 broken", SCR_REPORT_FORMAT_DOCX, NULL, "zip" },
    { "plain\r\n", SCR_REPORT_FORMAT_TEXT, "plain\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (!scr_report_format_is_supported (cases[i].format))
        continue;
      text = scr_report_text_from_data (cases[i].data, strlen (cases[i].data),
                                        SCR_REPORT_FORMAT_AUTO, "upload", &error);
      if (cases[i].text != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (text, ==, cases[i].text);
        }
      else
        {
          g_assert_null (text);
          assert_clean_error (error, SCR_ERROR_PARSE, "upload", cases[i].fragment, NULL);
        }
    }
}

static void
test_format_from_filename (void)
{
  g_assert_cmpint (scr_report_format_from_filename ("a.txt"), ==, SCR_REPORT_FORMAT_TEXT);
  g_assert_cmpint (scr_report_format_from_filename ("a.TEXT"), ==, SCR_REPORT_FORMAT_TEXT);
  g_assert_cmpint (scr_report_format_from_filename ("dir.pdf/a.md"), ==, SCR_REPORT_FORMAT_MARKDOWN);
  g_assert_cmpint (scr_report_format_from_filename ("a.Markdown"), ==, SCR_REPORT_FORMAT_MARKDOWN);
  g_assert_cmpint (scr_report_format_from_filename ("a.htm"), ==, SCR_REPORT_FORMAT_HTML);
  g_assert_cmpint (scr_report_format_from_filename ("a.xhtml"), ==, SCR_REPORT_FORMAT_HTML);
  g_assert_cmpint (scr_report_format_from_filename ("a.HTML"), ==, SCR_REPORT_FORMAT_HTML);
  g_assert_cmpint (scr_report_format_from_filename ("a.odt"), ==, SCR_REPORT_FORMAT_ODT);
  g_assert_cmpint (scr_report_format_from_filename ("a.DocX"), ==, SCR_REPORT_FORMAT_DOCX);
  g_assert_cmpint (scr_report_format_from_filename ("REPORT.PDF"), ==, SCR_REPORT_FORMAT_PDF);
  g_assert_cmpint (scr_report_format_from_filename ("a.pdf.bak"), ==, SCR_REPORT_FORMAT_TEXT);
  g_assert_cmpint (scr_report_format_from_filename ("pdf"), ==, SCR_REPORT_FORMAT_TEXT);
  g_assert_cmpint (scr_report_format_from_filename (""), ==, SCR_REPORT_FORMAT_TEXT);

  g_assert_true (scr_report_format_is_supported (SCR_REPORT_FORMAT_AUTO));
  g_assert_true (scr_report_format_is_supported (SCR_REPORT_FORMAT_TEXT));
  g_assert_true (scr_report_format_is_supported (SCR_REPORT_FORMAT_MARKDOWN));
  g_assert_false (scr_report_format_is_supported ((ScrReportFormat) 99));
}

/* Line ends, a BOM, an empty report; the text is kept otherwise. */
static void
test_plain (void)
{
  static const struct
  {
    const char *data;
    const char *text;
  } cases[] = {
    { "", "" },
    { "\xEF\xBB\xBF", "" },
    { "a\r\nb\rc\nd", "a\nb\nc\nd" },
    { "a\r\r\nb\r", "a\n\nb\n" },
    { "one\ftwo\f", "one\ftwo\f" },
    { "caf\xC3\xA9 \xE2\x80\x94 ok", "caf\xC3\xA9 \xE2\x80\x94 ok" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = scr_report_text_from_data (cases[i].data, strlen (cases[i].data),
                                                         SCR_REPORT_FORMAT_TEXT, "r.txt", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The offset is the file's (a BOM counts), and no byte of the text is in
 * the message. */
static void
test_invalid_utf8 (void)
{
  static const struct
  {
    const char *data;
    gsize       length;
    const char *message;
  } cases[] = {
    { "Jane\xFF Doe", 9, "r.md: is not UTF-8 text: an invalid byte sequence at byte offset 4" },
    { "\xEF\xBB\xBF" "ab\xC3", 6, "r.md: is not UTF-8 text: an invalid byte sequence at byte offset 5" },
    { "Jane\0Doe", 8, "r.md: is not UTF-8 text: a NUL byte at byte offset 4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = scr_report_text_from_data (cases[i].data, cases[i].length,
                                                         SCR_REPORT_FORMAT_AUTO, "r.md", &error);

      g_assert_null (text);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = fixture_path ("no-such-report.pdf");
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "data", "publication", NULL);
  g_autofree char *text = NULL;

  text = scr_report_text_from_file (missing, SCR_REPORT_FORMAT_AUTO, &error);
  g_assert_null (text);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_clear_error (&error);

  text = scr_report_text_from_file (directory, SCR_REPORT_FORMAT_TEXT, &error);
  g_assert_null (text);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_true (g_str_has_prefix (error->message, directory));
}

/* Zip archives that are no document, or one too large to inflate. */
static void
test_office_errors (void)
{
  const char *secrets[] = { "First", "page", "Secret", "Name", NULL };
  g_autofree char *docx = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length = 0;

  if (!scr_report_format_is_supported (SCR_REPORT_FORMAT_DOCX))
    {
      g_test_skip ("this build does not read DOCX");
      return;
    }

  /* cut before the central directory */
  docx = fixture_data ("report.docx", &length);
  text = scr_report_text_from_data (docx, length / 2, SCR_REPORT_FORMAT_DOCX, "cut.docx", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "cut.docx", "zip", secrets);
  g_clear_error (&error);

  /* a zip of neither kind, by content */
  text = scr_report_text_from_data (docx, length / 2, SCR_REPORT_FORMAT_AUTO, "upload", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "upload", "zip", secrets);
  g_clear_error (&error);

  path = fixture_path ("no-document.docx");
  text = scr_report_text_from_file (path, SCR_REPORT_FORMAT_AUTO, &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, path, "word/document.xml", secrets);
  g_clear_error (&error);
  g_clear_pointer (&path, g_free);

  /* by content, a zip with neither part */
  g_clear_pointer (&docx, g_free);
  docx = fixture_data ("no-document.docx", &length);
  text = scr_report_text_from_data (docx, length, SCR_REPORT_FORMAT_AUTO, "upload", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "upload", "neither", secrets);
  g_clear_error (&error);

  /* an ODT named so, but a DOCX inside */
  text = scr_report_text_from_data (docx, length, SCR_REPORT_FORMAT_ODT, "r.odt", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "r.odt", "content.xml", secrets);
  g_clear_error (&error);

  path = fixture_path ("bomb.docx");
  text = scr_report_text_from_file (path, SCR_REPORT_FORMAT_AUTO, &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, path, "word/document.xml is too large", secrets);
  g_clear_error (&error);
  g_clear_pointer (&path, g_free);

  path = fixture_path ("malformed.docx");
  text = scr_report_text_from_file (path, SCR_REPORT_FORMAT_AUTO, &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, path, "not well-formed XML (line 1", secrets);
  g_clear_error (&error);
  g_clear_pointer (&path, g_free);
}

static void
test_pdf_errors (void)
{
  const char *secrets[] = { "Jane", NULL };
  static const char broken[] = "%PDF-1.4\n1 0 obj (Jane) endobj\ntrailer << >>\n%%EOF\n";
  g_autoptr(GError) error = NULL;
  char *text;

  if (!scr_report_format_is_supported (SCR_REPORT_FORMAT_PDF))
    {
      g_test_skip ("this build does not read PDF");
      return;
    }
  text = scr_report_text_from_data (broken, sizeof broken - 1, SCR_REPORT_FORMAT_AUTO, "b.pdf", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "b.pdf", "not a readable PDF", secrets);
  g_clear_error (&error);

  text = scr_report_text_from_data ("", 0, SCR_REPORT_FORMAT_PDF, "empty.pdf", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_PARSE, "empty.pdf", "PDF", secrets);
}

/* HTML the parser recovers from, and a nesting deep enough to break a
 * recursive walk. */
static void
test_html_edges (void)
{
  static const struct
  {
    const char *data;
    const char *text;
  } cases[] = {
    { "", "" },
    { "<p>one<p>two", "one\ntwo" },
    { "  <html><body>a  <b>bold</b>\n<i>x</i></body></html>", "a bold x" },
    { "<html><body><p>x</p><p style='break-after: page'>y</p><p>z</p>", "x\ny\fz" },
    { "<html><body><div style='page-break-before:always'>first</div>", "first" },
    { "<html>a<br><br>b &lt;c&gt; &#233;", "a\n\nb <c> \xC3\xA9" },
    { "<html><body><p>caf\xE9</p>", NULL },  /* Latin-1 byte: valid UTF-8 out */
  };
  g_autoptr(GString) deep = g_string_new ("<html><body>");

  if (!scr_report_format_is_supported (SCR_REPORT_FORMAT_HTML))
    {
      g_test_skip ("this build does not read HTML");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = scr_report_text_from_data (cases[i].data, strlen (cases[i].data),
                                                         SCR_REPORT_FORMAT_HTML, "r.html", &error);

      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      if (cases[i].text != NULL)
        g_assert_cmpstr (text, ==, cases[i].text);
    }

  for (guint i = 0; i < 5000; i++)
    g_string_append (deep, "<div><span>");
  g_string_append (deep, "bottom");
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *text = scr_report_text_from_data (deep->str, deep->len, SCR_REPORT_FORMAT_HTML,
                                                       "deep.html", &error);

    g_assert_no_error (error);
    g_assert_nonnull (text);
  }
}

/* A format this build lacks is refused, naming the library; an unknown
 * format value too. */
static void
test_unsupported (void)
{
  static const ScrReportFormat formats[] = {
    SCR_REPORT_FORMAT_HTML, SCR_REPORT_FORMAT_ODT, SCR_REPORT_FORMAT_DOCX, SCR_REPORT_FORMAT_PDF,
  };
  g_autoptr(GError) error = NULL;
  char *text;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (scr_report_format_is_supported (formats[i]))
        continue;
      text = scr_report_text_from_data ("x", 1, formats[i], "r", &error);
      g_assert_null (text);
      assert_clean_error (error, SCR_ERROR_INVALID_ARGUMENT, "r", "need a libscr built with", NULL);
      g_clear_error (&error);
    }
  text = scr_report_text_from_data ("x", 1, (ScrReportFormat) 99, "r", &error);
  g_assert_null (text);
  assert_clean_error (error, SCR_ERROR_INVALID_ARGUMENT, "r", NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scr/publication/report-text/fixture/%s",
                                               fixtures[i].file);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_fixture);
    }
  g_test_add_func ("/scr/publication/report-text/auto-content", test_auto_content);
  g_test_add_func ("/scr/publication/report-text/auto-sniff", test_auto_sniff);
  g_test_add_func ("/scr/publication/report-text/format-from-filename", test_format_from_filename);
  g_test_add_func ("/scr/publication/report-text/plain", test_plain);
  g_test_add_func ("/scr/publication/report-text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/scr/publication/report-text/file-errors", test_file_errors);
  g_test_add_func ("/scr/publication/report-text/office-errors", test_office_errors);
  g_test_add_func ("/scr/publication/report-text/pdf-errors", test_pdf_errors);
  g_test_add_func ("/scr/publication/report-text/html-edges", test_html_edges);
  g_test_add_func ("/scr/publication/report-text/unsupported", test_unsupported);

  return g_test_run ();
}
