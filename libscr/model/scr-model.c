/* scr-model.c: helpers shared by the model types.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

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

typedef struct
{
  char *name;
  gpointer value;
} MapEntry;

struct _ScrModelMap
{
  GArray *entries;   /* of MapEntry */
  GDestroyNotify value_free;
};

ScrModelMap *
scr_model_map_new (GDestroyNotify value_free)
{
  ScrModelMap *map = g_new0 (ScrModelMap, 1);

  map->entries = g_array_new (FALSE, FALSE, sizeof (MapEntry));
  map->value_free = value_free;
  return map;
}

void
scr_model_map_free (ScrModelMap *map)
{
  if (map == NULL)
    return;
  for (guint i = 0; i < map->entries->len; i++)
    {
      MapEntry *entry = &g_array_index (map->entries, MapEntry, i);

      g_free (entry->name);
      map->value_free (entry->value);
    }
  g_array_unref (map->entries);
  g_free (map);
}

guint
scr_model_map_size (ScrModelMap *map)
{
  return map->entries->len;
}

const char *
scr_model_map_name (ScrModelMap *map,
                    guint        index)
{
  return g_array_index (map->entries, MapEntry, index).name;
}

gpointer
scr_model_map_value (ScrModelMap *map,
                     guint        index)
{
  return g_array_index (map->entries, MapEntry, index).value;
}

static int
map_find (ScrModelMap *map,
          const char  *name)
{
  for (guint i = 0; i < map->entries->len; i++)
    if (g_str_equal (g_array_index (map->entries, MapEntry, i).name, name))
      return (int) i;
  return -1;
}

gpointer
scr_model_map_lookup (ScrModelMap *map,
                      const char  *name)
{
  int i = map_find (map, name);

  return i >= 0 ? scr_model_map_value (map, i) : NULL;
}

void
scr_model_map_set (ScrModelMap *map,
                   const char  *name,
                   gpointer     value)
{
  int i = map_find (map, name);
  MapEntry entry;

  if (i >= 0)
    {
      MapEntry *old = &g_array_index (map->entries, MapEntry, i);

      map->value_free (old->value);
      if (value != NULL)
        {
          old->value = value;
          return;
        }
      g_free (old->name);
      g_array_remove_index (map->entries, i);
      return;
    }
  if (value == NULL)
    return;
  entry.name = g_strdup (name);
  entry.value = value;
  g_array_append_val (map->entries, entry);
}

char **
scr_model_map_names (ScrModelMap *map)
{
  char **names = g_new0 (char *, map->entries->len + 1);

  for (guint i = 0; i < map->entries->len; i++)
    names[i] = g_strdup (g_array_index (map->entries, MapEntry, i).name);
  return names;
}
