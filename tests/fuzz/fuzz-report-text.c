/* fuzz-report-text.c: a review report's text from bytes, in every format.
 *
 * Private API (linked through the static library). Each format this build
 * reads is tried on the input, and AUTO with and without a name that
 * picks the format: a result is valid UTF-8 and comes with no error, a
 * failure is one SCR_ERROR line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

#include "scr-report-text-private.h"

static const struct
{
  ScrReportFormat  format;
  const char      *name;
} attempts[] = {
  { SCR_REPORT_FORMAT_AUTO, "upload" },
  { SCR_REPORT_FORMAT_AUTO, "report.docx" },
  { SCR_REPORT_FORMAT_TEXT, "report" },
  { SCR_REPORT_FORMAT_MARKDOWN, "report" },
  { SCR_REPORT_FORMAT_HTML, "report" },
  { SCR_REPORT_FORMAT_ODT, "report" },
  { SCR_REPORT_FORMAT_DOCX, "report" },
  { SCR_REPORT_FORMAT_PDF, "report" },
};

static const char * const fatal_domains[] = { "Scr", "GLib", "GLib-GObject", "GLib-GIO" };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_init ();
  /* libgsf warns, in no log domain, of a damaged zip member it was asked
   * for, and libscr cannot ask it not to: only the domains of libscr and
   * GLib stay fatal. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_FATAL_MASK);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_domains); i++)
    g_log_set_fatal_mask (fatal_domains[i], G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING |
                          G_LOG_FATAL_MASK);
  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      text = scr_report_text_from_data ((const char *) data, size, attempts[i].format,
                                        attempts[i].name, &error);
      fuzz_assert ((text == NULL) == (error != NULL));
      if (text == NULL)
        {
          fuzz_assert (error->domain == SCR_ERROR);
          fuzz_assert (g_str_has_prefix (error->message, attempts[i].name));
          fuzz_check_error (error);
          continue;
        }
      fuzz_assert (g_utf8_validate (text, -1, NULL));
    }
  return 0;
}
