/* scr-vocabulary.c: a controlled vocabulary of review themes, with the
 * crosswalks between its sources.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "scr-once-private.h"
#include "scr-json-private.h"
#include "scr-model-resources.h"
#include "scr-resource-private.h"
#include "scr-vocabulary-private.h"

/**
 * ScrVocabulary:
 *
 * A controlled vocabulary of the themes of reviews: the concepts
 * ([class@Scr.Concept]) of one or more sources, each a public taxonomy
 * such as the NSPCC national case review repository's topics, and the
 * crosswalks that map the concepts of one source to another's.
 *
 * [ctor@Scr.Vocabulary.new_builtin] gives every source libscr ships
 * (GResource data, one file per source, read once per process);
 * [method@Scr.Vocabulary.load_file] adds a local vocabulary or
 * crosswalk file. Themes, findings and recommendations name concepts
 * by id in their `concept_ids` ([property@Scr.Theme:concept-ids]).
 *
 * A file is read strictly: a member the format does not define is an
 * error, so that a misspelt member is not lost without a word. A file
 * that fails leaves the vocabulary as it was. The formats are in the
 * "Theme vocabularies" section of
 * [JSON format: learning](json-format-learning.html).
 *
 * ## Threads
 *
 * Loading a file changes the vocabulary: do it from one thread, with
 * no reader about. A vocabulary that no thread changes may be read
 * from several at once; its concepts are immutable.
 */

#define VOCABULARY_RESOURCES "/org/scr/libscr/model/vocabulary/"

G_DEFINE_FINAL_TYPE (ScrVocabulary, scr_vocabulary, G_TYPE_OBJECT)

static void
scr_vocabulary_finalize (GObject *object)
{
  ScrVocabulary *self = SCR_VOCABULARY (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_pref, g_hash_table_unref);
  g_clear_pointer (&self->by_alt, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_object (&self->concepts);

  G_OBJECT_CLASS (scr_vocabulary_parent_class)->finalize (object);
}

static void
scr_vocabulary_class_init (ScrVocabularyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_vocabulary_finalize;
}

static void
scr_vocabulary_init (ScrVocabulary *self)
{
  self->concepts = scr_item_list_new (SCR_TYPE_CONCEPT);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_pref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_alt = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) scr_vocabulary_source_free);
  self->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) scr_vocabulary_pair_free);
}

/**
 * scr_vocabulary_new:
 *
 * Creates an empty vocabulary, to load files into.
 *
 * Returns: (transfer full): a new vocabulary
 */
ScrVocabulary *
scr_vocabulary_new (void)
{
  return g_object_new (SCR_TYPE_VOCABULARY, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The shipped files: the vocabularies in order of file name, then the
 * crosswalks. A failure is a bug in the shipped data. */
static ScrVocabulary *
builtin_load (void)
{
  ScrVocabulary *self = scr_vocabulary_new ();
  g_autoptr(GBytes) first = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) crosswalks = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GError) error = NULL;

  /* registers the area's resources before listing them */
  first = scr_resource_lookup (_scr_model_get_resource, VOCABULARY_RESOURCES "libscr.json", &error);
  if (first == NULL)
    g_error ("vocabulary: %s", error->message);
  names = g_resources_enumerate_children (VOCABULARY_RESOURCES, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (names == NULL)
    g_error ("vocabulary: %s", error->message);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (VOCABULARY_RESOURCES, names[i], NULL);
      g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_model_get_resource, path, &error);
      g_autoptr(JsonNode) root = NULL;
      gsize size;
      const char *data;

      if (bytes == NULL)
        g_error ("vocabulary: %s", error->message);
      data = g_bytes_get_data (bytes, &size);
      root = scr_json_parse_data (data, size, &error);
      if (root == NULL)
        g_error ("vocabulary/%s: %s", names[i], error->message);
      if (JSON_NODE_HOLDS_OBJECT (root) &&
          json_object_has_member (json_node_get_object (root), "crosswalk_version"))
        g_ptr_array_add (crosswalks, g_steal_pointer (&root));
      else if (!scr_vocabulary_load_root (self, root, &error))
        g_error ("vocabulary/%s: %s", names[i], error->message);
    }
  for (guint i = 0; i < crosswalks->len; i++)
    if (!scr_vocabulary_load_root (self, crosswalks->pdata[i], &error))
      g_error ("vocabulary crosswalk %u: %s", i, error->message);
  return self;
}

