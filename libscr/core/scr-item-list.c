/* scr-item-list.c: an array as a GListModel (scr-item-list-private.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"

struct _ScrItemList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;   /* owning references */
};

static void scr_item_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScrItemList, scr_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, scr_item_list_model_init))

static void
scr_item_list_finalize (GObject *object)
{
  ScrItemList *self = SCR_ITEM_LIST (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (scr_item_list_parent_class)->finalize (object);
}

static void
scr_item_list_class_init (ScrItemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_item_list_finalize;
}

static void
scr_item_list_init (ScrItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static GType
scr_item_list_get_item_type (GListModel *model)
{
  return SCR_ITEM_LIST (model)->item_type;
}

static guint
scr_item_list_get_n_items (GListModel *model)
{
  return SCR_ITEM_LIST (model)->items->len;
}

static gpointer
scr_item_list_get_item (GListModel *model,
                        guint       position)
{
  ScrItemList *self = SCR_ITEM_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
scr_item_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = scr_item_list_get_item_type;
  iface->get_n_items = scr_item_list_get_n_items;
  iface->get_item = scr_item_list_get_item;
}

ScrItemList *
scr_item_list_new (GType item_type)
{
  ScrItemList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  self = g_object_new (SCR_TYPE_ITEM_LIST, NULL);
  self->item_type = item_type;
  return self;
}

void
scr_item_list_append (ScrItemList *self,
                      gpointer     item)
{
  scr_item_list_splice (self, self->items->len, 0, &item, 1);
}

void
scr_item_list_remove (ScrItemList *self,
                      guint        position)
{
  g_return_if_fail (position < self->items->len);
  scr_item_list_splice (self, position, 1, NULL, 0);
}

gboolean
scr_item_list_find (ScrItemList *self,
                    gpointer     item,
                    guint       *position)
{
  g_return_val_if_fail (SCR_IS_ITEM_LIST (self), FALSE);
  return g_ptr_array_find (self->items, item, position);
}

void
scr_item_list_splice (ScrItemList *self,
                      guint        position,
                      guint        n_removals,
                      gpointer    *additions,
                      guint        n_additions)
{
  g_return_if_fail (SCR_IS_ITEM_LIST (self));
  g_return_if_fail (position <= self->items->len &&
                    n_removals <= self->items->len - position);

  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (additions[i]), self->item_type));

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  for (guint i = 0; i < n_additions; i++)
    g_ptr_array_insert (self->items, (int) (position + i), g_object_ref (additions[i]));
  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}
