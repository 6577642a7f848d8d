/* test-vocabulary.c: ScrVocabulary and ScrConcept: the shipped
 * vocabularies and crosswalks, lookups, local files and their errors,
 * and the concept ids of themes, findings and recommendations.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-model-util.h"

static void
test_builtin_loads (void)
{
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  g_auto(GStrv) sources = scr_vocabulary_get_source_ids (vocabulary);
  GListModel *concepts = scr_vocabulary_get_concepts (vocabulary);

  g_assert_cmpuint (g_strv_length (sources), ==, 5);
  g_assert_true (g_strv_contains ((const char * const *) sources, "nspcc-topics"));
  g_assert_true (g_strv_contains ((const char * const *) sources, "panel-themes"));
  g_assert_true (g_strv_contains ((const char * const *) sources, "triennial"));
  g_assert_true (g_strv_contains ((const char * const *) sources, "scrt-themes"));
  g_assert_true (g_strv_contains ((const char * const *) sources, "libscr"));
  g_assert_cmpuint (g_list_model_get_n_items (concepts), >=, 80);
  g_assert_true (g_list_model_get_item_type (concepts) == SCR_TYPE_CONCEPT);

  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_assert_nonnull (scr_vocabulary_get_source_title (vocabulary, sources[i]));
      g_assert_nonnull (scr_vocabulary_get_source_citation (vocabulary, sources[i]));
    }
  g_assert_cmpstr (scr_vocabulary_get_source_url (vocabulary, "nspcc-topics"), ==,
                   "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository");
  g_assert_null (scr_vocabulary_get_source_url (vocabulary, "libscr"));
  g_assert_null (scr_vocabulary_get_source_title (vocabulary, "no-such-source"));
  g_assert_null (scr_vocabulary_get_source_citation (vocabulary, "no-such-source"));

  /* each call gives a vocabulary of its own over the same data */
  {
    g_autoptr(ScrVocabulary) other = scr_vocabulary_new_builtin ();

    g_assert_true (other != vocabulary);
    g_assert_cmpuint (g_list_model_get_n_items (scr_vocabulary_get_concepts (other)), ==,
                      g_list_model_get_n_items (concepts));
    g_assert_finalize_object (g_steal_pointer (&other));
  }
}

static void
assert_all_resolve (ScrVocabulary      *vocabulary,
                    const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (scr_vocabulary_lookup (vocabulary, ids[i]) == NULL)
        g_error ("%s does not resolve", ids[i]);
    }
}

static void
test_builtin_links_resolve (void)
{
  /* Every broader, narrower and crosswalk target is a concept, and every
   * concept is well formed. */
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  g_auto(GStrv) sources = scr_vocabulary_get_source_ids (vocabulary);
  GListModel *concepts = scr_vocabulary_get_concepts (vocabulary);
  guint n = g_list_model_get_n_items (concepts);
  guint mapped = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrConcept) concept = g_list_model_get_item (concepts, i);
      const char *id = scr_concept_get_id (concept);
      const char *evidence = scr_concept_get_evidence (concept);

      g_assert_true (scr_vocabulary_lookup (vocabulary, id) == concept);
      g_assert_nonnull (scr_concept_get_pref_label (concept));
      g_assert_nonnull (scr_concept_get_definition (concept));
      g_assert_true (g_strv_contains ((const char * const *) sources,
                                      scr_concept_get_source_id (concept)));
      g_assert_true (g_strcmp0 (evidence, "F") == 0 || g_strcmp0 (evidence, "R") == 0);
      if (g_strcmp0 (evidence, "R") == 0)
        g_assert_nonnull (strstr (scr_concept_get_definition (concept), "Not confirmed"));
      assert_all_resolve (vocabulary, scr_concept_get_broader (concept));
      assert_all_resolve (vocabulary, scr_concept_get_narrower (concept));
      g_assert_nonnull (scr_concept_get_alt_labels (concept));
      for (guint s = 0; sources[s] != NULL; s++)
        {
          g_auto(GStrv) targets = scr_vocabulary_crosswalk (vocabulary, id, sources[s]);

          assert_all_resolve (vocabulary, (const char * const *) targets);
          for (guint t = 0; targets[t] != NULL; t++)
            g_assert_cmpstr (scr_concept_get_source_id (scr_vocabulary_lookup (vocabulary, targets[t])),
                             ==, sources[s]);
          if (targets[0] != NULL)
            mapped++;
        }
    }
  g_assert_cmpuint (mapped, >=, 50);
}

