/* scr-json.c: strict JSON readers and writers shared by every type.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>

#include <errno.h>
#include <string.h>

#include <gio/gio.h>

#include "scr-file-private.h"
#include "scr-json-private.h"
#include "scr-quote-private.h"

char *
scr_json_path_member (const char *parent,
                      const char *member)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (member);
  if (member == NULL)
    return g_strdup (parent);
  return g_strconcat (parent, ".", member, NULL);
}

char *
scr_json_path_index (const char *parent,
                     guint       index)
{
  return g_strdup_printf ("%s[%u]", parent != NULL ? parent : "", index);
}

void
scr_json_set_error (GError     **error,
                    ScrError     code,
                    const char  *parent,
                    const char  *member,
                    const char  *format,
                    ...)
{
  g_autofree char *path = scr_json_path_member (parent, member);
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Paths and messages quote the input: keep the error one line. */
  if (path == NULL || path[0] == '\0')
    line = scr_one_line (message);
  else
    {
      g_autofree char *full = g_strdup_printf ("%s: %s", path, message);

      line = scr_one_line (full);
    }
  g_set_error_literal (error, SCR_ERROR, code, line);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_INT64:
      return "an integer";
    case G_TYPE_DOUBLE:
      return "a number";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a value";
    }
}

/* Looks a member up; *node is NULL when it is missing or null. */
static gboolean
lookup (JsonObject  *object,
        const char  *parent,
        const char  *member,
        gboolean     required,
        JsonNode   **node,
        GError     **error)
{
  JsonNode *found = json_object_get_member (object, member);

  if (found == NULL || JSON_NODE_HOLDS_NULL (found))
    {
      *node = NULL;
      if (required)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                              found == NULL ? "required member is missing"
                                            : "required member is null");
          return FALSE;
        }
      return TRUE;
    }
  *node = found;
  return TRUE;
}

static gboolean
expect_value (JsonNode    *node,
              GType        type,
              const char  *expected,
              const char  *parent,
              const char  *member,
              GError     **error)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type)
    return TRUE;
  scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                      "expected %s, found %s", expected, node_type_name (node));
  return FALSE;
}

gboolean
scr_json_read_string (JsonObject  *object,
                      const char  *parent,
                      const char  *member,
                      gboolean     required,
                      char       **out,
                      GError     **error)
{
  JsonNode *node;

  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!expect_value (node, G_TYPE_STRING, "a string", parent, member, error))
    return FALSE;
  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
scr_json_read_date (JsonObject  *object,
                    const char  *parent,
                    const char  *member,
                    gboolean     required,
                    ScrDate    **out,
                    GError     **error)
{
  JsonNode *node;
  g_autoptr(GError) local_error = NULL;
  ScrDate *date;

  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!expect_value (node, G_TYPE_STRING, "a date string (YYYY-MM-DD)", parent, member, error))
    return FALSE;
  date = scr_date_new_from_iso8601 (json_node_get_string (node), &local_error);
  if (date == NULL)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member, "%s",
                          local_error->message);
      return FALSE;
    }
  g_clear_pointer (out, scr_date_free);
  *out = date;
  return TRUE;
}

gboolean
scr_json_read_int (JsonObject  *object,
                   const char  *parent,
                   const char  *member,
                   gboolean     required,
                   gint64       min,
                   gint64       max,
                   gint64      *out,
                   gboolean    *present,
                   GError     **error)
{
  JsonNode *node;
  gint64 value;

  if (present != NULL)
    *present = FALSE;
  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!expect_value (node, G_TYPE_INT64, "an integer", parent, member, error))
    return FALSE;
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                          "%" G_GINT64_FORMAT " is outside %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT,
                          value, min, max);
      return FALSE;
    }
  *out = value;
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

gboolean
scr_json_read_double (JsonObject  *object,
                      const char  *parent,
                      const char  *member,
                      gboolean     required,
                      double      *out,
                      gboolean    *present,
                      GError     **error)
{
  JsonNode *node;

  if (present != NULL)
    *present = FALSE;
  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else if (expect_value (node, G_TYPE_DOUBLE, "a number", parent, member, error))
    *out = json_node_get_double (node);
  else
    return FALSE;
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

gboolean
scr_json_read_bool (JsonObject  *object,
                    const char  *parent,
                    const char  *member,
                    gboolean     required,
                    gboolean    *out,
                    gboolean    *present,
                    GError     **error)
{
  JsonNode *node;

  if (present != NULL)
    *present = FALSE;
  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!expect_value (node, G_TYPE_BOOLEAN, "true or false", parent, member, error))
    return FALSE;
  *out = json_node_get_boolean (node);
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

const char *
scr_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
scr_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);

  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

static char *
enum_nick_list (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s\"%s\"", i > 0 ? ", " : "", klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

gboolean
scr_json_read_enum (JsonObject  *object,
                    const char  *parent,
                    const char  *member,
                    gboolean     required,
                    GType        enum_type,
                    int         *out,
                    GError     **error)
{
  JsonNode *node;
  const char *nick;

  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!expect_value (node, G_TYPE_STRING, "a string", parent, member, error))
    return FALSE;
  nick = json_node_get_string (node);
  if (!scr_enum_from_nick (enum_type, nick, out))
    {
      g_autofree char *allowed = enum_nick_list (enum_type);

      scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                          "\"%s\" is not one of %s", nick, allowed);
      return FALSE;
    }
  return TRUE;
}

