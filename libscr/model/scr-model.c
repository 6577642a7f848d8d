/* scr-model.c: helpers shared by the model types.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

gboolean
scr_model_set_string (GObject     *object,
                      char       **field,
                      const char  *value,
                      GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
scr_model_read_id (JsonObject  *object,
                   const char  *path,
                   char       **id,
                   GError     **error)
{
  if (!scr_json_read_string (object, path, "id", TRUE, id, error))
    return FALSE;
  if ((*id)[0] == '\0')
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "id", "must not be empty");
      g_clear_pointer (id, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
scr_model_date_equal (const ScrDate *a,
                      const ScrDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return scr_date_equal (a, b);
}

gboolean
scr_model_set_date (GObject       *object,
                    ScrDate      **field,
                    const ScrDate *value,
                    GParamSpec    *pspec)
{
  if (scr_model_date_equal (*field, value))
    return FALSE;
  g_clear_pointer (field, scr_date_free);
  if (value != NULL)
    *field = scr_date_copy (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  /* NULL and an empty vector both mean "none" */
  if (a == NULL || a[0] == NULL)
    return b == NULL || b[0] == NULL;
  if (b == NULL)
    return FALSE;
  return g_strv_equal (a, b);
}

gboolean
scr_model_set_strv (GObject             *object,
                    char              ***field,
                    const char * const  *value,
                    GParamSpec          *pspec)
{
  if (strv_equal ((const char * const *) *field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
scr_model_set_int (GObject    *object,
                   int        *field,
                   int         value,
                   GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
scr_model_set_enum (GObject    *object,
                    int        *field,
                    int         value,
                    GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC_ENUM (pspec), FALSE);
  g_return_val_if_fail (g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class, value) != NULL,
                        FALSE);

  return scr_model_set_int (object, field, value, pspec);
}

JsonNode *
scr_model_to_json (gpointer         self,
                   ScrModelSaveFunc save)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  save (self, builder);
  return json_builder_get_root (builder);
}

JsonObject *
scr_model_node_get_object (JsonNode  *node,
                           GError   **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                           "expected a JSON object");
      return NULL;
    }
  return json_node_get_object (node);
}

void
scr_model_map_init (ScrModelMap    *map,
                    gsize           schema_size,
                    GDestroyNotify  value_free)
{
  map->entries = NULL;
  map->schema = NULL;
  map->n_entries = map->n_allocated = 0;
  map->schema_size = schema_size;
  map->value_free = value_free;
}

void
scr_model_map_clear (ScrModelMap *map)
{
  for (guint i = 0; i < map->n_entries; i++)
    {
      g_free (map->entries[i].name);
      map->value_free (map->entries[i].value);
    }
  g_clear_pointer (&map->entries, g_free);
  if (map->schema != map->inline_schema)
    g_free (map->schema);
  map->schema = NULL;
  map->n_entries = map->n_allocated = 0;
}

static int
map_find (ScrModelMap *map,
          const char  *name)
{
  for (guint i = 0; i < map->n_entries; i++)
    if (g_str_equal (map->entries[i].name, name))
      return (int) i;
  return -1;
}

gpointer
scr_model_map_lookup (ScrModelMap *map,
                      const char  *name)
{
  int i = map_find (map, name);

  return i >= 0 ? map->entries[i].value : NULL;
}

static inline guint8 *
map_schema (ScrModelMap *map,
            guint        i)
{
  return (guint8 *) map->schema + i * map->schema_size;
}

void
scr_model_map_set (ScrModelMap   *map,
                   const char    *name,
                   gconstpointer  schema_entry,
                   gpointer       value)
{
  int i = map_find (map, name);
  ScrModelMapEntry *entry;

  if (i >= 0)
    {
      entry = &map->entries[i];
      map->value_free (entry->value);
      if (value != NULL)
        {
          entry->value = value;
          memcpy (map_schema (map, i), schema_entry, map->schema_size);
          return;
        }
      g_free (entry->name);
      memmove (entry, entry + 1, (map->n_entries - i - 1) * sizeof *entry);
      memmove (map_schema (map, i), map_schema (map, i + 1),
               (map->n_entries - i - 1) * map->schema_size);
      map->n_entries--;
      return;
    }
  if (value == NULL)
    return;
  if (map->n_entries == map->n_allocated)
    {
      guint n_allocated = MAX (8, map->n_allocated * 2);

      map->entries = g_renew (ScrModelMapEntry, map->entries, n_allocated);
      if (n_allocated * map->schema_size <= sizeof map->inline_schema)
        map->schema = map->inline_schema;
      else if (map->schema == map->inline_schema)
        {
          map->schema = g_malloc_n (n_allocated, map->schema_size);
          memcpy (map->schema, map->inline_schema, map->n_entries * map->schema_size);
        }
      else
        map->schema = g_realloc_n (map->schema, n_allocated, map->schema_size);
      map->n_allocated = n_allocated;
    }
  memcpy (map_schema (map, map->n_entries), schema_entry, map->schema_size);
  entry = &map->entries[map->n_entries++];
  entry->name = g_strdup (name);
  entry->value = value;
}

char **
scr_model_map_names (ScrModelMap *map)
{
  char **names = g_new0 (char *, map->n_entries + 1);

  for (guint i = 0; i < map->n_entries; i++)
    names[i] = g_strdup (map->entries[i].name);
  return names;
}