static void
test_lookups (void)
{
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  ScrConcept *neglect = scr_vocabulary_lookup (vocabulary, "nspcc:neglect");
  ScrConcept *concept;
  g_auto(GStrv) to_libscr = NULL, back = NULL, to_panel = NULL, none = NULL, unknown = NULL;
  g_autofree char *id = NULL;

  g_assert_nonnull (neglect);
  g_assert_cmpstr (scr_concept_get_pref_label (neglect), ==, "Neglect");
  g_assert_cmpstr (scr_concept_get_source_id (neglect), ==, "nspcc-topics");
  g_assert_cmpstr (scr_concept_get_evidence (neglect), ==, "F");
  g_assert_cmpstrv (scr_concept_get_broader (neglect),
                    ((const char * const[]) { "nspcc:abuse-and-neglect", NULL }));
  g_assert_cmpstrv (scr_concept_get_narrower (neglect), ((const char * const[]) { NULL }));
  g_assert_true (g_strv_contains (scr_concept_get_narrower (scr_vocabulary_lookup (vocabulary, "nspcc:abuse-and-neglect")),
                                  "nspcc:neglect"));
  g_object_get (neglect, "id", &id, NULL);
  g_assert_cmpstr (id, ==, "nspcc:neglect");
  g_assert_null (scr_vocabulary_lookup (vocabulary, "nspcc:no-such-topic"));

  /* labels: case-insensitive, preferred before alternative labels */
  concept = scr_vocabulary_find_by_label (vocabulary, "EXTRA-FAMILIAL HARM");
  g_assert_cmpstr (scr_concept_get_id (concept), ==, "panel:extra-familial-harm");
  concept = scr_vocabulary_find_by_label (vocabulary, "cse");
  g_assert_cmpstr (scr_concept_get_id (concept), ==, "libscr:sexual-exploitation");
  g_assert_true (g_strv_contains (scr_concept_get_alt_labels (concept), "CSE"));
  concept = scr_vocabulary_find_by_label (vocabulary, "neglect");
  g_assert_cmpstr (scr_concept_get_pref_label (concept), ==, "Neglect");
  g_assert_null (scr_vocabulary_find_by_label (vocabulary, "no such label"));

  /* crosswalks in both directions */
  to_libscr = scr_vocabulary_crosswalk (vocabulary, "nspcc:neglect", "libscr");
  g_assert_cmpstrv (to_libscr, ((const char * const[]) { "libscr:neglect", NULL }));
  back = scr_vocabulary_crosswalk (vocabulary, "libscr:neglect", "nspcc-topics");
  g_assert_cmpstrv (back, ((const char * const[]) { "nspcc:neglect", NULL }));
  to_panel = scr_vocabulary_crosswalk (vocabulary, "nspcc:domestic-abuse", "panel-themes");
  g_assert_cmpstrv (to_panel, ((const char * const[]) { "panel:domestic-abuse", NULL }));
  none = scr_vocabulary_crosswalk (vocabulary, "nspcc:neglect", "nspcc-topics");
  g_assert_cmpstrv (none, ((const char * const[]) { NULL }));
  unknown = scr_vocabulary_crosswalk (vocabulary, "x:unknown", "libscr");
  g_assert_cmpstrv (unknown, ((const char * const[]) { NULL }));
}

