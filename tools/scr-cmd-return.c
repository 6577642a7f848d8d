/* scr-cmd-return.c: scr return, a national return filled from one case
 * of a dataset file or the register: scr return panel-notification CASE,
 * scr return case-review-tracker CASE [--review REVIEW].
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-tool.h"

/* Each field as "label: value", then what the record lacks. */
static void
print_table (ScrReturn *r)
{
  GListModel *fields = scr_return_get_fields (r);
  GListModel *missing = scr_return_get_missing (r);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (fields, i);
      const char *value = scr_return_field_get_value (field);

      printf ("%s: %s\n", scr_return_field_get_label (field), value != NULL ? value : "-");
    }
  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (missing, i);

      printf ("missing: %s (%s)\n", scr_return_field_get_id (field),
              scr_return_field_get_source (field));
    }
}

int
scr_cmd_return (int    argc,
                char **argv)
{
  g_autofree char *uri = NULL;
  g_autofree char *review = NULL;
  gboolean json = FALSE, csv = FALSE, no_restricted = FALSE;
  GOptionEntry entries[] = {
    SCR_TOOL_REGISTER_ENTRY (&uri),
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Write JSON: the fields, missing and withheld", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Write CSV: field, label, value, source", NULL },
    { "review", 0, 0, G_OPTION_ARG_STRING, &review,
      "Fill the return from this review of the case (a case with several reviews)", "REVIEW" },
    { "no-restricted", 0, 0, G_OPTION_ARG_NONE, &no_restricted,
      "Leave out the child's restricted details (names, date of birth, address)", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrReturn) r = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) kinds = scr_return_list_kinds ();
  int status = 0;

  if (!scr_tool_parse_options (entries, "KIND CASE [DATASET.json]",
                               "Fill a national return from one case of a dataset file or the "
                               "register: panel-notification, the serious incident notification "
                               "to the Child Safeguarding Practice Review Panel; "
                               "case-review-tracker, the health Safeguarding Case Review "
                               "Tracker's record of the case's review. Exit status 1 "
                               "when required fields are missing.", &argc, &argv))
    return 2;
  if (argc < 3)
    return scr_tool_fail ("return: give the kind of return and a case "
                          "(usage: scr return panel-notification CASE [DATASET.json])");
  if (!g_strv_contains ((const char * const *) kinds, argv[1]))
    {
      g_autofree char *list = g_strjoinv (", ", kinds);

      return scr_tool_fail ("return: no return \"%s\" (the kinds are: %s)", argv[1], list);
    }
  if (json && csv)
    return scr_tool_fail ("return: give --json or --csv, not both");
  if (argc > 4)
    return scr_tool_fail ("return: give one dataset file at most, or --register");
  if (argc == 4 && uri != NULL)
    return scr_tool_fail ("return: give a dataset file or --register, not both");

  dataset = scr_tool_load_source ("return", argc == 4 ? argv[3] : NULL,
                                  scr_tool_register_uri (uri), &status);
  if (dataset == NULL)
    return status;
  if (review != NULL)
    {
      ScrReview *found = scr_dataset_lookup_review (dataset, review);

      if (found == NULL)
        return scr_tool_fail ("return: no review \"%s\"", review);
      if (g_strcmp0 (scr_review_get_case_id (found), argv[2]) != 0)
        return scr_tool_fail ("return: review \"%s\" is not of case \"%s\"", review, argv[2]);
      if (no_restricted)
        return scr_tool_fail ("return: give --review or --no-restricted, not both");
      r = scr_return_new_for_review (argv[1], dataset, review, &error);
    }
  else if (no_restricted)
    r = scr_return_new_full (argv[1], dataset, argv[2], FALSE, &error);
  else
    r = scr_return_new (argv[1], dataset, argv[2], &error);
  if (r == NULL)
    return scr_tool_fail ("return: %s", error->message);

  if (json)
    {
      g_autoptr(JsonNode) root = scr_return_to_json (r);

      scr_tool_print_json (root);
    }
  else if (csv)
    {
      g_autofree char *text = scr_return_to_csv (r);

      fputs (text, stdout);
    }
  else
    print_table (r);
  return g_list_model_get_n_items (scr_return_get_missing (r)) > 0 ? 1 : 0;
}
