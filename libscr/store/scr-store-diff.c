/* scr-store-diff.c: what changed between two versions of an entity,
 * member by member, and putting an old value back.
 *
 * The log records a change to one fact as that fact (`facts.died`:
 * "unknown" to "yes"), not as a new copy of the case, so that a reader
 * sees what was decided and the register can be read as it stood at any
 * time by putting old values back, newest first.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-store-diff-private.h"

void
scr_store_change_free (ScrStoreChange *change)
{
  g_free (change->member);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

static char *
text_of (JsonNode *node)
{
  return node != NULL ? json_to_string (node, FALSE) : NULL;
}

static void
add_change (GPtrArray  *changes,
            const char *member,
            JsonNode   *old,
            JsonNode   *new)
{
  ScrStoreChange *change = g_new0 (ScrStoreChange, 1);

  change->member = g_strdup (member);
  change->old_value = text_of (old);
  change->new_value = text_of (new);
  g_ptr_array_add (changes, change);
}

static char *
join_path (const char *parent,
           const char *name)
{
  GString *path = g_string_new (parent);

  if (path->len > 0)
    g_string_append_c (path, '.');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
  return g_string_free (path, FALSE);
}

static void
diff_nodes (GPtrArray  *changes,
            const char *path,
            JsonNode   *old,
            JsonNode   *new)
{
  JsonObject *old_object, *new_object;
  g_autoptr(GList) names = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (old) || !JSON_NODE_HOLDS_OBJECT (new))
    {
      if (!json_node_equal (old, new))
        add_change (changes, path, old, new);
      return;
    }
  old_object = json_node_get_object (old);
  new_object = json_node_get_object (new);
  names = json_object_get_members (new_object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *member = join_path (path, l->data);
      JsonNode *before = json_object_get_member (old_object, l->data);
      JsonNode *after = json_object_get_member (new_object, l->data);

      if (before == NULL)
        add_change (changes, member, NULL, after);
      else
        diff_nodes (changes, member, before, after);
    }
  g_clear_pointer (&names, g_list_free);
  names = json_object_get_members (old_object);
  for (GList *l = names; l != NULL; l = l->next)
    if (!json_object_has_member (new_object, l->data))
      {
        g_autofree char *member = join_path (path, l->data);

        add_change (changes, member, json_object_get_member (old_object, l->data), NULL);
      }
}

GPtrArray *
scr_store_diff (JsonNode *old,
                JsonNode *new)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) scr_store_change_free);

  diff_nodes (changes, "", old, new);
  return changes;
}

/* The path's names, unescaped. */
static GPtrArray *
split_path (const char *path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GString *name = g_string_new (NULL);

  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        g_string_append_c (name, *++p);
      else if (*p == '.')
        {
          g_ptr_array_add (names, g_strdup (name->str));
          g_string_truncate (name, 0);
        }
      else
        g_string_append_c (name, *p);
    }
  g_ptr_array_add (names, g_string_free (name, FALSE));
  return names;
}

gboolean
scr_store_apply (JsonNode   *root,
                 const char *path,
                 const char *value)
{
  g_autoptr(GPtrArray) names = split_path (path);
  JsonNode *node = root;
  JsonObject *object;

  for (guint i = 0; i + 1 < names->len; i++)
    {
      JsonNode *child;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      child = json_object_get_member (json_node_get_object (node), names->pdata[i]);
      if (child == NULL)
        {
          /* an object that the change created, now put back to absent */
          if (value == NULL)
            return TRUE;
          json_object_set_object_member (json_node_get_object (node), names->pdata[i],
                                         json_object_new ());
          child = json_object_get_member (json_node_get_object (node), names->pdata[i]);
        }
      node = child;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if (value == NULL)
    json_object_remove_member (object, names->pdata[names->len - 1]);
  else
    {
      JsonNode *parsed = json_from_string (value, NULL);

      if (parsed == NULL)
        return FALSE;
      json_object_set_member (object, names->pdata[names->len - 1], parsed);
    }
  return TRUE;
}