static char *
write_temp (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("scr-vocabulary-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

#define LOCAL_VOCABULARY \
  "{\"vocabulary_version\": 1, \"id\": \"local\", \"title\": \"Local themes\"," \
  " \"source\": {\"publisher\": \"A partnership\", \"title\": \"Priorities\", \"url\": null," \
  "            \"citation\": \"Our priorities 2024\", \"evidence\": \"I\"}," \
  " \"concepts\": [" \
  "  {\"id\": \"local:neglect\", \"pref_label\": \"Neglect priority\"," \
  "   \"alt_labels\": [\"Priority 1\"], \"broader\": [\"libscr:abuse-and-neglect\"]," \
  "   \"definition\": \"Our neglect strategy.\", \"evidence\": \"F\"}," \
  "  {\"id\": \"local:front-door\", \"pref_label\": \"Front door priority\", \"evidence\": \"R\"}]}"

static void
test_local_file (void)
{
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  g_autofree char *vocab_path = write_temp (LOCAL_VOCABULARY);
  g_autofree char *walk_path = write_temp (
    "{\"crosswalk_version\": 1, \"from\": \"local\", \"to\": \"libscr\", \"pairs\": ["
    " {\"from\": \"local:neglect\", \"to\": \"libscr:neglect\", \"relation\": \"exact\"},"
    " {\"from\": \"local:front-door\", \"to\": \"libscr:front-door\", \"relation\": \"close\"}]}");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) targets = NULL, back = NULL;
  ScrConcept *concept;

  g_assert_true (scr_vocabulary_load_file (vocabulary, vocab_path, &error));
  g_assert_no_error (error);
  g_assert_true (scr_vocabulary_load_file (vocabulary, walk_path, &error));
  g_assert_no_error (error);

  concept = scr_vocabulary_lookup (vocabulary, "local:neglect");
  g_assert_nonnull (concept);
  g_assert_cmpstr (scr_concept_get_source_id (concept), ==, "local");
  g_assert_true (scr_vocabulary_find_by_label (vocabulary, "priority 1") == concept);
  g_assert_cmpstr (scr_concept_get_definition (scr_vocabulary_lookup (vocabulary, "local:front-door")),
                   ==, NULL);
  g_assert_cmpstr (scr_vocabulary_get_source_citation (vocabulary, "local"), ==, "Our priorities 2024");
  targets = scr_vocabulary_crosswalk (vocabulary, "local:neglect", "libscr");
  g_assert_cmpstrv (targets, ((const char * const[]) { "libscr:neglect", NULL }));
  back = scr_vocabulary_crosswalk (vocabulary, "libscr:front-door", "local");
  g_assert_cmpstrv (back, ((const char * const[]) { "local:front-door", NULL }));

  /* an empty vocabulary takes a file on its own */
  {
    g_autoptr(ScrVocabulary) empty = scr_vocabulary_new ();
    g_autofree char *alone = write_temp (
      "{\"vocabulary_version\": 1, \"id\": \"solo\", \"title\": \"t\","
      " \"source\": {\"publisher\": \"p\", \"title\": \"t\", \"citation\": \"c\", \"evidence\": \"R\"},"
      " \"concepts\": [{\"id\": \"solo:a\", \"pref_label\": \"A\", \"narrower\": [\"solo:b\"], \"evidence\": \"R\"},"
      "  {\"id\": \"solo:b\", \"pref_label\": \"B\", \"broader\": [\"solo:a\"], \"evidence\": \"R\"}]}");

    g_assert_cmpuint (g_list_model_get_n_items (scr_vocabulary_get_concepts (empty)), ==, 0);
    g_assert_true (scr_vocabulary_load_file (empty, alone, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (scr_vocabulary_get_concepts (empty)), ==, 2);
    g_unlink (alone);
    g_assert_finalize_object (g_steal_pointer (&empty));
  }

  g_unlink (vocab_path);
  g_unlink (walk_path);
  g_assert_finalize_object (g_steal_pointer (&vocabulary));
}

/* Loading @text fails with @code, a message naming the file and
 * containing @fragment, and adds nothing. */
static void
assert_load_fails (const char *text,
                   int         code,
                   const char *fragment)
{
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  guint before = g_list_model_get_n_items (scr_vocabulary_get_concepts (vocabulary));
  g_autofree char *path = write_temp (text);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sources = NULL;

  g_assert_false (scr_vocabulary_load_file (vocabulary, path, &error));
  g_assert_error (error, SCR_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, path));
  if (strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" does not contain \"%s\"", error->message, fragment);
  g_assert_cmpuint (g_list_model_get_n_items (scr_vocabulary_get_concepts (vocabulary)), ==, before);
  sources = scr_vocabulary_get_source_ids (vocabulary);
  g_assert_cmpuint (g_strv_length (sources), ==, 5);
  g_unlink (path);
}

#define HEAD \
  "{\"vocabulary_version\": 1, \"id\": \"bad\", \"title\": \"t\"," \
  " \"source\": {\"publisher\": \"p\", \"title\": \"t\", \"citation\": \"c\", \"evidence\": \"R\"},"

static void
test_load_errors (void)
{
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (scr_vocabulary_load_file (vocabulary, "/nonexistent/vocabulary.json", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/vocabulary.json"));
  g_clear_error (&error);

  assert_load_fails ("{\"vocabulary_version\": 1,", SCR_ERROR_PARSE, "line");
  assert_load_fails ("[]", SCR_ERROR_VALIDATION, "not a JSON object");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"bad:a\", \"pref_label\": \"A\", \"evidence\": \"X\"}]}",
                     SCR_ERROR_VALIDATION, "concepts[0].evidence: \"X\" is not one of F|R");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"bad:a\", \"pref_label\": \"A\", \"evidence\": \"R\"},"
                     " {\"id\": \"bad:b\", \"pref_labels\": \"B\", \"evidence\": \"R\"}]}",
                     SCR_ERROR_VALIDATION, "concepts[1].pref_labels: unknown member");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"bad:a\", \"evidence\": \"R\"}]}",
                     SCR_ERROR_VALIDATION, "concepts[0].pref_label");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"bad:a\", \"pref_label\": \"A\", \"evidence\": \"R\"},"
                     " {\"id\": \"bad:a\", \"pref_label\": \"B\", \"evidence\": \"R\"}]}",
                     SCR_ERROR_VALIDATION, "concepts[1].id: duplicate concept id \"bad:a\"");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"nspcc:neglect\", \"pref_label\": \"N\", \"evidence\": \"R\"}]}",
                     SCR_ERROR_VALIDATION, "concepts[0].id: duplicate concept id \"nspcc:neglect\"");
  assert_load_fails (HEAD " \"concepts\": [{\"id\": \"bad:a\", \"pref_label\": \"A\", \"broader\": [\"bad:zz\"],"
                     " \"evidence\": \"R\"}]}",
                     SCR_ERROR_NOT_FOUND, "concepts[0].broader[0]: unknown concept \"bad:zz\"");
  assert_load_fails ("{\"vocabulary_version\": 2, \"id\": \"bad\"}", SCR_ERROR_UNSUPPORTED_VERSION,
                     "vocabulary_version");
  assert_load_fails ("{\"vocabulary_version\": 1, \"id\": \"libscr\", \"title\": \"t\", \"concepts\": []}",
                     SCR_ERROR_VALIDATION, "duplicate vocabulary id \"libscr\"");
  assert_load_fails (HEAD " \"concepts\": [], \"extra\": true}", SCR_ERROR_VALIDATION, "extra: unknown member");
  assert_load_fails ("{\"crosswalk_version\": 1, \"from\": \"nspcc-topics\", \"to\": \"libscr\", \"pairs\": ["
                     " {\"from\": \"nspcc:neglect\", \"to\": \"libscr:neglect\", \"relation\": \"exact\"},"
                     " {\"from\": \"nspcc:neglect\", \"to\": \"libscr:nothing\", \"relation\": \"exact\"}]}",
                     SCR_ERROR_NOT_FOUND, "pairs[1].to: unknown crosswalk target \"libscr:nothing\"");
  assert_load_fails ("{\"crosswalk_version\": 1, \"from\": \"nspcc-topics\", \"to\": \"libscr\", \"pairs\": ["
                     " {\"from\": \"libscr:neglect\", \"to\": \"libscr:neglect\", \"relation\": \"exact\"}]}",
                     SCR_ERROR_NOT_FOUND, "pairs[0].from: unknown crosswalk origin");
  assert_load_fails ("{\"crosswalk_version\": 1, \"from\": \"nspcc-topics\", \"to\": \"libscr\", \"pairs\": ["
                     " {\"from\": \"nspcc:neglect\", \"to\": \"libscr:neglect\", \"relation\": \"same\"}]}",
                     SCR_ERROR_VALIDATION, "pairs[0].relation: \"same\" is not one of exact|close|broad|narrow");
  assert_load_fails ("{\"crosswalk_version\": 1, \"from\": \"elsewhere\", \"to\": \"libscr\", \"pairs\": []}",
                     SCR_ERROR_NOT_FOUND, "from: unknown vocabulary \"elsewhere\"");
  g_assert_finalize_object (g_steal_pointer (&vocabulary));
}

