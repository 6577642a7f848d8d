/* scr-case-batch.c: the cases of a list model as an array, for the batch
 * calls.
 *
 * The batch calls read every case once, and most cases are no longer in
 * cache. Gathering the cases first (one reference each, in a plain loop)
 * lets the evaluator ask for a case's memory several cases ahead of the
 * one it works on, so that it has arrived when it is read. Each case's
 * reference is dropped when the next case is asked for, while the object
 * is still in cache (a second pass over every case at the end would load
 * each one again); the caller is done with a case by then.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-case-private.h"
#include "scr-evaluator-private.h"

void
scr_case_batch_init (ScrCaseBatch *batch,
                     GListModel   *cases)
{
  guint n = g_list_model_get_n_items (cases);
  gpointer (*get_item) (GListModel *list, guint position);
  GTypeQuery query;

  g_type_query (SCR_TYPE_CASE, &query);
  batch->item_size = query.instance_size;
  batch->model = g_object_ref (cases);
  batch->n = n;
  batch->released = 0;
  batch->items = g_new (ScrCase *, n);
  /* The model's own get_item, looked up once rather than per item. */
  get_item = G_LIST_MODEL_GET_IFACE (cases)->get_item;
  for (guint i = 0; i < n; i++)
    batch->items[i] = get_item (cases, i);
}

#define PREFETCH_OBJECT 8
#define PREFETCH_FIELDS 4

/* The whole case object, whose fields the evaluator reads. */
static inline void
prefetch_object (ScrCase *scr_case,
                 gsize    size)
{
  for (gsize offset = 0; offset < size; offset += 64)
    __builtin_prefetch ((const char *) scr_case + offset);
}

/* What scr_case_read() walks: what the catalogue made of the recorded
 * facts and events (their first two lines each, which hold 16 facts and 5
 * events or more: a prefetch never faults, so there is no bound to test),
 * and the id. */
static inline void
prefetch_fields (ScrCase *scr_case)
{
  ScrCaseFields f;

  scr_case_peek_fields (scr_case, &f);
  __builtin_prefetch (f.fact_schema);
  __builtin_prefetch ((const char *) f.fact_schema + 64);
  __builtin_prefetch (f.event_schema);
  __builtin_prefetch ((const char *) f.event_schema + 64);
  __builtin_prefetch (f.id);
}

ScrCase *
scr_case_batch_get (ScrCaseBatch *batch,
                    guint         i)
{
  /* The cases before @i are done with. */
  for (; batch->released < i; batch->released++)
    g_clear_object (&batch->items[batch->released]);
  if (i + PREFETCH_OBJECT < batch->n)
    prefetch_object (batch->items[i + PREFETCH_OBJECT], batch->item_size);
  if (i + PREFETCH_FIELDS < batch->n)
    prefetch_fields (batch->items[i + PREFETCH_FIELDS]);
  return batch->items[i];
}

void
scr_case_batch_clear (ScrCaseBatch *batch)
{
  for (guint i = batch->released; i < batch->n; i++)
    g_clear_object (&batch->items[i]);
  g_clear_pointer (&batch->items, g_free);
  g_clear_object (&batch->model);
  batch->n = 0;
}
