/* scr-store-backend.c: what the register's backends share, and
 * scr-store.c with them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-store-backend-private.h"

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
