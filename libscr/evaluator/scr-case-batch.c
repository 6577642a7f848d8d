/* scr-case-batch.c: the cases of a list model as an array, for the batch
 * calls.
 *
 * The batch calls read every case once, and most cases are no longer in
 * cache. Through g_list_model_get_item() each one costs a reference taken
 * on an object not in cache (an atomic operation that waits for it) before
 * its fields can even be asked for. Gathering the pointers first lets the
 * evaluator prefetch a case several ahead of the one it works on.
 *
 * For a GListStore (what datasets and most callers hold) the pointers are
 * borrowed: g_list_store_find_with_equal_func_full() visits every item in
 * order without taking references or touching the objects, and the store
 * keeps them alive while the caller's reference to it lasts. For any other
 * model, whose items may be made on demand, a reference is kept on each.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-evaluator-private.h"

static gboolean
collect_item (gconstpointer item,
              gconstpointer unused,
              gpointer      user_data)
{
  g_ptr_array_add (user_data, (gpointer) item);
  return FALSE;                 /* never "found": visit every item */
}

void
scr_case_batch_init (ScrCaseBatch *batch,
                     GListModel   *cases)
{
  guint n = g_list_model_get_n_items (cases);
  GPtrArray *items = g_ptr_array_sized_new (n);

  batch->model = g_object_ref (cases);
  batch->owned = !G_IS_LIST_STORE (cases);
  if (!batch->owned && n > 0)
    {
      g_autoptr(GObject) first = g_list_model_get_item (cases, 0);

      g_list_store_find_with_equal_func_full (G_LIST_STORE (cases), first, collect_item, items, NULL);
    }
  else
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (cases, i));
  g_assert (items->len == n);
  batch->n = n;
  batch->items = (ScrCase **) g_ptr_array_free (items, FALSE);
}

void
scr_case_batch_clear (ScrCaseBatch *batch)
{
  if (batch->owned)
    for (guint i = 0; i < batch->n; i++)
      g_object_unref (batch->items[i]);
  g_clear_pointer (&batch->items, g_free);
  g_clear_object (&batch->model);
  batch->n = 0;
}
