/* scr-cmd-publication.c: scr publication-check.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "scr-tool.h"

typedef struct
{
  char *case_id;
  char **gazetteers;
  char *format;
  char *redact;
  gboolean json;
  gboolean csv;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->case_id);
  g_strfreev (o->gazetteers);
  g_free (o->format);
  g_free (o->redact);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* The case to check against: --case, or the dataset's only case. */
static ScrCase *
find_case (ScrDataset *dataset,
           const char *source,
           const char *case_id,
           int        *status)
{
  GListModel *cases = scr_dataset_get_cases (dataset);
  guint n = g_list_model_get_n_items (cases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);

      if ((case_id == NULL && n == 1) || g_strcmp0 (scr_case_get_id (c), case_id) == 0)
        return g_steal_pointer (&c);
    }
  if (case_id == NULL)
    *status = scr_tool_fail ("publication-check: %s has %u cases; say which with --case ID",
                             source, n);
  else
    *status = scr_tool_fail ("publication-check: %s: no case \"%s\"", source, case_id);
  return NULL;
}

static gboolean
parse_format (const char      *text,
              ScrReportFormat *format)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SCR_TYPE_REPORT_FORMAT);
  GEnumValue *ev = text != NULL ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (text == NULL)
    {
      *format = SCR_REPORT_FORMAT_AUTO;
      return TRUE;
    }
  if (ev == NULL)
    return FALSE;
  *format = ev->value;
  return TRUE;
}

static void
print_text (const char *report,
            ScrCase    *scr_case,
            GListModel *found)
{
  guint n = g_list_model_get_n_items (found), counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);

      counts[scr_disclosure_get_severity (d)]++;
    }
  printf ("%s: %u restricted detail%s, %u other identifier%s, %u warning%s (case %s)\n", report,
          counts[SCR_DISCLOSURE_SEVERITY_RESTRICTED],
          counts[SCR_DISCLOSURE_SEVERITY_RESTRICTED] == 1 ? "" : "s",
          counts[SCR_DISCLOSURE_SEVERITY_IDENTIFIER],
          counts[SCR_DISCLOSURE_SEVERITY_IDENTIFIER] == 1 ? "" : "s",
          counts[SCR_DISCLOSURE_SEVERITY_WARNING],
          counts[SCR_DISCLOSURE_SEVERITY_WARNING] == 1 ? "" : "s",
          scr_case != NULL ? scr_case_get_id (scr_case) : "none");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);
      const char *suggestion = scr_disclosure_get_suggestion (d);
      g_autofree char *one_line = g_strdelimit (g_strdup (scr_disclosure_get_text (d)), "\n\f\r", ' ');

      printf ("\npage %u, line %u, column %u: %s (%s): \"%s\"\n", scr_disclosure_get_page (d),
              scr_disclosure_get_line (d), scr_disclosure_get_column (d),
              scr_tool_enum_nick (SCR_TYPE_DISCLOSURE_KIND, scr_disclosure_get_kind (d)),
              scr_tool_enum_nick (SCR_TYPE_DISCLOSURE_SEVERITY, scr_disclosure_get_severity (d)), one_line);
      printf ("  %s\n", scr_disclosure_get_context (d));
      printf ("  why: %s\n", scr_disclosure_get_reason (d));
      if (suggestion != NULL)
        printf ("  write instead: %s\n", suggestion);
    }
}

static void
print_json (GListModel *found)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);

      json_array_add_element (array, scr_disclosure_to_json (d));
    }
  json_node_set_array (root, array);
  scr_tool_print_json (root);
}

int
scr_cmd_publication_check (int    argc,
                           char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    { "case", 0, 0, G_OPTION_ARG_STRING, &o.case_id,
      "the case the report is about (needed when SOURCE has several)", "ID" },
    { "gazetteer", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.gazetteers,
      "local schools, streets and places to look for (repeatable)", "FILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o.format,
      "the report's format: text, markdown, html, odt, docx or pdf (default: by name)", "FORMAT" },
    { "redact", 0, 0, G_OPTION_ARG_FILENAME, &o.redact,
      "write a redacted copy of a text or Markdown report to FILE", "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "print the disclosures as JSON", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, "print the disclosures as CSV", NULL },
    { NULL }
  };
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrCase) scr_case = NULL;
  g_autoptr(ScrPublicationCheck) check = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  ScrReportFormat format;
  int status = 0;

  if (!scr_tool_parse_options (entries, "REPORT SOURCE",
                               "Find what in a review report would identify the child or family\n"
                               "of a case in the dataset SOURCE. Exit status 1 when anything is\n"
                               "found.", &argc, &argv))
    return 2;
  if (argc != 3)
    return scr_tool_fail ("publication-check: expected REPORT and SOURCE (a dataset file)");
  if (o.json && o.csv)
    return scr_tool_fail ("publication-check: --json and --csv cannot be used together");
  if (!parse_format (o.format, &format))
    return scr_tool_fail ("publication-check: --format: \"%s\" is not one of text, markdown, "
                          "html, odt, docx, pdf", o.format);
  dataset = scr_dataset_new_from_file (argv[2], &error);
  if (dataset == NULL)
    return scr_tool_fail ("%s", error->message);
  scr_case = find_case (dataset, argv[2], o.case_id, &status);
  if (scr_case == NULL)
    return status;
  check = scr_publication_check_new (scr_case);
  for (guint i = 0; o.gazetteers != NULL && o.gazetteers[i] != NULL; i++)
    if (!scr_publication_check_load_gazetteer (check, o.gazetteers[i], &error))
      return scr_tool_fail ("%s", error->message);
  found = scr_publication_check_check_file (check, argv[1], format, NULL, &error);
  if (found == NULL)
    return scr_tool_fail ("%s", error->message);
  if (o.redact != NULL && !scr_publication_check_write_redacted (check, argv[1], o.redact, &error))
    return scr_tool_fail ("%s", error->message);

  if (o.json)
    print_json (found);
  else if (o.csv)
    {
      g_autofree char *csv = scr_csv_model_to_string (found);

      fputs (csv, stdout);
    }
  else
    print_text (argv[1], scr_case, found);
  return g_list_model_get_n_items (found) > 0 ? 1 : 0;
}
