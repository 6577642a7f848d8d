/* scr-facts.c: the fact catalogue, the schema of a case's facts and events
 * (what a case may record and the values each fact takes); the rules read
 * cases by these names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "scr-once-private.h"
#include "scr-error.h"
#include "scr-facts.h"
#include "scr-facts-private.h"
#include "scr-json-private.h"
#include "scr-model-resources.h"
#include "scr-resource-private.h"

/* What the catalogue is, for users, is doc/facts.md (the reference's
 * "The fact catalogue" page, with the tables made from facts.json). */

typedef struct
{
  GPtrArray *facts;     /* ScrFactInfo* */
  GPtrArray *events;    /* ScrEventInfo* */
  GHashTable *fact_index;   /* name -> index + 1 */
  GHashTable *event_index;
  char **fact_names;
  char **event_names;
  gint16 blank[SCR_MAX_FACTS];  /* every fact unknown */
  ScrBuiltinEvents builtin;
} Catalogue;

#define FACTS_RESOURCE "/org/scr/libscr/model/facts.json"

static void
load_fact (Catalogue  *cat,
           JsonObject *object,
           const char *path)
{
  ScrFactInfo *info = g_new0 (ScrFactInfo, 1);
  g_autofree char *type = NULL;
  g_auto(GStrv) values = NULL;
  gint64 min = 0, max = 0;
  GPtrArray *ordered;

  /* The embedded catalogue is checked by the tests; a failure here is a
   * bug in the shipped data. */
  if (!scr_json_read_string (object, path, "name", TRUE, &info->name, NULL) ||
      !scr_json_read_string (object, path, "description", TRUE, &info->description, NULL) ||
      !scr_json_read_string (object, path, "question", TRUE, &info->question, NULL) ||
      !scr_json_read_string (object, path, "type", FALSE, &type, NULL))
    g_error ("facts.json: %s: bad fact", path);

  if (g_strcmp0 (type, "integer") == 0)
    {
      info->integer = TRUE;
      scr_json_read_int (object, path, "min", TRUE, G_MININT32 + 1, G_MAXINT32, &min, NULL, NULL);
      scr_json_read_int (object, path, "max", TRUE, G_MININT32 + 1, G_MAXINT32, &max, NULL, NULL);
      info->min = (int) min;
      info->max = (int) max;
      g_assert (min > G_MININT16 && max <= G_MAXINT16);
    }
  else
    {
      if (!scr_json_read_strv (object, path, "values", TRUE, &values, NULL) ||
          !g_strv_contains ((const char * const *) values, "unknown") ||
          g_strv_length (values) > SCR_MAX_FACT_VALUES)
        g_error ("facts.json: %s: bad values", path);
      ordered = g_ptr_array_new ();
      g_ptr_array_add (ordered, g_strdup ("unknown"));
      for (guint i = 0; values[i] != NULL; i++)
        if (strcmp (values[i], "unknown") != 0)
          g_ptr_array_add (ordered, g_strdup (values[i]));
      info->n_values = ordered->len;
      g_ptr_array_add (ordered, NULL);
      info->values = (char **) g_ptr_array_free (ordered, FALSE);
      info->listed_values = g_steal_pointer (&values);
      info->display = g_new0 (char *, info->n_values + 1);
      info->display_len = g_new0 (guint8, info->n_values);
      for (guint i = 0; i < info->n_values; i++)
        {
          info->display[i] = g_strdelimit (g_strdup (info->values[i]), "_", ' ');
          info->display_len[i] = (guint8) strlen (info->display[i]);
        }
    }
  info->label = g_strconcat (info->name, ": ", NULL);
  info->label_len = strlen (info->label);
  g_ptr_array_add (cat->facts, info);
  g_hash_table_insert (cat->fact_index, info->name, GUINT_TO_POINTER (cat->facts->len));
}

