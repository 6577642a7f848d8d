/* scr-cmd-themes.c: scr themes, the theme vocabulary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "scr-tool.h"

static char *
joined_or_dash (const char * const *ids)
{
  return ids[0] != NULL ? g_strjoinv (",", (char **) ids) : g_strdup ("-");
}

static JsonNode *
strv_node (const char * const *items)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_alloc ();

  for (guint i = 0; items[i] != NULL; i++)
    json_array_add_string_element (array, items[i]);
  json_node_init_array (node, array);
  json_array_unref (array);
  return node;
}

static JsonNode *
themes_json (ScrVocabulary      *vocabulary,
             const char * const *sources,
             const char         *only)
{
  GListModel *concepts = scr_vocabulary_get_concepts (vocabulary);
  JsonObject *root = json_object_new ();
  JsonArray *source_array = json_array_new ();
  JsonArray *concept_array = json_array_new ();
  JsonNode *node = json_node_alloc ();

  for (guint i = 0; sources[i] != NULL; i++)
    {
      JsonObject *source = json_object_new ();

      if (only != NULL && g_strcmp0 (only, sources[i]) != 0)
        {
          json_object_unref (source);
          continue;
        }
      json_object_set_string_member (source, "id", sources[i]);
      json_object_set_string_member (source, "title",
                                     scr_vocabulary_get_source_title (vocabulary, sources[i]));
      json_object_set_string_member (source, "url",
                                     scr_vocabulary_get_source_url (vocabulary, sources[i]));
      json_object_set_string_member (source, "citation",
                                     scr_vocabulary_get_source_citation (vocabulary, sources[i]));
      json_array_add_object_element (source_array, source);
    }
  for (guint i = 0; i < g_list_model_get_n_items (concepts); i++)
    {
      g_autoptr(ScrConcept) concept = g_list_model_get_item (concepts, i);
      JsonObject *object;

      if (only != NULL && g_strcmp0 (only, scr_concept_get_source_id (concept)) != 0)
        continue;
      object = json_object_new ();
      json_object_set_string_member (object, "id", scr_concept_get_id (concept));
      json_object_set_string_member (object, "pref_label", scr_concept_get_pref_label (concept));
      json_object_set_string_member (object, "source", scr_concept_get_source_id (concept));
      json_object_set_member (object, "broader", strv_node (scr_concept_get_broader (concept)));
      json_object_set_member (object, "narrower", strv_node (scr_concept_get_narrower (concept)));
      json_object_set_member (object, "alt_labels", strv_node (scr_concept_get_alt_labels (concept)));
      json_object_set_string_member (object, "definition", scr_concept_get_definition (concept));
      json_object_set_string_member (object, "evidence", scr_concept_get_evidence (concept));
      json_array_add_object_element (concept_array, object);
    }
  json_object_set_array_member (root, "sources", source_array);
  json_object_set_array_member (root, "concepts", concept_array);
  json_node_init_object (node, root);
  json_object_unref (root);
  return node;
}

static void
print_text (ScrVocabulary *vocabulary,
            const char    *only)
{
  GListModel *concepts = scr_vocabulary_get_concepts (vocabulary);

  for (guint i = 0; i < g_list_model_get_n_items (concepts); i++)
    {
      g_autoptr(ScrConcept) concept = g_list_model_get_item (concepts, i);
      g_autofree char *broader = NULL;

      if (only != NULL && g_strcmp0 (only, scr_concept_get_source_id (concept)) != 0)
        continue;
      broader = joined_or_dash (scr_concept_get_broader (concept));
      printf ("%s\t%s\t%s\t%s\n", scr_concept_get_id (concept),
              scr_concept_get_pref_label (concept), scr_concept_get_source_id (concept), broader);
    }
}

/* scr themes [--source ID] [--json] [--vocabulary FILE]...: one line per
 * concept, "ID<TAB>LABEL<TAB>SOURCE<TAB>BROADER" (broader ids joined by
 * commas, "-" for none), or the sources and concepts as JSON. */
int
scr_cmd_themes (int    argc,
                char **argv)
{
  g_autofree char *source = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) sources = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "source", 's', 0, G_OPTION_ARG_STRING, &source, "list only the concepts of source ID", "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "write the sources and concepts as JSON", NULL },
    { "vocabulary", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files,
      "add a local vocabulary or crosswalk file (repeatable)", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrVocabulary) vocabulary = NULL;

  if (!scr_tool_parse_options (entries, "",
                               "List the theme vocabulary: the concepts of every source.",
                               &argc, &argv))
    return 2;
  if (argc > 1)
    return scr_tool_fail ("themes: unexpected argument \"%s\" (usage: scr themes [OPTION...])",
                          argv[1]);

  vocabulary = scr_vocabulary_new_builtin ();
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!scr_vocabulary_load_file (vocabulary, files[i], &error))
        return scr_tool_fail ("%s", error->message);
    }
  sources = scr_vocabulary_get_source_ids (vocabulary);
  if (source != NULL && !g_strv_contains ((const char * const *) sources, source))
    {
      g_autofree char *known = g_strjoinv (", ", sources);

      return scr_tool_fail ("themes: no source \"%s\" (sources: %s)", source, known);
    }

  if (json)
    {
      g_autoptr(JsonNode) root = themes_json (vocabulary, (const char * const *) sources, source);

      scr_tool_print_json (root);
    }
  else
    print_text (vocabulary, source);
  return 0;
}
