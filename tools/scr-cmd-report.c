/* scr-cmd-report.c: scr report, the reports a partnership publishes,
 * from a dataset file or the register: scr report scrutiny, scr report
 * review REVIEW-ID.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-args.h"
#include "scr-tool.h"

/* FROM..TO, either side empty for an open end; each YYYY[-MM[-DD]]. */
static gboolean
parse_period (const char  *text,
              ScrDate    **from,
              ScrDate    **to,
              GError     **error)
{
  const char *dots = strstr (text, "..");
  g_autofree char *first = NULL;

  if (dots == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "--period: \"%s\" is not FROM..TO (such as 2018-04-01..2019-03-31)", text);
      return FALSE;
    }
  first = g_strndup (text, dots - text);
  if (*first != '\0' && (*from = scr_args_parse_date (first, "--period", error)) == NULL)
    return FALSE;
  if (dots[2] != '\0' && (*to = scr_args_parse_date (dots + 2, "--period", error)) == NULL)
    return FALSE;
  return TRUE;
}

ScrDataset *
scr_tool_load_source (const char *command,
                      const char *file,
                      const char *uri,
                      int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = NULL;
  ScrDataset *dataset;

  if (file != NULL)
    {
      dataset = scr_dataset_new_from_file (file, &error);
      if (dataset == NULL)
        *status = scr_tool_fail ("%s: %s", command, error->message);
      return dataset;
    }
  store = scr_tool_open_register (command, uri, status);
  if (store == NULL)
    return NULL;
  dataset = scr_store_load (store, &error);
  if (dataset == NULL)
    *status = scr_tool_fail ("%s: %s", command, error->message);
  return dataset;
}

static int
write_report (ScrReport       *report,
              ScrReportOutput  format,
              const char      *output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (output != NULL)
    {
      if (!scr_report_write_file (report, format, output, &error))
        return scr_tool_fail ("report: %s", error->message);
      return 0;
    }
  if (format == SCR_REPORT_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) root = scr_report_to_json (report);

      scr_tool_print_json (root);
      return 0;
    }
  text = format == SCR_REPORT_OUTPUT_CSV ? scr_report_to_csv (report) : scr_report_to_html (report);
  fputs (text, stdout);
  return 0;
}

int
scr_cmd_report (int    argc,
                char **argv)
{
  g_autofree char *uri = NULL;
  g_autofree char *period = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "register", 'R', 0, G_OPTION_ARG_STRING, &uri,
      "The register (sqlite:PATH or a path; default $SCR_REGISTER)", "URI" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period,
      "Only the reviews with a step in FROM..TO (either side may be left empty)", "FROM..TO" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      "Report the deadlines' status as on DATE (default today)", "DATE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "html (default), csv, json or pdf (-o only)",
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE, atomically (default standard output)", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrDate) from = NULL;
  g_autoptr(ScrDate) to = NULL;
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ScrReportOutput format = SCR_REPORT_OUTPUT_HTML;
  const char *review_id = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "scrutiny|review REVIEW-ID [DATASET.json]",
                               "Write a report from a dataset file or the register: scrutiny, "
                               "one row per review with each step's date and deadline, and the "
                               "learning and outstanding actions beneath; review REVIEW-ID, the "
                               "review's summary, learning and action plan with each action's "
                               "RAG.", &argc, &argv))
    return 2;
  if (argc >= 2 && strcmp (argv[1], "review") == 0)
    {
      if (argc < 3)
        return scr_tool_fail ("report: review: give the review's id "
                              "(usage: scr report review [OPTION...] REVIEW-ID [DATASET.json])");
      review_id = argv[2];
      /* the rest as for scrutiny: argv[1] the kind, argv[2] the source */
      argv++;
      argc--;
      if (period != NULL)
        return scr_tool_fail ("report: review: --period is for the scrutiny report");
    }
  else if (argc < 2 || strcmp (argv[1], "scrutiny") != 0)
    return scr_tool_fail ("report: give the kind of report: scrutiny or review "
                          "(usage: scr report scrutiny|review REVIEW-ID [OPTION...] [DATASET.json])");
  if (argc > 3)
    return scr_tool_fail ("report: give one dataset file at most, or --register");
  if (argc == 3 && uri != NULL)
    return scr_tool_fail ("report: give a dataset file or --register, not both");
  if (format_text != NULL)
    {
      if (strcmp (format_text, "html") == 0)
        format = SCR_REPORT_OUTPUT_HTML;
      else if (strcmp (format_text, "csv") == 0)
        format = SCR_REPORT_OUTPUT_CSV;
      else if (strcmp (format_text, "json") == 0)
        format = SCR_REPORT_OUTPUT_JSON;
      else if (strcmp (format_text, "pdf") == 0)
        format = SCR_REPORT_OUTPUT_PDF;
      else
        return scr_tool_fail ("report: --format: \"%s\" is not html, csv, json or pdf", format_text);
    }
  if (format == SCR_REPORT_OUTPUT_PDF && output == NULL)
    return scr_tool_fail ("report: --format pdf: give the file to write with -o");
  if (period != NULL && !parse_period (period, &from, &to, &error))
    return scr_tool_fail ("report: %s", error->message);
  if (today_text != NULL && (today = scr_args_parse_day (today_text, &error)) == NULL)
    return scr_tool_fail ("report: --today: %s", error->message);

  dataset = scr_tool_load_source ("report", argc == 3 ? argv[2] : NULL,
                                   uri != NULL ? uri : g_getenv ("SCR_REGISTER"), &status);
  if (dataset == NULL)
    return status;
  if (review_id != NULL)
    report = scr_report_new_review (dataset, review_id, today, &error);
  else
    report = scr_report_new_scrutiny (dataset, from, to, today, &error);
  if (report == NULL)
    return scr_tool_fail ("report: %s", error->message);
  return write_report (report, format, output);
}