gboolean
scr_json_read_strv (JsonObject   *object,
                    const char   *parent,
                    const char   *member,
                    gboolean      required,
                    char       ***out,
                    GError      **error)
{
  JsonArray *array = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!scr_json_read_array (object, parent, member, required, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *path = scr_json_path_member (parent, member);
          g_autofree char *item = scr_json_path_index (path, i);

          scr_json_set_error (error, SCR_ERROR_VALIDATION, item, NULL,
                              "expected a string, found %s", node_type_name (node));
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
scr_json_read_array (JsonObject  *object,
                     const char  *parent,
                     const char  *member,
                     gboolean     required,
                     JsonArray  **out,
                     GError     **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                          "expected an array, found %s", node_type_name (node));
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
scr_json_read_object (JsonObject  *object,
                      const char  *parent,
                      const char  *member,
                      gboolean     required,
                      JsonObject **out,
                      GError     **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (object, parent, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, parent, member,
                          "expected an object, found %s", node_type_name (node));
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

JsonObject *
scr_json_array_get_object (JsonArray   *array,
                           guint        index,
                           const char  *path,
                           GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *item = scr_json_path_index (path, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, item, NULL,
                          "expected an object, found %s", node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

JsonObject *
scr_json_collect_unknown (JsonObject         *object,
                          const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *unknown = NULL;

  /* json_object_iter_init_ordered keeps document order (json-glib 1.6) */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;
      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, name, json_node_copy (node));
    }
  return unknown;
}

void
scr_json_write_unknown (JsonBuilder *builder,
                        JsonObject  *unknown)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (unknown == NULL)
    return;
  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

void
scr_json_write_string (JsonBuilder *builder,
                       const char  *member,
                       const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
scr_json_write_date (JsonBuilder   *builder,
                     const char    *member,
                     const ScrDate *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    {
      g_autofree char *text = scr_date_to_iso8601 (value);
      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
}

void
scr_json_write_int (JsonBuilder *builder,
                    const char  *member,
                    gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
scr_json_write_bool (JsonBuilder *builder,
                     const char  *member,
                     gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

void
scr_json_write_enum (JsonBuilder *builder,
                     const char  *member,
                     GType        enum_type,
                     int          value)
{
  scr_json_write_string (builder, member, scr_enum_to_nick (enum_type, value));
}

void
scr_json_write_strv (JsonBuilder        *builder,
                     const char         *member,
                     const char * const *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; value != NULL && value[i] != NULL; i++)
    json_builder_add_string_value (builder, value[i]);
  json_builder_end_array (builder);
}

JsonNode *
scr_json_parse_data (const char  *data,
                     gssize       length,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the bad token as it is, newlines included. */
      g_autofree char *line = scr_one_line (local_error->message);
      unsigned int at_line, at_column;
      int consumed = 0;

      /* "<data>:3:7: Parse error: ..." as the dataset reader says it:
       * "line 3 column 7: ..." (there is no file called <data>) */
      if (sscanf (line, "<data>:%u:%u: Parse error: %n", &at_line, &at_column, &consumed) == 2 &&
          consumed > 0)
        g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE, "line %u column %u: %s", at_line,
                     at_column, line + consumed);
      else
        g_set_error_literal (error, SCR_ERROR, SCR_ERROR_PARSE, line);
      return NULL;
    }
  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_PARSE, "the document is empty");
      return NULL;
    }
  return root;
}

gboolean
scr_json_check_members (JsonObject         *object,
                        const char         *path,
                        const char * const *known,
                        GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        scr_json_set_error (error, SCR_ERROR_VALIDATION, path, l->data,
                            "unknown member (a misspelling?)");
        return FALSE;
      }
  return TRUE;
}

JsonNode *
scr_json_parse_file (const char  *filename,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  contents = scr_file_read (filename, SCR_FILE_MAX_SIZE, &length, error);
  if (contents == NULL)
    return NULL;
  root = scr_json_parse_data (contents, (gssize) length, &local_error);
  if (root == NULL)
    {
      /* the message carries the line and column; name the file */
      g_set_error (error, SCR_ERROR, local_error->code, "%s: %s", filename, local_error->message);
      return NULL;
    }
  return root;
}

char *
scr_json_to_pretty_data (JsonNode *root,
                         gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  if (length != NULL)
    *length = text->len;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
scr_json_write_file (JsonNode    *root,
                     const char  *filename,
                     GError     **error)
{
  return scr_json_write_file_mode (root, filename, 0644, error);
}

gboolean
scr_json_write_file_mode (JsonNode    *root,
                          const char  *filename,
                          int          mode,
                          GError     **error)
{
  gsize length;
  g_autofree char *data = scr_json_to_pretty_data (root, &length);

  /* g_file_set_contents_full writes a temporary file in the same
   * directory, fsyncs it and renames it over the target. */
  return g_file_set_contents_full (filename, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, mode, error);
}