static ScrVocabulary *
builtin (void)
{
  static ScrVocabulary *vocabulary;

  if (SCR_ONCE_INIT_ENTER (&vocabulary))
    SCR_ONCE_INIT_LEAVE (&vocabulary, builtin_load ());
  return vocabulary;
}

/**
 * scr_vocabulary_new_builtin:
 *
 * Creates a vocabulary holding every source libscr ships, with their
 * crosswalks: the NSPCC repository's topics (`nspcc-topics`), the
 * Child Safeguarding Practice Review Panel's annual-report themes
 * (`panel-themes`), the triennial analyses' factors and categories
 * (`triennial`), the health Safeguarding Case Review Tracker's themes
 * (`scrt-themes`) and libscr's own practice themes (`libscr`). The
 * data is read once per process; the vocabulary returned is a new one,
 * which [method@Scr.Vocabulary.load_file] may extend.
 *
 * Returns: (transfer full): a new vocabulary
 */
ScrVocabulary *
scr_vocabulary_new_builtin (void)
{
  ScrVocabulary *shipped = builtin ();
  ScrVocabulary *self = scr_vocabulary_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (shipped->concepts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrConcept) concept = g_list_model_get_item (G_LIST_MODEL (shipped->concepts), i);

      scr_vocabulary_add_concept (self, concept);
    }
  for (guint i = 0; i < shipped->sources->len; i++)
    g_ptr_array_add (self->sources, scr_vocabulary_source_copy (shipped->sources->pdata[i]));
  for (guint i = 0; i < shipped->pairs->len; i++)
    {
      const Pair *pair = shipped->pairs->pdata[i];

      g_ptr_array_add (self->pairs, scr_vocabulary_pair_new (pair->from, pair->to, pair->relation));
    }
  return self;
}

/**
 * scr_vocabulary_load_file:
 * @self: a vocabulary
 * @filename: (type filename): a vocabulary or crosswalk JSON file
 * @error: return location for a #GError
 *
 * Adds the concepts of a vocabulary file, or the pairs of a crosswalk
 * file (one with a `crosswalk_version` member), to @self. A concept's
 * id must be new to @self, and its broader and narrower concepts and
 * the two ends of every crosswalk pair must be concepts of @self or of
 * the file. Errors name the file and the JSON path, as in
 * `local.json: concepts[2].id: duplicate concept id "nspcc:neglect"`;
 * on an error @self is unchanged.
 *
 * Returns: %TRUE on success, %FALSE with @error set (%SCR_ERROR_PARSE,
 *   %SCR_ERROR_VALIDATION, %SCR_ERROR_NOT_FOUND or
 *   %SCR_ERROR_UNSUPPORTED_VERSION, or a #GFileError)
 */
gboolean
scr_vocabulary_load_file (ScrVocabulary  *self,
                          const char     *filename,
                          GError        **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = scr_json_parse_file (filename, error);
  if (root == NULL)
    return FALSE;
  if (!scr_vocabulary_load_root (self, root, error))
    {
      g_prefix_error (error, "%s: ", filename);
      return FALSE;
    }
  return TRUE;
}

/**
 * scr_vocabulary_lookup:
 * @self: a vocabulary
 * @concept_id: a concept id, such as `nspcc:neglect`
 *
 * Finds a concept by id.
 *
 * Returns: (transfer none) (nullable): the concept, or %NULL
 */
ScrConcept *
scr_vocabulary_lookup (ScrVocabulary *self,
                       const char    *concept_id)
{
  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (concept_id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, concept_id);
}

/**
 * scr_vocabulary_find_by_label:
 * @self: a vocabulary
 * @label: a label, in any case
 *
 * Finds the concept whose preferred label is @label, ignoring case, or
 * failing that one with @label among its alternative labels. Where
 * several concepts share a label, the one loaded first wins (the
 * built-in sources load in order of id).
 *
 * Returns: (transfer none) (nullable): the concept, or %NULL
 */
ScrConcept *
scr_vocabulary_find_by_label (ScrVocabulary *self,
                              const char    *label)
{
  g_autofree char *key = NULL;
  ScrConcept *concept;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  key = g_utf8_casefold (label, -1);
  concept = g_hash_table_lookup (self->by_pref, key);
  return concept != NULL ? concept : g_hash_table_lookup (self->by_alt, key);
}

