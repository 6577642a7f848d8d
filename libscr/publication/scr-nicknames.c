/* scr-nicknames.c: the short forms of given names.
 *
 * nicknames.json lists groups of names that may name the same person
 * ("elizabeth", "liz", "beth"...). A name may sit in several groups
 * ("harry" in henry's, harold's and harrison's), so the table maps each
 * name to the union of its groups, made once at first use.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "scr-json-private.h"
#include "scr-once-private.h"
#include "scr-publication-resources.h"
#include "scr-resource-private.h"
#include "scr-text-scan-private.h"

#define NICKNAMES_RESOURCE "/org/scr/libscr/publication/nicknames.json"

/* folded name -> GPtrArray of the other names while loading; then
 * -> NULL-terminated char ** (never freed: the table lives as long as
 * the process) */
static GHashTable *
table_load (void)
{
  g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_publication_get_resource,
                                                 NICKNAMES_RESOURCE, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *building, *table;
  GHashTableIter iter;
  gpointer key, value;
  JsonArray *groups;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  root = scr_json_parse_data (data, size, &error);
  /* the shipped data is checked by tests/test-text-scan.c */
  if (root == NULL)
    g_error ("nicknames.json: %s", error->message);
  groups = json_object_get_array_member (json_node_get_object (root), "groups");

  building = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonArray *group = json_array_get_array_element (groups, i);
      guint n = json_array_get_length (group);
      g_autofree char **names = g_new0 (char *, n);

      /* one copy per distinct name: the keys outlive the load */
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *folded = scr_text_fold (json_array_get_string_element (group, j));
          gpointer orig;

          if (g_hash_table_lookup_extended (building, folded, &orig, NULL))
            names[j] = orig;
          else
            {
              names[j] = g_steal_pointer (&folded);
              g_hash_table_insert (building, names[j], g_ptr_array_new ());
            }
        }
      for (guint j = 0; j < n; j++)
        {
          GPtrArray *others = g_hash_table_lookup (building, names[j]);

          for (guint k = 0; k < n; k++)
            if (names[k] != names[j] && !g_ptr_array_find (others, names[k], NULL))
              g_ptr_array_add (others, names[k]);
        }
    }

  table = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, building);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *others = value;

      g_ptr_array_add (others, NULL);
      g_hash_table_insert (table, key, g_ptr_array_free (others, FALSE));
    }
  g_hash_table_unref (building);
  return table;
}

static GHashTable *
table (void)
{
  static GHashTable *made;

  if (SCR_ONCE_INIT_ENTER (&made))
    SCR_ONCE_INIT_LEAVE (&made, table_load ());
  return made;
}

const char *const *
scr_nicknames_lookup (const char *folded_name)
{
  static const char *const none[] = { NULL };
  const char *const *others;

  g_return_val_if_fail (folded_name != NULL, none);

  others = g_hash_table_lookup (table (), folded_name);
  return others != NULL ? others : none;
}
