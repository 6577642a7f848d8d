/* scr-store-backend.c: statements over any backend of a register, for
 * the files of ScrStore (scr-store.c, scr-store-due.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-store-backend-private.h"

gboolean
scr_store_backend_exec (ScrStoreBackend    *self,
                        const char         *sql,
                        const char *const  *params,
                        guint               n_params,
                        GError            **error)
{
  return self->vtable->exec (self, sql, params, n_params, NULL, NULL, error);
}

static gboolean
collect_row (const char *const  *columns,
             guint               n_columns,
             gpointer            user_data,
             GError            **error)
{
  GPtrArray *rows = user_data;
  GPtrArray *row = g_ptr_array_new_full (n_columns, g_free);

  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (row, g_strdup (columns[i]));
  g_ptr_array_add (rows, row);
  return TRUE;
}

GPtrArray *
scr_store_backend_query (ScrStoreBackend    *self,
                         const char         *sql,
                         const char *const  *params,
                         guint               n_params,
                         GError            **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (!self->vtable->exec (self, sql, params, n_params, collect_row, rows, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
scr_store_backend_commit (ScrStoreBackend  *self,
                          GError          **error)
{
  if (self->vtable->commit (self, error))
    return TRUE;
  self->vtable->rollback (self);
  return FALSE;
}

gboolean
scr_store_backend_rollback (ScrStoreBackend *self)
{
  self->vtable->rollback (self);
  return FALSE;
}
