/* scr-vocabulary-load.c: reading vocabulary and crosswalk files into a
 * ScrVocabulary, strictly (see scr-vocabulary.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-concept-private.h"
#include "scr-json-private.h"
#include "scr-vocabulary-private.h"

static const char * const relations[] = { "exact", "close", "broad", "narrow", NULL };

void
scr_vocabulary_source_free (Source *source)
{
  g_free (source->id);
  g_free (source->title);
  g_free (source->publisher);
  g_free (source->url);
  g_free (source->citation);
  g_free (source->evidence);
  g_free (source);
}

Source *
scr_vocabulary_source_copy (const Source *source)
{
  Source *copy = g_new0 (Source, 1);

  copy->id = g_strdup (source->id);
  copy->title = g_strdup (source->title);
  copy->publisher = g_strdup (source->publisher);
  copy->url = g_strdup (source->url);
  copy->citation = g_strdup (source->citation);
  copy->evidence = g_strdup (source->evidence);
  return copy;
}

void
scr_vocabulary_pair_free (Pair *pair)
{
  g_free (pair->from);
  g_free (pair->to);
  g_free (pair->relation);
  g_free (pair);
}

Pair *
scr_vocabulary_pair_new (const char *from,
          const char *to,
          const char *relation)
{
  Pair *pair = g_new0 (Pair, 1);

  pair->from = g_strdup (from);
  pair->to = g_strdup (to);
  pair->relation = g_strdup (relation);
  return pair;
}

static void
index_label (GHashTable *table,
             const char *label,
             ScrConcept *concept)
{
  char *key = g_utf8_casefold (label, -1);

  /* the first concept with a label keeps it */
  if (g_hash_table_contains (table, key))
    g_free (key);
  else
    g_hash_table_insert (table, key, concept);
}

/* Adds a reference to @concept, whose id is not yet in @self. */
void
scr_vocabulary_add_concept (ScrVocabulary *self,
             ScrConcept    *concept)
{
  const char * const *alt = scr_concept_get_alt_labels (concept);

  scr_item_list_append (self->concepts, concept);
  g_hash_table_insert (self->by_id, (gpointer) scr_concept_get_id (concept), concept);
  index_label (self->by_pref, scr_concept_get_pref_label (concept), concept);
  for (guint i = 0; alt[i] != NULL; i++)
    index_label (self->by_alt, alt[i], concept);
}

const Source *
scr_vocabulary_find_source (ScrVocabulary *self,
             const char    *id)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      const Source *source = self->sources->pdata[i];

      if (strcmp (source->id, id) == 0)
        return source;
    }
  return NULL;
}

/* Every member of @object must be one of @known. */
static gboolean
read_version (JsonObject  *root,
              const char  *member,
              GError     **error)
{
  gint64 version = 0;

  if (!scr_json_read_int (root, NULL, member, TRUE, 0, G_MAXINT32, &version, NULL, error))
    return FALSE;
  if (version != 1)
    {
      scr_json_set_error (error, SCR_ERROR_UNSUPPORTED_VERSION, NULL, member,
                          "version %" G_GINT64_FORMAT " is not supported (1 is)", version);
      return FALSE;
    }
  return TRUE;
}

/* A required string member that is one of @allowed. */
static gboolean
read_choice (JsonObject         *object,
             const char         *path,
             const char         *member,
             const char * const *allowed,
             char              **out,
             GError            **error)
{
  if (!scr_json_read_string (object, path, member, TRUE, out, error))
    return FALSE;
  if (!g_strv_contains (allowed, *out))
    {
      g_autofree char *list = g_strjoinv ("|", (char **) allowed);

      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                          "\"%s\" is not one of %s", *out, list);
      return FALSE;
    }
  return TRUE;
}