static void
test_concept_ids_round_trip (void)
{
  static const char * const ids[] = { "nspcc:neglect", "libscr:early-help", NULL };
  g_autoptr(ScrTheme) theme = scr_theme_new ("t", "Neglect");
  g_autoptr(ScrFinding) finding = NULL;
  g_autoptr(ScrRecommendation) recommendation = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *plain = NULL, *coded = NULL, *again = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) from_property = NULL;

  /* not coded: no member at all, as before concept ids */
  g_assert_cmpstrv (scr_theme_get_concept_ids (theme), ((const char * const[]) { NULL }));
  node = scr_theme_to_json (theme);
  plain = to_text (node);
  g_assert_null (strstr (plain, "concept_ids"));
  g_clear_pointer (&node, json_node_unref);

  watch (G_OBJECT (theme), "concept-ids");
  scr_theme_set_concept_ids (theme, ids);
  scr_theme_set_concept_ids (theme, ids);
  g_assert_cmpuint (notify_count, ==, 1);
  g_object_get (theme, "concept-ids", &from_property, NULL);
  g_assert_cmpstrv (from_property, ids);
  node = scr_theme_to_json (theme);
  coded = to_text (node);
  g_assert_nonnull (strstr (coded, "\"concept_ids\":[\"nspcc:neglect\",\"libscr:early-help\"]"));
  {
    g_autoptr(ScrTheme) back = scr_theme_new_from_json (node, &error);
    g_autoptr(JsonNode) node2 = NULL;

    g_assert_no_error (error);
    g_assert_cmpstrv (scr_theme_get_concept_ids (back), ids);
    node2 = scr_theme_to_json (back);
    again = to_text (node2);
    g_assert_cmpstr (again, ==, coded);
  }
  scr_theme_set_concept_ids (theme, NULL);
  g_assert_cmpstrv (scr_theme_get_concept_ids (theme), ((const char * const[]) { NULL }));
  g_clear_pointer (&node, json_node_unref);

  node = parse ("{\"id\": \"f\", \"text\": \"x\", \"theme_ids\": [], \"concept_ids\": [\"nspcc:neglect\"]}");
  finding = scr_finding_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (scr_finding_get_concept_ids (finding),
                    ((const char * const[]) { "nspcc:neglect", NULL }));
  scr_finding_set_concept_ids (finding, ids);
  g_assert_cmpstrv (scr_finding_get_concept_ids (finding), ids);
  g_clear_pointer (&node, json_node_unref);

  node = parse ("{\"id\": \"r\", \"text\": \"x\", \"concept_ids\": \"nspcc:neglect\"}");
  g_assert_null (scr_recommendation_new_from_json (node, &error));
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_nonnull (strstr (error->message, "concept_ids"));
  g_clear_error (&error);
  g_clear_pointer (&node, json_node_unref);
  recommendation = scr_recommendation_new ("r", "Audit neglect cases");
  scr_recommendation_set_concept_ids (recommendation, ids);
  g_assert_cmpstrv (scr_recommendation_get_concept_ids (recommendation), ids);
  node = scr_recommendation_to_json (recommendation);
  {
    g_autoptr(ScrRecommendation) back = scr_recommendation_new_from_json (node, &error);

    g_assert_no_error (error);
    g_assert_cmpstrv (scr_recommendation_get_concept_ids (back), ids);
  }
}

