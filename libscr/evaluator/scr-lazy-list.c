/* scr-lazy-list.c: an immutable list model whose items are made when asked
 * for.
 *
 * The batch calls keep their results compactly (records and strings in a
 * few blocks) rather than as one object per case; this model presents such
 * a store as a GListModel, creating a new item from it on every
 * get_item() (not cached: a caller that keeps items keeps its own
 * references). It never emits items-changed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-evaluator-private.h"

struct _ScrLazyList
{
  GObject parent_instance;

  GType item_type;
  guint n_items;
  ScrLazyItemFunc make_item;
  gpointer data;
  GDestroyNotify free_data;
};

static void scr_lazy_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScrLazyList, scr_lazy_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, scr_lazy_list_model_init))

static void
scr_lazy_list_finalize (GObject *object)
{
  ScrLazyList *self = SCR_LAZY_LIST (object);

  if (self->free_data != NULL)
    self->free_data (self->data);
  G_OBJECT_CLASS (scr_lazy_list_parent_class)->finalize (object);
}

static void
scr_lazy_list_class_init (ScrLazyListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_lazy_list_finalize;
}

static void
scr_lazy_list_init (ScrLazyList *self)
{
}

static GType
scr_lazy_list_get_item_type (GListModel *model)
{
  return SCR_LAZY_LIST (model)->item_type;
}

static guint
scr_lazy_list_get_n_items (GListModel *model)
{
  return SCR_LAZY_LIST (model)->n_items;
}

static gpointer
scr_lazy_list_get_item (GListModel *model,
                        guint       position)
{
  ScrLazyList *self = SCR_LAZY_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return self->make_item (self->data, position);
}

static void
scr_lazy_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = scr_lazy_list_get_item_type;
  iface->get_n_items = scr_lazy_list_get_n_items;
  iface->get_item = scr_lazy_list_get_item;
}

GListModel *
scr_lazy_list_new (GType           item_type,
                   guint           n_items,
                   ScrLazyItemFunc make_item,
                   gpointer        data,
                   GDestroyNotify  free_data)
{
  ScrLazyList *self = g_object_new (SCR_TYPE_LAZY_LIST, NULL);

  self->item_type = item_type;
  self->n_items = n_items;
  self->make_item = make_item;
  self->data = data;
  self->free_data = free_data;
  return G_LIST_MODEL (self);
}