static Source *
read_source (JsonObject  *root,
             GError     **error)
{
  static const char * const known[] = { "publisher", "title", "url", "citation", "evidence", NULL };
  static const char * const evidence[] = { "F", "S", "R", "I", NULL };
  Source *source = g_new0 (Source, 1);
  JsonObject *object = NULL;

  if (!scr_json_read_object (root, NULL, "source", TRUE, &object, error) ||
      !scr_json_check_members (object, "source", known, error) ||
      !scr_json_read_string (object, "source", "publisher", TRUE, &source->publisher, error) ||
      !scr_json_read_string (object, "source", "title", TRUE, &source->title, error) ||
      !scr_json_read_string (object, "source", "url", FALSE, &source->url, error) ||
      !scr_json_read_string (object, "source", "citation", TRUE, &source->citation, error) ||
      !read_choice (object, "source", "evidence", evidence, &source->evidence, error))
    {
      scr_vocabulary_source_free (source);
      return NULL;
    }
  return source;
}

static ScrConcept *
read_concept (JsonObject  *object,
              const char  *path,
              const char  *source_id,
              GError     **error)
{
  static const char * const known[] = { "id", "pref_label", "alt_labels", "broader", "narrower",
                                         "definition", "evidence", NULL };
  static const char * const evidence[] = { "F", "R", NULL };
  g_autofree char *id = NULL, *label = NULL, *definition = NULL, *ev = NULL;
  g_auto(GStrv) alt = NULL, broader = NULL, narrower = NULL;

  if (!scr_json_check_members (object, path, known, error) ||
      !scr_json_read_string (object, path, "id", TRUE, &id, error) ||
      !scr_json_read_string (object, path, "pref_label", TRUE, &label, error) ||
      !scr_json_read_strv (object, path, "alt_labels", FALSE, &alt, error) ||
      !scr_json_read_strv (object, path, "broader", FALSE, &broader, error) ||
      !scr_json_read_strv (object, path, "narrower", FALSE, &narrower, error) ||
      !scr_json_read_string (object, path, "definition", FALSE, &definition, error) ||
      !read_choice (object, path, "evidence", evidence, &ev, error))
    return NULL;
  if (id[0] == '\0' || label[0] == '\0')
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, id[0] == '\0' ? "id" : "pref_label",
                          "must not be empty");
      return NULL;
    }
  return scr_concept_new_internal (id, label, (const char * const *) alt,
                                   (const char * const *) broader,
                                   (const char * const *) narrower, definition, source_id, ev);
}

/* Every id of @ids is a concept of @self or of @added. */
static gboolean
check_links (ScrVocabulary      *self,
             GHashTable         *added,
             const char * const *ids,
             const char         *path,
             const char         *member,
             GError            **error)
{
  g_autofree char *array_path = scr_json_path_member (path, member);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->by_id, ids[i]) && !g_hash_table_contains (added, ids[i]))
        {
          g_autofree char *item = scr_json_path_index (array_path, i);

          scr_json_set_error (error, SCR_ERROR_NOT_FOUND, item, NULL,
                              "unknown concept \"%s\"", ids[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_vocabulary (ScrVocabulary  *self,
                 JsonObject     *root,
                 GError        **error)
{
  static const char * const known[] = { "vocabulary_version", "id", "title", "source",
                                         "concepts", NULL };
  g_autoptr(GPtrArray) concepts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *id = NULL, *title = NULL;
  Source *source = NULL;
  JsonArray *array = NULL;

  if (!scr_json_check_members (root, NULL, known, error) ||
      !read_version (root, "vocabulary_version", error) ||
      !scr_json_read_string (root, NULL, "id", TRUE, &id, error) ||
      !scr_json_read_string (root, NULL, "title", TRUE, &title, error) ||
      !scr_json_read_array (root, NULL, "concepts", TRUE, &array, error))
    return FALSE;
  if (scr_vocabulary_find_source (self, id) != NULL)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, "id",
                          "duplicate vocabulary id \"%s\"", id);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("concepts", i);
      JsonObject *object = scr_json_array_get_object (array, i, "concepts", error);
      ScrConcept *concept;

      if (object == NULL || (concept = read_concept (object, path, id, error)) == NULL)
        return FALSE;
      g_ptr_array_add (concepts, concept);
      if (g_hash_table_contains (self->by_id, scr_concept_get_id (concept)) ||
          !g_hash_table_add (added, (gpointer) scr_concept_get_id (concept)))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "id",
                              "duplicate concept id \"%s\"", scr_concept_get_id (concept));
          return FALSE;
        }
    }
  for (guint i = 0; i < concepts->len; i++)
    {
      ScrConcept *concept = concepts->pdata[i];
      g_autofree char *path = scr_json_path_index ("concepts", i);

      if (!check_links (self, added, scr_concept_get_broader (concept), path, "broader", error) ||
          !check_links (self, added, scr_concept_get_narrower (concept), path, "narrower", error))
        return FALSE;
    }
  source = read_source (root, error);
  if (source == NULL)
    return FALSE;

  source->id = g_steal_pointer (&id);
  g_free (source->title);
  source->title = g_steal_pointer (&title);
  g_ptr_array_add (self->sources, source);
  for (guint i = 0; i < concepts->len; i++)
    scr_vocabulary_add_concept (self, concepts->pdata[i]);
  return TRUE;
}