static void
test_examples_coded (void)
{
  /* Every theme of the example datasets is coded, and every concept id
   * of a theme, finding or recommendation resolves. */
  g_autoptr(ScrVocabulary) vocabulary = scr_vocabulary_new_builtin ();
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_themes = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(ScrDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;
      GListModel *themes, *findings, *recommendations;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      dataset = scr_dataset_new_from_file (path, &error);
      g_assert_no_error (error);
      themes = scr_dataset_get_themes (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
        {
          g_autoptr(ScrTheme) theme = g_list_model_get_item (themes, i);
          const char * const *ids = scr_theme_get_concept_ids (theme);

          if (ids[0] == NULL)
            g_error ("%s: theme %s has no concept id", name, scr_theme_get_id (theme));
          assert_all_resolve (vocabulary, ids);
          n_themes++;
        }
      findings = scr_dataset_get_findings (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(ScrFinding) finding = g_list_model_get_item (findings, i);

          assert_all_resolve (vocabulary, scr_finding_get_concept_ids (finding));
        }
      recommendations = scr_dataset_get_recommendations (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
        {
          g_autoptr(ScrRecommendation) recommendation = g_list_model_get_item (recommendations, i);

          assert_all_resolve (vocabulary, scr_recommendation_get_concept_ids (recommendation));
        }
    }
  g_assert_cmpuint (n_themes, >=, 12);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/model/vocabulary/builtin-loads", test_builtin_loads);
  g_test_add_func ("/scr/model/vocabulary/builtin-links-resolve", test_builtin_links_resolve);
  g_test_add_func ("/scr/model/vocabulary/lookups", test_lookups);
  g_test_add_func ("/scr/model/vocabulary/local-file", test_local_file);
  g_test_add_func ("/scr/model/vocabulary/load-errors", test_load_errors);
  g_test_add_func ("/scr/model/vocabulary/concept-ids-round-trip", test_concept_ids_round_trip);
  g_test_add_func ("/scr/model/vocabulary/examples-coded", test_examples_coded);

  return g_test_run ();
}