/**
 * scr_vocabulary_get_concepts:
 * @self: a vocabulary
 *
 * Gets every concept, source by source in the order they were loaded.
 *
 * Returns: (transfer none): a list model of [class@Scr.Concept]
 */
GListModel *
scr_vocabulary_get_concepts (ScrVocabulary *self)
{
  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);

  return G_LIST_MODEL (self->concepts);
}

/**
 * scr_vocabulary_get_source_ids:
 * @self: a vocabulary
 *
 * Gets the ids of the sources (the vocabulary files), in the order
 * they were loaded.
 *
 * Returns: (transfer full) (array zero-terminated=1): the source ids
 */
char **
scr_vocabulary_get_source_ids (ScrVocabulary *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->sources->len; i++)
    g_strv_builder_add (builder, ((Source *) self->sources->pdata[i])->id);
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/**
 * scr_vocabulary_get_source_title:
 * @self: a vocabulary
 * @source_id: a source id
 *
 * Gets the title of a source's vocabulary file, such as "NSPCC national
 * case review repository topics".
 *
 * Returns: (nullable): the title, or %NULL for an unknown source
 */
const char *
scr_vocabulary_get_source_title (ScrVocabulary *self,
                                 const char    *source_id)
{
  const Source *source;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  source = scr_vocabulary_find_source (self, source_id);
  return source != NULL ? source->title : NULL;
}

/**
 * scr_vocabulary_get_source_url:
 * @self: a vocabulary
 * @source_id: a source id
 *
 * Gets the address of the publication a source was taken from.
 *
 * Returns: (nullable): the URL, or %NULL for an unknown source or one
 *   without an address
 */
const char *
scr_vocabulary_get_source_url (ScrVocabulary *self,
                               const char    *source_id)
{
  const Source *source;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  source = scr_vocabulary_find_source (self, source_id);
  return source != NULL ? source->url : NULL;
}

/**
 * scr_vocabulary_get_source_citation:
 * @self: a vocabulary
 * @source_id: a source id
 *
 * Gets the citation of a source: the publications it was taken from
 * and how far they were confirmed.
 *
 * Returns: (nullable): the citation, or %NULL for an unknown source
 */
const char *
scr_vocabulary_get_source_citation (ScrVocabulary *self,
                                    const char    *source_id)
{
  const Source *source;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  source = scr_vocabulary_find_source (self, source_id);
  return source != NULL ? source->citation : NULL;
}

static void
add_unique (GPtrArray  *ids,
            const char *id)
{
  if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
    g_ptr_array_add (ids, g_strdup (id));
}

/**
 * scr_vocabulary_crosswalk:
 * @self: a vocabulary
 * @concept_id: a concept id
 * @target_source_id: the id of another source
 *
 * Maps a concept to the concepts of another source: every concept of
 * @target_source_id that a crosswalk pair links to @concept_id, with
 * any relation (`exact`, `close`, `broad`, `narrow`) and read in
 * either direction. Pairs are followed one step, not through a third
 * source.
 *
 * Returns: (transfer full) (array zero-terminated=1): the concept ids,
 *   in the order of the pairs; empty when there are none
 */
char **
scr_vocabulary_crosswalk (ScrVocabulary *self,
                          const char    *concept_id,
                          const char    *target_source_id)
{
  GPtrArray *ids;

  g_return_val_if_fail (SCR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (concept_id != NULL, NULL);
  g_return_val_if_fail (target_source_id != NULL, NULL);

  ids = g_ptr_array_new ();
  for (guint i = 0; i < self->pairs->len; i++)
    {
      const Pair *pair = self->pairs->pdata[i];
      const char *other = NULL;
      ScrConcept *concept;

      if (strcmp (pair->from, concept_id) == 0)
        other = pair->to;
      else if (strcmp (pair->to, concept_id) == 0)
        other = pair->from;
      if (other == NULL)
        continue;
      concept = g_hash_table_lookup (self->by_id, other);
      if (concept != NULL && strcmp (scr_concept_get_source_id (concept), target_source_id) == 0)
        add_unique (ids, other);
    }
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}
