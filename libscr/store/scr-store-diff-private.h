/* scr-store-diff-private.h: what changed between two versions of an
 * entity, member by member, and putting an old value back.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *member;      /* dotted path; '.' and '\' in a name escaped by '\' */
  char *old_value;   /* JSON text, NULL if absent */
  char *new_value;   /* JSON text, NULL if removed */
} ScrStoreChange;

void       scr_store_change_free (ScrStoreChange *change);

/* The changes from @old to @new (both JSON objects), objects compared
 * member by member and anything else as a whole, in @new's member order
 * then removals; a GPtrArray of ScrStoreChange. */
GPtrArray *scr_store_diff        (JsonNode       *old,
                                  JsonNode       *new);

/* Sets the member at @path of the object @root to the JSON text @value,
 * or removes it when @value is NULL; FALSE if @value is not JSON or the
 * path crosses a value that is not an object. */
gboolean   scr_store_apply       (JsonNode       *root,
                                  const char     *path,
                                  const char     *value);

G_END_DECLS
