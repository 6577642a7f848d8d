/* scr-dataset-load.c: reading a dataset from its JSON file: the root, the
 * version, the collections streamed item by item, the unknown members,
 * and collecting every problem for scr validate.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-dataset-private.h"
#include "scr-file-private.h"
#include "scr-json-stream-private.h"
#include "scr-json-private.h"
#include "scr-error.h"

#include <string.h>

static const char * const stream_members[] = {
  "agencies", "cases", "reviews", "chronology", "themes", "findings", "lessons",
  "recommendations", "actions", "audits", NULL
};

static const char * const known_root_members[] = {
  "schema_version", "title", "agencies", "cases", "reviews", "chronology", "themes", "findings",
  "lessons", "recommendations", "actions", "audits", "rag_amber_working_days", NULL
};

typedef struct
{
  ScrDataset *self;
  GPtrArray *errors;                    /* NULL: stop at the first error */
  GPtrArray *pending[SCR_N_COLLECTIONS]; /* loaded items, not yet in the stores */
  gboolean version_checked;
  gboolean items_failed;
} Loader;

static int
collection_by_member (const char *member)
{
  for (int c = 0; c < SCR_N_COLLECTIONS; c++)
    if (g_str_equal (scr_collections[c].member, member))
      return c;
  return -1;
}

/* Loads element @index of collection @c into the pending items. An
 * invalid item is recorded (collecting) or fatal. */