/* @id is a concept of the source @source_id. */
static gboolean
check_pair_end (ScrVocabulary  *self,
                JsonObject     *object,
                const char     *path,
                const char     *member,
                const char     *source_id,
                char          **id,
                GError        **error)
{
  ScrConcept *concept;

  if (!scr_json_read_string (object, path, member, TRUE, id, error))
    return FALSE;
  concept = g_hash_table_lookup (self->by_id, *id);
  if (concept == NULL || strcmp (scr_concept_get_source_id (concept), source_id) != 0)
    {
      scr_json_set_error (error, SCR_ERROR_NOT_FOUND, path, member,
                          "unknown crosswalk %s \"%s\" (not a concept of %s)",
                          strcmp (member, "to") == 0 ? "target" : "origin", *id, source_id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_crosswalk (ScrVocabulary  *self,
                JsonObject     *root,
                GError        **error)
{
  static const char * const known[] = { "crosswalk_version", "from", "to", "pairs", NULL };
  static const char * const pair_known[] = { "from", "to", "relation", NULL };
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) scr_vocabulary_pair_free);
  g_autofree char *from = NULL, *to = NULL;
  JsonArray *array = NULL;

  if (!scr_json_check_members (root, NULL, known, error) ||
      !read_version (root, "crosswalk_version", error) ||
      !scr_json_read_string (root, NULL, "from", TRUE, &from, error) ||
      !scr_json_read_string (root, NULL, "to", TRUE, &to, error) ||
      !scr_json_read_array (root, NULL, "pairs", TRUE, &array, error))
    return FALSE;
  if (scr_vocabulary_find_source (self, from) == NULL || scr_vocabulary_find_source (self, to) == NULL)
    {
      const char *member = scr_vocabulary_find_source (self, from) == NULL ? "from" : "to";

      scr_json_set_error (error, SCR_ERROR_NOT_FOUND, NULL, member, "unknown vocabulary \"%s\"",
                          member[0] == 'f' ? from : to);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("pairs", i);
      g_autofree char *a = NULL, *b = NULL, *relation = NULL;
      JsonObject *object = scr_json_array_get_object (array, i, "pairs", error);

      if (object == NULL ||
          !scr_json_check_members (object, path, pair_known, error) ||
          !check_pair_end (self, object, path, "from", from, &a, error) ||
          !check_pair_end (self, object, path, "to", to, &b, error) ||
          !read_choice (object, path, "relation", relations, &relation, error))
        return FALSE;
      g_ptr_array_add (pairs, scr_vocabulary_pair_new (a, b, relation));
    }
  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (self->pairs, g_steal_pointer (&pairs->pdata[i]));
  g_ptr_array_set_free_func (pairs, NULL);
  return TRUE;
}

gboolean
scr_vocabulary_load_root (ScrVocabulary  *self,
           JsonNode       *root,
           GError        **error)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                           "the document is not a JSON object");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (json_object_has_member (object, "crosswalk_version"))
    return load_crosswalk (self, object, error);
  return load_vocabulary (self, object, error);
}
