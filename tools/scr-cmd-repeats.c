/* scr-cmd-repeats.c: scr repeats.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "scr-tool.h"

typedef gboolean (*AddFunc) (ScrDataset *self, gpointer item, GError **error);

/* Adds @from's items to @register; an id already there (an agency or a
 * case two files share) is kept once, a review twice is an error. */
static gboolean
merge (ScrDataset *register_,
       ScrDataset *from,
       GError    **error)
{
  const struct
  {
    GListModel *(*get) (ScrDataset *);
    AddFunc add;
    gboolean required;
  } collections[] = {
    { scr_dataset_get_agencies, (AddFunc) scr_dataset_add_agency, FALSE },
    { scr_dataset_get_cases, (AddFunc) scr_dataset_add_case, FALSE },
    { scr_dataset_get_reviews, (AddFunc) scr_dataset_add_review, TRUE },
    { scr_dataset_get_themes, (AddFunc) scr_dataset_add_theme, FALSE },
    { scr_dataset_get_findings, (AddFunc) scr_dataset_add_finding, TRUE },
    { scr_dataset_get_lessons, (AddFunc) scr_dataset_add_lesson, TRUE },
    { scr_dataset_get_recommendations, (AddFunc) scr_dataset_add_recommendation, TRUE },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (collections); c++)
    {
      GListModel *model = collections[c].get (from);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          g_autoptr(GError) local = NULL;

          if (!collections[c].add (register_, item, &local) && collections[c].required)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
        }
    }
  return TRUE;
}

static void
print_json (GListModel *repeats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (repeats); i++)
    {
      g_autoptr(ScrRepeat) repeat = g_list_model_get_item (repeats, i);

      json_builder_add_value (builder, scr_repeat_to_json (repeat));
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
scr_cmd_repeats (int    argc,
                 char **argv)
{
  double threshold = SCR_REPEAT_FINDER_DEFAULT_THRESHOLD;
  gboolean json = FALSE, csv = FALSE;
  g_autofree char *threshold_text = NULL;
  GOptionEntry entries[] = {
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &threshold_text,
      "the least cosine to report, above 0 and at most 1 (default 0.25)", "X" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "print the repeats as JSON", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "print the repeats as CSV", NULL },
    { NULL }
  };
  g_autoptr(ScrDataset) register_ = scr_dataset_new ();
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();
  g_autoptr(GListModel) repeats = NULL;

  if (!scr_tool_parse_options (entries, "SOURCE...",
                               "List the recommendations, findings and lessons that repeat those\n"
                               "of earlier reviews. Several SOURCE files are read as one register.",
                               &argc, &argv))
    return 2;
  if (argc < 2)
    return scr_tool_fail ("repeats: expected one or more SOURCE dataset files");
  if (json && csv)
    return scr_tool_fail ("repeats: --json and --csv cannot be used together");
  if (threshold_text != NULL)
    {
      char *end = NULL;

      threshold = g_ascii_strtod (threshold_text, &end);
      if (end == threshold_text || *end != '\0' || !(threshold > 0 && threshold <= 1))
        return scr_tool_fail ("repeats: --threshold: \"%s\" is not a number above 0 and at "
                              "most 1", threshold_text);
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (argv[i], &error);

      if (dataset == NULL || !merge (register_, dataset, &error))
        return scr_tool_fail ("%s%s%s", dataset != NULL ? argv[i] : "",
                              dataset != NULL ? ": " : "", error->message);
    }
  scr_repeat_finder_set_threshold (finder, threshold);
  repeats = scr_repeat_finder_find (finder, register_);
  if (json)
    print_json (repeats);
  else if (csv)
    {
      g_autofree char *text = scr_csv_model_to_string (repeats);

      fputs (text, stdout);
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (repeats); i++)
      {
        g_autoptr(ScrRepeat) repeat = g_list_model_get_item (repeats, i);

        printf ("%s\n", scr_repeat_get_summary (repeat));
      }
  return 0;
}