static gboolean
load_item (Loader           *loader,
           ScrCollectionId   c,
           guint             index,
           JsonNode         *node,
           GError          **error)
{
  const ScrCollectionInfo *info = &scr_collections[c];
  GError *local_error = NULL;
  gpointer item = NULL;
  char path[64];

  g_snprintf (path, sizeof path, "%s[%u]", info->member, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    scr_json_set_error (&local_error, SCR_ERROR_VALIDATION, path, NULL,
                        "expected an object, found %s",
                        JSON_NODE_HOLDS_ARRAY (node) ? "an array" :
                        JSON_NODE_HOLDS_NULL (node) ? "null" :
                        json_node_get_value_type (node) == G_TYPE_STRING ? "a string" :
                        json_node_get_value_type (node) == G_TYPE_INT64 ? "an integer" :
                        json_node_get_value_type (node) == G_TYPE_DOUBLE ? "a number" :
                        "a boolean");
  else
    item = info->load (json_node_get_object (node), path, &local_error);
  if (item != NULL &&
      !scr_dataset_index_item (loader->self, c, item, index, loader->pending[c], &local_error))
    g_clear_object (&item);
  if (item != NULL)
    {
      g_ptr_array_add (loader->pending[c], item);
      return TRUE;
    }
  loader->items_failed = TRUE;
  if (loader->errors == NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_ptr_array_add (loader->errors, local_error);
  return TRUE;
}

static gboolean
on_element (const char  *member,
            guint        index,
            JsonNode    *element,
            gpointer     user_data,
            GError     **error)
{
  return load_item (user_data, collection_by_member (member), index, element, error);
}

static gboolean
check_version (JsonObject  *root,
               GError     **error)
{
  gint64 version = 0;

  if (!scr_json_read_int (root, NULL, "schema_version", TRUE, G_MININT64, G_MAXINT64,
                          &version, NULL, error))
    return FALSE;
  if (version != SCR_DATASET_SCHEMA_VERSION)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "schema_version: version %" G_GINT64_FORMAT " is not supported "
                   "(this libscr reads version %d)", version, SCR_DATASET_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* Root members other than the collections, as they are read: once
 * schema_version is read and right, the collections that follow are
 * loaded element by element while the text is read. */
static gboolean
on_member (const char  *member,
           JsonNode    *value,
           gboolean    *stream,
           gpointer     user_data,
           GError     **error)
{
  Loader *loader = user_data;
  g_autoptr(JsonObject) holder = NULL;

  if (!g_str_equal (member, "schema_version"))
    return TRUE;
  holder = json_object_new ();
  json_object_set_member (holder, member, json_node_ref (value));
  if (!check_version (holder, error))
    return FALSE;
  loader->version_checked = TRUE;
  *stream = TRUE;
  return TRUE;
}

/* The rest of the root, once the text is read: the version when it came
 * late, the title, the collections that were not streamed (they came
 * before schema_version), the unknown members and the references. */
static gboolean
finish_root (Loader      *loader,
             JsonNode    *root,
             GError     **error)
{
  ScrDataset *self = loader->self;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                   "the root must be an object with \"schema_version\", found %s",
                   JSON_NODE_HOLDS_ARRAY (root) ? "an array" :
                   JSON_NODE_HOLDS_NULL (root) ? "null" : "a value");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (!loader->version_checked && !check_version (object, error))
    return FALSE;
  if (!scr_json_read_string (object, NULL, "title", FALSE, &self->title, error))
    return FALSE;
  {
    gint64 amber = SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT;

    if (!scr_json_read_int (object, NULL, "rag_amber_working_days", FALSE, 0, G_MAXINT,
                            &amber, NULL, error))
      return FALSE;
    self->rag_amber_working_days = (int) amber;
  }
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      JsonArray *array;

      if (!scr_json_read_array (object, NULL, scr_collections[c].member, FALSE, &array, error))
        return FALSE;
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        if (!load_item (loader, c, i, json_array_get_element (array, i), error))
          return FALSE;
    }
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    scr_item_list_splice (self->stores[c], 0, 0, loader->pending[c]->pdata,
                          loader->pending[c]->len);
  self->unknown = scr_json_collect_unknown (object, known_root_members);
  /* dangling references are only meaningful once every item loaded */
  if (loader->items_failed)
    return FALSE;
  return scr_dataset_check_references (self, loader->errors, error);
}

ScrDataset *
scr_dataset_load_data (const char  *data,
                       gsize        length,
                       GPtrArray   *errors,
                       GError     **error)
{
  g_autoptr(ScrDataset) self = scr_dataset_new ();
  g_autoptr(JsonNode) root = NULL;
  Loader loader = { 0, };
  gboolean ok;

  loader.self = self;
  loader.errors = errors;
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    loader.pending[c] = g_ptr_array_new_with_free_func (g_object_unref);
  root = scr_json_stream_read (data, length, (const char * const *) stream_members,
                               on_member, on_element, &loader, error);
  ok = root != NULL && finish_root (&loader, root, error);
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    g_ptr_array_unref (loader.pending[c]);
  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * scr_dataset_new_from_data:
 * @data: (array length=length) (element-type guint8): JSON text
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a dataset from JSON text in the format of `doc/json-format.md`.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set:
 *   %SCR_ERROR_PARSE for text that is not JSON,
 *   %SCR_ERROR_UNSUPPORTED_VERSION for a `schema_version` other than
 *   %SCR_DATASET_SCHEMA_VERSION, %SCR_ERROR_VALIDATION for a wrong member
 *   or a duplicate id, %SCR_ERROR_NOT_FOUND for a dangling reference
 */
ScrDataset *
scr_dataset_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_dataset_load_data (data, length < 0 ? strlen (data) : (gsize) length, NULL, error);
}

ScrDataset *
scr_dataset_load_file (const char  *filename,
                       GPtrArray   *errors,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  ScrDataset *self;
  GError *local_error = NULL;

  contents = scr_file_read (filename, SCR_FILE_MAX_SIZE, &length, error);
  if (contents == NULL)
    return NULL;
  self = scr_dataset_load_data (contents, length, errors, &local_error);
  if (errors != NULL)
    for (guint i = 0; i < errors->len; i++)
      g_prefix_error ((GError **) &errors->pdata[i], "%s: ", filename);
  if (local_error != NULL)
    {
      g_prefix_error (&local_error, "%s: ", filename);
      g_propagate_error (error, local_error);
    }
  return self;
}

/**
 * scr_dataset_new_from_file:
 * @filename: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads a dataset from a JSON file. Error messages start with the file
 * name: `register.json: cases[3].incident.date: "2014-02-30" is not a
 * date: February 2014 has no day 30`. See
 * [ctor@Scr.Dataset.new_from_data] for the error codes; a file that
 * cannot be read gives a %G_FILE_ERROR. Only a regular file of at most
 * 1 GiB is read: a directory (%G_FILE_ERROR_ISDIR), a FIFO or a device
 * (%G_FILE_ERROR_INVAL) or a larger file (%G_FILE_ERROR_FAILED) is
 * refused before it is read (`doc/robustness.md`).
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
ScrDataset *
scr_dataset_new_from_file (const char  *filename,
                           GError     **error)
{
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_dataset_load_file (filename, NULL, error);
}

/**
 * scr_dataset_check_file:
 * @filename: (type filename): the file to check
 *
 * Reads a dataset file as [ctor@Scr.Dataset.new_from_file] does, but
 * instead of stopping at the first problem lists every problem it can
 * find: each invalid item, each duplicate id and, when every item is
 * valid, each dangling reference. This is what `scr validate` prints.
 *
 * Returns: (transfer full) (array zero-terminated=1): one message per
 *   problem, each starting with @filename; empty when the file is valid
 */
char **
scr_dataset_check_file (const char *filename)
{
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GStrvBuilder *builder;
  char **messages;

  g_return_val_if_fail (filename != NULL, NULL);

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  dataset = scr_dataset_load_file (filename, errors, &error);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < errors->len; i++)
    g_strv_builder_add (builder, ((GError *) errors->pdata[i])->message);
  if (error != NULL)
    g_strv_builder_add (builder, error->message);
  messages = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return messages;
}
