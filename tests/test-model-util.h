/* test-model-util.h: helpers shared by the model tests.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <scr/scr.h>

/* A JSON text as a node (transfer full); the text must be valid. */
static inline JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* A node as compact JSON text. */
static inline char *
to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

/* Counts the notify emissions of the property watch() last named. */
static guint notify_count;

static inline void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  notify_count++;
}

/* Connects to notify::@property (only) and resets the count. */
static inline void
watch (gpointer    object,
       const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_signal_handlers_disconnect_by_func (object, on_notify, NULL);
  notify_count = 0;
  g_signal_connect (object, signal, G_CALLBACK (on_notify), NULL);
}

typedef struct
{
  const char *json;
  const char *message;   /* the start of the expected message */
} JsonErrorCase;

typedef gpointer (*NewFromJsonFunc) (JsonNode *node, GError **error);

/* Each text must fail to load with SCR_ERROR_VALIDATION and a message
 * that starts as given. */
static inline void
assert_json_errors (const JsonErrorCase *cases,
                    gsize                n_cases,
                    NewFromJsonFunc      new_from_json)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autoptr(JsonNode) input = parse (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) object = new_from_json (input, &error);

      g_assert_null (object);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %" G_GSIZE_FORMAT ": \"%s\" does not start with \"%s\"", i,
                 error->message, cases[i].message);
    }
}
