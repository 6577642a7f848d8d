/* scr-dataset-index.c: a dataset's id index: each collection's ids to its
 * items, kept up to date when an item's id changes, and adding an item
 * under its id.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-dataset-private.h"
#include "scr-error.h"
#include "scr-json-private.h"

const char *
scr_dataset_item_id (ScrCollectionId c,
                     gpointer        item)
{
  return scr_collections[c].get_id (item);
}

static void
on_item_id_changed (GObject    *item,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  ScrDataset *self = user_data;

  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (item, scr_collections[c].get_type ()))
      self->index_stale[c] = TRUE;
}

static gboolean
id_is_writable (ScrCollectionId c)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (scr_collections[c].get_type ());
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");

  return pspec != NULL && (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0;
}

static GHashTable *
get_index (ScrDataset      *self,
           ScrCollectionId  c)
{
  if (self->index_stale[c])
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);

      g_hash_table_remove_all (self->index[c]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          const char *id = scr_dataset_item_id (c, item);

          /* the first of two items with one id wins; validate reports it */
          if (id != NULL && !g_hash_table_contains (self->index[c], id))
            g_hash_table_insert (self->index[c], (gpointer) id, item);
        }
      self->index_stale[c] = FALSE;
    }
  return self->index[c];
}

gpointer
scr_dataset_lookup_item (ScrDataset      *self,
                         ScrCollectionId  c,
                         const char      *id)
{
  return g_hash_table_lookup (get_index (self, c), id);
}

/* Position of the first item with @id, for messages: in the store, then
 * in @pending (items being loaded, not yet in the store). */
int
scr_dataset_find_position (ScrDataset      *self,
                           ScrCollectionId  c,
                           GPtrArray       *pending,
                           const char      *id)
{
  GListModel *model = G_LIST_MODEL (self->stores[c]);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (scr_dataset_item_id (c, item), id) == 0)
        return (int) i;
    }
  for (guint i = 0; pending != NULL && i < pending->len; i++)
    if (g_strcmp0 (scr_dataset_item_id (c, pending->pdata[i]), id) == 0)
      return (int) (n + i);
  return -1;
}

/* Checks that @item can join collection @c at position @position; adds
 * it to the index (not to the store). */
gboolean
scr_dataset_index_item (ScrDataset      *self,
                        ScrCollectionId  c,
                        gpointer         item,
                        guint            position,
                        GPtrArray       *pending,
                        GError         **error)
{
  const char *id = scr_dataset_item_id (c, item);
  GHashTable *index = get_index (self, c);

  if (id == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT, "%s[%u].id: the %s has no id",
                   scr_collections[c].member, position, scr_collections[c].noun);
      return FALSE;
    }
  if (g_hash_table_contains (index, id))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, NULL,
                   "%s[%u].id: duplicate %s id \"%s\" (first at %s[%d])",
                   scr_collections[c].member, position, scr_collections[c].noun, id,
                   scr_collections[c].member, scr_dataset_find_position (self, c, pending, id));
      return FALSE;
    }
  g_hash_table_insert (index, (gpointer) id, item);
  if (id_is_writable (c))
    g_signal_connect (item, "notify::id", G_CALLBACK (on_item_id_changed), self);
  return TRUE;
}

gboolean
scr_dataset_add_item (ScrDataset      *self,
                      ScrCollectionId  c,
                      gpointer         item,
                      GError         **error)
{
  guint position = g_list_model_get_n_items (G_LIST_MODEL (self->stores[c]));

  if (!scr_dataset_index_item (self, c, item, position, NULL, error))
    return FALSE;
  scr_item_list_append (self->stores[c], item);
  return TRUE;
}