static Catalogue *
catalogue_load (void)
{
  Catalogue *cat = g_new0 (Catalogue, 1);
  g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_model_get_resource, FACTS_RESOURCE, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *facts = NULL, *events = NULL;
  JsonObject *object;
  gsize size;
  const char *data;

  data = g_bytes_get_data (bytes, &size);
  root = scr_json_parse_data (data, size, &error);
  if (root == NULL)
    g_error ("facts.json: %s", error->message);
  object = json_node_get_object (root);
  scr_json_read_array (object, NULL, "facts", TRUE, &facts, NULL);
  scr_json_read_array (object, NULL, "events", TRUE, &events, NULL);

  cat->facts = g_ptr_array_new ();
  cat->events = g_ptr_array_new ();
  cat->fact_index = g_hash_table_new (g_str_hash, g_str_equal);
  cat->event_index = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert (json_array_get_length (facts) <= SCR_MAX_FACTS);
  for (guint i = 0; i < json_array_get_length (facts); i++)
    {
      g_autofree char *path = scr_json_path_index ("facts", i);

      load_fact (cat, json_array_get_object_element (facts, i), path);
    }
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      g_autofree char *path = scr_json_path_index ("events", i);
      ScrEventInfo *info = g_new0 (ScrEventInfo, 1);
      JsonObject *e = json_array_get_object_element (events, i);

      if (!scr_json_read_string (e, path, "name", TRUE, &info->name, NULL) ||
          !scr_json_read_string (e, path, "description", TRUE, &info->description, NULL))
        g_error ("facts.json: %s: bad event", path);
      g_ptr_array_add (cat->events, info);
      g_hash_table_insert (cat->event_index, info->name, GUINT_TO_POINTER (cat->events->len));
    }

  cat->fact_names = g_new0 (char *, cat->facts->len + 1);
  for (guint i = 0; i < cat->facts->len; i++)
    {
      const ScrFactInfo *info = cat->facts->pdata[i];

      cat->fact_names[i] = info->name;
      cat->blank[i] = info->integer ? SCR_FACT_INT_UNKNOWN : 0;
    }
  cat->event_names = g_new0 (char *, cat->events->len + 1);
  for (guint i = 0; i < cat->events->len; i++)
    cat->event_names[i] = ((ScrEventInfo *) cat->events->pdata[i])->name;
  cat->builtin.incident = GPOINTER_TO_INT (g_hash_table_lookup (cat->event_index, "incident")) - 1;
  cat->builtin.became_aware = GPOINTER_TO_INT (g_hash_table_lookup (cat->event_index, "became_aware")) - 1;
  cat->builtin.decision = GPOINTER_TO_INT (g_hash_table_lookup (cat->event_index, "decision")) - 1;
  g_assert (cat->builtin.incident >= 0 && cat->builtin.became_aware >= 0 && cat->builtin.decision >= 0);
  return cat;
}

/* Loaded once, kept for the life of the process (static data). */
static Catalogue *
catalogue (void)
{
  static Catalogue *cat;

  if (SCR_ONCE_INIT_ENTER (&cat))
    SCR_ONCE_INIT_LEAVE (&cat, catalogue_load ());
  return cat;
}

const ScrFactInfo * const *
scr_facts_catalogue_array (void)
{
  return (const ScrFactInfo * const *) catalogue ()->facts->pdata;
}

const ScrBuiltinEvents *
scr_facts_builtin_events (void)
{
  return &catalogue ()->builtin;
}

guint
scr_facts_catalogue_size (void)
{
  return catalogue ()->facts->len;
}

const ScrFactInfo *
scr_facts_catalogue_get (guint index)
{
  Catalogue *cat = catalogue ();

  g_return_val_if_fail (index < cat->facts->len, NULL);
  return cat->facts->pdata[index];
}

const gint16 *
scr_facts_blank_values (void)
{
  return catalogue ()->blank;
}

int
scr_facts_catalogue_lookup (const char *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (catalogue ()->fact_index, name)) - 1;
}

guint
scr_facts_events_size (void)
{
  return catalogue ()->events->len;
}

const ScrEventInfo *
scr_facts_events_get (guint index)
{
  Catalogue *cat = catalogue ();

  g_return_val_if_fail (index < cat->events->len, NULL);
  return cat->events->pdata[index];
}

int
scr_facts_events_lookup (const char *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (catalogue ()->event_index, name)) - 1;
}

