/* scr-item-list-private.h: the list model behind every list libscr
 * hands out.
 *
 * A ScrItemList caches the position of the last item read, so reading one
 * is a write: two threads reading the same store at once can each get the
 * other's neighbour. An item list is an array; reading it writes nothing,
 * so a list that nobody changes may be read from any number of threads.
 * Changing one is for one thread, with no reader about.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SCR_TYPE_ITEM_LIST (scr_item_list_get_type ())
G_DECLARE_FINAL_TYPE (ScrItemList, scr_item_list, SCR, ITEM_LIST, GObject)

ScrItemList *scr_item_list_new    (GType        item_type);
/* Adds a reference to @item at the end. */
void         scr_item_list_append (ScrItemList *self,
                                   gpointer     item);
void         scr_item_list_remove (ScrItemList *self,
                                   guint        position);
/* Whether @item is in the list, and the position of its first copy. */
gboolean     scr_item_list_find   (ScrItemList *self,
                                   gpointer     item,
                                   guint       *position);
/* As scr_item_list_splice(): one items-changed for the whole change. */
void         scr_item_list_splice (ScrItemList *self,
                                   guint        position,
                                   guint        n_removals,
                                   gpointer    *additions,
                                   guint        n_additions);

G_END_DECLS
