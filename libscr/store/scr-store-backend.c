/* scr-store-backend.c: statements over any backend of a register, for
 * the files of ScrStore (scr-store.c, scr-store-due.c), and what the
 * backends share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

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

gboolean
scr_store_row_seen (const char *const  *columns,
                    guint               n_columns,
                    gpointer            user_data,
                    GError            **error)
{
  *(gboolean *) user_data = TRUE;
  return TRUE;
}

/* @uri without the password of its user info (postgresql://user:PASSWORD@)
 * or of its password= parameter, for messages and logs. */
char *
scr_store_redact_uri (const char *uri)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *authority = strstr (uri, "://");
  const char *query;

  if (authority == NULL)
    return g_strdup (uri);
  authority += strlen ("://");
  query = strchr (authority, '?');
  {
    const char *end = authority + strcspn (authority, "/?");
    const char *at = g_strrstr_len (authority, end - authority, "@");
    const char *colon = at != NULL ? memchr (authority, ':', at - authority) : NULL;

    if (colon != NULL)
      g_string_append_len (g_string_append_len (out, uri, colon - uri), at, end - at);
    else
      g_string_append_len (out, uri, end - uri);
    g_string_append_len (out, end, query != NULL ? query - end : (gssize) strlen (end));
  }
  if (query != NULL)
    {
      g_auto(GStrv) params = g_strsplit (query + 1, "&", -1);
      gboolean first = TRUE;

      for (guint i = 0; params[i] != NULL; i++)
        {
          if (g_str_has_prefix (params[i], "password="))
            continue;
          g_string_append_c (out, first ? '?' : '&');
          g_string_append (out, params[i]);
          first = FALSE;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