gboolean
scr_fact_encode (const ScrFactInfo *info,
                 const char        *value,
                 gint32            *out)
{
  if (strcmp (value, "unknown") == 0)
    {
      *out = info->integer ? SCR_FACT_INT_UNKNOWN : 0;
      return TRUE;
    }
  if (info->integer)
    {
      char *end = NULL;
      gint64 n;

      if (!(g_ascii_isdigit (value[0]) || (value[0] == '-' && g_ascii_isdigit (value[1]))))
        return FALSE;
      n = g_ascii_strtoll (value, &end, 10);
      if (*end != '\0' || n < info->min || n > info->max)
        return FALSE;
      *out = (gint32) n;
      return TRUE;
    }
  for (guint i = 1; i < info->n_values; i++)
    if (strcmp (info->values[i], value) == 0)
      {
        *out = (gint32) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * scr_facts_check:
 * @name: a fact name, such as `abuse_neglect`
 * @value: a value, such as `suspected`
 * @error: return location for a #GError
 *
 * Checks @value against the catalogue. A known fact with a value outside
 * its allowed set gives %SCR_ERROR_VALIDATION naming the allowed values.
 * A fact name the catalogue does not know is accepted, so that case files
 * written for a newer libscr lose nothing; the evaluator reports such
 * facts as ignored.
 *
 * Returns: %TRUE if the value is allowed or the fact is unknown
 */
gboolean
scr_facts_check (const char  *name,
                 const char  *value,
                 GError     **error)
{
  int index;
  gint32 encoded;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return scr_facts_check_encode (name, value, &index, &encoded, error);
}

gboolean
scr_facts_check_encode (const char  *name,
                        const char  *value,
                        int         *index_out,
                        gint32      *encoded,
                        GError     **error)
{
  const ScrFactInfo *info;
  int index;

  index = *index_out = scr_facts_catalogue_lookup (name);
  *encoded = 0;
  if (index < 0)
    return TRUE;
  info = scr_facts_catalogue_get (index);
  if (scr_fact_encode (info, value, encoded))
    return TRUE;
  *index_out = -1;
  if (info->integer)
    scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, NULL,
                 "fact %s: \"%s\" is not allowed (expected a whole number from %d to %d, or unknown)",
                 name, value, info->min, info->max);
  else
    {
      g_autofree char *allowed = g_strjoinv (", ", info->listed_values);

      scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, NULL,
                   "fact %s: \"%s\" is not allowed (expected one of: %s)",
                   name, value, allowed);
    }
  return FALSE;
}

/**
 * scr_facts_is_known:
 * @name: a fact name
 *
 * Checks whether the catalogue has a fact called @name.
 *
 * Returns: %TRUE if the catalogue has a fact called @name
 */
gboolean
scr_facts_is_known (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);
  return scr_facts_catalogue_lookup (name) >= 0;
}

/**
 * scr_facts_list_names:
 *
 * Lists every fact of the catalogue, in catalogue order. The
 * [fact catalogue](facts.html) describes each one and its values.
 *
 * Returns: (transfer full) (array zero-terminated=1): the fact names
 */
char **
scr_facts_list_names (void)
{
  return g_strdupv (catalogue ()->fact_names);
}

/**
 * scr_facts_get_values:
 * @name: a fact name
 *
 * Returns the values an enumerated fact may take, in catalogue order,
 * including `unknown`.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   allowed values, or %NULL for an integer fact or an unknown name
 */
const char * const *
scr_facts_get_values (const char *name)
{
  int index;

  g_return_val_if_fail (name != NULL, NULL);
  index = scr_facts_catalogue_lookup (name);
  if (index < 0)
    return NULL;
  return (const char * const *) scr_facts_catalogue_get (index)->listed_values;
}

/**
 * scr_facts_is_integer:
 * @name: a fact name
 *
 * Checks whether @name is a known fact whose value is a whole number
 * (written as decimal text, or `unknown`).
 *
 * Returns: %TRUE if @name is a known fact whose value is a whole number
 *   (written as decimal text, or `unknown`)
 */
gboolean
scr_facts_is_integer (const char *name)
{
  int index;

  g_return_val_if_fail (name != NULL, FALSE);
  index = scr_facts_catalogue_lookup (name);
  return index >= 0 && scr_facts_catalogue_get (index)->integer;
}

/**
 * scr_facts_get_description:
 * @name: a fact name
 *
 * Gets what the fact means, or %NULL for an unknown name.
 *
 * Returns: (nullable): what the fact means, or %NULL for an unknown name
 */
const char *
scr_facts_get_description (const char *name)
{
  int index;

  g_return_val_if_fail (name != NULL, NULL);
  index = scr_facts_catalogue_lookup (name);
  return index < 0 ? NULL : scr_facts_catalogue_get (index)->description;
}

/**
 * scr_facts_list_events:
 *
 * Lists the dated events the built-in timescale rules read, in catalogue
 * order. Rule files may declare further events of their own.
 *
 * Returns: (transfer full) (array zero-terminated=1): the event names
 */
char **
scr_facts_list_events (void)
{
  return g_strdupv (catalogue ()->event_names);
}

/**
 * scr_facts_is_event:
 * @name: an event name
 *
 * Checks whether the catalogue has an event called @name.
 *
 * Returns: %TRUE if the catalogue has an event called @name
 */
gboolean
scr_facts_is_event (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);
  return scr_facts_events_lookup (name) >= 0;
}

/**
 * scr_facts_get_event_description:
 * @name: an event name
 *
 * Gets what the event means, or %NULL for an unknown name.
 *
 * Returns: (nullable): what the event means, or %NULL for an unknown name
 */
const char *
scr_facts_get_event_description (const char *name)
{
  int index;

  g_return_val_if_fail (name != NULL, NULL);
  index = scr_facts_events_lookup (name);
  return index < 0 ? NULL : scr_facts_events_get (index)->description;
}
